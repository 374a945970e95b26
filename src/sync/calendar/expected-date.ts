import type { StandardContent } from "../../standards/content/standard-content";
import type { Term } from "../../standards/content/common";
import type { RegistrationTerm } from "../../standards/content/part1";
import { Channel, TermStart, TermUnit } from "../../standards/content/enums";
import { DomainError } from "../../shared/errors/domain-error";
import type { ProductionCalendar } from "./calendar";
import type { Variant } from "../../standards/content/variants";
import { hasVariants, variantByKey, variantTitle, variantView } from "../../variants/view";

/** The terms that decide the result date: the provision term and the registration term of the channel. */
export interface ResolvedTerms {
  term: Term | null;
  registration: RegistrationTerm | null;
  /** The variant whose terms these are (null: the standard as a whole). */
  variant?: Variant | null;
}

/**
 * The one place that picks the terms for a computation, as the variants model reads a
 * standard for an applicant of a variant (`variantView`, Decree 1228): the variant's own
 * term and registration terms, the service-level ones where the variant states none. A
 * standard without variants is one implicit variant; with variants, the variant is required
 * (as for `requirements`).
 */
export function resolveTerms(content: StandardContent, channel: Channel | null | undefined, variantKey?: string | null): ResolvedTerms {
  if (variantKey == null) {
    if (hasVariants(content)) throw new DomainError("REQUIRED", "У стандарта есть варианты предоставления: укажите вариант (variant)", ["variant"]);
    return termsFor(content.term ?? null, content.registrationTerms?.items, channel, null);
  }
  const variant = variantByKey(content, variantKey);
  if (!variant) throw new DomainError("NOT_FOUND", "Вариант предоставления услуги с таким ключом в этой версии стандарта не найден", ["variant"]);
  const view = variantView(content, variant);
  return termsFor(view.term ?? null, view.registrationTerms?.items, channel, variant);
}

/** The term and the registration term of `channel` among `registrations` (also for `requirements`, which holds both already). */
export function termsFor(term: Term | null, registrations: (RegistrationTerm | null)[] | null | undefined, channel: Channel | null | undefined, variant: Variant | null): ResolvedTerms {
  // a term given for the channel, else one given for every channel (ст. 14 ч. 1 п. 11: one term for all ways of submission)
  const items = registrations ?? [];
  const registration = channel ? (items.find((r) => r?.channel === channel) ?? items.find((r) => r?.allChannels === true && r.channel == null) ?? null) : null;
  return { term, registration, variant };
}

export type DateBasis = "CALENDAR" | "WEEKENDS_ONLY";

export interface ExpectedDate {
  /** The last day of the term (null when it cannot be computed from the submission date). */
  date: string | null;
  /** The day the request is registered. */
  registeredOn: string | null;
  /** CALENDAR, or WEEKENDS_ONLY when a date of the computation falls in a year the calendar does not know. */
  basis: DateBasis;
  unknownYears: number[];
  /** How the date was obtained, step by step (Russian). */
  explanation: string[];
}

/**
 * When the result is due (Civil Code arts. 191–193):
 * - art. 191: a term counted from an event begins on the day after it;
 * - art. 192: a term in months ends on the same date of its last month (the last day of
 *   that month when it has no such date);
 * - art. 193: a term whose last day is a non-working day ends on the next working day.
 * Working days are counted on the production calendar (holidays, moved days off,
 * working Saturdays); in a year it does not know, on weekends only (and the result says so).
 * Registration first: on the day of receipt (a request received on a non-working day is
 * registered on the next working day), or after the channel's registration term.
 */
