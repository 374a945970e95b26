import type { AuxiliaryProcedure } from "../../standards/content/part2";
import type { StandardContent } from "../../standards/content/standard-content";
import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { citesAct, hasText, termStarted } from "./helpers";

/*
 * D-15: пп. 5-7 ч. 2 ст. 14 — correcting typos, issuing a duplicate, leaving a request without
 * consideration: each is a procedure with a term (and, for the first two, an exhaustive list
 * of refusal grounds, checked with the other exhaustive lists). Required in a unified
 * standard; recommended (WARNING) in a regular one, where Decree 1228 has them as variants.
 */

const PROCEDURES: readonly { section: "typoCorrection" | "duplicateIssue" | "leaveWithoutConsideration"; element: E; what: string }[] = [
  { section: "typoCorrection", element: E.ART14_2_5, what: "исправления опечаток и ошибок в выданных документах" },
  { section: "duplicateIssue", element: E.ART14_2_6, what: "выдачи дубликата документа" },
  { section: "leaveWithoutConsideration", element: E.ART14_2_7, what: "оставления запроса без рассмотрения" },
];

const ELEMENTS = [E.ART14_2_5, E.ART14_2_6, E.ART14_2_7] as const;

function eachProcedure(c: StandardContent, fn: (p: AuxiliaryProcedure, section: string, element: E, what: string) => void): void {
  for (const { section, element, what } of PROCEDURES) {
    const procedure = c[section];
    if (procedure) fn(procedure, section, element, what);
  }
}

export const auxProcedureDescriptionMissing = defineRule({
  code: "AUX_PROCEDURE_DESCRIPTION_MISSING",
  element: ELEMENTS,
  severity: Severity.ERROR,
  catalogIds: ["D-15"],
  description: "Порядок исправления опечаток, выдачи дубликата, оставления запроса без рассмотрения описан.",
  check: (c, report) =>
    eachProcedure(c, (p, section, element, what) => {
      if (p.notApplicable !== true && !hasText(p.procedure)) report([section, "procedure"], `Опишите порядок ${what}.`, element);
    }),
});

export const auxProcedureTermMissing = defineRule({
  code: "AUX_PROCEDURE_TERM_MISSING",
  element: ELEMENTS,
  severity: Severity.ERROR,
  catalogIds: ["D-15"],
  description: "Для процедуры исправления опечаток, выдачи дубликата, оставления запроса без рассмотрения указан срок.",
  check: (c, report) =>
    eachProcedure(c, (p, section, element, what) => {
      if (p.notApplicable !== true && !termStarted(p.term)) report([section, "term"], `Укажите срок ${what}: значение, единицу и событие, с которого он исчисляется.`, element);
    }),
});

export const auxProcedureNotApplicableBasisMissing = defineRule({
  code: "AUX_PROCEDURE_NOT_APPLICABLE_BASIS_MISSING",
  element: ELEMENTS,
  severity: Severity.ERROR,
  catalogIds: ["D-15", "B art14.2.7"],
  description: "Если процедура отмечена как неприменимая, указано нормативное основание.",
  check: (c, report) =>
    eachProcedure(c, (p, section, element, what) => {
      if (p.notApplicable === true && !citesAct(p.legalBases)) {
        report([section, "legalBases"], `Укажите нормативный правовой акт, из которого следует, что процедура ${what} не применяется.`, element);
      }
    }),
});

export const AUXILIARY_RULES = [auxProcedureDescriptionMissing, auxProcedureTermMissing, auxProcedureNotApplicableBasisMissing];
