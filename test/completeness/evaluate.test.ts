import { evaluate } from "../../src/completeness/evaluate";
import { ELEMENTS, StandardElement as E } from "../../src/completeness/elements";
import { ElementStatusKind, Severity } from "../../src/completeness/types";
import { StandardKind } from "../../src/services/service.entity";
import { TermUnit } from "../../src/standards/content/enums";
import type { StandardContent } from "../../src/standards/content/standard-content";
import { ACTS, byKey, ctxFor, goldenStandard } from "./fixtures";

const { REGULAR, UNIFIED } = StandardKind;
const statusOf = (report: ReturnType<typeof evaluate>, element: E) => report.elements.find((e) => e.element === element)!.status;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function damaged(damage: (c: any) => void): StandardContent {
  const c = goldenStandard();
  damage(c);
  return c;
}

describe("evaluate: the golden standard", () => {
  it.each([UNIFIED, REGULAR])("%s: complete, score 1, no issue at all, every element FILLED", (profile) => {
    const report = evaluate(goldenStandard(), ctxFor(profile));
    expect(report.issues).toEqual([]);
    expect(report.complete).toBe(true);
    expect(report.score).toBe(1);
    expect(report.elements.map((e) => e.status)).toEqual(ELEMENTS.map(() => ElementStatusKind.FILLED));
  });

  it("lists the 23 elements in catalog order, each with its own issues", () => {
    const report = evaluate(damaged((c) => (c.term.unit = null)), ctxFor(UNIFIED));
    expect(report.elements.map((e) => e.element)).toEqual(ELEMENTS.map((e) => e.code));
    expect(report.elements.find((e) => e.element === E.ART14_1_4)!.issues).toEqual(report.issues);
  });
});

describe("evaluate: statuses, score and completeness", () => {
  it("an empty regular standard: part 1 MISSING (ERROR), part 2 NOT_REQUIRED (WARNING), score 0", () => {
    const report = evaluate({}, ctxFor(REGULAR));
    expect(report.elements.filter((e) => e.status === ElementStatusKind.MISSING)).toHaveLength(14);
    expect(report.elements.filter((e) => e.status === ElementStatusKind.NOT_REQUIRED).map((e) => e.element)).toEqual(
      ELEMENTS.filter((e) => e.part === 2).map((e) => e.code),
    );
    expect(report.issues.filter((i) => i.severity === Severity.ERROR)).toHaveLength(14);
    expect(report.issues.filter((i) => i.severity === Severity.WARNING)).toHaveLength(9);
    expect(report.score).toBe(0);
    expect(report.complete).toBe(false);
  });

  it("an empty unified standard: all 23 MISSING with an ERROR each", () => {
    const report = evaluate({}, ctxFor(UNIFIED));
    expect(report.elements.every((e) => e.status === ElementStatusKind.MISSING)).toBe(true);
    expect(report.issues).toHaveLength(23);
    expect(report.issues.every((i) => i.severity === Severity.ERROR)).toBe(true);
  });

  it("an element with an ERROR is INVALID; score counts FILLED required elements", () => {
    const content = damaged((c) => (c.term.unit = null));
    const unified = evaluate(content, ctxFor(UNIFIED));
    expect(statusOf(unified, E.ART14_1_4)).toBe(ElementStatusKind.INVALID);
    expect(unified.score).toBeCloseTo(22 / 23);
    expect(unified.complete).toBe(false);
    const regular = evaluate(content, ctxFor(REGULAR));
    expect(regular.score).toBeCloseTo(13 / 14);
  });

  it("a WARNING leaves the element FILLED and the standard complete", () => {
    const report = evaluate(damaged((c) => (c.premises.disabledParkingPercent = 5)), ctxFor(UNIFIED));
    expect(report.issues.map((i) => i.severity)).toEqual([Severity.WARNING]);
    expect(statusOf(report, E.ART14_1_12)).toBe(ElementStatusKind.FILLED);
    expect(report.complete).toBe(true);
    expect(report.score).toBe(1);
  });

  it("a regular standard without part 2 is complete: those elements are NOT_REQUIRED (fee is shared and FILLED)", () => {
    const content = damaged((c) => {
      for (const s of ["applicants", "submissionChannels", "progressInformation", "typoCorrection", "duplicateIssue", "leaveWithoutConsideration", "forms", "resultDelivery"]) delete c[s];
    });
    const report = evaluate(content, ctxFor(REGULAR));
    expect(report.complete).toBe(true);
    expect(report.score).toBe(1);
    expect(report.issues.every((i) => i.severity === Severity.WARNING)).toBe(true);
    expect(statusOf(report, E.ART14_2_3)).toBe(ElementStatusKind.FILLED);
    expect(statusOf(report, E.ART14_2_8)).toBe(ElementStatusKind.NOT_REQUIRED);
    // the same content as a unified standard misses eight elements
    const unified = evaluate(content, ctxFor(UNIFIED));
    expect(unified.elements.filter((e) => e.status === ElementStatusKind.MISSING)).toHaveLength(8);
  });

  it("in a regular standard, a defect of a filled part 2 element is only a WARNING", () => {
    const report = evaluate(damaged((c) => (c.duplicateIssue.term = null)), ctxFor(REGULAR));
    expect(report.issues).toEqual([expect.objectContaining({ rule: "AUX_PROCEDURE_TERM_MISSING", severity: Severity.WARNING })]);
    expect(statusOf(report, E.ART14_2_6)).toBe(ElementStatusKind.FILLED);
    expect(report.complete).toBe(true);
  });

  it("an element whose presence rule failed is MISSING even if other rules would complain", () => {
    const report = evaluate(damaged((c) => (c.registrationTerms.items = [])), ctxFor(UNIFIED));
    expect(report.issues.map((i) => i.rule)).toEqual(["REGISTRATION_TERMS_MISSING"]);
    expect(statusOf(report, E.ART14_1_11)).toBe(ElementStatusKind.MISSING);
  });
});

