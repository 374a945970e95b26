import { TERM_CORE, type FieldModel } from "./content-model";

/** Russian renderings of content values for change summaries. */
const UNIT_FORMS: Record<string, [string, string, string]> = {
  WORKING_DAYS: ["рабочий день", "рабочих дня", "рабочих дней"],
  CALENDAR_DAYS: ["календарный день", "календарных дня", "календарных дней"],
  HOURS: ["час", "часа", "часов"],
  MINUTES: ["минута", "минуты", "минут"],
  MONTHS: ["месяц", "месяца", "месяцев"],
};

export function plural(n: number, forms: [string, string, string]): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

type Obj = Record<string, unknown>;

export function formatTerm(term: Obj | null | undefined, model?: FieldModel): string {
  if (!term || TERM_CORE.every((k) => term[k] == null)) return "не указан";
  const value = typeof term.value === "number" ? term.value : null;
  const unit = typeof term.unit === "string" ? term.unit : null;
  let text = value === null ? "без значения" : String(value);
  if (unit && UNIT_FORMS[unit]) text += ` ${value === null ? UNIT_FORMS[unit][2] : plural(value, UNIT_FORMS[unit])}`;
  else if (value !== null) text += " (единица не указана)";
  const startLabel = model?.fields?.find((f) => f.name === "startEvent")?.enumLabels?.[String(term.startEvent)];
  if (startLabel) text += `, ${startLabel.charAt(0).toLowerCase()}${startLabel.slice(1)}`;
  return text;
}

export function formatValue(value: unknown, model: FieldModel, acts?: ActCitations): string {
  if (value === null || value === undefined) return "не указано";
  if (model.kind === "term") return formatTerm(value as Obj, model);
  if (model.kind === "enum") return model.enumLabels?.[String(value)] ?? String(value);
  if (typeof value === "boolean") return value ? "да" : "нет";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return `«${truncate(value)}»`;
  if (Array.isArray(value)) return `${value.length} эл.`;
  return `«${truncate(itemTitle(value as Obj, model, acts))}»`;
}

/** How to cite a legal act by its global id: "Федеральный закон от 27.07.2010 № 210-ФЗ" (undefined: unknown act). */
export type ActCitations = (actId: string) => string | undefined;

/** "Федеральный закон от 27.07.2010 № 210-ФЗ" from the act's type label, date (YYYY-MM-DD) and number. */
export function formatActCitation(typeLabel: string, date: string, number: string): string {
  const [y, m, d] = date.split("-");
  return `${typeLabel} от ${d}.${m}.${y} № ${number}`;
}

/** A pinpoint "ст. 51, ч. 7, п. 2" of a legal reference (empty when none is given). */
/** The fields that name a list item, in order of preference. */
export const TITLE_FIELDS = ["clause", "name", "text", "title", "fullName", "channel", "procedure"] as const;

function pinpoint(item: Obj): string {
  return [item.article && `ст. ${item.article}`, item.part && `ч. ${item.part}`, item.item && `п. ${item.item}`, item.subitem && `подп. ${item.subitem}`]
    .filter(Boolean)
    .join(", ");
}

/**
 * The human name of a list item: its name, text or title (enum values by their Russian
 * label); a legal reference by its act (type, date, number) and pinpoint.
 */
export function itemTitle(item: Obj | null | undefined, model?: FieldModel, acts?: ActCitations): string {
  if (!item) return "";
  // a registration term for every channel; the wording of a regulation by its item number («п. 2.6.1»)
  if (item.allChannels === true && typeof item.channel !== "string") return "все способы подачи";
  for (const field of TITLE_FIELDS) {
    if (typeof item[field] === "string" && item[field]) {
      const enumLabel = model?.fields?.find((f) => f.name === field)?.enumLabels?.[item[field] as string];
      // a verbatim text may be long: the summary names the item by its beginning
      return enumLabel ?? truncate(item[field] as string, 200);
    }
  }
  if (typeof item.actId === "string") {
    const act = acts?.(item.actId) ?? "ссылка на акт";
    const at = pinpoint(item);
    const note = typeof item.note === "string" && item.note ? ` (${truncate(item.note, 60)})` : "";
    return `${at ? `${act}, ${at}` : act}${note}`;
  }
  return typeof item.key === "string" ? item.key : "элемент";
}

/**
 * Both sides of a text change short enough to read: whole when short, otherwise the part
 * that differs with a little context ("…согласие на заключение брака…" → "…согласие
 * супругов…"), so that two long texts never look alike.
 */
export function textChange(before: string, after: string, max = 80): [string, string] {
  if (before.length <= max && after.length <= max) return [before, after];
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const context = 20;
  const cut = (text: string) => {
    const from = Math.max(0, head - context);
    const to = Math.min(text.length, text.length - tail + context);
    return `${from > 0 ? "…" : ""}${truncate(text.slice(from, to), max)}${to < text.length ? "…" : ""}`;
  };
  return [cut(before), cut(after)];
}

export function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export const lowerFirst = (text: string) => (text ? text.charAt(0).toLowerCase() + text.slice(1) : text);
export const upperFirst = (text: string) => (text ? text.charAt(0).toUpperCase() + text.slice(1) : text);

/** A field's label as a reader needs it: without the notes for programs («(false: …)», «(обязательно при OTHER)», «(Authority)»). */
export function readableLabel(label: string): string {
  return upperFirst(label.replace(/\s*\((?:[A-Za-z]+|[^)]*(?:false|true|null|OTHER|[A-Z]{3,}|целое|пусто)[^)]*)\)/g, "").trim());
}
