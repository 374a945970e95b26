import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { CHANNEL_NAMES, eachItem, termStarted } from "./helpers";
import { TermUnit } from "../../standards/content/enums";
import { formatTerm } from "../../history/format";

/* п. 11 ч. 1 ст. 14: the term of registering the request, for every way of submitting it (D-03). */

export const registrationTermMissingForChannel = defineRule({
  code: "REGISTRATION_TERM_MISSING_FOR_CHANNEL",
  element: E.ART14_1_11,
  severity: Severity.ERROR,
  norm: "п. 2 ч. 2 ст. 14",
  catalogIds: ["D-03", "A art14.1.11"],
  description: "Для каждого способа подачи запроса указан срок его регистрации.",
  check: (c, report) => {
    const covered = new Set((c.registrationTerms?.items ?? []).map((t) => t?.channel));
    for (const channel of c.submissionChannels?.channels ?? []) {
      if (!covered.has(channel)) {
        report(["submissionChannels", "channels", channel], `Укажите срок регистрации запроса, поданного ${CHANNEL_NAMES[channel]}.`);
      }
    }
  },
});

export const registrationTermChannelMissing = defineRule({
  code: "REGISTRATION_TERM_CHANNEL_MISSING",
  element: E.ART14_1_11,
  severity: Severity.ERROR,
  catalogIds: ["A art14.1.11"],
  description: "Для срока регистрации указан способ подачи запроса, к которому он относится.",
  check: (c, report) =>
    eachItem(c.registrationTerms?.items, ["registrationTerms", "items"], (item, path) => {
      if (item.channel == null) report([...path, "channel"], "Укажите способ подачи запроса, к которому относится этот срок регистрации.");
    }),
});

export const registrationTermValueMissing = defineRule({
  code: "REGISTRATION_TERM_VALUE_MISSING",
  element: E.ART14_1_11,
  severity: Severity.ERROR,
  catalogIds: ["A art14.1.11"],
  description: "Срок регистрации указан: регистрация в день поступления или срок с единицей и началом отсчёта.",
  check: (c, report) =>
    eachItem(c.registrationTerms?.items, ["registrationTerms", "items"], (item, path) => {
      if (item.sameDay !== true && !termStarted(item.term)) {
        const channel = item.channel ? ` для запроса, поданного ${CHANNEL_NAMES[item.channel]}` : "";
        report([...path, "term"], `Укажите срок регистрации${channel}: «в день поступления» или срок с единицей измерения.`);
      }
    }),
});

/** A term that lasts beyond the day of receipt: a day or more (working or calendar days, months), or 24 hours or more. */
function beyondTheDay(term: { value?: number | null; unit?: TermUnit | null } | null | undefined): boolean {
  if (term?.value == null || term.unit == null) return false;
  if (term.unit === TermUnit.HOURS) return term.value >= 24;
  if (term.unit === TermUnit.MINUTES) return term.value >= 24 * 60;
  return term.value >= 1;
}

export const registrationSameDayWithTerm = defineRule({
  code: "REGISTRATION_SAME_DAY_WITH_TERM",
  element: E.ART14_1_11,
  severity: Severity.ERROR,
  catalogIds: ["D-03", "A art14.1.11"],
  description: "Срок регистрации не указан двояко: «в день поступления» не сочетается со сроком в один день и более.",
  check: (c, report) =>
    eachItem(c.registrationTerms?.items, ["registrationTerms", "items"], (item, path) => {
      if (item.sameDay === true && beyondTheDay(item.term)) {
        const channel = item.channel ? ` для запроса, поданного ${CHANNEL_NAMES[item.channel]}` : "";
        report(
          [...path, "term"],
          `Срок регистрации${channel} указан двояко: «в день поступления» и ${formatTerm(item.term as never)}. Оставьте одно: регистрацию в день поступления или срок.`,
        );
      }
    }),
});

export const REGISTRATION_RULES = [registrationTermMissingForChannel, registrationTermChannelMissing, registrationTermValueMissing, registrationSameDayWithTerm];