export function expectedResultDate(submittedOn: string, terms: ResolvedTerms, calendar: ProductionCalendar): ExpectedDate {
  const explanation: string[] = [];
  const touched = new Set<number>();
  const working = (date: string) => {
    touched.add(Number(date.slice(0, 4)));
    return calendar.isWorkingDay(date);
  };
  const result = (date: string | null, registeredOn: string | null): ExpectedDate => {
    const unknownYears = [...touched].filter((y) => !calendar.knownYears.has(y)).sort();
    if (unknownYears.length) {
      explanation.push(
        `Производственный календарь на ${unknownYears.join(", ")} г. не загружен: учтены только выходные дни (суббота и воскресенье), праздники и переносы не учтены`,
      );
    }
    return { date, registeredOn, basis: unknownYears.length ? "WEEKENDS_ONLY" : "CALENDAR", unknownYears, explanation };
  };
  touched.add(Number(submittedOn.slice(0, 4)));

  const { term, registration } = terms;
  if (terms.variant) explanation.push(`${variantTitle(terms.variant)}: ${terms.variant.term ? "срок варианта" : "срок услуги (у варианта свой не указан)"}`);
  if (!term?.value || !term.unit) {
    explanation.push("В стандарте не указан срок предоставления услуги со значением и единицей");
    return result(null, null);
  }

  // registration
  let registeredOn: string;
  const regTerm = registration && !registration.sameDay ? registration.term : null;
  if (regTerm?.value && regTerm.unit && (regTerm.unit === TermUnit.WORKING_DAYS || regTerm.unit === TermUnit.CALENDAR_DAYS)) {
    registeredOn = addTerm(submittedOn, regTerm.value, regTerm.unit, working);
    explanation.push(`Регистрация запроса: не позднее ${registeredOn} (${regTerm.value} ${UNIT_TITLE[regTerm.unit]} после поступления ${submittedOn})`);
  } else {
    registeredOn = nextWorkingDayFrom(submittedOn, working);
    explanation.push(
      registeredOn === submittedOn
        ? `Регистрация запроса в день поступления: ${registeredOn}${registration ? "" : " (срок регистрации для этого способа подачи не указан)"}`
        : `Запрос поступил в нерабочий день ${submittedOn}: регистрация в первый рабочий день ${registeredOn}`,
    );
  }

  let from: string;
  switch (term.startEvent ?? TermStart.REQUEST_REGISTRATION) {
    case TermStart.REQUEST_REGISTRATION:
    case TermStart.DAY_AFTER_REGISTRATION:
      from = registeredOn;
      break;
    case TermStart.REQUEST_RECEIPT:
      from = submittedOn;
      break;
    default:
      explanation.push("Срок исчисляется с события, дата которого заранее неизвестна (ответы на межведомственные запросы, решение, иное): дату вычислить нельзя");
      return result(null, registeredOn);
  }
  if (term.unit === TermUnit.MINUTES) {
    explanation.push(`Срок ${term.value} мин: результат в день регистрации ${registeredOn}`);
    return result(registeredOn, registeredOn);
  }
  if (term.unit === TermUnit.HOURS) {
    explanation.push("Срок в часах зависит от часов приёма органа: дату результата по календарю вычислить нельзя");
    return result(null, registeredOn);
  }
  const end = addTerm(from, term.value, term.unit, working);
  explanation.push(`Срок ${term.value} ${UNIT_TITLE[term.unit]} исчисляется со дня, следующего за ${from} (ст. 191 ГК РФ)`);
  if (term.unit !== TermUnit.WORKING_DAYS) {
    const nominal = term.unit === TermUnit.MONTHS ? addMonths(from, term.value) : addDays(from, term.value);
    if (nominal !== end) explanation.push(`Последний день срока ${nominal} — нерабочий: окончание переносится на ближайший рабочий день ${end} (ст. 193 ГК РФ)`);
    else if (term.unit === TermUnit.MONTHS) explanation.push(`Срок в месяцах истекает в соответствующее число последнего месяца (ст. 192 ГК РФ)`);
  }
  return result(end, registeredOn);
}

const UNIT_TITLE: Record<TermUnit, string> = {
  WORKING_DAYS: "раб. дн.",
  CALENDAR_DAYS: "календ. дн.",
  HOURS: "ч",
  MINUTES: "мин",
  MONTHS: "мес.",
};

/** The end of a term of `value` units counted from the day after `from`. */
function addTerm(from: string, value: number, unit: TermUnit, working: (d: string) => boolean): string {
  if (unit === TermUnit.WORKING_DAYS) {
    let day = from;
    for (let counted = 0; counted < value; ) {
      day = addDays(day, 1);
      if (working(day)) counted += 1;
    }
    return day;
  }
  const nominal = unit === TermUnit.MONTHS ? addMonths(from, value) : addDays(from, value);
  return nextWorkingDayFrom(nominal, working);
}

function nextWorkingDayFrom(date: string, working: (d: string) => boolean): string {
  let day = date;
  while (!working(day)) day = addDays(day, 1);
  return day;
}

/**
 * A computed day past 9999-12-31 has no ГГГГ-ММ-ДД form (toISOString writes "+010000-…",
 * and counting on from it would never end): the computation stops with a user error.
 */
function dateOf(d: Date): string {
  const year = d.getUTCFullYear();
  if (year > 9999 || year < 1) throw new DomainError("OUT_OF_RANGE", "Срок истекает за пределами 9999 года: дату результата вычислить нельзя", ["submittedOn"]);
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return dateOf(d);
}

/** Art. 192: the same date of the month `months` later, or that month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return dateOf(target);
}
