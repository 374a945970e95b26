import type { Term } from "../../standards/content/common";
import { TermStart } from "../../standards/content/enums";
import type { StandardContent } from "../../standards/content/standard-content";
import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { CHANNEL_NAMES, eachItem, hasText, termStarted } from "./helpers";

/*
 * D-04: a term is a value, an explicit unit (working or calendar days...) and an explicit
 * start event; a bare number or "в установленный срок" is not a term (п. 4 ч. 1 ст. 14).
 * Applies to every term entered in the standard; the element of each term is where it sits.
 */

interface TermAt {
  term: Term;
  path: string[];
  element: E;
  /** "срок предоставления услуги" — for messages. */
  label: string;
  /** The start is fixed by what the term is: a registration term runs from the receipt of the request. */
  startImplied?: boolean;
}

const TERM_ELEMENTS = [E.ART14_1_4, E.ART14_1_8, E.ART14_1_11, E.ART14_2_5, E.ART14_2_6, E.ART14_2_7] as const;

/** Every term of the content that has been started. */
function eachTerm(c: StandardContent, fn: (t: TermAt) => void): void {
  if (termStarted(c.term)) fn({ term: c.term, path: ["term"], element: E.ART14_1_4, label: "срок предоставления услуги" });
  const resultIssueTerm = c.term?.resultIssueTerm;
  if (termStarted(resultIssueTerm)) {
    fn({ term: resultIssueTerm, path: ["term", "resultIssueTerm"], element: E.ART14_1_4, label: "срок выдачи (направления) результата" });
  }
  eachItem(c.registrationTerms?.items, ["registrationTerms", "items"], (item, path) => {
    const channel = item.channel ? ` (${CHANNEL_NAMES[item.channel]})` : item.allChannels === true ? " (все способы подачи)" : "";
    if (item.sameDay !== true && termStarted(item.term)) {
      fn({ term: item.term, path: [...path, "term"], element: E.ART14_1_11, label: `срок регистрации запроса${channel}`, startImplied: true });
    }
  });
  eachItem(c.suspensionAndRefusal?.suspensionGrounds?.items, ["suspensionAndRefusal", "suspensionGrounds", "items"], (ground, path) => {
    if (termStarted(ground.maxTerm)) fn({ term: ground.maxTerm, path: [...path, "maxTerm"], element: E.ART14_1_8, label: "максимальный срок приостановления" });
  });
  const procedures = [
    ["typoCorrection", E.ART14_2_5, "срок исправления опечаток и ошибок"],
    ["duplicateIssue", E.ART14_2_6, "срок выдачи дубликата"],
    ["leaveWithoutConsideration", E.ART14_2_7, "срок оставления запроса без рассмотрения"],
  ] as const;
  for (const [section, element, label] of procedures) {
    const term = c[section]?.term;
    if (c[section]?.notApplicable !== true && termStarted(term)) fn({ term, path: [section, "term"], element, label });
  }
}

export const termValueMissing = defineRule({
  code: "TERM_VALUE_MISSING",
  element: TERM_ELEMENTS,
  severity: Severity.ERROR,
  catalogIds: ["D-04"],
  description: "У срока указано значение.",
  check: (c, report) =>
    eachTerm(c, ({ term, path, element, label }) => {
      if (term.value == null) report([...path, "value"], `Укажите значение: ${label} должен быть выражен числом с единицей измерения.`, element);
    }),
});

export const termUnitMissing = defineRule({
  code: "TERM_UNIT_MISSING",
  element: TERM_ELEMENTS,
  severity: Severity.ERROR,
  catalogIds: ["D-04"],
  description: "У срока явно указана единица (рабочие или календарные дни, часы, минуты, месяцы).",
  check: (c, report) =>
    eachTerm(c, ({ term, path, element, label }) => {
      if (term.unit == null) report([...path, "unit"], `Укажите единицу измерения (рабочие или календарные дни и т. п.): ${label} без единицы не определён.`, element);
    }),
});

export const termStartEventMissing = defineRule({
  code: "TERM_START_EVENT_MISSING",
  element: TERM_ELEMENTS,
  severity: Severity.ERROR,
  catalogIds: ["D-04"],
  description: "У срока указано событие, с которого он исчисляется (срок регистрации запроса исчисляется с его поступления и события не требует).",
  check: (c, report) =>
    eachTerm(c, ({ term, path, element, label, startImplied }) => {
      if (term.startEvent == null && !startImplied) report([...path, "startEvent"], `Укажите, с какого события исчисляется ${label} (например, со дня регистрации запроса).`, element);
    }),
});

export const termStartNoteMissing = defineRule({
  code: "TERM_START_NOTE_MISSING",
  element: TERM_ELEMENTS,
  severity: Severity.ERROR,
  catalogIds: ["D-04"],
  description: "Если начало отсчёта срока — «иное событие», оно описано.",
  check: (c, report) =>
    eachTerm(c, ({ term, path, element, label }) => {
      if (term.startEvent === TermStart.OTHER && !hasText(term.startNote)) {
        report([...path, "startNote"], `Опишите событие, с которого исчисляется ${label}: выбрано «иное событие» без пояснения.`, element);
      }
    }),
});

export const termStartsAfterInteragencyAnswers = defineRule({
  code: "TERM_STARTS_AFTER_INTERAGENCY_ANSWERS",
  element: E.ART14_1_4,
  severity: Severity.WARNING,
  norm: "ст. 7.2",
  catalogIds: ["D.2"],
  description: "Срок предоставления услуги не исчисляется со дня получения ответов на межведомственные запросы (устаревшая практика, перекладывающая задержку на заявителя).",
  check: (c, report) => {
    if (c.term?.startEvent === TermStart.INTERAGENCY_ANSWERS_RECEIPT) {
      report(["term", "startEvent"], "Исчисляйте срок предоставления услуги со дня регистрации запроса: срок межведомственного взаимодействия должен входить в него, а не продлевать его.");
    }
  },
});

export const TERM_RULES = [termValueMissing, termUnitMissing, termStartEventMissing, termStartNoteMissing, termStartsAfterInteragencyAnswers];
