import { ApolloServer } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { publicCachePolicy } from "./http/cache-policy.plugin";
import { jitExecutor } from "./http/jit-executor";
import { sessionPlugin } from "./auth/sessions/session.plugin";
import type { GraphQLSchema } from "graphql";
import { formatError } from "./shared/errors/format-error";
import { config, limits } from "./config";
import type { Context } from "./context";

/**
 * The Apollo server over the type-graphql schema, with graphql-armor limits against
 * abusive queries (depth, cost, aliases, directives, tokens). HTTP is handled by
 * src/http/http-server.ts (body size limit).
 */
export function createApolloServer(schema: GraphQLSchema): ApolloServer<Context> {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: false, errorMessage: `Запрос слишком глубокий: вложенность более ${limits.maxDepth}` },
    maxAliases: { n: limits.maxAliases, exposeLimits: false, errorMessage: `Слишком много псевдонимов (alias) в запросе: более ${limits.maxAliases}` },
    maxDirectives: { n: 50, exposeLimits: false, errorMessage: "Слишком много директив в запросе" },
    maxTokens: { n: limits.maxTokens, exposeLimits: false, errorMessage: `Запрос слишком длинный: более ${limits.maxTokens} лексем` },
    costLimit: { maxCost: limits.maxCost, exposeLimits: false, errorMessage: `Запрос слишком сложный: стоимость превышает ${limits.maxCost}` },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return new ApolloServer<Context>({
    gateway: jitExecutor(schema),
    formatError,
    plugins: [...armor.plugins, ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled(), publicCachePolicy(config.publicCacheMaxAge), sessionPlugin()],
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
  });
}
