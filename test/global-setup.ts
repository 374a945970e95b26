import "reflect-metadata";
import path from "node:path";
import { startEmbeddedPostgres } from "../src/db/embedded-postgres";
import { migrate } from "../src/db/database";

/**
 * Tests run against a real PostgreSQL: DATABASE_URL (the app's role) with DATABASE_OWNER_URL
 * (the owner) when set, otherwise an embedded server in .data/pg-test-<port> on TEST_PG_PORT
 * (default 54331) with a fresh database. Migrations run once here, as the owner; workers
 * inherit DATABASE_URL and DATABASE_OWNER_URL (and TEST_PG_SUPERUSER_URL when embedded).
 */
export default async function globalSetup() {
  if (!process.env.DATABASE_URL) {
    const port = Number(process.env.TEST_PG_PORT ?? 54331);
    const db = await startEmbeddedPostgres({
      dataDir: path.resolve(__dirname, "..", ".data", `pg-test-${port}`),
      port,
      database: "registry_test",
      fresh: true,
    });
    (globalThis as { __PG__?: { stop(): Promise<void> } }).__PG__ = db;
    process.env.DATABASE_URL = db.appUrl;
    process.env.DATABASE_OWNER_URL = db.ownerUrl;
    process.env.TEST_PG_SUPERUSER_URL = db.superuserUrl;
  } else if (!process.env.DATABASE_OWNER_URL) {
    throw new Error(
      "DATABASE_URL is the app's role (registry_app); the tests also need DATABASE_OWNER_URL (registry_owner) " +
        "to apply the migrations and to attack the database on purpose (README, Tests)",
    );
  }
  await migrate(process.env.DATABASE_OWNER_URL!);
}
