import "reflect-metadata";
import path from "node:path";
import { DataSource, type Logger } from "typeorm";
import { config } from "./config";
import { entities } from "./entities";
import { SnakeNamingStrategy } from "./db/naming-strategy";
import { OWNER_ROLE } from "./db/roles";
import { ReplicaReadDataSource } from "./db/read-replicas";
import { SqlLogger } from "./log";

/** Per-session limits of PostgreSQL (0 = none). */
export interface SessionLimits {
  statementTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
}

/** API sessions: a runaway statement or a transaction left open cannot hold a connection (config, README). */
export const apiSession: SessionLimits = { statementTimeoutMs: config.dbStatementTimeoutMs, idleInTransactionTimeoutMs: config.dbIdleInTransactionTimeoutMs };
/** Migrations, bulk loads, backups and the TypeORM CLI: no time limits. */
export const maintenanceSession: SessionLimits = { statementTimeoutMs: 0, idleInTransactionTimeoutMs: 0 };

export interface DataSourceOptions {
  /** `SET ROLE` on every connection: migrations run as the owner role whoever logs in (README). */
  role?: string;
  /** Connections of the pool (DB_POOL_SIZE by default). */
  poolSize?: number;
  /** Streaming replicas: a DataSource whose reads go to them (src/db/read-replicas.ts), `url` the primary. */
  readReplicas?: string[];
  /** statement_timeout and idle_in_transaction_session_timeout (the API's by default). */
  session?: SessionLimits;
}

/**
 * The one DataSource definition, used by the app, the TypeORM CLI and the tests.
 * The schema comes only from migrations/ (synchronize is never on). The app's
 * DataSource connects as the app's role; migrations use `migrationDataSource`.
 */
export function createDataSource(url: string, logger?: Logger, options: DataSourceOptions = {}): DataSource {
  const settings = [
    // short interactive queries: parallel workers cost more to start than they save
    `-c max_parallel_workers_per_gather=${config.dbParallelWorkers}`,
    ...(options.role ? [`-c role=${options.role}`] : []),
    `-c statement_timeout=${(options.session ?? apiSession).statementTimeoutMs}`,
    `-c idle_in_transaction_session_timeout=${(options.session ?? apiSession).idleInTransactionTimeoutMs}`,
  ];
  const replicas = options.readReplicas;
  return new (replicas ? ReplicaReadDataSource : DataSource)({
    type: "postgres",
    ...(replicas ? { replication: { master: { url }, slaves: replicas.map((replica) => ({ url: replica })), defaultMode: "slave" as const } } : { url }),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install
    uuidExtension: "pgcrypto",
    installExtensions: false,
    entities,
    migrations: [path.join(__dirname, "..", "migrations", "*.{js,ts}")],
    migrationsTableName: "typeorm_migrations",
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // failed statements are logged without their parameters (src/log.ts)
    logger: logger ?? new SqlLogger(),
    logging: logger ? ["query", "error"] : ["error", "warn", "migration"],
    extra: {
      max: options.poolSize ?? config.dbPoolSize,
      application_name: replicas ? "service-standard-registry-read" : "service-standard-registry",
      options: settings.join(" "),
    },
  });
}

/** A DataSource for migrations and other schema work: one connection, as the owner role. */
export function migrationDataSource(ownerUrl: string, logger?: Logger): DataSource {
  return createDataSource(ownerUrl, logger, { role: OWNER_ROLE, poolSize: 2, session: maintenanceSession });
}
