import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";

export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_ALIASES = 15;

// Report a limit breach as a validation error (HTTP 400) instead of throwing, which would be a 500.
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/** Validation rules that refuse abusive operations before they run. */
export const limitRules: ValidationRule[] = [
  maxDepthRule({ n: MAX_QUERY_DEPTH, exposeLimits: true, ...reportAsValidationError }),
  maxAliasesRule({ n: MAX_QUERY_ALIASES, exposeLimits: true, ...reportAsValidationError }),
] as ValidationRule[];
