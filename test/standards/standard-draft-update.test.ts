import type { GraphQLSchema } from "graphql";
import { startHarness, type Harness } from "../support/harness";
import { createAuthority, createLegalAct, createService } from "../support/factories";
import { fullContent, fullSelection } from "../support/content-builder";
import { getSchema } from "../../src/schema";

let h: Harness;
let schema: GraphQLSchema;
let CONTENT: string;
beforeAll(async () => {
  h = await startHarness();
  schema = await getSchema();
  CONTENT = fullSelection(schema, "StandardContent");
});
afterAll(() => h.close());

const update = (content: string) => `
  mutation($id: ID!, $input: StandardContentInput!, $rev: Int!) {
    standardDraftUpdate(id: $id, input: $input, expectedRevision: $rev) {
      standardVersion { id revision contentHash content { ${content} } }
      userErrors { code field message }
    }
  }`;

async function draftOf() {
  const service = await createService(h);
  return service.draft;
}

describe("standardDraftUpdate", () => {
  it("round-trips a standard with every element and every field filled exactly", async () => {
    const act = await createLegalAct(h);
    const authority = await createAuthority(h);
    const draft = await draftOf();
    const input = fullContent(schema, { actId: act.id, authorityId: authority.id });
    const res = await h.gql(update(CONTENT), { id: draft.id, input, rev: draft.revision });
    expect(res.errors).toBeUndefined();
    expect(res.data.standardDraftUpdate.userErrors).toEqual([]);
    expect(res.data.standardDraftUpdate.standardVersion.content).toEqual(input);
    expect(res.data.standardDraftUpdate.standardVersion.revision).toBe(draft.revision + 1);

    const read = await h.gql(`query($id: ID!) { standardVersion(id: $id) { content { ${CONTENT} } } }`, { id: draft.id });
    expect(read.data.standardVersion.content).toEqual(input);
  });

  it("resolves references in the content to records", async () => {
    const act = await createLegalAct(h, { title: "Градостроительный кодекс Российской Федерации", type: "CODE" });
    const holder = await createAuthority(h, { name: "Управление Росреестра по городу", level: "FEDERAL" });
    const draft = await draftOf();
    const res = await h.gql(
      update(`documents { interagencyDocuments { items { key holderAuthorityId holderAuthority { id name } legalBases { actId article act { id title federal } } } } }`),
      {
        id: draft.id,
        rev: draft.revision,
        input: {
          documents: {
            interagencyDocuments: {
              items: [{ name: "Выписка из ЕГРН", holderAuthorityId: holder.id, legalBases: [{ actId: act.id, article: "51", part: "7" }] }],
            },
          },
        },
      },
    );
    const item = res.data.standardDraftUpdate.standardVersion.content.documents.interagencyDocuments.items[0];
    expect(item.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(item.holderAuthority).toEqual({ id: holder.id, name: "Управление Росреестра по городу" });
    expect(item.legalBases[0]).toMatchObject({ actId: act.id, article: "51", act: { id: act.id, federal: true } });
  });

  it("replaces only the sections present; null clears a section; keys are kept", async () => {
    const draft = await draftOf();
    const first = await h.gql(update("term { value unit } fee { free } results { items { key name } }"), {
      id: draft.id,
      rev: 1,
      input: { term: { value: 30, unit: "CALENDAR_DAYS" }, fee: { free: true }, results: { items: [{ name: "Разрешение" }] } },
    });
    const key = first.data.standardDraftUpdate.standardVersion.content.results.items[0].key;
    const second = await h.gql(update("name { fullName } term { value unit } fee { free } results { items { key name } }"), {
      id: draft.id,
      rev: 2,
      input: { term: { value: 20, unit: "WORKING_DAYS" }, fee: null, results: { items: [{ key, name: "Разрешение на строительство" }] } },
    });
    const content = second.data.standardDraftUpdate.standardVersion.content;
    expect(content.term).toEqual({ value: 20, unit: "WORKING_DAYS" });
    expect(content.fee).toBeNull();
    expect(content.results.items).toEqual([{ key, name: "Разрешение на строительство" }]);
    expect(content.name.fullName).toBeTruthy(); // untouched section kept
    expect(second.data.standardDraftUpdate.standardVersion.revision).toBe(3);
  });

  it("normalises money to two decimals", async () => {
    const draft = await draftOf();
    const res = await h.gql(update("fee { items { amount } }"), {
      id: draft.id,
      rev: 1,
      input: { fee: { free: false, items: [{ amount: "350" }, { amount: 0.5 }, { amount: "1200.5" }] } },
    });
    expect(res.data.standardDraftUpdate.standardVersion.content.fee.items.map((i: { amount: string }) => i.amount)).toEqual(["350.00", "0.50", "1200.50"]);
  });
});
