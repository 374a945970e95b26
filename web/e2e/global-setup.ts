import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "..", "..");
export const stateFile = path.join(root, "web", "test-results", "e2e-state.json");

/**
 * The real registry for the browser tests: the API built in dist/ (npm test builds it),
 * the web workspace built in web/dist, a fresh database on the embedded PostgreSQL of the
 * jest tests (TEST_PG_PORT), the seeds loaded by the server itself, and the first
 * administrator's temporary password made by the documented CLI (npm run user:password).
 */
export default async function globalSetup() {
  const { startEmbeddedPostgres } = require(path.join(root, "dist", "src", "db", "embedded-postgres.js"));
  // DATABASE_URL (the app's role) with DATABASE_OWNER_URL (the owner), as for jest; else the embedded server of the jest tests
  let databaseUrl = process.env.E2E_DATABASE_URL;
  let ownerUrl = process.env.E2E_DATABASE_OWNER_URL;
  let pg: { stop(): Promise<void> } | null = null;
  if (!databaseUrl) {
    const pgPort = Number(process.env.TEST_PG_PORT ?? 54331);
    const db = await startEmbeddedPostgres({ dataDir: path.join(root, ".data", `pg-test-${pgPort}`), port: pgPort, database: "registry_e2e", fresh: true });
    pg = db;
    databaseUrl = db.appUrl;
    ownerUrl = db.ownerUrl;
  }
  const port = Number(process.env.E2E_PORT ?? 4150);
  const env = { ...process.env, DATABASE_URL: databaseUrl, DATABASE_OWNER_URL: ownerUrl, PORT: String(port), HOST: "127.0.0.1", SEED_ON_START: "true" };
  const server: ChildProcess = spawn(process.execPath, [path.join(root, "dist", "src", "main.js")], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  server.stdout!.on("data", (d) => (log += d));
  server.stderr!.on("data", (d) => (log += d));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the registry did not start:\n${log}`);
    const up = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    if (up) break;
    if (Date.now() > deadline) throw new Error(`the registry did not answer in 120 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const out = execFileSync(process.execPath, [path.join(root, "dist", "src", "scripts", "user-password.js"), "--login", "admin", "--role", "ADMIN", "--name", "Администратор реестра"], { cwd: root, env, encoding: "utf8" });
  const password = /^\s+(\S{4}-\S{4}-\S{4}-\S{4})\s*$/m.exec(out)?.[1];
  if (!password) throw new Error(`no temporary password in:\n${out}`);
  mkdirSync(path.dirname(stateFile), { recursive: true });
  writeFileSync(stateFile, JSON.stringify({ adminPassword: password }));
  (globalThis as Record<string, unknown>).__E2E__ = { server, pg };
}
