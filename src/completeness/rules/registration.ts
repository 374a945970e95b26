import type { RegistrationTerm } from "../../standards/content/part1";
import { TermUnit, type Channel } from "../../standards/content/enums";
import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { CHANNEL_NAMES, eachItem, termStarted } from "./helpers";
import { formatTerm } from "../../history/format";

/*
 * п. 11 ч. 1 ст. 14: the term of registering the request, for every way of submitting it (D-03).
 * Many regulations and portal cards give one term for every way of submission («Срок
 * регистрации запроса — в день поступления»): such a term (allChannels) covers every channel,
 * including one added later; a term given for one channel beside it applies to that channel
 * instead. A registration term runs from the receipt of the request by definition, so it
 * needs no start event (see terms.ts).
 */

type Maybe<T> = T | null | undefined;

/** Who a registration term is for: one channel, every channel, or nobody said. */
function scopeOf(t: RegistrationTerm): Channel | "ALL" | null {
  if (t.channel != null) return t.channel;
  return t.allChannels === true ? "ALL" : null;
}

const scopeLabel = (scope: Channel | "ALL") => (scope === "ALL" ? "для всех способов подачи" : `для запроса, поданного ${CHANNEL_NAMES[scope]}`);

/**
 * What the term says, for comparing two terms of one channel: same day, or value and unit
 * (a registration term runs from receipt whatever start is named; the rest is wording).
 */
function meaning(t: RegistrationTerm): string {
  if (t.sameDay === true && !termStarted(t.term)) return "same-day";
  return JSON.stringify([t.sameDay === true, t.term?.value ?? null, t.term?.unit ?? null]);
}

function describe(t: RegistrationTerm): string {
  return t.sameDay === true && !termStarted(t.term) ? "в день поступления" : formatTerm(t.term as never);
}

/** The channels a list of registration terms covers; `all` when one term is for every channel. */
export function registrationCoverage(items: Maybe<readonly Maybe<RegistrationTerm>[]>): { all: boolean; channels: Set<Channel> } {
  const channels = new Set<Channel>();
  let all = false;
  for (const t of items ?? []) {
    if (!t) continue;
    const scope = scopeOf(t);
    if (scope === "ALL") all = true;
    else if (scope) channels.add(scope);
  }
  return { all, channels };
}

export const registrationTermMissingForChannel = defineRule({
  code: "REGISTRATION_TERM_MISSING_FOR_CHANNEL",
  element: E.ART14_1_11,
  severity: Severity.ERROR,
  norm: "п. 2 ч. 2 ст. 14",
  catalogIds: ["D-03", "A art14.1.11"],
  description: "Для каждого способа подачи запроса указан срок его регистрации: свой или общий для всех способов.",
  check: (c, report) => {
    const covered = registrationCoverage(c.registrationTerms?.items);
    if (covered.all) return;
    for (const channel of c.submissionChannels?.channels ?? []) {
      if (!covered.channels.has(channel)) {
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
  description: "Для срока регистрации указано, к какому способу подачи он относится, или что он относится ко всем способам.",
  check: (c, report) =>
    eachItem(c.registrationTerms?.items, ["registrationTerms", "items"], (item, path) => {
      if (item.channel == null && item.allChannels !== true) {
        report([...path, "channel"], "Укажите способ подачи запроса, к которому относится этот срок регистрации, или отметьте, что срок относится ко всем способам подачи.");
      }
    }),
});

export const registrationTermScopeAmbiguous = defineRule({
  code: "REGISTRATION_TERM_SCOPE_AMBIGUOUS",
  element: E.ART14_1_11,
  severity: Severity.WARNING,
  catalogIds: ["A art14.1.11"],
  description: "Срок регистрации не отмечен одновременно как срок одного способа подачи и как общий для всех способов.",
  check: (c, report) =>
    eachItem(c.registrationTerms?.items, ["registrationTerms", "items"], (item, path) => {
      if (item.channel != null && item.allChannels === true) {
        report([...path, "allChannels"], `Срок регистрации указан и для запроса, поданного ${CHANNEL_NAMES[item.channel]}, и для всех способов подачи: оставьте одно.`);
      }
    }),
});

export const registrationTermValueMissing = defineRule({
  code: "REGISTRATION_TERM_VALUE_MISSING",
  element: E.ART14_1_11,
  severity: Severity.ERROR,
  catalogIds: ["A art14.1.11"],
  description: "Срок регистрации указан: регистрация в день поступления или срок с единицей измерения (исчисляется с поступления запроса).",
  check: (c, report) =>
    eachItem(c.registrationTerms?.items, ["registrationTerms", "items"], (item, path) => {
      if (item.sameDay !== true && !termStarted(item.term)) {
        const scope = scopeOf(item);
        const channel = scope ? ` ${scopeLabel(scope)}` : "";
        report([...path, "term"], `Укажите срок регистрации${channel}: «в день поступления» или срок с единицей измерения.`);
      }
    }),
});

export const registrationTermConflict = defineRule({
  code: "REGISTRATION_TERM_CONFLICT",
  element: E.ART14_1_11,
  severity: Severity.ERROR,
  catalogIds: ["D-03", "A art14.1.11"],
  description: "Для одного способа подачи (или для всех способов) не указаны два разных срока регистрации.",
  check: (c, report) => {
    const first = new Map<Channel | "ALL", RegistrationTerm>();
    eachItem(c.registrationTerms?.items, ["registrationTerms", "items"], (item, path) => {
      const scope = scopeOf(item);
      if (!scope || (item.sameDay !== true && !termStarted(item.term))) return;
      const earlier = first.get(scope);
      if (!earlier) {
        first.set(scope, item);
      } else if (meaning(earlier) !== meaning(item)) {
        report(path, `Срок регистрации ${scopeLabel(scope)}${scope === "ALL" ? "" : ","} указан дважды по-разному («${describe(earlier)}» и «${describe(item)}»): оставьте один срок.`);
      }
    });
  },
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
        const scope = scopeOf(item);
        const channel = scope ? ` ${scopeLabel(scope)}` : "";
        report(
          [...path, "term"],
          `Срок регистрации${channel} указан двояко: «в день поступления» и ${formatTerm(item.term as never)}. Оставьте одно: регистрацию в день поступления или срок.`,
        );
      }
    }),
});

export const REGISTRATION_RULES = [
  registrationTermMissingForChannel,
  registrationTermChannelMissing,
  registrationTermScopeAmbiguous,
  registrationTermValueMissing,
  registrationTermConflict,
  registrationSameDayWithTerm,
];
