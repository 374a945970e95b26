import "reflect-metadata";
import path from "node:path";
import { config } from "./config";
import { createDataSource } from "./data-source";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./db/embedded-postgres";
import { createApp } from "./app";
import { loadSeedsIfEmpty } from "./seeding/load-seeds";
import { startSyncWorker } from "./sync/worker";
import { syncConfig } from "./config";

/** npm start: database (embedded or DATABASE_URL) → migrations → seeds if empty → HTTP. */
async function main() {
  const log = (m: string) => console.log(`[registry] ${m}`);
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

  const ds = createDataSource(url);
  await ds.initialize();
  const applied = await ds.runMigrations({ transaction: "each" });
  log(applied.length ? `applied migrations: ${applied.map((m) => m.name).join(", ")}` : "database schema is up to date");

  const app = await createApp(ds);
  if (config.seedOnStart) {
    const loaded = await loadSeedsIfEmpty(ds, app.apollo);
    if (loaded) log(`loaded seeds: ${loaded} services`);
  }

  const worker = syncConfig.worker ? await startSyncWorker(ds, url, { log }) : null;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    try {
      await app.stop();
      await worker?.stop();
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
  console.log(`Реестр стандартов услуг: GraphQL API на http://${config.host}:${config.port}/graphql`);
}

main().catch((error) => {
  console.error("[registry] failed to start:", error);
  process.exit(1);
});
