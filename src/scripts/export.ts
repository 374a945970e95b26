import "reflect-metadata";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { once } from "node:events";
import cliProgress from "cli-progress";
import { createDataSource } from "../data-source";
import { DomainError } from "../shared/errors/domain-error";
import { createContext } from "../context";
import { standardsInForce } from "../sync/exports/standards-in-force";
import { writeExport, type ExportFormat } from "../sync/exports/formats";
import { encodeFeedCursor } from "../sync/feed/change-feed";
import { openForTool } from "../db/database";

const FORMATS: ExportFormat[] = ["ndjson", "services-csv", "documents-csv", "cpsv-ap"];
const USAGE = `Выгрузка стандартов, действующих на дату (потоком, с индикатором хода):

  npm run export -- --format ndjson|services-csv|documents-csv|cpsv-ap --out файл [--date ГГГГ-ММ-ДД]
                    [--authority <id органа> [--subordinates]] [--territory <ОКТМО или начало>]

База данных: DATABASE_URL или встроенный PostgreSQL (.data/pg), как у npm start.`;

async function main() {
  const { values } = parseArgs({
    options: {
      format: { type: "string" },
      out: { type: "string" },
      date: { type: "string" },
      authority: { type: "string" },
      subordinates: { type: "boolean", default: false },
      territory: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  const format = values.format as ExportFormat;
  if (values.help || !FORMATS.includes(format) || !values.out) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const db = await openForTool();
  const ds = createDataSource(db.appUrl);
  await ds.initialize();
  const out = fs.createWriteStream(values.out);
  const bar = new cliProgress.SingleBar({ format: "{bar} {value}/{total} услуг | {eta_formatted} | память {rss} МБ", hideCursor: true }, cliProgress.Presets.shades_classic);
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    return Math.round(m.rss / 2 ** 20);
  };
  try {
    const { services } = createContext(ds);
    const authorityIds = values.authority ? await services.authorities.scopeIds(values.authority, values.subordinates, ["authority"]) : null;
    let position = "0";
    let done = 0;
    const started = Date.now();
    const count = await writeExport(
      format,
      standardsInForce(ds, { date: values.date ?? null, authorityIds, territory: values.territory ?? null }, ({ total, position: p }) => {
        position = p;
        bar.start(total, 0, { rss: sample() });
      }),
      out,
      () => {
        done += 1;
        if (done % 100 === 0) bar.update(done, { rss: sample() });
      },
    );
    bar.update(done, { rss: sample() });
    bar.stop();
    out.end();
    await once(out, "finish");
    const mb = (n: number) => (n / 2 ** 20).toFixed(0);
    console.log(`Выгружено ${count} стандартов в ${values.out} (${mb(fs.statSync(values.out).size)} МБ) за ${((Date.now() - started) / 1000).toFixed(1)} с`);
    console.log(`Пиковая память процесса: RSS ${mb(peakRss)} МБ, куча ${mb(peakHeap)} МБ`);
    console.log(`Позиция ленты изменений на момент выгрузки (after): ${encodeFeedCursor(position)}`);
  } finally {
    bar.stop();
    await ds.destroy();
    await db.stop();
  }
}

main().catch((error) => {
  const message = error instanceof DomainError ? error.issues.map((i) => i.message).join("; ") : String(error?.message ?? error);
  console.error(`Ошибка: ${message}`);
  process.exit(1);
});
