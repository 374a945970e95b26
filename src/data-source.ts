import "reflect-metadata";
import path from "node:path";
import { DataSource, type Logger } from "typeorm";
import { config, embeddedDevUrl } from "./config";
import { entities } from "./entities";
import { SnakeNamingStrategy } from "./db/naming-strategy";

/**
 * The one DataSource definition, used by the app, the TypeORM CLI and the tests.
 * The schema comes only from migrations/ (synchronize is never on).
 */
export function createDataSource(url: string, logger?: Logger): DataSource {
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
    logger,
    logging: logger ? ["query", "error"] : ["error"],
    extra: {
      max: config.dbPoolSize,
      application_name: "service-standard-registry",
      // short interactive queries: parallel workers cost more to start than they save
      options: `-c max_parallel_workers_per_gather=${config.dbParallelWorkers}`,
    },
  });
}

/** Default export for the TypeORM CLI: DATABASE_URL, or the embedded dev server started by `npm start`. */
export default createDataSource(config.databaseUrl ?? embeddedDevUrl());
