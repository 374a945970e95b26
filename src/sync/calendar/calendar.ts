import type { DataSource, EntityManager } from "typeorm";
import { DomainError } from "../../shared/errors/domain-error";

/** How the production calendar marks a date (dates not listed: Saturday and Sunday off, other days working). */
export enum CalendarDayKind {
  /** A public holiday or a day off moved by the Government's decree. */
  DAY_OFF = "DAY_OFF",
  /** A shortened working day (the eve of a holiday): still a working day. */
  SHORT = "SHORT",
  /** A Saturday or Sunday made a working day. */
  WORKING = "WORKING",
}

export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  note: string | null;
}

export interface CalendarYear {
  year: number;
  days: CalendarDay[];
}

const KIND_BY_T: Record<string, CalendarDayKind> = { "1": CalendarDayKind.DAY_OFF, "2": CalendarDayKind.SHORT, "3": CalendarDayKind.WORKING };

/**
 * Parses one year of the production calendar in the xmlcalendar format (what
 * data/production-calendar/ru/YYYY.xml holds): `<calendar year="YYYY">`, `<holiday id title>`,
 * `<day d="MM.DD" t="1|2|3" h="holiday id" f="MM.DD moved from">`. Strict: anything else
 * in a day, an impossible date or a repeated date is refused with a Russian message.
 */
export function parseCalendarXml(xml: string): CalendarYear {
  const fail = (message: string): never => {
    throw new DomainError("INVALID", `Производственный календарь: ${message}`, ["xml"]);
  };
  const yearMatch = /<calendar\b[^>]*\byear="(\d{4})"/.exec(xml);
  if (!yearMatch) fail("не найден элемент <calendar year=\"ГГГГ\">");
  const year = Number(yearMatch![1]);
  if (year < 1990 || year > 2200) fail(`год ${year} вне допустимого диапазона`);
  const titles = new Map<string, string>();
  for (const m of xml.matchAll(/<holiday\b[^>]*\bid="(\d+)"[^>]*\btitle="([^"]*)"/g)) titles.set(m[1], m[2].trim());
  const days: CalendarDay[] = [];
  const seen = new Set<string>();
  for (const m of xml.matchAll(/<day\b([^>]*?)\/?>/g)) {
    const attrs = Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    const d = /^(\d{2})\.(\d{2})$/.exec(attrs.d ?? "");
    if (!d) fail(`некорректная дата дня «${attrs.d ?? ""}» (ожидается ММ.ДД)`);
    const date = `${year}-${d![1]}-${d![2]}`;
    if (!isValidDate(date)) fail(`дата ${attrs.d} не существует в ${year} году`);
    const kind = KIND_BY_T[attrs.t ?? ""];
    if (!kind) fail(`у дня ${attrs.d} тип t="${attrs.t ?? ""}" (допустимы 1 — выходной, 2 — сокращённый, 3 — рабочий)`);
    if (seen.has(date)) fail(`день ${attrs.d} указан дважды`);
    seen.add(date);
    const note = attrs.h ? (titles.get(attrs.h) ?? "праздник") : attrs.f ? `перенос выходного дня с ${attrs.f}` : null;
    days.push({ date, kind, note });
  }
  if (days.length === 0) fail("нет ни одного элемента <day>");
  return { year, days };
}

function isValidDate(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

/** The calendar as the date computation reads it: which years are known and their listed days. */
export class ProductionCalendar {
  constructor(
    readonly knownYears: ReadonlySet<number>,
    private readonly days: ReadonlyMap<string, CalendarDayKind>,
  ) {}

  isKnown(date: string): boolean {
    return this.knownYears.has(Number(date.slice(0, 4)));
  }

  /** Working day by the calendar; in an unknown year by the weekday alone. */
  isWorkingDay(date: string): boolean {
    const kind = this.days.get(date);
    if (kind === CalendarDayKind.DAY_OFF) return false;
    if (kind === CalendarDayKind.WORKING || kind === CalendarDayKind.SHORT) return true;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }
}

/** Loads the calendar for the years a computation may reach (small: a few dozen rows a year). */
export async function loadCalendar(ds: DataSource | EntityManager, fromYear: number, toYear: number): Promise<ProductionCalendar> {
  const years: { year: number }[] = await ds.query(`SELECT year FROM production_calendar_year WHERE year BETWEEN $1 AND $2`, [fromYear, toYear]);
  const days: { day: string; kind: CalendarDayKind }[] = await ds.query(
    `SELECT day::text AS day, kind FROM production_calendar_day WHERE day >= make_date($1, 1, 1) AND day < make_date($2 + 1, 1, 1)`,
    [fromYear, toYear],
  );
  return new ProductionCalendar(new Set(years.map((y) => y.year)), new Map(days.map((d) => [d.day, d.kind])));
}

/** Replaces one year of the calendar (its listed days), in the caller's transaction. */
export async function storeCalendarYear(em: EntityManager, calendar: CalendarYear, source: string, loadedBy: string | null): Promise<void> {
  await em.query(`DELETE FROM production_calendar_day WHERE day >= make_date($1, 1, 1) AND day < make_date($1 + 1, 1, 1)`, [calendar.year]);
  await em.query(
    `INSERT INTO production_calendar_day (day, kind, note)
     SELECT * FROM unnest($1::date[], $2::calendar_day_kind[], $3::text[])`,
    [calendar.days.map((d) => d.date), calendar.days.map((d) => d.kind), calendar.days.map((d) => d.note)],
  );
  await em.query(
    `INSERT INTO production_calendar_year (year, source, loaded_at, loaded_by) VALUES ($1, $2, now(), $3)
     ON CONFLICT (year) DO UPDATE SET source = EXCLUDED.source, loaded_at = EXCLUDED.loaded_at, loaded_by = EXCLUDED.loaded_by`,
    [calendar.year, source, loadedBy],
  );
}
