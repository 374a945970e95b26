import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";

/** The checked-in form of the schema: sorted, so that diffs show real changes only. */
export function printSchemaSorted(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
