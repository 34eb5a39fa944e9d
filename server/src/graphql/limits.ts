import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import {
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { operationCost } from "./query-cost.js";

export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_ALIASES = 15;
/** Lexical tokens one document may hold (the parser stops past it, before building a huge AST). */
export const MAX_QUERY_TOKENS = 3000;
/** Highest estimated cost (see operationCost) of one operation. */
export const MAX_QUERY_COST = 20_000;

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

/** Parser options: the token limit. */
export const parseOptions = { maxTokens: MAX_QUERY_TOKENS };

/** The cost error (HTTP 400) naming the computed cost and the limit, or null when the operation fits. */
export function costError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): GraphQLError | null {
  const cost = operationCost(schema, document, operation, variables);
  if (cost <= MAX_QUERY_COST) return null;
  return new GraphQLError(
    `Query cost ${cost} exceeds the limit of ${MAX_QUERY_COST}: ask for smaller pages`,
    {
      extensions: {
        code: "GRAPHQL_VALIDATION_FAILED",
        cost,
        maxCost: MAX_QUERY_COST,
        http: { status: 400 },
      },
    },
  );
}

/**
 * Refuses operations whose estimated cost is over the limit (with their variables, so after parsing),
 * and subscriptions sent over HTTP.
 */
export const operationLimitsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        // Subscriptions live on graphql-ws; over HTTP they would run once with no event (a 500).
        if (operation.operation === "subscription")
          throw new GraphQLError("Subscriptions run over graphql-ws (WebSocket) on /graphql, not over HTTP", {
            extensions: { code: "BAD_REQUEST", http: { status: 400 } },
          });
        const error = costError(schema, document, operation, request.variables);
        if (error) throw error;
      },
    };
  },
};
