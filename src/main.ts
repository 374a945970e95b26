import "reflect-metadata";
import { config, jitConfig, syncConfig } from "./config";
import { createDataSource } from "./data-source";
import { openDatabase, prepareSchema, privilegeWarnings } from "./db/database";
import { createApp } from "./app";
import { loadSeedsIfEmpty } from "./seeding/load-seeds";
import { log as logger } from "./log";
import { startSyncWorker } from "./sync/worker";
import { isWorkerProcess, serve, serveWorker } from "./workers";
import { getSchema } from "./schema";
import { contentRenderer } from "./http/content-rendering";
import { startRenderingBackfill } from "./http/rendering-backfill";

/** npm start: database (embedded or DATABASE_URL) → migrations → seeds if empty → HTTP. */
async function main() {
  const log = (m: string) => logger.info(m);
  if (isWorkerProcess()) return serveWorker(log);
  if (!config.databaseUrl) log(`starting embedded PostgreSQL on port ${config.embeddedPort} (data in .data/pg)`);
  // a postmaster that dies is restarted; if it cannot be, exit non-zero for a supervisor
  const db = await openDatabase({ log, supervise: true, onGiveUp: () => process.exit(1) });
  const ds = createDataSource(db.appUrl);
  await ds.initialize();
  const applied = await prepareSchema(db, ds);
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  for (const warning of await privilegeWarnings(ds)) log(`warning: ${warning}`);

  const app = await createApp(ds);
  if (config.seedOnStart) {
    const loaded = await loadSeedsIfEmpty(ds, app.apollo);
    if (loaded) log(`loaded seeds: ${loaded} services`);
  }

  const worker = syncConfig.worker ? await startSyncWorker(ds, db.appUrl, { log }) : null;
  // the stored texts of published contents, in this process only (src/http/rendering-backfill.ts)
  const renderings = jitConfig.renderContent ? startRenderingBackfill(ds, contentRenderer(await getSchema()), { url: db.appUrl, log: (m) => logger.warn(m) }) : null;

  let serving: { stop(): Promise<void> } | null = null;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    try {
      await (serving ? serving.stop() : app.stop());
      await worker?.stop();
      await renderings?.stop();
      await ds.destroy();
      await db.stop();
    } finally {
      process.exit(0);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  serving = await serve(app, { app: db.appUrl, owner: db.ownerUrl }, log);
  const base = `http://${config.host}:${config.port}`;
  logger.info({ url: `${base}/graphql`, web: `${base}/`, graphiql: `${base}/graphiql` }, `Реестр стандартов услуг: веб-интерфейс ${base}/ · GraphQL API ${base}/graphql · GraphiQL ${base}/graphiql`);
}

main().catch((error) => {
  logger.fatal({ err: error }, "failed to start");
  process.exit(1);
});
