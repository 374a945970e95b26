import type { GatewayInterface } from "@apollo/server-gateway-interface";
import { GraphQLError, getVariableValues, printSchema, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/**
 * Executes operations with graphql-jit instead of graphql-js: each distinct operation
 * is compiled once into a specialised function (a bounded cache keyed by the query
 * hash), which matters for the portal's hot read of ~600 fields. Plugged in through
 * Apollo's gateway interface, the documented extension point for a custom executor;
 * parsing, validation (with the limits), plugins and error formatting stay Apollo's.
 * See README "Performance" and ../shared/reference/perf-baseline.md §3.
 */
export function jitExecutor(schema: GraphQLSchema, maxCompiled = 1000): GatewayInterface {
  const compiled = new Map<string, CompiledQuery>();
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async load() {
      return {
        executor: async (request) => {
          // variables are coerced by graphql-js first, so that bad input is reported exactly as
          // graphql-js reports it (message, path), with the code BAD_USER_INPUT
          const coerced = getVariableValues(schema, request.operation.variableDefinitions ?? [], request.request.variables ?? {});
          if (coerced.errors) {
            for (const error of coerced.errors) Object.assign(error, { extensions: { ...error.extensions, code: "BAD_USER_INPUT" } });
            return { errors: coerced.errors };
          }
          const key = `${request.queryHash}:${request.operationName ?? ""}`;
          let query = compiled.get(key);
          if (!query) {
            const result = compileQuery(schema, request.document, request.operationName ?? undefined);
            if (!isCompiledQuery(result)) return result as ExecutionResult;
            query = result;
            if (compiled.size >= maxCompiled) compiled.delete(compiled.keys().next().value!);
            compiled.set(key, query);
          } else {
            // least recently used goes first: move to the end
            compiled.delete(key);
            compiled.set(key, query);
          }
          const result = (await query.query(undefined, request.context, request.request.variables ?? {})) as ExecutionResult;
          // graphql-jit's errors have no `extensions`, which Apollo's error formatting expects:
          // hand Apollo graphql-js errors with the same message, path, locations and cause
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
        },
      };
    },
    async stop() {
      compiled.clear();
    },
  };
}

function asGraphQLError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? error, extensions: error.extensions ?? {} });
  if (error.locations) Object.defineProperty(converted, "locations", { value: error.locations, enumerable: true });
  return converted;
}
