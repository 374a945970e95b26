import type { GatewayInterface } from "@apollo/server-gateway-interface";
import { createHash } from "node:crypto";
import { GraphQLError, execute, getVariableValues, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
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
  /** `direct`: compiled queries run for the HTTP route without Apollo's request pipeline (see `direct`). */
  executions: { jit: number; graphqlJs: number; direct: number };
}

/** A compiled operation with what its inputs check needs. */
interface Compiled {
  query: CompiledQuery;
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/** Runs a compiled query operation with the request's variables and context (src/http/graphql-route.ts). */
export type DirectQuery = (variables: Record<string, unknown>, context: unknown) => Promise<ExecutionResult>;

export interface JitGateway extends GatewayInterface {
  stats(): JitStats;
  /**
   * The compiled query operation of this text and operation name as sent, when one was
   * compiled for HTTP requests (with the stored texts spliced when those are on); null otherwise.
   * Its result is what Apollo's execution gives; Apollo's parsing and validation (with the
   * limits) passed for the same text when it was compiled.
   */
  direct(query: string, operationName: string | null): DirectQuery | null;
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
export function jitExecutor(schema: GraphQLSchema, options: JitOptions): JitGateway {
  const compiled = new LRUCache<string, Compiled>({
    max: Math.max(1, options.maxEntries),
    maxSize: Math.max(1, options.maxSourceChars),
    sizeCalculation: (_value, key) => Math.max(1, key.length),
  });
  // how often each operation not compiled yet was executed (only hashes: small)
  const sightings = new LRUCache<string, number>({ max: 10_000 });
  const executions = { jit: 0, graphqlJs: 0, direct: 0 };
  const renderer = options.renderContent ? contentRenderer(schema) : null;
  // the operation name as the client sent it (it and the text determine the operation)
  const keyOf = (queryHash: string, operationName: string | null | undefined, spliced: boolean) => `${queryHash}:${operationName ?? ""}${spliced ? ":rendered" : ""}`;

  return {
    stats: () => ({ compiled: compiled.size, sourceChars: compiled.calculatedSize, executions: { ...executions } }),
    direct(query, operationName) {
      // Apollo's query hash: the same key the executor stored the compiled operation under
      const entry = compiled.get(keyOf(createHash("sha256").update(query).digest("hex"), operationName, renderer !== null));
      if (!entry || entry.operation.operation !== "query") return null;
      return async (variables, context) => {
        executions.direct++;
        return run(schema, entry, variables, context, renderer ? (context as { splices?: Splices }).splices : undefined);
      };
    },
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
          // a request that can take spliced texts (over HTTP) runs the operation rewritten for them
          const splices = renderer ? (request.context as { splices?: Splices }).splices : undefined;
          const key = keyOf(request.queryHash, request.request.operationName, !!splices);
          let entry = compiled.get(key);
          if (!entry) {
            const seen = (sightings.get(key) ?? 0) + 1;
            if (seen < options.compileAfter) {
              const refused = checkInputs(schema, request.document, operation, request.request.variables ?? {});
              if (refused) return refused;
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
            entry = { query: result, document: request.document, operation };
            sightings.delete(key);
            compiled.set(key, entry, { size: Math.max(1, request.source?.length ?? key.length) });
          }
          executions.jit++;
          return run(schema, entry, request.request.variables ?? {}, request.context, splices);
        },
      };
    },
    async stop() {
      compiled.clear();
      sightings.clear();
    },
  };
}

/**
 * The inputs checked once before executing: variables coerced by graphql-js first, so that
 * bad input is reported exactly as graphql-js reports it, with the code BAD_USER_INPUT and
 * the field path it names; then what PostgreSQL cannot store (NUL, lone surrogates).
 * Null when the operation may run.
 */
function checkInputs(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): ExecutionResult | null {
  const inputs = operationInputs(document, operation);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) {
    const errors = coerced.errors.map((error) => {
      const field = coercionErrorField(error.message, inputs);
      return new GraphQLError(error.message, { nodes: error.nodes, originalError: error.originalError, extensions: { ...error.extensions, code: "BAD_USER_INPUT", ...(field ? { field } : {}) } });
    });
    return { errors };
  }
  const unstorable = unstorableStrings(inputs, coerced.coerced);
  if (unstorable.length) {
    return { errors: unstorable.map(({ field, problem }) => new GraphQLError(problem, { extensions: { code: "BAD_USER_INPUT", field } })) };
  }
  return null;
}

/** A compiled operation executed (after the inputs check), the stored texts placed, its errors made Apollo's. */
async function run(schema: GraphQLSchema, entry: Compiled, variables: Record<string, unknown>, context: unknown, splices: Splices | undefined): Promise<ExecutionResult> {
  const refused = checkInputs(schema, entry.document, entry.operation, variables);
  if (refused) return refused;
  const executed = (await entry.query.query(undefined, context, variables)) as ExecutionResult;
  const result = splices ? splices.place(executed) : executed;
  // graphql-jit's errors have no `extensions`, which Apollo's error formatting expects:
  // hand Apollo graphql-js errors with the same message, path, locations and cause
  return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
}

function asGraphQLError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? error, extensions: error.extensions ?? {} });
  if (error.locations) Object.defineProperty(converted, "locations", { value: error.locations, enumerable: true });
  return converted;
}
