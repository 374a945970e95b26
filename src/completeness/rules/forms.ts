import { LegalActType } from "../../legal-acts/legal-act.entity";
import type { StandardContent } from "../../standards/content/standard-content";
import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { actOf, hasText } from "./helpers";
import { formFilled } from "./presence";

/*
 * п. 8 ч. 2 ст. 14: five forms — the request, the result document, the applications for
 * correcting typos, for a duplicate and for leaving the request without consideration —
 * "если иное не предусмотрено федеральным законом" (D-15, D-30).
 */

type Slot = "request" | "result" | "typoCorrection" | "duplicate" | "withdrawal";

const SLOTS: readonly { slot: Slot; what: string; applies: (c: StandardContent) => boolean }[] = [
  { slot: "request", what: "форму запроса о предоставлении услуги", applies: () => true },
  { slot: "result", what: "форму документа, являющегося результатом предоставления услуги", applies: () => true },
  { slot: "typoCorrection", what: "форму заявления об исправлении допущенных опечаток и ошибок", applies: (c) => c.typoCorrection?.notApplicable !== true },
  { slot: "duplicate", what: "форму заявления о выдаче дубликата", applies: (c) => c.duplicateIssue?.notApplicable !== true },
  { slot: "withdrawal", what: "форму заявления об оставлении запроса без рассмотрения", applies: (c) => c.leaveWithoutConsideration?.notApplicable !== true },
];

export const formMissing = defineRule({
  code: "FORM_MISSING",
  element: E.ART14_2_8,
  severity: Severity.ERROR,
  catalogIds: ["D-15", "D-30", "B art14.2.8"],
  description: "Каждая из пяти форм приложена (наименование и ссылка на шаблон) или указан федеральный закон, освобождающий от её установления.",
  check: (c, report) => {
    for (const { slot, what, applies } of SLOTS) {
      if (applies(c) && !formFilled(c.forms?.[slot])) report(["forms", slot], `Приложите ${what} или укажите федеральный закон, согласно которому она не устанавливается.`);
    }
  },
});

const FEDERAL_LAWS: ReadonlySet<LegalActType> = new Set([LegalActType.FEDERAL_LAW, LegalActType.FEDERAL_CONSTITUTIONAL_LAW, LegalActType.CODE]);

export const formExemptionNotFederalLaw = defineRule({
  code: "FORM_EXEMPTION_NOT_FEDERAL_LAW",
  element: E.ART14_2_8,
  severity: Severity.ERROR,
  catalogIds: ["B art14.2.8"],
  description: "Освобождение от установления формы основано на федеральном законе.",
  check: (c, report, ctx) => {
    for (const { slot, what } of SLOTS) {
      const actId = c.forms?.[slot]?.exemptionBasis?.actId;
      if (!hasText(actId)) continue;
      const act = actOf(ctx, actId);
      if (!act || !FEDERAL_LAWS.has(act.type)) {
        report(["forms", slot, "exemptionBasis", "actId"], `Укажите федеральный закон в качестве основания не устанавливать ${what}: иное может предусмотреть только федеральный закон.`);
      }
    }
  },
});

export const FORM_RULES = [formMissing, formExemptionNotFederalLaw];
