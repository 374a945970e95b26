import type { GraphQLSchema } from "graphql";
import { startHarness, type Harness } from "../support/harness";
import { createAuthority, createLegalAct, createService, expectNoErrors } from "../support/factories";
import { fullSelection } from "../support/content-builder";
import { completeContent, DRAFT_CREATE, PUBLISH, SUBMIT, UPDATE } from "../support/standards";
import { getSchema } from "../../src/schema";
import { normalizeContent } from "../../src/shared/canonical-json";
import type { StandardContent } from "../../src/standards/content/standard-content";
import {
  AIRCRAFT_DUTY_TEXT,
  DGIZO_REGISTRATION_TEXT,
  IDENTITY_TEXT,
  KULEBAKI_CARD_TEXT,
  MURMANSK_612,
  MURMANSK_ACCEPTANCE_TEXT,
  MURMANSK_SIGNATURE_GROUND,
  QUEUE_TEXT,
  SOURCES,
  TEYKOVO_PROVIDER_TEXT,
  YAKUTIA_NAME,
} from "./real-texts";

/*
 * Issue 12: real standards entered through the API, element by element, as a new user
 * would. Every value is held exactly (facts and the regulation's own wording), nothing is
 * refused or left without a place, a planted defect is reported on its element with its
 * severity, and the diff of a real amendment lists exactly its changes. The texts are those
 * of real regulations and portal cards (./real-texts.ts, with their addresses); the rest of
 * each complete standard is the golden fixture of the completeness tests.
 */

let h: Harness;
let schema: GraphQLSchema;
let CONTENT: string;
beforeAll(async () => {
  h = await startHarness();
  schema = await getSchema();
  CONTENT = fullSelection(schema, "StandardContent");
});
afterAll(() => h.close());

const ACT_FIELDS = "id type issuer number date title url editionDate amendments { type issuer number date title url }";

async function registerAct(input: Record<string, unknown>) {
  const res = await h.gql(`mutation($input: LegalActInput!) { legalActCreate(input: $input) { legalAct { ${ACT_FIELDS} } userErrors { code field message } } }`, { input });
  expectNoErrors(res, "legalActCreate");
  return res.data.legalActCreate.legalAct;
}

const VALIDATE = `query($input: StandardContentInput!, $profile: StandardKind!) {
  standardValidate(input: $input, profile: $profile) { complete issues { rule element severity path message } }
}`;

async function validate(content: unknown, profile = "UNIFIED") {
  const res = await h.gql(VALIDATE, { input: content, profile });
  expect(res.errors).toBeUndefined();
  return res.data.standardValidate as { complete: boolean; issues: { rule: string; element: string; severity: string; path: string[]; message: string }[] };
}

/** What the planted defect adds to the findings of the content it was planted in. */
async function plantedIssues(base: StandardContent, plant: (c: any) => void) {
  const sig = (i: { rule: string; path: string[] }) => `${i.rule}|${i.path.join("/")}`;
  const before = new Set((await validate(base)).issues.map(sig));
  const damaged = structuredClone(base);
  plant(damaged);
  return (await validate(damaged)).issues.filter((i) => !before.has(sig(i)));
}

/** The golden complete standard with the elements read in real regulations and cards. */
async function realContent(acts: { murmansk: string; fz63: string }, authorityId?: string): Promise<StandardContent> {
  const c = (await completeContent(h, authorityId)) as any;
  c.registrationTerms = {
    wording: [{ key: "w-registration", text: DGIZO_REGISTRATION_TEXT, url: SOURCES.dgizoRegistration.url }],
    items: [
      { key: "reg-all", allChannels: true, term: { value: 1, unit: "WORKING_DAYS" }, nonWorkingDayRule: "в следующий за ним первый рабочий день" },
    ],
  };
  c.queueTime = { commonMinutes: 15, wording: [{ key: "w-queue", clause: "п. 20", text: QUEUE_TEXT, url: SOURCES.queueGarant.url }] };
  c.acceptanceRefusalGrounds = {
    items: [{ key: "arg-signature", text: MURMANSK_SIGNATURE_GROUND, channels: ["EPGU"], legalBases: [{ key: "ref-63fz-11", actId: acts.fz63, article: "11" }] }],
    wording: [{ key: "w-acceptance", clause: "пп. 2.7.1, 2.7.2", text: MURMANSK_ACCEPTANCE_TEXT, actId: acts.murmansk, url: SOURCES.murmanskJkh.url }],
  };
  c.documents.applicantDocuments.wording = [{ key: "w-identity", clause: "подп. 2 п. 2.7", text: IDENTITY_TEXT, url: SOURCES.identityDocuments.url }];
  c.applicants.representation = [
    {
      key: "rep-card",
      allowed: true,
      receivesResult: true,
      authorityDocumentKeys: ["doc-power-of-attorney"],
      note: "Через законного представителя",
    },
  ];
  c.applicants.wording = [{ key: "w-card", text: KULEBAKI_CARD_TEXT, url: SOURCES.kulebakiCard.url }];
  return c as StandardContent;
}

