import { ELEMENTS, StandardElement as E, citeElements } from "../../src/completeness/elements";
import { RULES, RULE_BY_CODE, RULE_CATALOG } from "../../src/completeness/rules";
import { Severity } from "../../src/completeness/types";

describe("rule catalog", () => {
  it("has one entry per rule, with a unique SCREAMING_SNAKE code", () => {
    const codes = RULE_CATALOG.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(RULE_CATALOG).toHaveLength(RULES.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/);
  });

  it("describes every rule in Russian and cites 210-ФЗ", () => {
    for (const r of RULE_CATALOG) {
      expect(r.description).toMatch(/[А-Яа-яЁё]/);
      expect(r.legalReference).toContain("ст. 14 Федерального закона от 27.07.2010 № 210-ФЗ");
      expect(r.elements.length).toBeGreaterThan(0);
    }
  });

  it("has a presence rule for each of the 23 elements: ERROR in a unified standard, WARNING for part 2 of a regular one", () => {
    const presence = RULE_CATALOG.filter((r) => r.kind === "PRESENCE");
    expect(presence.map((r) => r.elements[0])).toEqual(ELEMENTS.map((e) => e.code));
    for (const r of presence) {
      const part2 = r.elements[0].startsWith("ART14_2_");
      expect(r.severity).toEqual({ REGULAR: part2 ? Severity.WARNING : Severity.ERROR, UNIFIED: Severity.ERROR });
    }
  });

  it("states the severity per profile", () => {
    expect(RULE_BY_CODE.get("FEE_BASIS_NOT_FEDERAL")!.severity).toEqual({ REGULAR: null, UNIFIED: Severity.ERROR });
    expect(RULE_BY_CODE.get("DOCUMENTS_REQUEST_FORM_MISSING")!.severity).toEqual({ REGULAR: Severity.WARNING, UNIFIED: Severity.ERROR });
    expect(RULE_BY_CODE.get("AUX_PROCEDURE_TERM_MISSING")!.severity).toEqual({ REGULAR: Severity.WARNING, UNIFIED: Severity.ERROR });
    expect(RULE_BY_CODE.get("DOCUMENTS_INTERAGENCY_DEMANDED_FROM_APPLICANT")).toMatchObject({
      elements: [E.ART14_1_6],
      severity: { REGULAR: Severity.ERROR, UNIFIED: Severity.ERROR },
      legalReference: "п. 6 ч. 1 ст. 14 Федерального закона от 27.07.2010 № 210-ФЗ; п. 2 ч. 1 и ч. 6 ст. 7",
      catalogIds: ["D-05"],
    });
  });

  it("keeps rules resting on unconfirmed (U) norms at WARNING", () => {
    for (const code of ["DOCUMENTS_PAYMENT_PROOF_DEMANDED", "QUEUE_TIME_OVER_15_MINUTES", "SUSPENSION_GROUND_INTERAGENCY_NO_ANSWER", "MFC_REFUSAL_NOT_STATED", "ELECTRONIC_SIGNATURE_NOT_DECLARED"]) {
      expect(RULE_BY_CODE.get(code)!.severity).toEqual({ REGULAR: Severity.WARNING, UNIFIED: Severity.WARNING });
    }
  });

  it("cites several elements at once", () => {
    expect(citeElements([E.ART14_1_6, E.ART14_1_8, E.ART14_2_5, E.ART14_2_6])).toBe("пп. 6, 8 ч. 1 и пп. 5, 6 ч. 2 ст. 14 Федерального закона от 27.07.2010 № 210-ФЗ");
    expect(citeElements([E.ART14_2_3])).toBe("п. 3 ч. 2 ст. 14 Федерального закона от 27.07.2010 № 210-ФЗ");
  });
});
