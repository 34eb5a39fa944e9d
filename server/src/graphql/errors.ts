import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "../logger.js";

/** Every error code a client can see in `extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  RATE_LIMITED: "RATE_LIMITED",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A failure the caller can act on: it reaches the client with its code (and the field at fault). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const badInput = (field: string, message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, `${field} ${message}`, field);
export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
export const forbidden = (message = "You are not allowed to do this") =>
  new AppError(ErrorCode.FORBIDDEN, message);
export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);
export const unauthenticated = (message = "Sign in first") =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);

// type-graphql's own errors, by the code it gives them.
const frameworkCodes: Record<string, ErrorCode> = {
  UNAUTHENTICATED: ErrorCode.UNAUTHENTICATED,
  UNAUTHORIZED: ErrorCode.FORBIDDEN,
};

/**
 * The one place errors become what clients see: known errors keep their message and get their code,
 * anything unexpected is logged and answered as an opaque INTERNAL_SERVER_ERROR.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        ...formatted,
        message: original.message,
        extensions: { code: original.code, ...(original.field && { field: original.field }) },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && code in frameworkCodes)
      return { ...formatted, extensions: { ...formatted.extensions, code: frameworkCodes[code] } };
    // Parse/validation errors from graphql-js or Apollo already carry a code.
    if (typeof code === "string" && code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
    if (original instanceof GraphQLError && !original.originalError) return formatted;
    logger.error({ err: original, path: formatted.path }, "unexpected resolver error");
    return {
      message: "Internal server error",
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
