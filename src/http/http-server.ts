import http from "node:http";
import type net from "node:net";
import { randomUUID } from "node:crypto";
import compression from "compression";
import type { ApolloServer } from "@apollo/server";
import type { Context } from "../context";
import { log, requestScope } from "../log";
import { graphqlRoute, type GraphqlRouteOptions } from "./graphql-route";
import { RateLimits, clientAddress, clientKey, type RateLimitConfig } from "./rate-limit";
import { sendJson } from "./responses";
import { ClientGone } from "./body";
import { admit, type Admission } from "./admission";

export interface HttpOptions extends GraphqlRouteOptions {
  rateLimits: RateLimitConfig;
  /** Behind a reverse proxy: the client address comes from X-Forwarded-For (and there is no per-client connection cap). */
  trustProxy: boolean;
  timeouts: { headersMs: number; requestMs: number; keepAliveMs: number };
  maxConnections: number;
  maxConnectionsPerClient: number;
  /** More routes (static files, sign-in, …), tried in order after /health, /ready and /graphql. */
  routes?: Route[];
  /** The shape of the stored content texts this process splices (GET /health/cache; src/http/content-rendering.ts). */
  renderingShape?: string;
  /** Readiness probe for /ready (the database answers); without it /ready is always ready. */
  ready?: () => Promise<boolean>;
}

/** What a route handler gets: the request, its URL, the client's address and the request's log fields. */
export interface RouteContext {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  url: URL;
  client: string;
  requestId: string;
  /** Fields added to the request's log line (e.g. the GraphQL operation name). */
  info: Record<string, string>;
}

