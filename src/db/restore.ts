import { createDataSource, maintenanceSession } from "../data-source";
import { verifyAuditChain, type ChainReport } from "../history/audit-chain";
import { prepareRestore, type RestoreOptions } from "./backup";
import { startEmbeddedPostgres } from "./embedded-postgres";

export interface RestoreResult {
  versions: number;
  services: number;
  auditChain: ChainReport;
}

/**
 * Restores a backup into a fresh data directory, starts the server on it once (crash
 * recovery from the backup label, or point-in-time recovery from the WAL archive), checks
 * what it holds and stops it again.
 */
export async function restore(options: RestoreOptions & { port: number; database: string; log?: (m: string) => void }): Promise<RestoreResult> {
  const settings = prepareRestore(options);
  options.log?.(`restoring into ${options.dataDir}${options.walArchiveDir ? ` with the WAL archive ${options.walArchiveDir}${options.targetTime ? ` up to ${options.targetTime}` : ""}` : ""}`);
  const db = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.port, database: options.database, log: options.log, serverSettings: settings });
  try {
    const ds = createDataSource(db.appUrl, undefined, { poolSize: 1, session: maintenanceSession });
    await ds.initialize();
    try {
      const [counts] = await ds.query("SELECT (SELECT count(*)::int FROM standard_version) AS versions, (SELECT count(*)::int FROM service) AS services");
      return { ...counts, auditChain: await verifyAuditChain(ds) };
    } finally {
      await ds.destroy();
    }
  } finally {
    await db.stop();
  }
}
