import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { config, embeddedDataDir } from "../config";
import { restore } from "../db/restore";

const USAGE = `npm run db:restore -- <каталог копии> [--target <каталог данных>] [--force]
                      [--wal-archive <каталог архива WAL> [--target-time "2026-12-01 12:00:00+03"]]

Восстанавливает копию npm run db:backup в новый каталог данных (по умолчанию .data/pg; он должен
быть пуст — с --force прежний каталог откладывается в .data/pg.before-restore-<время>), запускает
сервер, проверяет версии и цепочку журнала аудита и останавливает его; затем npm start.
С --wal-archive (каталог EMBEDDED_PG_WAL_ARCHIVE) — восстановление на момент времени: WAL из архива
применяется до --target-time или до конца архива.`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      target: { type: "string" },
      force: { type: "boolean", default: false },
      "wal-archive": { type: "string" },
      "target-time": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  if (config.databaseUrl) throw new Error("db:restore restores the embedded database; with DATABASE_URL restore with your own tools (README, «Backups»)");
  const dataDir = path.resolve(values.target ?? embeddedDataDir());
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    if (!values.force) throw new Error(`${dataDir} is not empty; add --force to set it aside and restore into a fresh directory`);
    const aside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    if (fs.existsSync(path.join(dataDir, "postmaster.pid"))) throw new Error(`${dataDir} is in use (postmaster.pid): stop npm start first`);
    fs.renameSync(dataDir, aside);
    if (fs.existsSync(`${dataDir}.credentials.json`)) fs.renameSync(`${dataDir}.credentials.json`, `${aside}.credentials.json`);
    console.log(`[restore] the previous data directory is kept in ${aside}`);
  }
  const result = await restore({
    backupDir: path.resolve(positionals[0]),
    dataDir,
    port: config.embeddedPort,
    database: config.embeddedDatabase,
    walArchiveDir: values["wal-archive"],
    targetTime: values["target-time"],
    log: (m) => console.log(`[restore] ${m}`),
  });
  console.log(`Восстановлено в ${dataDir}: ${result.versions} версий стандартов, ${result.services} услуг.`);
  console.log(
    result.auditChain.valid
      ? `Журнал аудита цел: ${result.auditChain.entries} записей, последняя № ${result.auditChain.headSeq}, хеш ${result.auditChain.headHash}`
      : `Журнал аудита НАРУШЕН: ${result.auditChain.firstBroken?.message}`,
  );
  if (!result.auditChain.valid) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`Ошибка восстановления: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
