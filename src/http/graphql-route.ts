import type http from "node:http";
import { GraphQLError } from "graphql";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { Context } from "../context";
import type { Viewer } from "../auth/viewer";
import { readBody, jsonNestingExceeds } from "./body";
import { QueryShapeGuard } from "./query-shape";
import { RateLimits } from "./rate-limit";
import { isRequestErrorBody, sendGraphqlError } from "./responses";
import type { RouteContext } from "./http-server";
import { answerEtag, cacheAttempt, mayUseCache, type CacheAttempt, type PublicAnswers } from "../cache/graphql-cache";
import { Splices } from "./content-rendering";
import { directQuery } from "../server";
import { publicAnswerHeaders } from "./cache-policy.plugin";
import { config } from "../config";

export interface GraphqlRouteOptions {
  /** Largest accepted request body in bytes; larger bodies get 413. */
  maxBodyBytes: number;
  /** Deepest JSON nesting of a body (or of GET's variables and extensions); deeper gets 400. */
  maxJsonDepth: number;
  /** Repeated fields a query may have in all, and the token limit its pre-check parses with. */
  maxDuplicateFields: number;
  maxTokens: number;
  /** The viewer of an Authorization header (anonymous without one); throws UNAUTHENTICATED. The request: for a session cookie. */
  authenticate: (authorization: string | undefined, req?: http.IncomingMessage) => Promise<Viewer>;
  context: (viewer: Viewer, req?: http.IncomingMessage) => Context;
  /** The cache of anonymous answers (src/cache/), consulted after admission, before Apollo. */
  answers?: PublicAnswers | null;
}

/**
 * POST and GET on /graphql. Everything cheap comes first: rate limits (before the body
 * is read), the body size, the JSON nesting (before JSON.parse), repeated fields (before
 * validation); then Apollo with authentication and the per-token limit in its context.
 */
