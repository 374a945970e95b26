import path from "node:path";
import { parseReadUrls } from "./db/read-replicas";

/** Every environment variable the registry reads, in one place (documented in README). */
export const config = {
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
  /** Seconds an edge may cache an anonymous query (published data). */
  publicCacheMaxAge: Number(process.env.PUBLIC_CACHE_MAX_AGE ?? 300),
};

/** The in-process cache of anonymous answers (src/cache/; README "Performance"). */
export const responseCacheConfig = {
  /** RESPONSE_CACHE=off: every request is executed (e.g. to measure the pipeline). */
  enabled: process.env.RESPONSE_CACHE !== "off",
  /** Memory for cached answers per process, in MB. */
  maxBytes: Number(process.env.RESPONSE_CACHE_MB ?? 256) * 1024 * 1024,
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
