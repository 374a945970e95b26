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

export function formatValue(value: unknown, model: FieldModel): string {
  if (value === null || value === undefined) return "не указано";
  if (model.kind === "term") return formatTerm(value as Obj, model);
  if (model.kind === "enum") return model.enumLabels?.[String(value)] ?? String(value);
  if (typeof value === "boolean") return value ? "да" : "нет";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return `«${truncate(value)}»`;
  if (Array.isArray(value)) return `${value.length} эл.`;
  return `«${truncate(itemTitle(value as Obj))}»`;
}

/** The human name of a list item: its name, text or title (enum values by their Russian label). */
export function itemTitle(item: Obj | null | undefined, model?: FieldModel): string {
  if (!item) return "";
  for (const field of ["name", "text", "title", "fullName", "channel", "procedure"]) {
    if (typeof item[field] === "string" && item[field]) {
      const enumLabel = model?.fields?.find((f) => f.name === field)?.enumLabels?.[item[field] as string];
      return enumLabel ?? (item[field] as string);
    }
  }
  if (typeof item.actId === "string") return [item.article && `ст. ${item.article}`, item.part && `ч. ${item.part}`, item.item && `п. ${item.item}`].filter(Boolean).join(" ") || "ссылка на акт";
  return typeof item.key === "string" ? item.key : "элемент";
}

export function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
