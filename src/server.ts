import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { publicCachePolicy } from "./http/cache-policy.plugin";
import { jitExecutor, type DirectQuery, type JitGateway, type JitOptions, type JitStats } from "./http/jit-executor";
import { sessionPlugin } from "./auth/sessions/session.plugin";
import { graphiqlLandingPage } from "./web/graphiql-landing";
import type { GraphQLSchema } from "graphql";
import { formatError } from "./shared/errors/format-error";
import { config, jitConfig, limits, logConfig } from "./config";
import type { Context } from "./context";
import { log } from "./log";

export interface ApolloOptions {
  jit?: Partial<JitOptions>;
}

/** Messages of the limits (Russian; formatError gives them the code QUERY_TOO_COMPLEX). */
export const LIMIT_MESSAGES = {
  depth: `Запрос слишком глубокий: вложенность более ${limits.maxDepth}`,
  aliases: `Слишком много псевдонимов (alias) в запросе: более ${limits.maxAliases}`,
  directives: "Слишком много директив в запросе",
  tokens: `Запрос слишком длинный: более ${limits.maxTokens} лексем`,
  cost: `Запрос слишком сложный: стоимость превышает ${limits.maxCost}`,
};

/**
 * The Apollo server over the type-graphql schema, with limits against abusive queries:
 * the token limit in graphql-js's parser itself (a syntax error, 400), and graphql-armor's
 * depth, cost, alias and directive limits as validation rules. HTTP is handled by
 * src/http/http-server.ts (body, nesting and repeated-field limits, rate limits).
 */
export function createApolloServer(schema: GraphQLSchema, options: ApolloOptions = {}): ApolloServer<Context> {
  const gateway = jitExecutor(schema, { ...jitConfig, ...options.jit });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: false, errorMessage: LIMIT_MESSAGES.depth },
    maxAliases: { n: limits.maxAliases, exposeLimits: false, errorMessage: LIMIT_MESSAGES.aliases },
    maxDirectives: { n: 50, exposeLimits: false, errorMessage: LIMIT_MESSAGES.directives },
    // armor's token limit re-parses every document in a plugin and throws there (a 500):
    // graphql-js enforces the same limit in the parse Apollo does anyway (parseOptions)
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost, exposeLimits: false, errorMessage: LIMIT_MESSAGES.cost },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const server = new ApolloServer<Context>({
    gateway,
    formatError,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [...armor.plugins, ApolloServerPluginCacheControlDisabled(), graphiqlLandingPage(), publicCachePolicy(config.publicCacheMaxAge), sessionPlugin(), validationTiming(logConfig.slowValidationMs)],
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    // Apollo's own messages go to the structured log too
    logger: { debug: (m) => log.debug({ component: "apollo" }, String(m)), info: (m) => log.info({ component: "apollo" }, String(m)), warn: (m) => log.warn({ component: "apollo" }, String(m)), error: (m) => log.error({ component: "apollo" }, String(m)) },
  });
  gateways.set(server, gateway);
  return server;
}

const gateways = new WeakMap<ApolloServer<Context>, JitGateway>();

/** What graphql-jit compiled and executed in this server (for tests and diagnostics). */
export function jitStats(server: ApolloServer<Context>): JitStats {
  return gateways.get(server)!.stats();
}

/**
 * The server's compiled query for this text and operation name, to run without Apollo's
 * request pipeline (src/http/graphql-route.ts); null when there is none (or the server is not ours).
 */
export function directQuery(server: ApolloServer<Context>, query: string, operationName: string | null): DirectQuery | null {
  return gateways.get(server)?.direct(query, operationName) ?? null;
}

/** Measures validation (the step abusive documents make expensive) and logs the slow ones. */
function validationTiming(slowMs: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ request, source }) {
          const started = performance.now();
          return async () => {
            const ms = performance.now() - started;
            if (ms >= slowMs) log.warn({ ms: Math.round(ms), operation: request.operationName, chars: source.length }, "slow GraphQL validation");
          };
        },
      };
    },
  };
}