export interface Route {
  /** An exact path, or a test of the path (e.g. a prefix for static files). */
  path: string | ((pathname: string) => boolean);
  /** Allowed methods (405 otherwise); all when absent. */
  methods?: string[];
  /**
   * The request limits the route table applies before the handler (src/http/admission.ts):
   * rate-limit points per request, and a cap on such requests running at once. /graphql
   * applies its own; a route without it (health, readiness) is not limited.
   */
  admission?: Admission;
  /** A streamed answer: the connection is closed when the client has read nothing for this long (ms). */
  stallTimeoutMs?: number;
  handle: (ctx: RouteContext) => Promise<void> | void;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The Node HTTP front: a small route table (/health liveness, /ready readiness, /graphql, then
 * `options.routes`, e.g. the change feed and the exports, with their rate limits),
 * compression (gzip or brotli above 1 KB when the client accepts it), open CORS (a public
 * data API), a request id per request (X-Request-Id, taken from the client when sane) on
 * every log line, one log line per request, header/request/keep-alive timeouts and caps
 * on connections. No framework: fewer moving parts on the hot path.
 */
export function createHttpServer(apollo: ApolloServer<Context>, options: HttpOptions): http.Server {
  const limits = new RateLimits(options.rateLimits);
  const routes: Route[] = [
    // liveness: the process answers
    { path: "/health", methods: ["GET", "HEAD"], handle: ({ res }) => sendJson(res, 200, { status: "ok" }) },
    // readiness: the database answers too
    {
      path: "/ready",
      methods: ["GET", "HEAD"],
      handle: async ({ res }) => {
        const ready = options.ready ? await options.ready() : true;
        if (ready) sendJson(res, 200, { status: "ready" });
        else sendJson(res, 503, { status: "unavailable", message: "База данных недоступна; реестр переподключится, когда она ответит" });
      },
    },
    // the response cache's counters of this process (bench, tests)
    { path: "/health/cache", methods: ["GET"], handle: ({ res }) => sendJson(res, 200, { pid: process.pid, renderingShape: options.renderingShape ?? null, ...(options.answers ? options.answers.cache.stats() : { enabled: false }) }) },
    { path: "/graphql", methods: ["GET", "POST"], handle: graphqlRoute(apollo, options, limits) },
    ...(options.routes ?? []),
  ];
  // NDJSON (the change feed, the standards export) is text too; compressed answers are streamed, never buffered whole
  const compress = compression({ threshold: 1024, filter: (req, res) => compression.filter(req, res) || /^application\/x-ndjson\b/.test(String(res.getHeader("content-type") ?? "")) }) as unknown as (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

  const admissionOf = (route: Route, ctx: RouteContext) => admit(ctx, route.admission!, limits, options.authenticate);
  const server = http.createServer(
    {
      headersTimeout: options.timeouts.headersMs,
      requestTimeout: options.timeouts.requestMs,
      keepAliveTimeout: options.timeouts.keepAliveMs,
      // how often Node looks for requests past their timeouts (its default is 30 s)
      connectionsCheckingInterval: Math.max(100, Math.min(1000, options.timeouts.headersMs / 2)),
    },
    (req, res) => {
      const header = req.headers["x-request-id"];
      const requestId = typeof header === "string" && REQUEST_ID.test(header) ? header : randomUUID();
      const started = performance.now();
      const url = new URL(req.url ?? "/", "http://localhost");
      const ctx: RouteContext = { req, res, url, client: clientAddress(req, options.trustProxy), requestId, info: {} };
      res.setHeader("x-request-id", requestId);
      requestScope.run({ requestId }, () => {
        res.once("close", () => {
          log.info(
            { method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round((performance.now() - started) * 10) / 10, ...(res.writableFinished ? {} : { aborted: true }), ...ctx.info },
            "request",
          );
        });
        compress(req, res, () => {
          dispatch(routes, ctx, admissionOf).catch((error) => {
            if (error instanceof ClientGone) return void res.destroy();
            log.error({ err: error }, "unexpected error in the HTTP front");
            if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Внутренняя ошибка сервера", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
            // a streamed answer cut short is not ended as if complete: the client sees the transfer break
            else res.destroy();
          });
        });
      });
    },
  );
  server.on("clientError", answerClientError);
  server.maxConnections = options.maxConnections;
  if (options.maxConnectionsPerClient > 0 && !options.trustProxy) capConnectionsPerClient(server, options.maxConnectionsPerClient);
  return server;
}

async function dispatch(routes: Route[], ctx: RouteContext, admissionOf: (route: Route, ctx: RouteContext) => Promise<(() => void) | null>) {
  const { req, res, url } = ctx;
  res.setHeader("access-control-allow-origin", "*");
  if (req.method === "OPTIONS") {
    res.writeHead(204, {
      "access-control-allow-methods": "GET, POST, OPTIONS",
      "access-control-allow-headers": "content-type, authorization, apollo-require-preflight, x-request-id",
      "access-control-max-age": "86400",
    });
    res.end();
    return;
  }
  const route = routes.find((r) => (typeof r.path === "string" ? r.path === url.pathname : r.path(url.pathname)));
  if (!route) {
    sendJson(res, 404, { errors: [{ message: "Не найдено. GraphQL доступен по адресу /graphql", extensions: { code: "NOT_FOUND" } }] });
    return;
  }
  if (route.methods && !route.methods.includes(req.method ?? "GET")) {
    req.resume();
    sendJson(res, 405, { errors: [{ message: `Метод ${req.method} не поддерживается; допустимы: ${route.methods.join(", ")}`, extensions: { code: "METHOD_NOT_ALLOWED" } }] }, { allow: route.methods.join(", ") });
    return;
  }
  if (!route.admission) return route.handle(ctx);
  const release = await admissionOf(route, ctx);
  if (!release) return; // refused (429, 401 or 503), answered
  res.once("close", release);
  if (route.stallTimeoutMs) res.setTimeout(route.stallTimeoutMs, () => res.destroy());
  await route.handle(ctx);
}

/**
 * A request Node's parser refuses before any route sees it (headers or URL over
 * --max-http-header-size, 16 KB by default; headers past the timeout; not HTTP at all): the
 * status Node would give, with a JSON body in Russian and a stable code like every refusal.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: net.Socket) {
  // as Node does: answer only when no response on this connection has begun (a keep-alive connection may have carried others)
  const inFlight = (socket as net.Socket & { _httpMessage?: http.ServerResponse | null })._httpMessage;
  if (error.code === "ECONNRESET" || !socket.writable || inFlight?.headersSent) return void socket.destroy();
  const [status, reason, code, message] =
    error.code === "HPE_HEADER_OVERFLOW"
      ? [431, "Request Header Fields Too Large", "HEADERS_TOO_LARGE", `Заголовки или адрес запроса длиннее ${Math.round(http.maxHeaderSize / 1024)} КБ; передайте запрос GraphQL методом POST в теле`]
      : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? [408, "Request Timeout", "REQUEST_TIMEOUT", "Запрос не пришёл целиком вовремя; соединение закрыто"]
        : [400, "Bad Request", "BAD_REQUEST", "Некорректный HTTP-запрос"];
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  // read (and drop) what the client is still sending, so that closing does not reset the connection before it reads the answer
  socket.on("data", () => undefined);
  socket.resume();
  setTimeout(() => socket.destroy(), 2000).unref();
}

/** More than `max` open connections from one address: the new one is answered 503 and closed. */
function capConnectionsPerClient(server: http.Server, max: number) {
  const open = new Map<string, number>();
  server.on("connection", (socket: net.Socket) => {
    const key = clientKey(socket.remoteAddress ?? "unknown");
    const n = (open.get(key) ?? 0) + 1;
    open.set(key, n);
    socket.once("close", () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    });
    if (n > max) socket.end("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 5\r\nContent-Length: 0\r\n\r\n");
  });
}