let murmansk: any;
let fz63Id: string;
let nk: any;

describe("legal acts as sources give them", () => {
  it("an act with type, issuer, number and date but no title is registrable, with its current edition and its 13 amending acts as one record", async () => {
    murmansk = await registerAct(MURMANSK_612);
    expect(murmansk).toMatchObject({ type: "MUNICIPAL_ACT", issuer: "Администрация города Мурманска", number: "612", date: "2012-03-28", title: null, editionDate: "2020-04-15" });
    expect(murmansk.amendments).toEqual(MURMANSK_612.amendments.map((a) => ({ ...a, type: null, issuer: null, title: null, url: null })));

    // found by its number, though it has no title
    const found = await h.gql(`{ legalActs(first: 50, search: "612") { edges { node { id } } } }`);
    expect(found.data.legalActs.edges.map((e: any) => e.node.id)).toContain(murmansk.id);
  });

  it("the next amendment extends its history; an amending act without date is refused with the field named, nothing changes", async () => {
    const next = [...MURMANSK_612.amendments, { date: "2021-02-10", number: "321", url: "https://docs.cntd.ru/document/406996756" }];
    const UPDATE_ACT = `mutation($id: ID!, $input: LegalActUpdateInput!) { legalActUpdate(id: $id, input: $input) { legalAct { ${ACT_FIELDS} } userErrors { code field message } } }`;
    const bad = await h.gql(UPDATE_ACT, { id: murmansk.id, input: { amendments: [...next, { number: "1" }] } });
    expect(bad.data.legalActUpdate.userErrors).toEqual([expect.objectContaining({ code: "REQUIRED", field: ["input", "amendments", "14", "date"] })]);
    const ok = await h.gql(UPDATE_ACT, { id: murmansk.id, input: { amendments: next, editionDate: "2021-02-10", title: null } });
    expectNoErrors(ok, "legalActUpdate");
    expect(ok.data.legalActUpdate.legalAct.amendments).toHaveLength(14);
    expect(ok.data.legalActUpdate.legalAct).toMatchObject({ editionDate: "2021-02-10", number: "612", title: null });
  });
});

