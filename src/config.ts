import path from "node:path";
import { parseReadUrls } from "./db/read-replicas";
import { randomBytes } from "node:crypto";

/** Every environment variable the registry reads, in one place (documented in README). */
export const config = {
  /** Key of the page cursors' signatures; without it, a random key per process (cursors last until a restart). */
  cursorSecret: process.env.CURSOR_SECRET || randomBytes(32).toString("hex"),
  /** External PostgreSQL, connected as the app's role (registry_app); when unset, an embedded server is started in .data/pg. */
  databaseUrl: process.env.DATABASE_URL || undefined,
  /** Streaming replicas of DATABASE_URL (comma-separated, the app's role): anonymous reads go to them (README "Growing past one machine"). */
  databaseReadUrls: parseReadUrls(process.env.DATABASE_READ_URLS),
  /** The same database as its owner (registry_owner): migrations, backups, bulk loads. */
  databaseOwnerUrl: process.env.DATABASE_OWNER_URL || undefined,
  /** Archive the embedded server's WAL into this directory (point-in-time recovery). */
  walArchiveDir: process.env.EMBEDDED_PG_WAL_ARCHIVE || undefined,
  embeddedPort: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  embeddedDatabase: "registry",
  host: process.env.HOST ?? "127.0.0.1",
  port: Number(process.env.PORT ?? 4000),
  /** Load seeds/ into an empty database on start (default on). */
  seedOnStart: process.env.SEED_ON_START !== "false",
  introspection: process.env.GRAPHQL_INTROSPECTION !== "false",
  dbPoolSize: Number(process.env.DB_POOL_SIZE ?? 10),
  /** HTTP worker processes of `npm start` (Node's cluster, src/workers.ts); 1: the one process serves. */
  webConcurrency: Math.max(1, Math.floor(Number(process.env.WEB_CONCURRENCY ?? 1)) || 1),
  /** PostgreSQL parallel workers per query for the app's sessions. */
  dbParallelWorkers: Number(process.env.DB_PARALLEL_WORKERS ?? 0),
  /** PostgreSQL statement_timeout of API sessions (ms; 0 = none). */
  dbStatementTimeoutMs: Number(process.env.DB_STATEMENT_TIMEOUT_MS ?? 15_000),
  /** PostgreSQL idle_in_transaction_session_timeout of API sessions (ms; 0 = none). */
  dbIdleInTransactionTimeoutMs: Number(process.env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS ?? 30_000),
  /** Seconds an edge may cache an anonymous query (published data). */
  publicCacheMaxAge: Number(process.env.PUBLIC_CACHE_MAX_AGE ?? 300),
};

/** The in-process cache of anonymous answers (src/cache/; README "Performance"). */
export const responseCacheConfig = {
  /** RESPONSE_CACHE=off: every request is executed (e.g. to measure the pipeline). */
  enabled: process.env.RESPONSE_CACHE !== "off",
  /** Memory for cached answers per process, in MB. */
  maxBytes: Number(process.env.RESPONSE_CACHE_MB ?? 256) * 1024 * 1024,
  /** A large answer (16 KB or more) is kept the n-th time it is computed (2: not the one-hit wonders of a long tail); smaller ones at once. */
  admitAfter: Math.max(1, Number(process.env.RESPONSE_CACHE_ADMIT_AFTER ?? 2) || 2),
};

/** The data directory of the embedded server of `npm start`. */
export function embeddedDataDir(): string {
  return path.resolve(process.cwd(), ".data", "pg");
}

