import { resolveVariant, VariantResolutionStatus as S } from "../../src/variants/resolve";
import { requirementsOf } from "../../src/variants/requirements";
import { DomainError } from "../../src/shared/errors/domain-error";
import { goldenStandard } from "../completeness/fixtures";
import { goldenWithVariants, variant } from "./fixtures";

const answer = (attributeKey: string, valueKey: string) => ({ attributeKey, valueKey });
const resolve = (c = goldenWithVariants(), resultKey: string | null = "result-permit", answers = [] as ReturnType<typeof answer>[]) => resolveVariant(c, resultKey, answers);

function domainIssues(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.issues;
    throw e;
  }
  throw new Error("no DomainError");
}

describe("resolveVariant", () => {
  it("a standard without variants is one implicit variant", () => {
    expect(resolveVariant(goldenStandard(), null, [])).toMatchObject({ status: S.RESOLVED, variant: null });
  });

  it("asks for the result when the variants yield several", () => {
    const r = resolve(goldenWithVariants(), null);
    expect(r.status).toBe(S.RESULT_REQUIRED);
    expect(r.resultKeys).toEqual(["result-permit", "result-corrected", "result-duplicate", "result-left"]);
  });

  it("asks the first attribute of the table that still splits the candidates, with the values that lead somewhere", () => {
    const r = resolve();
    expect(r.status).toBe(S.QUESTION);
    expect(r.nextAttribute?.key).toBe("who");
    expect(r.nextValues.map((v) => v.key)).toEqual(["who-self", "who-rep"]);
    expect(r.candidates.map((v) => v.key)).toEqual(["v-self-individual", "v-self-legal", "v-representative"]);
  });

  it("does not ask what no longer matters: through a representative, the category does not split", () => {
    const r = resolve(undefined, "result-permit", [answer("who", "who-rep")]);
    expect(r).toMatchObject({ status: S.RESOLVED, resultKey: "result-permit" });
    expect(r.variant?.key).toBe("v-representative");
  });

  it("asks the next question after a partial answer", () => {
    const r = resolve(undefined, "result-permit", [answer("who", "who-self")]);
    expect(r.status).toBe(S.QUESTION);
    expect(r.nextAttribute?.key).toBe("category");
    expect(r.candidates.map((v) => v.key)).toEqual(["v-self-individual", "v-self-legal"]);
  });

  it("every combination of the profiling table gives its variant", () => {
    const table: [string, string, string][] = [
      ["who-self", "cat-individual", "v-self-individual"],
      ["who-self", "cat-legal", "v-self-legal"],
      ["who-rep", "cat-individual", "v-representative"],
      ["who-rep", "cat-legal", "v-representative"],
    ];
    for (const [who, category, expected] of table) {
      for (const answers of [[answer("who", who), answer("category", category)], [answer("category", category), answer("who", who)]]) {
        expect(resolve(undefined, "result-permit", answers)).toMatchObject({ status: S.RESOLVED, variant: expect.objectContaining({ key: expected }) });
      }
    }
  });

  it("asks in the order of the profiling table", () => {
    const c = goldenWithVariants();
    c.profiling!.attributes!.reverse();
    expect(resolve(c).nextAttribute?.key).toBe("category");
  });

  it("a result with one variant is resolved at once; an answer about another result's attribute is ignored", () => {
    expect(resolve(undefined, "result-duplicate").variant?.key).toBe("v-duplicate");
    expect(resolve(undefined, "result-duplicate", [answer("who", "who-rep")]).variant?.key).toBe("v-duplicate");
  });

  it("answers that match no combination: NO_VARIANT; overlapping combinations: AMBIGUOUS", () => {
    const gap = goldenWithVariants();
    (gap.profiling!.attributes![1].values as unknown[]).push({ key: "cat-state", name: "Государственный заказчик" });
    expect(resolve(gap, "result-permit", [answer("who", "who-self"), answer("category", "cat-state")]).status).toBe(S.NO_VARIANT);
    // asked about the category: one of its values leads nowhere
    expect(resolve(gap, "result-permit", [answer("who", "who-self")]).nextValues.map((v) => v.key)).toEqual(["cat-individual", "cat-legal"]);

    const overlap = goldenWithVariants();
    variant(overlap, "v-self-legal").combinations[0].valueKeys = ["who-self"];
    const r = resolve(overlap, "result-permit", [answer("who", "who-self"), answer("category", "cat-individual")]);
    expect(r.status).toBe(S.AMBIGUOUS);
    expect(r.candidates.map((v) => v.key)).toEqual(["v-self-individual", "v-self-legal"]);
  });

  it("inadmissible combinations are neither asked about nor gaps", () => {
    const c = goldenWithVariants();
    c.variants = c.variants!.filter((v) => v.key !== "v-self-legal");
    c.profiling!.excludedCombinations = [{ key: "no-legal-self", valueKeys: ["who-self", "cat-legal"], note: "тест" }];
    expect(resolve(c, "result-permit", [answer("who", "who-self")]).variant?.key).toBe("v-self-individual");
    expect(resolve(c, "result-permit", [answer("who", "who-self"), answer("category", "cat-legal")]).status).toBe(S.NO_VARIANT);
    expect(resolve(c, "result-permit", [answer("category", "cat-legal")]).variant?.key).toBe("v-representative");
  });

  it("a space too large to enumerate is resolved by its rows", () => {
    const c = goldenWithVariants();
    for (let a = 0; a < 6; a++) {
      c.profiling!.attributes!.push({ key: `big-${a}`, name: `Признак ${a}`, values: Array.from({ length: 8 }, (_, i) => ({ key: `big-${a}-${i}`, name: `Значение ${i}` })) });
      variant(c, "v-representative").combinations.push({ key: `big-row-${a}`, valueKeys: ["who-rep", `big-${a}-0`] });
    }
    expect(resolve(c).nextAttribute?.key).toBe("who");
    expect(resolve(c, "result-permit", [answer("who", "who-self"), answer("category", "cat-legal")]).variant?.key).toBe("v-self-legal");
    expect(resolve(c, "result-permit", [answer("who", "who-rep")]).variant?.key).toBe("v-representative");
  });

  it("refuses unknown keys with the field of each answer", () => {
    expect(domainIssues(() => resolve(undefined, "result-permit", [answer("who", "cat-legal"), answer("ghost", "x"), answer("category", "cat-legal"), answer("category", "cat-individual")]))).toEqual([
      { code: "NOT_FOUND", field: ["answers", "0", "valueKey"], message: "У признака «Кто обращается за услугой» нет значения с таким ключом" },
      { code: "NOT_FOUND", field: ["answers", "1", "attributeKey"], message: "Признак с таким ключом в профилировании не найден" },
      { code: "INVALID", field: ["answers", "3", "attributeKey"], message: "На вопрос о признаке «Категория застройщика» дано несколько ответов" },
    ]);
    expect(domainIssues(() => resolve(undefined, "result-ghost"))).toEqual([{ code: "NOT_FOUND", field: ["resultKey"], message: "Результат с таким ключом в стандарте не найден" }]);
    expect(domainIssues(() => resolve(undefined, "result-refusal"))[0].message).toBe("Для этого результата в стандарте нет вариантов предоставления");
  });
});

