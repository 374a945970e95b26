import http from "node:http";
import { createHash } from "node:crypto";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { Context } from "../context";
import { cacheAttempt, type PublicAnswers } from "../cache/graphql-cache";

export interface HttpOptions {
  /** Largest accepted request body in bytes; larger bodies get 413. */
  maxBodyBytes: number;
  context: (req: http.IncomingMessage) => Promise<Context>;
  /** Further plain-HTTP endpoints (the sync module's feed and exports); true when handled. */
  routes?: (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<boolean>;
  /** Readiness probe for /ready (the database answers); without it /ready is always ready. */
  ready?: () => Promise<boolean>;
  /** The cache of anonymous answers (src/cache/). */
  answers?: PublicAnswers | null;
}

/**
 * A minimal Node HTTP front for Apollo: POST and GET on /graphql, a body size limit,
 * open CORS (this is a public data API) and /health. No framework: fewer moving
 * parts on the hot path. /health is liveness (the process answers); /ready is readiness (the
 * database answers too).
 */
export function createHttpServer(apollo: ApolloServer<Context>, options: HttpOptions): http.Server {
  return http.createServer((req, res) => {
    handle(apollo, options, req, res).catch((error) => {
      console.error("[http] unexpected error", error);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Внутренняя ошибка сервера", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else res.end();
    });
  });
}

async function handle(apollo: ApolloServer<Context>, options: HttpOptions, req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? "/", "http://localhost");
  res.setHeader("access-control-allow-origin", "*");
  if (req.method === "OPTIONS") {
    res.writeHead(204, {
      "access-control-allow-methods": "GET, POST, OPTIONS",
      "access-control-allow-headers": "content-type, authorization, apollo-require-preflight",
      "access-control-max-age": "86400",
    });
    res.end();
    return;
  }
  if (url.pathname === "/health") {
    sendJson(res, 200, { status: "ok" });
    return;
  }
  if (url.pathname === "/health/cache") {
    sendJson(res, 200, { pid: process.pid, ...(options.answers ? options.answers.cache.stats() : { enabled: false }) });
    return;
  }
  if (url.pathname === "/ready") {
    const ready = options.ready ? await options.ready() : true;
    if (ready) sendJson(res, 200, { status: "ready" });
    else sendJson(res, 503, { status: "unavailable", message: "База данных недоступна; реестр переподключится, когда она ответит" });
    return;
  }
  if (url.pathname !== "/graphql" && options.routes && (await options.routes(req, res, url))) return;
  if (url.pathname !== "/graphql") {
    sendJson(res, 404, { errors: [{ message: "Не найдено. GraphQL доступен по адресу /graphql", extensions: { code: "NOT_FOUND" } }] });
    return;
  }
  let body: unknown = undefined;
  if (req.method === "POST") {
    const raw = await readBody(req, options.maxBodyBytes);
    if (raw === null) {
      sendJson(res, 413, {
        errors: [{ message: `Тело запроса превышает ${options.maxBodyBytes} байт`, extensions: { code: "PAYLOAD_TOO_LARGE" } }],
      });
      return;
    }
    try {
      body = raw.length > 0 ? JSON.parse(raw.toString("utf8")) : undefined;
    } catch {
      sendJson(res, 400, { errors: [{ message: "Тело запроса не является корректным JSON", extensions: { code: "BAD_REQUEST" } }] });
      return;
    }
  }
  const params = (body && typeof body === "object" ? body : Object.fromEntries(url.searchParams)) as Record<string, unknown>;
  const attempt = await cacheAttempt(options.answers ?? null, req, res, params);
  if (attempt?.served) return;
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search: url.search, body },
    context: () => options.context(req),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    // publicly cacheable answers get an ETag; a matching If-None-Match gets 304 without a body
    if (res.statusCode === 200 && String(response.headers.get("cache-control") ?? "").startsWith("public")) {
      const etag = `W/"${createHash("sha1").update(response.body.string).digest("base64url")}"`;
      res.setHeader("etag", etag);
      if (req.headers["if-none-match"] === etag) {
        res.statusCode = 304;
        res.end();
        return;
      }
    }
    attempt?.keep(res.statusCode, response.headers, response.body.string);
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Reads the body, or null as soon as it exceeds the limit (the rest is not buffered). */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => !tooLarge && resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, payload: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(payload));
}
