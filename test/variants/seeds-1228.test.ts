import { startHarness, type Harness } from "../support/harness";
import { loadSeeds } from "../../src/seeding/load-seeds";
import { seedServices } from "../../seeds";

/*
 * The two seeds encoded from regulations written under Decree 1228: every combination of
 * their profiling table, asked as the questionnaire asks it (answering only what is asked,
 * in the order asked), resolves to the variant the regulation names for it.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await loadSeeds(h.ds, h.apollo);
});
afterAll(() => h.close());

const RESOLVE = `query($rn: String!, $resultKey: ID, $answers: [ProfilingAnswerInput!]) {
  serviceByRegistryNumber(registryNumber: $rn) {
    draft {
      variantResolve(resultKey: $resultKey, answers: $answers) {
        status variant { number name } nextAttribute { key } nextValues { key }
        requirements { documents { key } }
      }
      completeness { complete issues { rule severity path } }
    }
  }
}`;

/** Runs the questionnaire for an applicant with these attribute values: answers only what it is asked. */
async function questionnaire(rn: string, resultKey: string, applicant: Record<string, string>) {
  const answers: { attributeKey: string; valueKey: string }[] = [];
  for (let step = 0; step < 10; step++) {
    const res = await h.gql(RESOLVE, { rn, resultKey, answers });
    expect(res.errors).toBeUndefined();
    const r = res.data.serviceByRegistryNumber.draft.variantResolve;
    if (r.status !== "QUESTION") return { ...r, asked: answers.map((a) => a.attributeKey) };
    const attribute = r.nextAttribute.key;
    expect(r.nextValues.map((v: any) => v.key)).toContain(applicant[attribute]);
    answers.push({ attributeKey: attribute, valueKey: applicant[attribute] });
  }
  throw new Error("the questionnaire did not end");
}

describe("«Предоставление гражданам субсидий на оплату жилого помещения и коммунальных услуг» (table 2, rows 1-6)", () => {
  const rn = "SEED-1228-ZHKU-SUBSIDY";
  // table 2 of the annex, as worded: [purpose, dwelling, who] → variant number
  const TABLE: [string, string, string, number, string[]][] = [
    ["purpose-grant", "dwelling-owner", "who-self", 1, ["purpose", "dwelling", "who"]],
    ["purpose-grant", "dwelling-owner", "who-representative", 2, ["purpose", "dwelling", "who"]],
    ["purpose-grant", "dwelling-tenant", "who-self", 3, ["purpose", "dwelling", "who"]],
    ["purpose-grant", "dwelling-tenant", "who-representative", 4, ["purpose", "dwelling", "who"]],
    // renewal: ownership or tenancy does not matter, and is not asked
    ["purpose-renewal", "dwelling-owner", "who-self", 5, ["purpose", "who"]],
    ["purpose-renewal", "dwelling-tenant", "who-self", 5, ["purpose", "who"]],
    ["purpose-renewal", "dwelling-owner", "who-representative", 6, ["purpose", "who"]],
    ["purpose-renewal", "dwelling-tenant", "who-representative", 6, ["purpose", "who"]],
  ];
  it.each(TABLE)("%s, %s, %s → variant %i", async (purpose, dwelling, who, number, asked) => {
    const r = await questionnaire(rn, "res-subsidy", { purpose, dwelling, who });
    expect(r).toMatchObject({ status: "RESOLVED", variant: { number }, asked });
    expect(r.requirements.documents.length).toBeGreaterThan(0);
  });

  it("the seed has no completeness ERROR", async () => {
    const res = await h.gql(RESOLVE, { rn, resultKey: "res-subsidy", answers: [] });
    expect(res.data.serviceByRegistryNumber.draft.completeness.issues.filter((i: any) => i.severity === "ERROR")).toEqual([]);
  });
});