describe("requirementsOf", () => {
  it("a variant: its documents with the form per channel, term, fee, where to submit and where to receive", () => {
    const c = goldenWithVariants();
    const r = requirementsOf(c, variant(c, "v-representative"));
    expect(r.result?.key).toBe("result-permit");
    expect(r.documents.map((d) => [d.key, d.category])).toEqual([
      ["doc-request", "APPLICANT"],
      ["doc-identity", "APPLICANT"],
      ["doc-power-of-attorney", "APPLICANT"],
      ["doc-project", "APPLICANT"],
      ["doc-land-title", "INTERAGENCY"],
      ["doc-gpzu", "INTERAGENCY"],
      ["doc-expertise", "INTERAGENCY"],
    ]);
    expect(r.documents[1].forms).toEqual([
      { key: "v-representative-identity-epgu", channels: ["EPGU"], notSubmitted: true, note: "Личность подтверждается через ЕСИА" },
      { key: "v-representative-identity-paper", channels: ["IN_PERSON", "MFC"], form: "ORIGINAL_FOR_INSPECTION" },
    ]);
    // without a per-channel requirement, the service-level form holds for every channel
    expect(r.documents[2].forms).toEqual([{ channels: [], form: "ORIGINAL_FOR_INSPECTION", notSubmitted: false }]);
    expect(r.term).toEqual({ value: 5, unit: "WORKING_DAYS", startEvent: "REQUEST_RECEIPT", startNote: null, legalBases: null });
    expect(r.resultDelivery).toMatchObject({ channels: ["IN_PERSON", "MFC", "EPGU"], term: { value: 1, unit: "WORKING_DAYS", startEvent: "DECISION" } });
    expect(r.fee).toMatchObject({ free: true, items: [] });
    expect(r.submissionChannels).toEqual(["IN_PERSON", "MFC", "EPGU"]);
    expect(r.refusalGrounds?.items?.map((g) => g.key)).toEqual(["rg-no-documents", "rg-gpzu", "rg-permitted-use"]);
    expect(r.identification.map((i) => i.methods)).toEqual([["ESIA"], ["IDENTITY_DOCUMENT"]]);
    expect(r.representativeAllowed).toBe(true);
  });

  it("an auxiliary variant takes the refusal grounds of its own procedure", () => {
    const c = goldenWithVariants();
    const r = requirementsOf(c, variant(c, "v-typo"));
    expect(r.refusalGrounds?.items?.map((g) => g.text)).toEqual(["Отсутствие опечаток и ошибок в выданном разрешении на строительство"]);
    expect(r.documents.map((d) => d.key)).toEqual(["doc-typo-request", "doc-identity", "doc-power-of-attorney"]);
    expect(r.term).toMatchObject({ value: 5, startEvent: "APPLICANT_REQUEST" });
  });

  it("without variants: the standard as a whole", () => {
    const r = requirementsOf(goldenStandard(), null);
    expect(r.variant).toBeNull();
    expect(r.documents).toHaveLength(7);
    expect(r.term).toMatchObject({ value: 5, unit: "WORKING_DAYS" });
    expect(r.resultDelivery.term).toMatchObject({ value: 1, startEvent: "DECISION" });
  });
});
