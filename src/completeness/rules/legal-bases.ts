import type { LegalReference } from "../../standards/content/common";
import { LegalBasisRole } from "../../standards/content/enums";
import type { StandardContent } from "../../standards/content/standard-content";
import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { citesAct, eachItem, hasText, quote } from "./helpers";

/*
 * D-09: every restrictive item — a document demanded, a ground to refuse or to suspend,
 * a fee — rests on a legal act (п. 1 ч. 1 ст. 7; complaint grounds of ст. 11.1: demanding
 * what is not provided for, refusing or suspending on grounds not provided for, charging
 * a fee not provided for).
 */

interface Restrictive {
  key?: string | null;
  name?: string | null;
  text?: string | null;
  legalBases?: LegalReference[] | null;
}

const RESTRICTIVE_LISTS = [
  { element: E.ART14_1_6, path: ["documents", "applicantDocuments", "items"], what: "документа", get: (c: StandardContent) => c.documents?.applicantDocuments?.items },
  { element: E.ART14_1_6, path: ["documents", "interagencyDocuments", "items"], what: "документа", get: (c: StandardContent) => c.documents?.interagencyDocuments?.items },
  { element: E.ART14_1_7, path: ["acceptanceRefusalGrounds", "items"], what: "основания", get: (c: StandardContent) => c.acceptanceRefusalGrounds?.items },
  { element: E.ART14_1_8, path: ["suspensionAndRefusal", "suspensionGrounds", "items"], what: "основания", get: (c: StandardContent) => c.suspensionAndRefusal?.suspensionGrounds?.items },
  { element: E.ART14_1_8, path: ["suspensionAndRefusal", "refusalGrounds", "items"], what: "основания", get: (c: StandardContent) => c.suspensionAndRefusal?.refusalGrounds?.items },
  { element: E.ART14_1_9, path: ["fee", "items"], what: "платы", get: (c: StandardContent) => c.fee?.items },
] as const;

export const legalBasisMissing = defineRule({
  code: "LEGAL_BASIS_MISSING",
  element: [E.ART14_1_6, E.ART14_1_7, E.ART14_1_8, E.ART14_1_9],
  severity: Severity.ERROR,
  norm: "п. 1 ч. 1 ст. 7, ст. 11.1",
  catalogIds: ["D-09", "D-12"],
  description: "Каждый документ, основание для отказа в приёме документов, для приостановления, для отказа и каждая плата ссылаются на нормативный правовой акт.",
  check: (c, report) => {
    for (const list of RESTRICTIVE_LISTS) {
      eachItem<Restrictive>(list.get(c), list.path, (item, path) => {
        // a fee whose amount is set by reference to a norm rests on that norm
        if (!citesAct(item.legalBases) && !citesAct((item as { amountBases?: LegalReference[] | null }).amountBases)) {
          report([...path, "legalBases"], `Укажите нормативный правовой акт (статью, часть, пункт), на котором основано требование ${list.what} ${quote(item.name ?? item.text)}.`, list.element);
        }
      });
    }
  },
});

export const legalBasesPowerActMissing = defineRule({
  code: "LEGAL_BASES_POWER_ACT_MISSING",
  element: E.ART14_1_5,
  severity: Severity.ERROR,
  catalogIds: ["A art14.1.5"],
  description: "Среди правовых оснований есть акт, устанавливающий полномочие органа по предоставлению услуги.",
  check: (c, report) => {
    const items = c.legalBases?.items ?? [];
    if (!items.some((b) => b?.role === LegalBasisRole.ESTABLISHES_POWER && hasText(b.actId))) {
      report(["legalBases", "items"], "Отметьте среди правовых оснований акт, устанавливающий полномочие органа по предоставлению услуги (роль «устанавливает полномочие»).");
    }
  },
});

export const LEGAL_BASIS_RULES = [legalBasisMissing, legalBasesPowerActMissing];
