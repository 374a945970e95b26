import "reflect-metadata";
import path from "node:path";
import { DataSource, type Logger } from "typeorm";
import { config, embeddedDevUrl } from "./config";
import { entities } from "./entities";
import { SnakeNamingStrategy } from "./db/naming-strategy";
import { SqlLogger } from "./log";

/** Per-session limits of PostgreSQL (0 = none). */
export interface SessionLimits {
  statementTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
}

/** API sessions: a runaway statement or a transaction left open cannot hold a connection (config, README). */
export const apiSession: SessionLimits = { statementTimeoutMs: config.dbStatementTimeoutMs, idleInTransactionTimeoutMs: config.dbIdleInTransactionTimeoutMs };
/** Migrations, bulk loads and the TypeORM CLI: no time limits. */
export const maintenanceSession: SessionLimits = { statementTimeoutMs: 0, idleInTransactionTimeoutMs: 0 };

/**
 * The one DataSource definition, used by the app, the TypeORM CLI and the tests.
 * The schema comes only from migrations/ (synchronize is never on).
 */
export function createDataSource(url: string, logger?: Logger, session: SessionLimits = apiSession): DataSource {
  return new DataSource({
    type: "postgres",
    url,
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
      max: config.dbPoolSize,
      application_name: "service-standard-registry",
      // short interactive queries: parallel workers cost more to start than they save
      options: [
        `-c max_parallel_workers_per_gather=${config.dbParallelWorkers}`,
        `-c statement_timeout=${session.statementTimeoutMs}`,
        `-c idle_in_transaction_session_timeout=${session.idleInTransactionTimeoutMs}`,
      ].join(" "),
    },
  });
}

/** Default export for the TypeORM CLI: DATABASE_URL, or the embedded dev server started by `npm start`. */
export default createDataSource(config.databaseUrl ?? embeddedDevUrl(), undefined, maintenanceSession);