describe("a real standard, entered element by element", () => {
  let content: StandardContent;
  beforeAll(async () => {
    fz63Id = (await createLegalAct(h, { number: "63-ФЗ", date: "2011-04-06", title: "Об электронной подписи" })).id;
    murmansk ??= await registerAct(MURMANSK_612);
    content = await realContent({ murmansk: murmansk.id, fz63: fz63Id });
  });

  it("holds every value and the regulation's own words exactly (with «[...]» cuts and line breaks), and is complete", async () => {
    const service = await createService(h);
    const res = await h.gql(
      `mutation($id: ID!, $input: StandardContentInput!, $rev: Int!) {
        standardDraftUpdate(id: $id, input: $input, expectedRevision: $rev) {
          standardVersion { content { ${CONTENT} } completeness { complete issues { rule severity path } } }
          userErrors { code field message }
        }
      }`,
      { id: service.draft.id, input: content, rev: service.draft.revision },
    );
    expectNoErrors(res, "standardDraftUpdate");
    const version = res.data.standardDraftUpdate.standardVersion;
    // every field given is read back as given (a field not given reads as null)
    expect(normalizeContent(version.content)).toEqual(normalizeContent(content));
    expect(version.content.acceptanceRefusalGrounds.wording[0].text).toBe(MURMANSK_ACCEPTANCE_TEXT);
    expect(version.completeness.issues.filter((i: any) => i.severity === "ERROR")).toEqual([]);
    expect(version.completeness.complete).toBe(true);

    // an auditor reads the structure beside the words, with the source act resolved
    const read = await h.gql(
      `query($id: ID!) { standardVersion(id: $id) { content { acceptanceRefusalGrounds { items { text channels } wording { clause text url act { number title editionDate } } } } } }`,
      { id: service.draft.id },
    );
    expect(read.data.standardVersion.content.acceptanceRefusalGrounds).toEqual({
      items: [{ text: MURMANSK_SIGNATURE_GROUND, channels: ["EPGU"] }],
      wording: [{ clause: "пп. 2.7.1, 2.7.2", text: MURMANSK_ACCEPTANCE_TEXT, url: SOURCES.murmanskJkh.url, act: { number: "612", title: null, editionDate: expect.any(String) } }],
    });
  });

  it("a single registration term for every channel needs no channel and no start event; adding a channel later needs no new term", async () => {
    const report = await validate({ ...content, submissionChannels: { channels: ["IN_PERSON", "MFC", "EPGU", "POST"] } });
    expect(report.issues.filter((i) => i.element === "ART14_1_11")).toEqual([]);
  });

  describe("planted defects are reported on their element with their severity, and nothing else", () => {
    it("a provider id that does not exist (the dry run checks references like the update)", async () => {
      const garbage = Buffer.from("Authority:00000000-0000-4000-8000-000000000000").toString("base64url");
      for (const id of [garbage, "garbage"]) {
        expect(await plantedIssues(content, (c) => (c.provider.authorityId = id))).toEqual([
          expect.objectContaining({ rule: "REFERENCE_NOT_FOUND", element: "ART14_1_2", severity: "ERROR", path: ["provider", "authorityId"] }),
        ]);
      }
      const update = await h.gql(UPDATE, { id: (await createService(h)).draft.id, input: { provider: { authorityId: garbage } }, rev: 1 });
      expect(update.data.standardDraftUpdate.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["input", "provider", "authorityId"] })]);
    });

    it("an act id that does not exist, in a document's legal basis", async () => {
      const garbage = Buffer.from("LegalAct:00000000-0000-4000-8000-000000000000").toString("base64url");
      expect(
        await plantedIssues(content, (c) => (c.documents.applicantDocuments.items[0].legalBases = [{ key: "ref-x", actId: garbage }])),
      ).toEqual([expect.objectContaining({ rule: "REFERENCE_NOT_FOUND", element: "ART14_1_6", severity: "ERROR", path: ["documents", "applicantDocuments", "items", "doc-request", "legalBases", "ref-x", "actId"] })]);
    });

    it("refusal grounds without a negative result among the results", async () => {
      expect(await plantedIssues(content, (c) => (c.results.items = c.results.items.filter((r: any) => r.positive !== false)))).toEqual([
        expect.objectContaining({ rule: "RESULTS_REFUSAL_OUTCOME_MISSING", element: "ART14_1_3", severity: "ERROR", path: ["results", "items"] }),
      ]);
    });

    it("two different registration terms for one channel", async () => {
      expect(await plantedIssues(content, (c) => c.registrationTerms.items.push({ key: "reg-epgu-a", channel: "EPGU", sameDay: true }, { key: "reg-epgu-b", channel: "EPGU", term: { value: 3, unit: "WORKING_DAYS" } }))).toEqual([
        expect.objectContaining({ rule: "REGISTRATION_TERM_CONFLICT", element: "ART14_1_11", severity: "ERROR", path: ["registrationTerms", "items", "reg-epgu-b"] }),
      ]);
    });

    it("a state duty resting on a regional act", async () => {
      const nk2 = await createLegalAct(h, { type: "CODE", number: "117-ФЗ", date: "2000-08-05", title: null });
      const regional = await createLegalAct(h, { type: "REGIONAL_ACT", issuer: "Правительство области", title: "О плате" });
      const duty = (bases: unknown[]) => ({
        free: false,
        items: [{ key: "duty", kind: "STATE_DUTY", name: "Государственная пошлина", amountBases: [{ key: "nk", actId: nk2.id, article: "333.33" }], paymentMethods: ["BANK_TRANSFER"], legalBases: bases }],
      });
      const paid = { ...content, fee: duty([]) } as StandardContent;
      expect((await validate(paid)).issues.filter((i) => i.element === "ART14_1_9" || i.element === "ART14_2_3")).toEqual([]);
      expect(await plantedIssues(paid, (c) => (c.fee = duty([{ key: "reg", actId: regional.id, article: "3" }])))).toEqual(
        expect.arrayContaining([expect.objectContaining({ rule: "FEE_STATE_DUTY_BASIS_NOT_TAX_CODE", element: "ART14_1_9", severity: "ERROR", path: ["fee", "items", "duty", "legalBases", "reg", "actId"] })]),
      );
    });

    it("a catch-all among the documents; the standard wording of an identity document is not one", async () => {
      const doc = (key: string, name: string) => ({ key, name, form: "ORIGINAL_FOR_INSPECTION", legalBases: [{ key: `ref-${key}`, actId: fz63Id, article: "2" }] });
      expect(await plantedIssues(content, (c) => c.documents.applicantDocuments.items.push(doc("doc-passport", "Паспорт или иной документ, удостоверяющий личность")))).toEqual([]);
      expect(await plantedIssues(content, (c) => c.documents.applicantDocuments.items.push({ ...doc("doc-other", "прочие документы"), legalBases: [{ key: "r", actId: fz63Id }] }))).toEqual([
        expect.objectContaining({ rule: "EXHAUSTIVE_LIST_CATCH_ALL", element: "ART14_1_6", severity: "ERROR", path: ["documents", "applicantDocuments", "items", "doc-other", "name"] }),
      ]);
    });
  });

  it("a state duty «in the amount set by» the norm, without a number, is a complete statement of the amount", async () => {
    nk = await registerAct({ type: "CODE", issuer: "Государственная Дума", number: "117-ФЗ", date: "2000-08-05", title: "Налоговый кодекс Российской Федерации (часть вторая)" });
    const paid = {
      ...content,
      fee: {
        free: false,
        wording: [{ key: "w-duty", clause: "пп. 38, 39", text: AIRCRAFT_DUTY_TEXT, url: SOURCES.aircraftDuty.url }],
        items: [
          {
            key: "duty-aircraft",
            kind: "STATE_DUTY",
            name: "Государственная пошлина за государственную регистрацию воздушного судна",
            amountBases: [{ key: "nk-333-33", actId: nk.id, article: "333.33" }],
            // the regulation does not say how it is paid: an illustration, so that the fee is complete
            paymentMethods: ["BANK_TRANSFER"],
          },
        ],
      },
    };
    const report = await validate(paid);
    expect(report.issues.filter((i) => i.element === "ART14_1_9" || i.element === "ART14_2_3")).toEqual([]);
    expect(report.complete).toBe(true);
  });
});

