import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";

/** The committed form of the schema: sorted, so that a diff shows only real changes. */
export function printLeadlineSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
