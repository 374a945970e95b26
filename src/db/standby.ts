import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { baseBackup, prepareRestore } from "./backup";
import { startEmbeddedPostgres, withClient, type EmbeddedDatabase } from "./embedded-postgres";

/**
 * A streaming replica of an embedded primary from the embedded binaries alone (README "Growing
 * past one machine"; the primary started with `allowReplication`): a physical replication slot on the primary (it keeps the WAL the standby
 * has not received), a base backup through pg_backup_start / pg_backup_stop (src/db/backup.ts),
 * laid out as a data directory with standby.signal, started as a hot standby that streams from
 * the primary (primary_conninfo as the primary's superuser, which has REPLICATION). A managed
 * PostgreSQL or pg_basebackup does the same in production.
 */
export interface StandbyOptions {
  primary: Pick<EmbeddedDatabase, "superuserUrl" | "dataDir" | "port" | "credentials">;
  dataDir: string;
  port: number;
  database: string;
  /** The replication slot's name (letters, digits, _). */
  slot: string;
  log?: (message: string) => void;
}

export async function startStandby(options: StandbyOptions): Promise<EmbeddedDatabase & { dropSlot(): Promise<void> }> {
  if (!/^[a-z0-9_]{1,63}$/.test(options.slot)) throw new Error(`replication slot name ${options.slot}: lower-case letters, digits and _ only`);
  await withClient(options.primary.superuserUrl, (c) => c.query("SELECT pg_create_physical_replication_slot($1, true)", [options.slot]));
  const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), "registry-standby-"));
  fs.rmSync(backupDir, { recursive: true });
  try {
    await baseBackup({ superuserUrl: options.primary.superuserUrl, dataDir: options.primary.dataDir, target: backupDir, log: options.log });
    prepareRestore({ backupDir, dataDir: options.dataDir });
  } finally {
    fs.rmSync(backupDir, { recursive: true, force: true });
  }
  fs.writeFileSync(path.join(options.dataDir, "standby.signal"), "", { mode: 0o600 });
  const { user, password } = options.primary.credentials.superuser;
  const standby = await startEmbeddedPostgres({
    dataDir: options.dataDir,
    port: options.port,
    database: options.database,
    standby: true,
    log: options.log,
    serverSettings: {
      primary_conninfo: `host=127.0.0.1 port=${options.primary.port} user=${user} password=${password} application_name=${options.slot}`,
      primary_slot_name: options.slot,
      hot_standby: "on",
    },
  });
  return {
    ...standby,
    async dropSlot() {
      await withClient(options.primary.superuserUrl, (c) => c.query("SELECT pg_drop_replication_slot($1) FROM pg_replication_slots WHERE slot_name = $1", [options.slot]));
    },
  };
}

/** Whether every replica has replayed the primary's WAL up to now. */
export async function caughtUp(primaryUrl: string, replicaUrl: string): Promise<boolean> {
  const lsn = await withClient(primaryUrl, async (c) => (await c.query("SELECT pg_current_wal_lsn()::text AS lsn")).rows[0].lsn as string);
  return withClient(replicaUrl, async (c) => (await c.query("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok", [lsn])).rows[0].ok === true);
}
