import { ApolloServer } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import { formatError } from "./shared/errors/format-error";
import { config } from "./config";
import type { Context } from "./context";

/** The Apollo server over the type-graphql schema; HTTP is handled by src/http/http-server.ts. */
export function createApolloServer(schema: GraphQLSchema): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
  });
}
