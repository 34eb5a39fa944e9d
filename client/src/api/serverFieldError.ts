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

/**
 * A mutation's error as its form shows it: `fieldError` (the input it blames, if any), and `inputError(field,
 * help)`, the `error` and `helperText` props of the input of `field` (the server's complaint, else `help`).
 */
export function mutationFieldErrors(error: unknown) {
  const fieldError = serverFieldError(error);
  const messageOf = (field: string) => (fieldError?.field === field ? fieldError.message : undefined);
  const inputError = (field: string, help?: string) => ({
    error: Boolean(messageOf(field)),
    helperText: messageOf(field) ?? help,
  });
  return { fieldError, messageOf, inputError };
}