/** API tokens: days until a new token expires unless its expiry is given; 0: no default expiry. */
export const tokenConfig = {
  defaultTtlDays: Number(process.env.TOKEN_DEFAULT_TTL_DAYS ?? 90),
};

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export const httpConfig = {
  maxBodyBytes: env("MAX_BODY_BYTES", 1_000_000),
  /** Deepest nesting of arrays and objects in a JSON body (400 above), checked before parsing. */
  maxJsonDepth: env("MAX_JSON_DEPTH", 32),
  /** Behind a reverse proxy: take the client's address from the last X-Forwarded-For entry. */
  trustProxy: process.env.TRUST_PROXY === "true",
  timeouts: {
    /** The whole header block must arrive within this (ms), else 408 and the connection closes. */
    headersMs: env("HTTP_HEADERS_TIMEOUT_MS", 10_000),
    /** The whole request (headers and body) must arrive within this (ms). */
    requestMs: env("HTTP_REQUEST_TIMEOUT_MS", 30_000),
    /** An idle keep-alive connection is closed after this (ms). */
    keepAliveMs: env("HTTP_KEEP_ALIVE_TIMEOUT_MS", 5_000),
  },
  /** Open connections in all, and per client address (0 = no per-client cap; off with TRUST_PROXY). */
  maxConnections: env("HTTP_MAX_CONNECTIONS", 1000),
  maxConnectionsPerClient: env("HTTP_MAX_CONNECTIONS_PER_CLIENT", 64),
  /** Request rate limits (0 switches one off); see src/http/rate-limit.ts. */
  rateLimits: {
    windowSeconds: env("RATE_LIMIT_WINDOW_SECONDS", 10),
    anonymousPerWindow: env("RATE_LIMIT_ANONYMOUS", 200),
    tokenPerWindow: env("RATE_LIMIT_TOKEN", 2000),
    /** Failed authentications per address within authBlockSeconds; past it, blocked for authBlockSeconds. */
    authFailuresPerWindow: env("RATE_LIMIT_AUTH_FAILURES", 10),
    authBlockSeconds: env("RATE_LIMIT_AUTH_BLOCK_SECONDS", 300),
  },
  /** The plain-HTTP change feed and exports (src/sync/http/routes.ts). */
  sync: {
    /** Rate-limit points of one export (a small GraphQL request costs 1; /changes costs 1). */
    exportPoints: env("RATE_LIMIT_EXPORT_POINTS", 20),
    /** Exports running at once in this process, each holding a database connection (503 past it; 0 = no cap). */
    maxConcurrentExports: env("EXPORT_MAX_CONCURRENT", 2),
    /** An export whose client has read nothing for this long (ms) is cut and its connection released. */
    stallTimeoutMs: env("EXPORT_STALL_TIMEOUT_MS", 30_000),
  },
  /** The public pages under /catalog (src/public/routes.ts); the auditor's downloads under /reports take the exports' points and cap. */
  publicPages: {
    /** Rate-limit points of one page (it runs two public GraphQL queries; a small GraphQL request costs 1). */
    pagePoints: env("RATE_LIMIT_PAGE_POINTS", 2),
  },
};

/** Effective dates are calendar dates; "today" is taken in this time zone. */
export const REGISTRY_TIME_ZONE = process.env.REGISTRY_TIME_ZONE ?? "Europe/Moscow";

/** Limits against abusive queries on the public endpoint (see README). */
export const limits = {
  maxDepth: env("GRAPHQL_MAX_DEPTH", 14),
  maxAliases: env("GRAPHQL_MAX_ALIASES", 30),
  maxTokens: env("GRAPHQL_MAX_TOKENS", 6000),
  maxCost: env("GRAPHQL_MAX_COST", 20000),
  /** Repeated fields (same response name in one selection set) in a whole query. */
  maxDuplicateFields: env("GRAPHQL_MAX_DUPLICATE_FIELDS", 100),
};

/** graphql-jit: which operations are compiled, and how many are kept. */
export const jitConfig = {
  /** An operation is compiled on its n-th execution; before that graphql-js executes it. */
  compileAfter: env("GRAPHQL_JIT_COMPILE_AFTER", 2),
  /** Compiled operations kept (least recently used go first)… */
  maxEntries: env("GRAPHQL_JIT_CACHE_ENTRIES", 200),
  /** …and the total length of their query texts (characters). */
  maxSourceChars: env("GRAPHQL_JIT_CACHE_CHARS", 2_000_000),
  /**
   * The complete content is spliced from its stored text instead of executed field by field
   * (src/http/content-rendering.ts); CONTENT_RENDERING=off executes it (README "Performance").
   */
  renderContent: process.env.CONTENT_RENDERING !== "off",
};

export const logConfig = {
  /** A validation slower than this (ms) is logged as a warning. */
  slowValidationMs: env("LOG_SLOW_VALIDATION_MS", 50),
};

/** Webhooks and the sync worker (issue 15; see README "For portals"). */
export const syncConfig = {
  /** Run the webhook delivery worker and the daily in-force job in this process. */
  worker: process.env.SYNC_WORKER !== "false",
  webhookMaxAttempts: Number(process.env.WEBHOOK_MAX_ATTEMPTS ?? 10),
  /** First retry delay; pg-boss doubles it on every retry (with jitter). */
  webhookRetryDelaySeconds: Number(process.env.WEBHOOK_RETRY_DELAY_SECONDS ?? 30),
  webhookTimeoutMs: Number(process.env.WEBHOOK_TIMEOUT_MS ?? 10_000),
  /** Concurrent deliveries per process. */
  webhookConcurrency: Number(process.env.WEBHOOK_CONCURRENCY ?? 4),
};

/** Browser sessions of the web workspace (password sign-in; see README). */
export const sessionConfig = {
  /** Minutes of inactivity after which a session ends. */
  idleMinutes: Number(process.env.SESSION_IDLE_MINUTES ?? 30),
  /** Hours after sign-in after which a session ends whatever the activity. */
  maxHours: Number(process.env.SESSION_MAX_HOURS ?? 12),
  /** Adds `Secure` to the session cookie (set it when the registry is served over HTTPS). */
  secureCookie: process.env.SESSION_COOKIE_SECURE === "true",
  /** Consecutive failed sign-ins of one login before it is locked for a while. */
  maxFailures: Number(process.env.SIGN_IN_MAX_FAILURES ?? 5),
};
