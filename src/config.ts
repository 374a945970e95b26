import path from "node:path";

/** Every environment variable the registry reads, in one place (documented in README). */
export const config = {
  /** External PostgreSQL, connected as the app's role (registry_app); when unset, an embedded server is started in .data/pg. */
  databaseUrl: process.env.DATABASE_URL || undefined,
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
  /** PostgreSQL parallel workers per query for the app's sessions. */
  dbParallelWorkers: Number(process.env.DB_PARALLEL_WORKERS ?? 0),
  /** Seconds an edge may cache an anonymous query (published data). */
  publicCacheMaxAge: Number(process.env.PUBLIC_CACHE_MAX_AGE ?? 300),
};

/** The data directory of the embedded server of `npm start`. */
export function embeddedDataDir(): string {
  return path.resolve(process.cwd(), ".data", "pg");
}

/** API tokens: days until a new token expires unless its expiry is given; 0: no default expiry. */
export const tokenConfig = {
  defaultTtlDays: Number(process.env.TOKEN_DEFAULT_TTL_DAYS ?? 90),
};

export const httpConfig = {
  maxBodyBytes: Number(process.env.MAX_BODY_BYTES ?? 1_000_000),
};

/** Effective dates are calendar dates; "today" is taken in this time zone. */
export const REGISTRY_TIME_ZONE = process.env.REGISTRY_TIME_ZONE ?? "Europe/Moscow";

/** Limits against abusive queries on the public endpoint (see README). */
export const limits = {
  maxDepth: Number(process.env.GRAPHQL_MAX_DEPTH ?? 14),
  maxAliases: Number(process.env.GRAPHQL_MAX_ALIASES ?? 30),
  maxTokens: Number(process.env.GRAPHQL_MAX_TOKENS ?? 6000),
  maxCost: Number(process.env.GRAPHQL_MAX_COST ?? 20000),
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