describe("diffs of real amendments list exactly the real changes", () => {
  const CHANGES = `query($id: ID!) { standardVersion(id: $id) { changesFromPrevious { element kind path summary } } }`;

  async function edit(draftId: string, revision: number, input: unknown) {
    const res = await h.gql(UPDATE, { id: draftId, input, rev: revision });
    expectNoErrors(res, "standardDraftUpdate");
    return res.data.standardDraftUpdate.standardVersion;
  }

  async function publish(draftId: string, effectiveFrom: string, actId: string) {
    expectNoErrors(await h.gql(SUBMIT, { id: draftId }), "standardDraftSubmit");
    expectNoErrors(await h.gql(PUBLISH, { id: draftId, input: { effectiveFrom, approvingActId: actId, changeNote: "Изменения" } }), "standardVersionPublish");
  }

  it("the state duty for registering a marriage, 200 → 350 рублей by Federal Law 21.07.2014 № 221-ФЗ; then a channel added and the queue shortened", async () => {
    murmansk ??= await registerAct(MURMANSK_612);
    fz63Id ??= (await createLegalAct(h, { number: "63-ФЗ", date: "2011-04-06", title: "Об электронной подписи" })).id;
    nk ??= await registerAct({ type: "CODE", issuer: "Государственная Дума", number: "117-ФЗ", date: "2000-08-05", title: "Налоговый кодекс Российской Федерации (часть вторая)" });
    const fz221 = await registerAct({ type: "FEDERAL_LAW", issuer: "Государственная Дума", number: "221-ФЗ", date: "2014-07-21" });
    const authority = await createAuthority(h, { name: "Управление записи актов гражданского состояния области", level: "REGIONAL" });
    const base = await realContent({ murmansk: murmansk.id, fz63: fz63Id }, authority.id);
    // подп. 1 п. 1 ст. 333.26 НК РФ before and after 01.01.2015 (as read for the seed SEED-66-ZAGS-BRAK, see its sources)
    const fee = (amount: string, text: string) => ({
      free: false,
      wording: [{ key: "w-duty", clause: "подп. 1 п. 1 ст. 333.26", text, actId: nk.id }],
      items: [
        {
          key: "duty-marriage",
          kind: "STATE_DUTY",
          name: "Государственная пошлина за государственную регистрацию заключения брака",
          amount,
          amountBases: [{ key: "nk-333-26", actId: nk.id, article: "333.26", item: "1", subitem: "1" }],
          paymentMethods: ["BANK_TRANSFER", "EPGU_ONLINE"],
          timing: "BEFORE_SUBMISSION",
        },
      ],
    });
    const v1 = { ...base, submissionChannels: { channels: ["IN_PERSON", "MFC", "EPGU"] }, fee: fee("200.00", "1) за государственную регистрацию заключения брака, включая выдачу свидетельства, - 200 рублей;") };
    const service = await createService(h, { authorityId: authority.id, kind: "UNIFIED" });
    const approving = await registerAct({ type: "FEDERAL_BODY_ACT", issuer: "Министерство юстиции Российской Федерации", number: "412", date: "2011-11-29" });
    await edit(service.draft.id, service.draft.revision, v1);
    await publish(service.draft.id, "2014-01-01", approving.id);

    // the amendment of the Tax Code: the amount and the wording of the norm, nothing else
    const draft2 = (await h.gql(DRAFT_CREATE, { serviceId: service.id })).data.standardDraftCreate.standardVersion;
    await edit(draft2.id, draft2.revision, { fee: fee("350.00", "1) за государственную регистрацию заключения брака, включая выдачу свидетельства, - 350 рублей;") });
    const changes2 = (await h.gql(CHANGES, { id: draft2.id })).data.standardVersion.changesFromPrevious;
    expect(changes2.map((c: any) => ({ element: c.element, kind: c.kind, path: c.path })).sort((a: any, b: any) => a.path.join("/").localeCompare(b.path.join("/")))).toEqual([
      { element: "ART14_1_9", kind: "CHANGED", path: ["fee", "items", "duty-marriage"] },
      { element: "ART14_1_9", kind: "CHANGED", path: ["fee", "wording", "w-duty"] },
    ]);
    expect(changes2.find((c: any) => c.path.includes("items")).summary).toMatch(/200.*350/);
    await publish(draft2.id, "2015-01-01", fz221.id);

    // the Tax Code's record keeps the amending law in its history
    const nkUpdated = await h.gql(`mutation($id: ID!, $input: LegalActUpdateInput!) { legalActUpdate(id: $id, input: $input) { legalAct { amendments { type number date } } userErrors { code field } } }`, {
      id: nk.id,
      input: { amendments: [{ type: "FEDERAL_LAW", issuer: "Государственная Дума", number: "221-ФЗ", date: "2014-07-21" }] },
    });
    expect(nkUpdated.data.legalActUpdate.legalAct.amendments).toEqual([{ type: "FEDERAL_LAW", number: "221-ФЗ", date: "2014-07-21" }]);

    // a channel added under the one registration term for all channels, and one queue time for both waits shortened
    const draft3 = (await h.gql(DRAFT_CREATE, { serviceId: service.id })).data.standardDraftCreate.standardVersion;
    await edit(draft3.id, draft3.revision, { submissionChannels: { channels: ["IN_PERSON", "MFC", "EPGU", "POST"] }, queueTime: { ...v1.queueTime, commonMinutes: 10 } });
    const changes3 = (await h.gql(CHANGES, { id: draft3.id })).data.standardVersion.changesFromPrevious;
    expect(changes3.map((c: any) => ({ element: c.element, kind: c.kind, path: c.path }))).toEqual(
      expect.arrayContaining([
        { element: "ART14_1_10", kind: "CHANGED", path: ["queueTime", "commonMinutes"] },
        { element: "ART14_2_2", kind: "ADDED", path: ["submissionChannels", "channels", "POST"] },
      ]),
    );
    expect(changes3).toHaveLength(2);
  });
});

