import "reflect-metadata";
import path from "node:path";
import { parseArgs } from "node:util";
import { config, embeddedDataDir } from "../config";
import { openForTool } from "../db/database";
import { baseBackup } from "../db/backup";

const USAGE = `npm run db:backup [-- --out <каталог>]

Резервная копия встроенной базы (.data/pg) во время работы: физическая копия каталога данных
с WAL (pg_backup_start / pg_backup_stop), согласованная на момент окончания копирования.
По умолчанию — в .data/backups/<дата и время>. Восстановление: npm run db:restore -- <каталог>.
С DATABASE_URL копию делает оператор своими средствами (README, «Backups»):
  pg_basebackup -d "$SUPERUSER_URL" -D <каталог> -X stream -c fast     (физическая, для PITR)
  pg_dump -d "$DATABASE_OWNER_URL" -Fc -f registry.dump               (логическая)`;

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" }, help: { type: "boolean", default: false } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (config.databaseUrl) {
    console.log(USAGE);
    process.exitCode = 2;
    return;
  }
  const target = path.resolve(values.out ?? path.join(".data", "backups", new Date().toISOString().replace(/[:.]/g, "-")));
  const db = await openForTool({ log: (m) => console.log(`[backup] ${m}`) });
  try {
    const manifest = await baseBackup({ superuserUrl: db.superuserUrl!, dataDir: embeddedDataDir(), target, log: (m) => console.log(`[backup] ${m}`) });
    const size = Object.values(manifest.files).reduce((sum, f) => sum + f.size, 0);
    console.log(`Резервная копия: ${target} (${(size / 1024 / 1024).toFixed(1)} МБ, ${Object.keys(manifest.files).length} файлов, WAL ${manifest.startLsn} … ${manifest.stopLsn})`);
    if (manifest.auditHead?.hash) console.log(`Журнал аудита в копии: до записи № ${manifest.auditHead.seq}, хеш ${manifest.auditHead.hash}`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(`Ошибка резервного копирования: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
