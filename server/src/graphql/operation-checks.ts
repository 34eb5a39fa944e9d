import {
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";
import { costError, limitRules, parseOptions } from "./limits.js";

/**
 * The checks Apollo makes over HTTP (token limit, spec rules, depth and aliases, the introspection
 * switch, cost and page sizes), for operations that arrive over graphql-ws, which Apollo never sees.
 */
export function operationChecker(schema: GraphQLSchema, introspection: boolean) {
  const rules: ValidationRule[] = [
    ...specifiedRules,
    ...limitRules,
    ...(introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  return (payload: {
    query: string;
    operationName?: string | null;
    variables?: Record<string, unknown> | null;
  }): { document: DocumentNode } | { errors: readonly GraphQLError[] } => {
    try {
      const document = parse(payload.query, parseOptions);
      const errors = validate(schema, document, rules);
      if (errors.length > 0) return { errors };
      const operation = getOperationAST(document, payload.operationName);
      if (!operation) return { errors: [new GraphQLError("Unable to identify operation")] };
      const tooExpensive = costError(schema, document, operation, payload.variables ?? undefined);
      return tooExpensive ? { errors: [tooExpensive] } : { document };
    } catch (error) {
      if (error instanceof GraphQLError) return { errors: [error] };
      throw error;
    }
  };
}
