import type { GraphQLFieldResolver, GraphQLSchema } from "graphql";
import { DomainError } from "./domain-error";

/**
 * The one place where failures of mutations become payloads: a DomainError (bad input,
 * stale revision, forbidden transition) thrown by a mutation's resolver is returned as
 * `userErrors`; anything else stays a top-level error (masked by formatError). Applied to
 * the built schema's Mutation fields only, so that queries and their field resolvers run
 * without a middleware around them (type-graphql's class-level middleware wraps every
 * resolver of the class, the hot read's field resolvers included).
 */
export function withUserErrors(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (resolve) field.resolve = asUserErrors(resolve);
  }
  return schema;
}

function asUserErrors<TSource, TContext>(resolve: GraphQLFieldResolver<TSource, TContext>): GraphQLFieldResolver<TSource, TContext> {
  return async (source, args, context, info) => {
    try {
      return await resolve(source, args, context, info);
    } catch (error) {
      if (error instanceof DomainError) return { userErrors: error.issues.map(({ code, message, field }) => ({ code, message, field })) };
      throw error;
    }
  };
}