describe("«Выдача предварительного согласия на обмен жилыми помещениями…» (п. 3.1.1)", () => {
  const rn = "SEED-1228-OPEKA-OBMEN";
  const LIST: [string, string, number, string][] = [
    ["res-decision", "who-self", 1, "Выдача решения заявителю, обратившемуся самостоятельно"],
    ["res-decision", "who-representative", 2, "Выдача решения заявителю, обратившемуся через представителя"],
    ["res-corrected", "who-self", 3, "Выдача (отказ в выдаче) исправленного решения заявителю, обратившемуся самостоятельно"],
    ["res-corrected", "who-representative", 4, "Выдача (отказ в выдаче) исправленного решения заявителю, обратившемуся через представителя"],
    ["res-duplicate", "who-self", 5, "Выдача дубликата решения заявителю, обратившемуся самостоятельно"],
    ["res-duplicate", "who-representative", 6, "Выдача дубликата решения заявителю, обратившемуся через представителя"],
  ];
  it.each(LIST)("%s, %s → variant %i", async (resultKey, who, number, name) => {
    const r = await questionnaire(rn, resultKey, { who });
    expect(r).toMatchObject({ status: "RESOLVED", variant: { number, name }, asked: ["who"] });
  });

  it("without the result, the applicant is asked which one", async () => {
    const res = await h.gql(`query { serviceByRegistryNumber(registryNumber: "${rn}") { draft { variantResolve { status results { key } } } } }`);
    expect(res.data.serviceByRegistryNumber.draft.variantResolve).toEqual({ status: "RESULT_REQUIRED", results: [{ key: "res-decision" }, { key: "res-corrected" }, { key: "res-duplicate" }] });
  });
});

it("both seeds record where their profiling and variants come from", () => {
  for (const rn of ["SEED-1228-ZHKU-SUBSIDY", "SEED-1228-OPEKA-OBMEN"]) {
    const seed = seedServices.find((s) => s.registryNumber === rn)!;
    expect(seed.decree1228?.profiling.note).toMatch(/[А-Яа-я]/);
    expect(seed.decree1228?.variants.origin).toBe("SOURCE");
    expect(seed.versions.at(-1)!.content.variants!.length).toBe(6);
  }
});

describe("the README's examples of variants", () => {
  const readme = require("node:fs").readFileSync(require("node:path").join(__dirname, "..", "..", "README.md"), "utf8") as string;
  const section = readme.slice(readme.indexOf("### Variants and the applicant's questionnaire"), readme.indexOf("Changes need a token."));
  const examples = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

  it("the questionnaire step on the seeded draft answers as the README says", async () => {
    expect(examples).toHaveLength(2);
    const res = await h.gql(examples[0]);
    expect(res.errors).toBeUndefined();
    expect(res.data.serviceByRegistryNumber.draft.variantResolve).toMatchObject({ status: "QUESTION", nextAttribute: { key: "who" }, variant: null });
    const next = await h.gql(examples[0].replace('valueKey: "purpose-renewal" }]', 'valueKey: "purpose-renewal" }, { attributeKey: "who", valueKey: "who-self" }]'));
    expect(next.data.serviceByRegistryNumber.draft.variantResolve).toMatchObject({ status: "RESOLVED", variant: { number: 5, name: "Заявитель обратился самостоятельно за возобновлением субсидии" } });
  });

  it("the requirements of a variant of the seeded draft answer with its documents, and the public root queries answer null while the seed is a draft", async () => {
    const res = await h.gql(examples[1]);
    expect(res.errors).toBeUndefined();
    expect(res.data.serviceByRegistryNumber.draft.requirements.documents.length).toBeGreaterThan(0);
    const pub = await h.gql(`query {
      variantResolve(registryNumber: "SEED-1228-ZHKU-SUBSIDY", resultKey: "res-subsidy", answers: [{ attributeKey: "purpose", valueKey: "purpose-grant" }]) { status }
      requirements(registryNumber: "SEED-1228-ZHKU-SUBSIDY", variantKey: "v5-renewal-self") { submissionChannels }
    }`);
    expect(pub.errors).toBeUndefined();
    expect(pub.data).toEqual({ variantResolve: null, requirements: null });
  });
});
