import { startHarness, unique, type Harness } from "../support/harness";
import { startHttp } from "../support/http";
import { createAuthority, createLegalAct, createService, expectNoErrors } from "../support/factories";
import { completeContent, DRAFT_CREATE, isoDate, publishContent, publishedService, UPDATE } from "../support/standards";
import { fullSelection } from "../support/content-builder";
import { getSchema } from "../../src/schema";
import { Viewer } from "../../src/auth/viewer";
import { fromGlobalId } from "../../src/shared/relay/global-id";
import type { StandardContent } from "../../src/standards/content/standard-content";
import { goldenWithVariants } from "./fixtures";

/** Variants through the real GraphQL pipeline: stored and read back, completeness, the portal's questions, catalogue, history. */
let h: Harness;
let http: Awaited<ReturnType<typeof startHttp>>;
let content: StandardContent;
let published: Awaited<ReturnType<typeof publishedService>>;
const anonymous = Viewer.anonymous();

beforeAll(async () => {
  h = await startHarness();
  http = await startHttp(h.ds);
  const authority = await createAuthority(h);
  content = await completeContent(h, authority.id, goldenWithVariants);
  published = await publishedService(h, { effectiveFrom: isoDate(-10), content, authorityId: authority.id });
});
afterAll(async () => {
  await http.app.stop();
  await h.close();
});

const RESOLVE = `query($registryNumber: String, $serviceId: ID, $resultKey: ID, $answers: [ProfilingAnswerInput!], $asOf: LocalDate) {
  variantResolve(registryNumber: $registryNumber, serviceId: $serviceId, resultKey: $resultKey, answers: $answers, asOf: $asOf) {
    status version { number }
    result { key name }
    variant { key number name }
    candidates { key }
    nextAttribute { key name question }
    nextValues { key name }
    results { key }
    requirements {
      documents { key name category forms { channels form notSubmitted } legalBases { act { title } } }
      term { value unit startEvent }
      fee { free }
      submissionChannels
      resultDelivery { channels term { value unit startEvent } }
    }
  }
}`;

describe("stored and read back exactly", () => {
  it("each variant's term, registration terms, channels, documents, grounds and procedures, and the profiling", async () => {
    const schema = await getSchema();
    const query = `query($id: ID!) { standardVersion(id: $id) { content {
      profiling { ${fullSelection(schema, "ProfilingSection")} }
      variants { ${fullSelection(schema, "Variant")} }
    } } }`;
    const res = await h.gql(query, { id: published.versionId });
    expect(res.errors).toBeUndefined();
    const strip = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(strip) : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, strip(v)])) : value;
    expect(strip(res.data.standardVersion.content.variants)).toEqual(content.variants);
    expect(strip(res.data.standardVersion.content.profiling)).toEqual(content.profiling);
    const v2 = res.data.standardVersion.content.variants[1];
    expect(v2).toMatchObject({
      key: "v-self-legal",
      term: { value: 5, unit: "WORKING_DAYS", startEvent: "REQUEST_RECEIPT" },
      registrationTerms: [{ channel: "IN_PERSON", sameDay: true }, { channel: "MFC", term: { value: 1 } }, { channel: "EPGU", term: { value: 1 } }],
      submissionChannels: ["IN_PERSON", "MFC", "EPGU"],
      acceptanceRefusalGrounds: { groundKeys: ["arg-wrong-body", "arg-signature", "arg-form"] },
      suspensionGrounds: { noneStated: true },
    });
  });

  it("refuses malformed keys and repeated selections with the field path; nothing is stored", async () => {
    const service = await createService(h);
    const bad = structuredClone(goldenWithVariants().variants!) as any[];
    bad[0].resultKey = "результат";
    bad[1].acceptanceRefusalGrounds.groundKeys = ["a", "a"];
    bad[2].key = bad[1].key;
    const res = await h.gql(UPDATE, { id: service.draft.id, input: { variants: bad }, rev: service.draft.revision });
    expect(res.data.standardDraftUpdate.standardVersion).toBeNull();
    expect(res.data.standardDraftUpdate.userErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "INVALID", field: ["input", "variants", "0", "resultKey"] }),
        expect.objectContaining({ code: "INVALID", field: ["input", "variants", "1", "acceptanceRefusalGrounds", "groundKeys"], message: "Значения в списке не должны повторяться" }),
      ]),
    );
    const fixed = structuredClone(goldenWithVariants().variants!) as any[];
    fixed[2].key = fixed[1].key;
    const dup = await h.gql(UPDATE, { id: service.draft.id, input: { variants: fixed }, rev: service.draft.revision });
    expect(dup.data.standardDraftUpdate.userErrors).toEqual([{ code: "DUPLICATE_KEY", field: ["input", "variants", "2", "key"], message: "Ключ «v-self-legal» повторяется в списке" }]);
    const stored = await h.gql(`query($id: ID!) { standardVersion(id: $id) { revision content { variants { key } } } }`, { id: service.draft.id });
    expect(stored.data.standardVersion).toEqual({ revision: service.draft.revision, content: { variants: null } });
  });
});