export function graphqlRoute(apollo: ApolloServer<Context>, options: GraphqlRouteOptions, limits: RateLimits) {
  const shape = new QueryShapeGuard({ maxDuplicates: options.maxDuplicateFields, maxTokens: options.maxTokens });

  return async function handleGraphql({ req, res, url, client, info }: RouteContext) {
    const authorization = req.headers.authorization;
    const declared = Number(req.headers["content-length"] ?? 0) || 0;
    // a body declared over the limit is refused unread (413): it costs what a small request costs
    const size = declared > options.maxBodyBytes ? 0 : declared + (req.url?.length ?? 0);
    const wait = authorization ? await limits.authBlocked(client) : await limits.anonymousRequest(client, size);
    if (wait !== null) {
      req.resume();
      const message = authorization
        ? `Слишком много неудачных попыток аутентификации; повторите через ${wait} с`
        : `Слишком много запросов; повторите через ${wait} с или используйте токен доступа`;
      sendGraphqlError(req, res, 429, "RATE_LIMITED", message, { "retry-after": String(wait) });
      return;
    }

    let body: unknown = undefined;
    if (req.method === "POST") {
      const raw = await readBody(req, options.maxBodyBytes, options.maxJsonDepth);
      if (!authorization && Buffer.isBuffer(raw)) await limits.anonymousBody(client, declared, raw.length);
      // the rest of a refused body is not read: the connection closes after the answer
      if (raw === "too-large") {
        sendGraphqlError(req, res, 413, "PAYLOAD_TOO_LARGE", `Тело запроса превышает ${options.maxBodyBytes} байт`, { connection: "close" });
        return;
      }
      if (raw === "too-deep") {
        sendGraphqlError(req, res, 400, "BAD_REQUEST", `Тело запроса вложено слишком глубоко: более ${options.maxJsonDepth} уровней массивов и объектов`, { connection: "close" });
        return;
      }
      try {
        body = raw.length > 0 ? JSON.parse(raw.toString("utf8")) : undefined;
      } catch {
        sendGraphqlError(req, res, 400, "BAD_REQUEST", "Тело запроса не является корректным JSON");
        return;
      }
    } else {
      for (const name of ["variables", "extensions"]) {
        const value = url.searchParams.get(name);
        if (value && jsonNestingExceeds(value, options.maxJsonDepth)) {
          sendGraphqlError(req, res, 400, "BAD_REQUEST", `Параметр ${name} вложен слишком глубоко: более ${options.maxJsonDepth} уровней`);
          return;
        }
      }
    }

    const params = (body && typeof body === "object" ? body : Object.fromEntries(url.searchParams)) as { query?: unknown; operationName?: unknown };
    if (typeof params.operationName === "string") info.operation = params.operationName;
    if (typeof params.query === "string") {
      const refusal = shape.check(params.query);
      if (refusal) {
        sendGraphqlError(req, res, 400, "QUERY_TOO_COMPLEX", refusal);
        return;
      }
    }
    // an anonymous query answered before: sent as stored (issue 16; README "Performance")
    const attempt = await cacheAttempt(options.answers ?? null, req, res, params);
    if (attempt?.served) {
      info.cache = "hit";
      return;
    }

    // an anonymous query compiled before: run without Apollo's request pipeline, the same answer
    if (!authorization && (await answerDirectly(apollo, options, req, res, params, attempt))) {
      info.execution = "direct";
      return;
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    // the stored texts of complete contents, spliced into Apollo's answer (src/http/content-rendering.ts)
    const splices = new Splices();
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search: url.search, body },
      context: async () => {
        let viewer: Viewer;
        try {
          viewer = await options.authenticate(authorization, req);
        } catch (error) {
          if (error instanceof GraphQLError && error.extensions.code === "UNAUTHENTICATED") await limits.authFailed(client);
          throw error;
        }
        if (authorization) {
          const retry = await limits.tokenRequest(authorization);
          if (retry !== null) throw rateLimited(`Превышен лимит запросов для этого токена; повторите через ${retry} с`, retry);
        }
        const context = options.context(viewer, req);
        context.splices = splices;
        return context;
      },
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      const text = splices.spliceInto(response.body.string);
      // GraphQL over HTTP: request errors are 200 in application/json (Apollo answers 400)
      if (res.statusCode === 400 && String(response.headers.get("content-type") ?? "").startsWith("application/json") && isRequestErrorBody(text)) {
        res.statusCode = 200;
      }
      // publicly cacheable answers get an ETag; a matching If-None-Match gets 304 without a body
      if (res.statusCode === 200 && String(response.headers.get("cache-control") ?? "").startsWith("public")) {
        sendPublic(req, res, text, response.headers, attempt);
        return;
      }
      res.end(text);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** Apollo's media type of a single result, for the Accept headers whose choice is certain (others go through Apollo). */
const DIRECT_ACCEPT = new Set(["", "*/*", "application/json"]);

/**
 * Answers an anonymous query whose compiled operation exists (src/http/jit-executor.ts)
 * without Apollo's request pipeline, which costs about 0.2 ms of CPU a request even for
 * `{ __typename }` (bench/README.md). The answer is the one Apollo gives: the same execution,
 * serialised as Apollo serialises it, with the headers of its plugins for a public answer
 * (src/http/cache-policy.plugin.ts; the session plugin acts only on cookies and mutations).
 * Only a POST in JSON without credentials of any kind, extensions or an unusual Accept
 * header, and only an answer without errors: anything else (false) goes through Apollo, which
 * executes the query again (a query changes nothing) and reports as it does.
 */
async function answerDirectly(
  apollo: ApolloServer<Context>,
  options: GraphqlRouteOptions,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  params: { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown },
  attempt: CacheAttempt | null,
): Promise<boolean> {
  // the requests the response cache may answer (no credentials of any kind, a JSON body), POSTs only
  if (req.method !== "POST" || !mayUseCache(req)) return false;
  if (!DIRECT_ACCEPT.has(String(req.headers.accept ?? "").trim())) return false;
  if (typeof params.query !== "string" || params.extensions !== undefined) return false;
  const operationName = params.operationName === undefined || params.operationName === null ? null : params.operationName;
  const variables = params.variables === undefined || params.variables === null ? {} : params.variables;
  if ((operationName !== null && typeof operationName !== "string") || typeof variables !== "object" || Array.isArray(variables)) return false;
  const run = directQuery(apollo, params.query, operationName);
  if (!run) return false;
  const context = options.context(await options.authenticate(undefined, req), req);
  const splices = new Splices();
  context.splices = splices;
  const result = await run(variables as Record<string, unknown>, context);
  if (result.errors?.length || !result.data) return false;
  const headers: [string, string][] = [["content-type", "application/json; charset=utf-8"], ...publicAnswerHeaders(config.publicCacheMaxAge)];
  for (const [name, value] of headers) res.setHeader(name, value);
  res.statusCode = 200;
  // as Apollo serialises a result without errors (prettyJSONStringify of { errors, data, extensions })
  sendPublic(req, res, splices.spliceInto(JSON.stringify({ data: result.data }) + "\n"), headers, attempt);
  return true;
}

/** A public answer: encoded once, hashed for the ETag, kept by the cache and sent with its length (304 for a matching If-None-Match). */
function sendPublic(req: http.IncomingMessage, res: http.ServerResponse, text: string, headers: Iterable<[string, string]>, attempt: CacheAttempt | null) {
  const bytes = Buffer.from(text, "utf8");
  const etag = answerEtag(bytes);
  attempt?.keep(200, headers, bytes, etag);
  res.setHeader("etag", etag);
  if (req.headers["if-none-match"] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.setHeader("content-length", bytes.length);
  res.end(bytes);
}

/** 429 with Retry-After, through Apollo (thrown from the context). */
export function rateLimited(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "RATE_LIMITED", http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfterSeconds)]]) } },
  });
}