describe("evaluate: issues", () => {
  it("cites the element and the norm of the rule", () => {
    const report = evaluate(
      damaged((c) => c.documents.applicantDocuments.items.push(c.documents.interagencyDocuments.items.shift())),
      ctxFor(UNIFIED),
    );
    expect(report.issues).toContainEqual({
      rule: "DOCUMENTS_INTERAGENCY_DEMANDED_FROM_APPLICANT",
      element: E.ART14_1_6,
      legalReference: "п. 6 ч. 1 ст. 14 Федерального закона от 27.07.2010 № 210-ФЗ; п. 2 ч. 1 и ч. 6 ст. 7",
      severity: Severity.ERROR,
      path: ["documents", "applicantDocuments", "items", "doc-land-title", "holderName"],
      message: expect.stringContaining("«Правоустанавливающие документы на земельный участок (сведения ЕГРН)»"),
    });
  });

  it("addresses an item without a key by its index", () => {
    const report = evaluate(
      damaged((c) => {
        const doc = byKey(c.documents.applicantDocuments.items, "doc-project");
        doc.key = null;
        doc.legalBases = [];
      }),
      ctxFor(UNIFIED),
    );
    expect(report.issues.map((i) => i.path)).toEqual([["documents", "applicantDocuments", "items", "3", "legalBases"]]);
  });

  it("lists the issues element by element, in catalog order", () => {
    const report = evaluate(
      damaged((c) => {
        c.forms.duplicate = null;
        c.term.unit = null;
        c.name.fullName = "";
      }),
      ctxFor(UNIFIED),
    );
    expect(report.issues.map((i) => i.element)).toEqual([E.ART14_1_1, E.ART14_1_4, E.ART14_2_8]);
  });
});

describe("evaluate: a pure function", () => {
  it("does not change its input", () => {
    const content = damaged((c) => {
      c.term.unit = null;
      c.documents.applicantDocuments.items[0].key = null;
    });
    const before = JSON.stringify(content);
    evaluate(content, ctxFor(UNIFIED));
    expect(JSON.stringify(content)).toBe(before);
  });

  it("gives the same report twice", () => {
    const content = damaged((c) => (c.queueTime.resultMinutes = 40));
    expect(evaluate(content, ctxFor(UNIFIED))).toEqual(evaluate(content, ctxFor(UNIFIED)));
  });

  it("survives nulls everywhere: null sections, null lists, null items", () => {
    const nulls = Object.fromEntries(ELEMENTS.map((e) => [e.section, null]));
    expect(() => evaluate(nulls as StandardContent, ctxFor(UNIFIED))).not.toThrow();
    const holes = damaged((c) => {
      c.documents.applicantDocuments.items.push(null);
      c.results.items.push(null);
      c.registrationTerms.items.push(null);
      c.suspensionAndRefusal.refusalGrounds.items.push(null);
      c.indicators.items.push(null);
      c.fee.items = null;
      c.term.resultIssueTerm = null;
      c.premises.accessibility = null;
    });
    expect(() => evaluate(holes, ctxFor(UNIFIED, new Map()))).not.toThrow();
  });

  it("needs no act facts for a free standard", () => {
    expect(evaluate(goldenStandard(), ctxFor(UNIFIED, new Map())).issues).toEqual([]);
  });
});
