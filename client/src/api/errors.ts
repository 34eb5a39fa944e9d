import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";

/** The `extensions.code` values the server puts on its GraphQL errors. */
export type ApiErrorCode =
  "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED";

/** Whether any GraphQL error in `error` carries `extensions.code === code`. */
export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.["code"] === code);
}

/** A sentence to show the user: the server's own message, or a plain one when it was not reached. */
export function describeError(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message ?? "The request failed.";
  // A refusal with an HTTP status (429 Too Many Requests, say) still carries the server's GraphQL error.
  if (ServerError.is(error)) return messageInBody(error.bodyText) ?? UNREACHABLE;
  if (ServerParseError.is(error) || error instanceof TypeError) return UNREACHABLE;
  return error instanceof Error ? error.message : "Something went wrong.";
}

const UNREACHABLE = "The Leadline server could not be reached. Please try again in a moment.";

function messageInBody(bodyText: string): string | undefined {
  try {
    const body = JSON.parse(bodyText) as { errors?: { message?: unknown }[] };
    const message = body.errors?.[0]?.message;
    return typeof message === "string" && message.length > 0 ? message : undefined;
  } catch {
    return undefined;
  }
}
