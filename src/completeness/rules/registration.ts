import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { CHANNEL_NAMES, eachItem, termStarted } from "./helpers";

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

export const REGISTRATION_RULES = [registrationTermMissingForChannel, registrationTermChannelMissing, registrationTermValueMissing];
