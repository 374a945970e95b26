import "reflect-metadata";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { createDataSource } from "../data-source";
import { DomainError } from "../shared/errors/domain-error";
import { parseCalendarXml, storeCalendarYear } from "../sync/calendar/calendar";
import { openForTool, prepareSchema } from "../db/database";

const USAGE = `Загрузка года производственного календаря (формат xmlcalendar, как data/production-calendar/ru/ГГГГ.xml):

  npm run calendar:load -- 2027.xml [--source "Постановление Правительства РФ от … № …"]

Год заменяется целиком. База данных: DATABASE_URL или встроенный PostgreSQL (.data/pg), как у npm start.`;

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { source: { type: "string" }, help: { type: "boolean", default: false } } });
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const calendar = parseCalendarXml(fs.readFileSync(positionals[0], "utf8"));
  const db = await openForTool();
  const ds = createDataSource(db.appUrl);
  await ds.initialize();
  try {
    await prepareSchema(db, ds);
    await ds.transaction((em) => storeCalendarYear(em, calendar, values.source ?? positionals[0], "cli"));
    console.log(`Производственный календарь на ${calendar.year} год загружен: ${calendar.days.length} особых дней`);
  } finally {
    await ds.destroy();
    await db.stop();
  }
}

main().catch((error) => {
  const message = error instanceof DomainError ? error.issues.map((i) => i.message).join("; ") : String(error?.message ?? error);
  console.error(`Ошибка: ${message}`);
  process.exit(1);
});
