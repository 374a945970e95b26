import "reflect-metadata";
import path from "node:path";
import { startEmbeddedPostgres, recreateDatabase } from "../src/db/embedded-postgres";
import { createDataSource } from "../src/data-source";

/**
 * Tests run against a real PostgreSQL: DATABASE_URL when set, otherwise an embedded
 * server in .data/pg-test on TEST_PG_PORT (default 54331) with a fresh database.
 * Migrations run once here; workers inherit DATABASE_URL.
 */
export default async function globalSetup() {
  let url = process.env.DATABASE_URL;
  if (!url) {
    const port = Number(process.env.TEST_PG_PORT ?? 54331);
    const db = await startEmbeddedPostgres({ dataDir: path.resolve(__dirname, "..", ".data", `pg-test-${port}`), port, database: "postgres" });
    (globalThis as { __PG__?: { stop(): Promise<void> } }).__PG__ = db;
    const server = `postgres://postgres:postgres@127.0.0.1:${port}`;
    await recreateDatabase(server, "registry_test");
    url = `${server}/registry_test`;
    process.env.DATABASE_URL = url;
  }
  const ds = createDataSource(url);
  await ds.initialize();
  await ds.runMigrations({ transaction: "each" });
  await ds.destroy();
}
