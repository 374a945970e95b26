import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { CHANNEL_NAMES, eachItem, quote } from "./helpers";
import { serviceDocuments } from "../../variants/view";

/*
 * Applying through a representative (п. 3 ст. 2: the applicant or the applicant's authorised
 * representative). Portal cards list «Через уполномоченного (законного) представителя» beside
 * the channels, but it is not a channel: it is who submits, through the channels there are.
 * The standard holds whether a representative may apply (applicants.representativeAllowed)
 * and how, per channel where the source says so (applicants.representation: the document
 * confirming the authority, by key, and its requirements).
 */

const BASE = ["applicants", "representation"] as const;

export const representationContradictsAllowed = defineRule({
  code: "REPRESENTATION_CONTRADICTS_ALLOWED",
  element: E.ART14_2_1,
  severity: Severity.ERROR,
  norm: "п. 3 ст. 2",
  catalogIds: ["B art14.2.1", "D-29"],
  description: "Порядок обращения через представителя не допускает представителя там, где обращение представителя запрещено (и наоборот).",
  check: (c, report) => {
    if (c.applicants?.representativeAllowed !== false) return;
    eachItem(c.applicants?.representation, [...BASE], (rule, path) => {
      if (rule.allowed === true) {
        report([...path, "allowed"], "Обращение через представителя отмечено как недопустимое, а порядок обращения представителя его допускает: исправьте одно из двух.");
      }
    });
  },
});

export const representationDocumentUnknown = defineRule({
  code: "REPRESENTATION_DOCUMENT_UNKNOWN",
  element: E.ART14_1_6,
  severity: Severity.ERROR,
  norm: "п. 3 ст. 2",
  catalogIds: ["D-29", "A art14.1.6"],
  description: "Документ о полномочиях представителя, названный в порядке обращения представителя, есть в исчерпывающем перечне документов услуги.",
  check: (c, report) => {
    const documents = serviceDocuments(c);
    eachItem(c.applicants?.representation, [...BASE], (rule, path) => {
      for (const key of rule.authorityDocumentKeys ?? []) {
        if (!documents.has(key)) {
          report([...path, "authorityDocumentKeys", key], `Документа с ключом «${key}» нет в перечне документов услуги: включите документ о полномочиях представителя в перечень или исправьте ссылку.`);
        }
      }
    });
  },
});

export const representationChannelNotListed = defineRule({
  code: "REPRESENTATION_CHANNEL_NOT_LISTED",
  element: E.ART14_2_1,
  severity: Severity.WARNING,
  catalogIds: ["B art14.2.1", "B art14.2.2"],
  description: "Способы подачи, для которых описано обращение представителя, есть среди способов подачи запроса.",
  check: (c, report) => {
    const submission = c.submissionChannels?.channels;
    if (!submission) return;
    eachItem(c.applicants?.representation, [...BASE], (rule, path) => {
      for (const ch of rule.channels ?? []) {
        if (!submission.includes(ch)) {
          report([...path, "channels", ch], `Порядок обращения представителя описан для подачи ${CHANNEL_NAMES[ch]}, но такого способа подачи запроса у услуги нет${rule.note ? ` (${quote(rule.note)})` : ""}.`);
        }
      }
    });
  },
});

export const REPRESENTATION_RULES = [representationContradictsAllowed, representationDocumentUnknown, representationChannelNotListed];
