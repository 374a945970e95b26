import "reflect-metadata";
import path from "node:path";
import { config } from "./config";
import { createDataSource, maintenanceSession } from "./data-source";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./db/embedded-postgres";
import { createApp } from "./app";
import { loadSeedsIfEmpty } from "./seeding/load-seeds";
import { log as logger } from "./log";

/** npm start: database (embedded or DATABASE_URL) → migrations → seeds if empty → HTTP. */
async function main() {
  const log = (m: string) => logger.info(m);
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    log(`starting embedded PostgreSQL on port ${config.embeddedPort} (data in .data/pg)`);
    embedded = await startEmbeddedPostgres({
      dataDir: path.resolve(process.cwd(), ".data", "pg"),
      port: config.embeddedPort,
      database: config.embeddedDatabase,
      log,
    });
    url = embedded.url;
  }

  // migrations run without the API sessions' time limits, on a connection of their own
  const migrator = createDataSource(url, undefined, maintenanceSession);
  await migrator.initialize();
  const applied = await migrator.runMigrations({ transaction: "each" });
  await migrator.destroy();
  log(applied.length ? `applied migrations: ${applied.map((m) => m.name).join(", ")}` : "database schema is up to date");

  const ds = createDataSource(url);
  await ds.initialize();

  const app = await createApp(ds);
  if (config.seedOnStart) {
    const loaded = await loadSeedsIfEmpty(ds, app.apollo);
    if (loaded) log(`loaded seeds: ${loaded} services`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    try {
      await app.stop();
      await ds.destroy();
      await embedded?.stop();
    } finally {
      process.exit(0);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  await new Promise<void>((resolve, reject) => {
    app.http.once("error", reject);
    app.http.listen(config.port, config.host, resolve);
  });
  logger.info({ url: `http://${config.host}:${config.port}/graphql` }, `Реестр стандартов услуг: GraphQL API на http://${config.host}:${config.port}/graphql`);
}

main().catch((error) => {
  logger.fatal({ err: error }, "failed to start");
  process.exit(1);
});
