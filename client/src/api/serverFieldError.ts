import type { FieldError } from "@leadline/shared";
import { CombinedGraphQLErrors } from "@apollo/client/errors";

/**
 * The input a BAD_USER_INPUT error blames (`extensions.field`), with its message less the field's name
 * ("value must be a number" -> "must be a number"); null for any other error.
 */
export function serverFieldError(error: unknown): FieldError | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const { extensions, message } of error.errors) {
    const field = extensions?.["field"];
    if (extensions?.["code"] === "BAD_USER_INPUT" && typeof field === "string")
      return { field, message: message.startsWith(`${field} `) ? message.slice(field.length + 1) : message };
  }
  return null;
}
