import type { GatewayInterface } from "@apollo/server-gateway-interface";
import { GraphQLError, execute, getVariableValues, printSchema, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { LRUCache } from "lru-cache";
import { coercionErrorField, operationInputs, unstorableStrings } from "./operation-inputs";
import { contentRenderer, rewriteForRendering, type Splices } from "./content-rendering";

export interface JitOptions {
  /** An operation is compiled on its n-th execution (1: at once); before that graphql-js runs it. */
  compileAfter: number;
  /** Compiled operations kept, least recently used first out… */
  maxEntries: number;
  /** …and the total length of their query texts (the compiled code grows with it). */
  maxSourceChars: number;
  /** Splice the stored texts of complete content selections (src/http/content-rendering.ts; CONTENT_RENDERING). */
  renderContent?: boolean;
}

export interface JitStats {
  compiled: number;
  sourceChars: number;
  executions: { jit: number; graphqlJs: number };
}

/**
 * Executes operations with graphql-jit where it pays: an operation seen repeatedly (the
 * portal's hot read of ~600 fields) is compiled once into a specialised function; a
 * one-off text runs through graphql-js, so that a stream of distinct queries costs no
 * compilations (42 ms each) and no memory. The compiled operations are an LRU bounded by
 * count and by the size of their texts. Plugged in through Apollo's gateway interface,
 * the documented extension point for a custom executor; parsing, validation (with the
 * limits), plugins and error formatting stay Apollo's. Before executing, the inputs are
 * checked once for what PostgreSQL cannot store (NUL, lone surrogates). See README
 * "Performance" and ../shared/reference/perf-baseline.md §3.
 */
export function jitExecutor(schema: GraphQLSchema, options: JitOptions): GatewayInterface & { stats(): JitStats } {
  const compiled = new LRUCache<string, CompiledQuery>({
    max: Math.max(1, options.maxEntries),
    maxSize: Math.max(1, options.maxSourceChars),
    sizeCalculation: (_value, key) => Math.max(1, key.length),
  });
  // how often each operation not compiled yet was executed (only hashes: small)
  const sightings = new LRUCache<string, number>({ max: 10_000 });
  const executions = { jit: 0, graphqlJs: 0 };
  const renderer = options.renderContent ? contentRenderer(schema) : null;

  return {
    stats: () => ({ compiled: compiled.size, sourceChars: compiled.calculatedSize, executions: { ...executions } }),
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async load() {
      return {
        executor: async (request) => {
          const operation = request.operation;
          if (!operation) {
            // several operations and no operationName, or an unknown one: graphql-js reports
            // it without executing anything (Apollo makes it OPERATION_RESOLUTION_FAILURE, 400)
            return execute({ schema, document: request.document, operationName: request.request.operationName, variableValues: request.request.variables }) as ExecutionResult;
          }
          const inputs = operationInputs(request.document, operation);
          // variables are coerced by graphql-js first, so that bad input is reported exactly as
          // graphql-js reports it, with the code BAD_USER_INPUT and the field path it names
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.request.variables ?? {});
          if (coerced.errors) {
            const errors = coerced.errors.map((error) => {
              const field = coercionErrorField(error.message, inputs);
              return new GraphQLError(error.message, { nodes: error.nodes, originalError: error.originalError, extensions: { ...error.extensions, code: "BAD_USER_INPUT", ...(field ? { field } : {}) } });
            });
            return { errors };
          }
          const unstorable = unstorableStrings(inputs, coerced.coerced);
          if (unstorable.length) {
            return {
              errors: unstorable.map(({ field, problem }) => new GraphQLError(problem, { extensions: { code: "BAD_USER_INPUT", field } })),
            };
          }

          // a request that can take spliced texts (over HTTP) runs the operation rewritten for them
          const splices = renderer ? (request.context as { splices?: Splices }).splices : undefined;
          const key = `${request.queryHash}:${request.operationName ?? ""}${splices ? ":rendered" : ""}`;
          let query = compiled.get(key);
          if (!query) {
            const seen = (sightings.get(key) ?? 0) + 1;
            if (seen < options.compileAfter) {
              sightings.set(key, seen);
              executions.graphqlJs++;
              return (await execute({
                schema,
                document: request.document,
                operationName: request.operationName,
                variableValues: request.request.variables,
                contextValue: request.context,
              })) as ExecutionResult;
            }
            const document = (renderer && splices && rewriteForRendering(renderer, request.document)) || request.document;
            const result = compileQuery(schema, document, request.operationName ?? undefined);
            if (!isCompiledQuery(result)) return result as ExecutionResult;
            query = result;
            sightings.delete(key);
            compiled.set(key, query, { size: Math.max(1, request.source?.length ?? key.length) });
          }
          executions.jit++;
          const executed = (await query.query(undefined, request.context, request.request.variables ?? {})) as ExecutionResult;
          const result = splices ? splices.place(executed) : executed;
          // graphql-jit's errors have no `extensions`, which Apollo's error formatting expects:
          // hand Apollo graphql-js errors with the same message, path, locations and cause
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
        },
      };
    },
    async stop() {
      compiled.clear();
      sightings.clear();
    },
  };
}

function asGraphQLError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? error, extensions: error.extensions ?? {} });
  if (error.locations) Object.defineProperty(converted, "locations", { value: error.locations, enumerable: true });
  return converted;
}