describe("completeness through the API", () => {
  it("a defect planted inside one variant is reported on that variant's path", async () => {
    const service = await createService(h, { kind: "UNIFIED" });
    const damaged = structuredClone(content) as any;
    damaged.variants[2].registrationTerms = damaged.variants[2].registrationTerms.filter((t: any) => t.channel !== "MFC");
    damaged.variants[4].refusalGrounds = { groundKeys: [] };
    const res = await h.gql(
      `mutation($id: ID!, $input: StandardContentInput!, $rev: Int!) {
         standardDraftUpdate(id: $id, input: $input, expectedRevision: $rev) {
           standardVersion { completeness { complete issues { rule element severity path message legalReference } } }
           userErrors { message }
         }
       }`,
      { id: service.draft.id, input: damaged, rev: service.draft.revision },
    );
    expect(res.data.standardDraftUpdate.userErrors).toEqual([]);
    const { complete, issues } = res.data.standardDraftUpdate.standardVersion.completeness;
    expect(complete).toBe(false);
    expect(issues).toEqual([
      expect.objectContaining({
        rule: "REGISTRATION_TERM_MISSING_FOR_CHANNEL",
        element: "ART14_1_11",
        severity: "ERROR",
        path: ["variants", "v-representative", "submissionChannels", "MFC"],
        message: "Вариант 3 «Заявитель обращается через представителя»: укажите срок регистрации запроса, поданного через МФЦ.",
      }),
      // the duplicate's refusal grounds are those of its procedure (п. 6 ч. 2 ст. 14): an ERROR in a unified standard
      expect.objectContaining({
        rule: "EXHAUSTIVE_LIST_NONE_NOT_STATED",
        element: "ART14_2_6",
        severity: "ERROR",
        path: ["variants", "v-duplicate", "refusalGrounds"],
        message: expect.stringMatching(/^Вариант 5 «Выдача дубликата разрешения на строительство»: перечислите элементы перечня оснований для отказа в выдаче дубликата/),
      }),
    ]);
  });
});

