import { isCatchAll } from "../../src/completeness/rules/catch-all";
import { evaluate } from "../../src/completeness/evaluate";
import { DocumentForm } from "../../src/standards/content/enums";
import { ACT, ctxFor, goldenStandard } from "../completeness/fixtures";
import { CLOSED_WORDINGS, OPEN_WORDINGS } from "./real-texts";

/* The catch-all rule (D-10) on the wording of real regulations, both ways (issue 12). */

describe("catch-all wordings from real regulations", () => {
  it.each(CLOSED_WORDINGS.map(([text, source]) => [text, source.url]))("«%s» (%s) names a kind of document or ground: not a catch-all", (text) => {
    expect(isCatchAll(text)).toBe(false);
  });

  it.each(OPEN_WORDINGS)("«%s» opens the list: a catch-all", (text) => {
    expect(isCatchAll(text)).toBe(true);
  });

  const issuesFor = (name: string) => {
    const c = goldenStandard();
    c.documents!.applicantDocuments!.items!.push({ key: "doc-x", name, form: DocumentForm.COPY, legalBases: [{ key: "r", actId: ACT.fz210, article: "7" }] });
    return evaluate(c, ctxFor()).issues.filter((i) => i.rule.startsWith("EXHAUSTIVE_LIST_CATCH_ALL"));
  };

  it("the identity document of the standard legal wording passes the whole evaluation: no ERROR blocks publication", () => {
    expect(issuesFor("Паспорт или иной документ, удостоверяющий личность")).toEqual([]);
  });

  it("«прочие документы» and «документы, предусмотренные законодательством Российской Федерации» are reported on the item (a pinpoint basis makes it a warning)", () => {
    for (const name of ["прочие документы", "документы, предусмотренные законодательством Российской Федерации"]) {
      const found = issuesFor(name);
      expect(found).toEqual([expect.objectContaining({ rule: "EXHAUSTIVE_LIST_CATCH_ALL_WITH_BASIS", element: "ART14_1_6", path: ["documents", "applicantDocuments", "items", "doc-x", "name"] })]);
    }
    const c = goldenStandard();
    c.documents!.applicantDocuments!.items!.push({ key: "doc-x", name: "прочие документы", form: DocumentForm.COPY, legalBases: [{ key: "r", actId: ACT.regulation }] });
    expect(evaluate(c, ctxFor()).issues.filter((i) => i.rule === "EXHAUSTIVE_LIST_CATCH_ALL")).toEqual([
      expect.objectContaining({ severity: "ERROR", element: "ART14_1_6", path: ["documents", "applicantDocuments", "items", "doc-x", "name"] }),
    ]);
  });
});
