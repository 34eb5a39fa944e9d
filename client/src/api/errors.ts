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
  if (ServerError.is(error) || ServerParseError.is(error) || error instanceof TypeError) {
    return "The Leadline server could not be reached. Please try again in a moment.";
  }
  return error instanceof Error ? error.message : "Something went wrong.";
}