describe("providers the law names as a class, and delegated powers: representable and searchable", () => {
  it("finds a service by the class of its provider, and by the level of the delegated power it exercises", async () => {
    murmansk ??= await registerAct(MURMANSK_612);
    fz63Id ??= (await createLegalAct(h, { number: "63-ФЗ", date: "2011-04-06", title: "Об электронной подписи" })).id;
    const fz209 = await registerAct({ type: "FEDERAL_LAW", issuer: "Государственная Дума", number: "209-ФЗ", date: "2009-07-24" });
    const approving = await registerAct({ type: "REGIONAL_ACT", issuer: "Правительство Республики Саха (Якутия)", number: "1", date: "2011-01-01" });

    const publishWith = async (name: string, provider: (c: any) => Record<string, unknown>, extra: Record<string, unknown> = {}) => {
      const authority = await createAuthority(h, { level: "REGIONAL" });
      const c = (await realContent({ murmansk: murmansk.id, fz63: fz63Id }, authority.id)) as any;
      c.name = { ...c.name, fullName: name, shortName: null, keywords: null };
      c.provider = provider(c);
      Object.assign(c, extra);
      const service = await createService(h, { authorityId: authority.id, kind: "UNIFIED", name });
      await edit(service.draft.id, service.draft.revision, c);
      expectNoErrors(await h.gql(SUBMIT, { id: service.draft.id }), "standardDraftSubmit");
      expectNoErrors(await h.gql(PUBLISH, { id: service.draft.id, input: { effectiveFrom: "2020-01-01", approvingActId: approving.id } }), "standardVersionPublish");
      return service;
    };
    const edit = async (id: string, rev: number, input: unknown) => expectNoErrors(await h.gql(UPDATE, { id, input, rev }), "standardDraftUpdate");

    const camp = await publishWith("Отдых и оздоровление детей и подростков в каникулярное время", (c) => ({
      ...c.provider,
      authorityId: null,
      providerClass: "образовательные организации Тейковского муниципального района",
      wording: [{ key: "w-provider", clause: "п. 1.1", text: TEYKOVO_PROVIDER_TEXT, url: SOURCES.teykovoProvider.url }],
    }));
    const hunting = await publishWith(YAKUTIA_NAME, (c) => ({
      ...c.provider,
      delegatedFrom: "FEDERAL",
      delegationBases: [{ key: "ref-209-33", actId: fz209.id, article: "33" }],
    }));

    const search = await h.gql(`{ services(first: 10, search: "образовательные организации") { edges { node { id } } } }`);
    expect(search.data.services.edges.map((e: any) => e.node.id)).toContain(camp.id);

    const delegated = await h.gql(`{ services(first: 50, filter: { delegatedFrom: FEDERAL }) { edges { node { id current { content { provider { delegatedFrom delegationBases { article act { number } } } } } } } } }`);
    const ids = delegated.data.services.edges.map((e: any) => e.node.id);
    expect(ids).toContain(hunting.id);
    expect(ids).not.toContain(camp.id);
    expect(delegated.data.services.edges.find((e: any) => e.node.id === hunting.id).node.current.content.provider).toEqual({
      delegatedFrom: "FEDERAL",
      delegationBases: [{ article: "33", act: { number: "209-ФЗ" } }],
    });
  });
});
