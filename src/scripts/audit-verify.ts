import "reflect-metadata";
import { createDataSource, maintenanceSession } from "../data-source";
import { openForTool } from "../db/database";
import { verifyAuditChain, type ChainReport } from "../history/audit-chain";

/**
 * npm run audit:verify — checks the audit log's hash chain of DATABASE_URL (or the embedded
 * database of `npm start`) and prints the first broken link; exit code 0 when intact, 1 when
 * broken, 2 when it cannot check.
 */
export async function auditVerify(appUrl: string, print: (line: string) => void = console.log): Promise<{ code: number; report: ChainReport }> {
  const ds = createDataSource(appUrl, undefined, { poolSize: 1, session: maintenanceSession });
  await ds.initialize();
  try {
    const report = await verifyAuditChain(ds);
    if (report.valid) {
      print(`Журнал аудита цел: ${report.entries} записей, последняя № ${report.headSeq ?? "—"}, хеш ${report.headHash ?? "—"}`);
      print("Сохраните этот хеш вне базы данных: по нему видна и полная перезапись журнала.");
      return { code: 0, report };
    }
    const b = report.firstBroken!;
    print(`Журнал аудита НАРУШЕН (${b.kind}) на записи № ${b.seq}${b.entryId ? ` (id ${b.entryId})` : ""}: ${b.message}`);
    print(`Проверено записей до нарушения: ${report.entries}`);
    return { code: 1, report };
  } finally {
    await ds.destroy();
  }
}

if (require.main === module) {
  (async () => {
    const db = await openForTool();
    try {
      const { code } = await auditVerify(db.appUrl);
      process.exitCode = code;
    } finally {
      await db.stop();
    }
  })().catch((error) => {
    console.error(`Ошибка проверки журнала: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
}