describe("variantResolve and requirements (public)", () => {
  it("drives a questionnaire: the next question, then the variant with what to bring", async () => {
    const rn = published.service.registryNumber;
    const first = await h.gql(RESOLVE, { registryNumber: rn }, anonymous);
    expect(first.errors).toBeUndefined();
    expect(first.data.variantResolve).toMatchObject({ status: "RESULT_REQUIRED", variant: null, results: [{ key: "result-permit" }, { key: "result-corrected" }, { key: "result-duplicate" }, { key: "result-left" }] });

    const question = await h.gql(RESOLVE, { registryNumber: rn, resultKey: "result-permit" }, anonymous);
    expect(question.data.variantResolve).toMatchObject({
      status: "QUESTION",
      version: { number: 1 },
      nextAttribute: { key: "who", question: "Вы обращаетесь сами или через представителя?" },
      nextValues: [{ key: "who-self" }, { key: "who-rep" }],
      requirements: null,
    });

    const resolved = await h.gql(RESOLVE, { serviceId: published.service.id, resultKey: "result-permit", answers: [{ attributeKey: "who", valueKey: "who-rep" }] }, anonymous);
    const r = resolved.data.variantResolve;
    expect(r).toMatchObject({ status: "RESOLVED", variant: { key: "v-representative", number: 3 }, result: { key: "result-permit", name: "Разрешение на строительство" } });
    expect(r.requirements.documents.map((d: any) => d.key)).toEqual(["doc-request", "doc-identity", "doc-power-of-attorney", "doc-project", "doc-land-title", "doc-gpzu", "doc-expertise"]);
    expect(r.requirements.documents[0].forms).toEqual([
      { channels: ["EPGU"], form: "ELECTRONIC_DOCUMENT", notSubmitted: null },
      { channels: ["IN_PERSON", "MFC"], form: "ORIGINAL", notSubmitted: null },
    ]);
    expect(r.requirements.documents[0].legalBases[0].act.title).toMatch(/^Акт /);
    expect(r.requirements).toMatchObject({ term: { value: 5, unit: "WORKING_DAYS" }, fee: { free: true }, submissionChannels: ["IN_PERSON", "MFC", "EPGU"], resultDelivery: { term: { value: 1, startEvent: "DECISION" } } });
  });

  it("answers as of a date: before the first version there is nothing in force", async () => {
    const res = await h.gql(RESOLVE, { registryNumber: published.service.registryNumber, resultKey: "result-duplicate", asOf: isoDate(-11) }, anonymous);
    expect(res.data.variantResolve).toBeNull();
    const then = await h.gql(RESOLVE, { registryNumber: published.service.registryNumber, resultKey: "result-duplicate", asOf: isoDate(-5) }, anonymous);
    expect(then.data.variantResolve).toMatchObject({ status: "RESOLVED", variant: { key: "v-duplicate" } });
  });

  it("bad input is a Russian BAD_USER_INPUT with the field, never a 500; an unknown service is null", async () => {
    const rn = published.service.registryNumber;
    const cases: [Record<string, unknown>, string[], RegExp][] = [
      [{ registryNumber: rn, resultKey: "result-permit", answers: [{ attributeKey: "ghost", valueKey: "x" }] }, ["answers", "0", "attributeKey"], /Признак с таким ключом/],
      [{ registryNumber: rn, resultKey: "нет-такого" }, ["resultKey"], /Ключ/],
      [{ registryNumber: rn, serviceId: published.service.id }, ["registryNumber"], /одним способом/],
      [{}, ["serviceId"], /одним способом/],
    ];
    for (const [variables, field, message] of cases) {
      const res = await http.post({ query: RESOLVE, variables });
      expect(res.status).toBe(200);
      expect(res.json.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", userErrors: [expect.objectContaining({ field })] });
      expect(res.json.errors[0].message).toMatch(message);
    }
    expect((await h.gql(RESOLVE, { registryNumber: `NONE-${unique()}` }, anonymous)).data.variantResolve).toBeNull();
    expect((await h.gql(RESOLVE, { serviceId: "not-an-id" }, anonymous)).data.variantResolve).toBeNull();
  });

  it("is cacheable like the other public reads", async () => {
    const body = JSON.stringify({ query: RESOLVE, variables: { registryNumber: published.service.registryNumber, resultKey: "result-permit", answers: [{ attributeKey: "who", valueKey: "who-self" }] } });
    const res = await fetch(http.url, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    expect((await res.json()).data.variantResolve.nextAttribute.key).toBe("category");
  });

  it("requirements of a variant; the standard as a whole when it has no variants", async () => {
    const Q = `query($rn: String, $variantKey: ID) { requirements(registryNumber: $rn, variantKey: $variantKey) {
      variant { key } result { key } documents { key category } term { value unit startEvent } refusalGrounds { items { text } noneStated }
      acceptanceRefusalGrounds { noneStated noneStatement } identification { channels methods } representativeAllowed
    } }`;
    const typo = await h.gql(Q, { rn: published.service.registryNumber, variantKey: "v-typo" }, anonymous);
    expect(typo.data.requirements).toMatchObject({
      variant: { key: "v-typo" },
      result: { key: "result-corrected" },
      documents: [{ key: "doc-typo-request", category: "APPLICANT" }, { key: "doc-identity" }, { key: "doc-power-of-attorney" }],
      term: { value: 5, unit: "WORKING_DAYS", startEvent: "APPLICANT_REQUEST" },
      refusalGrounds: { items: [{ text: "Отсутствие опечаток и ошибок в выданном разрешении на строительство" }] },
      acceptanceRefusalGrounds: { noneStated: true, noneStatement: "Основания для отказа в приёме заявления отсутствуют" },
    });
    const missing = await h.gql(Q, { rn: published.service.registryNumber }, anonymous);
    expect(missing.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", userErrors: [{ code: "REQUIRED", field: ["variantKey"], message: expect.stringMatching(/укажите вариант/) }] });
    const unknown = await h.gql(Q, { rn: published.service.registryNumber, variantKey: "v-ghost" }, anonymous);
    expect(unknown.errors![0].extensions.userErrors).toEqual([{ code: "NOT_FOUND", field: ["variantKey"], message: "Вариант с таким ключом в стандарте не найден" }]);

    const plain = await publishedService(h, { effectiveFrom: isoDate(-1) });
    const whole = await h.gql(Q, { rn: plain.service.registryNumber }, anonymous);
    expect(whole.data.requirements).toMatchObject({ variant: null, result: null, term: { value: 5 }, representativeAllowed: true });
    expect(whole.data.requirements.documents).toHaveLength(7);
    const implicit = await h.gql(RESOLVE, { registryNumber: plain.service.registryNumber }, anonymous);
    expect(implicit.data.variantResolve).toMatchObject({ status: "RESOLVED", variant: null, requirements: { documents: expect.any(Array) } });
  });

  it("a draft can be tried by its staff: StandardVersion.variantResolve; anonymous clients do not see drafts", async () => {
    const service = await createService(h);
    const draft = await h.gql(UPDATE, { id: service.draft.id, input: content, rev: service.draft.revision });
    expectNoErrors(draft, "standardDraftUpdate");
    const Q = `query($id: ID!) { standardVersion(id: $id) {
      variantResolve(resultKey: "result-permit", answers: [{ attributeKey: "who", valueKey: "who-self" }, { attributeKey: "category", valueKey: "cat-legal" }]) { status variant { key } }
      requirements(variantKey: "v-self-legal") { documents { key } }
    } }`;
    const res = await h.gql(Q, { id: service.draft.id });
    expect(res.data.standardVersion.variantResolve).toEqual({ status: "RESOLVED", variant: { key: "v-self-legal" } });
    expect(res.data.standardVersion.requirements.documents).toHaveLength(6);
    expect((await h.gql(Q, { id: service.draft.id }, anonymous)).data.standardVersion).toBeNull();
  });
});

describe("catalogue filters per variant", () => {
  let authority: { id: string };
  let multi: Awaited<ReturnType<typeof publishedService>>;
  let plain: Awaited<ReturnType<typeof publishedService>>;
  beforeAll(async () => {
    authority = await createAuthority(h);
    // the main variants are paid and not by post; the typo correction is free and also by post
    const paid = structuredClone(await completeContent(h, authority.id, goldenWithVariants)) as any;
    // a fee set by a legal act (a state duty would have to rest on chapter 25.3 of the Tax Code)
    const duty = { key: "fee-duty", kind: "FEE", name: "Плата за предоставление услуги", amount: "350.00", paymentMethods: ["BANK_TRANSFER"], legalBases: [paid.fee.freeLegalBases[0]] };
    paid.fee = { free: false, items: [duty] };
    paid.submissionChannels.channels.push("POST");
    paid.registrationTerms.items.push({ key: "reg-post", channel: "POST", sameDay: true });
    for (const v of paid.variants) v.fee = { feeKeys: ["fee-duty"] };
    const typo = paid.variants.find((v: any) => v.key === "v-typo");
    Object.assign(typo, { fee: { free: true, freeLegalBases: [paid.fee.items[0].legalBases[0]] }, submissionChannels: ["IN_PERSON", "POST"], registrationTerms: [{ key: "t-in", channel: "IN_PERSON", sameDay: true }, { key: "t-post", channel: "POST", sameDay: true }] });
    multi = await publishedService(h, { effectiveFrom: isoDate(-1), content: { ...paid, name: { ...paid.name, fullName: `Разрешение с вариантами ${unique()}` } }, authorityId: authority.id });
    plain = await publishedService(h, { effectiveFrom: isoDate(-1), authorityId: authority.id });
  });

  const Q = `query($filter: ServiceFilter) { services(first: 10, filter: $filter) { edges { node { id matchedVariants { key number name kind } } } } }`;
  const hits = async (filter: Record<string, unknown>) =>
    Object.fromEntries(((await h.gql(Q, { filter: { authorityId: authority.id, ...filter } }, anonymous)).data.services.edges as any[]).map((e) => [e.node.id, e.node.matchedVariants?.map((m: any) => m.key) ?? null]));

  it("a service matches when one variant in force offers everything asked, and the hit says which", async () => {
    expect(await hits({ channel: "POST", free: true })).toEqual({ [multi.service.id]: ["v-typo"] });
    expect(await hits({ channel: "MFC", free: true })).toEqual({ [plain.service.id]: [] });
    // the duplicate and withdrawal variants take the service's channels (MFC among them)
    expect(await hits({ channel: "MFC", free: false })).toEqual({ [multi.service.id]: ["v-self-individual", "v-self-legal", "v-representative", "v-duplicate", "v-withdrawal"] });
    expect(await hits({ free: true, applicantLegalForm: "LEGAL_ENTITY" })).toEqual({ [multi.service.id]: ["v-typo"], [plain.service.id]: [] });
    expect(await hits({ extraterritorial: true })).toEqual({});
  });

  it("one channel criterion is answered from the catalogue row: its variant channels are the union of its variants' channels", async () => {
    // POST: the service-level channels and the typo variant's; EPGU: the main variants' (not the typo's)
    const post: { variant_key: string }[] = await h.ds.query(`SELECT variant_key FROM catalog_variant WHERE version_id = $1 AND 'POST' = ANY(channels) ORDER BY ordinal`, [fromGlobalId(multi.versionId)!.id]);
    expect(post.map((v) => v.variant_key)).toContain("v-typo");
    expect(await hits({ channel: "POST" })).toEqual({ [multi.service.id]: post.map((v) => v.variant_key) });
    const rows: { version_id: string; variant_channels: string[]; union: string[] }[] = await h.ds.query(
      `SELECT c.version_id, c.variant_channels,
              ARRAY(SELECT DISTINCT ch FROM catalog_variant cv CROSS JOIN unnest(cv.channels) ch WHERE cv.version_id = c.version_id ORDER BY ch) AS union
         FROM catalog_entry c WHERE c.version_id = ANY($1::uuid[])`,
      [[multi.versionId, plain.versionId].map((id) => fromGlobalId(id)!.id)],
    );
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r.variant_channels).toEqual(r.union);
    const typoOnly = await h.ds.query(`SELECT channels FROM catalog_variant WHERE version_id = $1 AND variant_key = 'v-typo'`, [fromGlobalId(multi.versionId)!.id]);
    expect(typoOnly[0].channels).toEqual(["IN_PERSON", "POST"]);
    // a channel no variant offers finds nothing; the union of one version is not mixed with another's
    expect(await hits({ channel: "PHONE" as never })).toEqual({});
  });

  it("without per-variant filters nothing is said about variants; existing filters still apply to the service", async () => {
    expect(await hits({ inForce: true })).toEqual({ [multi.service.id]: null, [plain.service.id]: null });
  });

  it("loads a page with matched variants in a fixed number of SQL queries (no N+1)", async () => {
    const count = async () => {
      h.counter.reset();
      const res = await h.gql(Q, { filter: { authorityId: authority.id, free: true } }, anonymous);
      expect(res.errors).toBeUndefined();
      return { services: res.data.services.edges.length, queries: h.counter.count };
    };
    const before = await count();
    for (let i = 0; i < 3; i++) await publishedService(h, { effectiveFrom: isoDate(-1), authorityId: authority.id });
    const after = await count();
    expect(after.services).toBe(before.services + 3);
    expect(after.queries).toBe(before.queries);
  });

  it("requirements with the acts of every document in a fixed number of SQL queries (no N+1)", async () => {
    const Q2 = `query($rn: String, $v: ID) { requirements(registryNumber: $rn, variantKey: $v) { documents { legalBases { act { title } } } } }`;
    const count = async (v: string) => {
      h.counter.reset();
      const res = await h.gql(Q2, { rn: multi.service.registryNumber, v }, anonymous);
      return { documents: res.data.requirements.documents.length, queries: h.counter.count };
    };
    const few = await count("v-typo");
    const many = await count("v-representative");
    expect(many.documents).toBeGreaterThan(few.documents);
    expect(many.queries).toBe(few.queries);
  });
});

describe("history", () => {
  it("a document added to one variant is one change of that variant; existing clients that never send variants keep them", async () => {
    const act = await createLegalAct(h, { type: "MUNICIPAL_ACT" });
    const opened = await h.gql(DRAFT_CREATE, { serviceId: published.service.id });
    expectNoErrors(opened, "standardDraftCreate");
    const draft = opened.data.standardDraftCreate.standardVersion;
    const variants = structuredClone(content.variants) as any[];
    variants[1].documents.items.push({ key: "v2-poa", documentKey: "doc-power-of-attorney" });
    // a client that edits another section only and never sends variants
    expectNoErrors(await h.gql(UPDATE, { id: draft.id, input: { queueTime: { submissionMinutes: 10, resultMinutes: 10, appointmentMinutes: 5 } }, rev: draft.revision }), "standardDraftUpdate");
    await publishContent(h, draft.id, draft.revision + 1, { variants }, isoDate(-2), act.id);
    const res = await h.gql(`query($id: ID!) { standardVersion(id: $id) { changesFromPrevious { element path kind summary } } }`, { id: draft.id });
    expect(res.data.standardVersion.changesFromPrevious).toEqual([
      expect.objectContaining({ element: "ART14_1_10", kind: "CHANGED" }),
      expect.objectContaining({ element: "ART14_1_10", kind: "CHANGED" }),
      {
        element: "ART14_1_6",
        path: ["variants", "v-self-legal"],
        kind: "CHANGED",
        summary: "Вариант 2 «Заявитель — юридическое лицо, обращается самостоятельно»: добавлен документ «Документ, подтверждающий полномочия представителя заявителя (доверенность)»",
      },
    ]);
  });
});
