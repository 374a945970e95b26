import { startHarness, unique, type Harness } from "./support/harness";
import { createAuthority, createLegalAct, createService } from "./support/factories";
import { toGlobalId } from "../src/shared/relay/global-id";

/**
 * Every mutation validates its input. Each case asserts the code and the field path
 * and that the stored data is exactly as before (rows compared in full).
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const DRAFT_UPDATE = `
  mutation($id: ID!, $input: StandardContentInput!, $rev: Int!) {
    standardDraftUpdate(id: $id, input: $input, expectedRevision: $rev) { standardVersion { id } userErrors { code field message } }
  }`;

const snapshot = async (table: string, where: string, params: unknown[]) => h.ds.query(`SELECT * FROM ${table} WHERE ${where} ORDER BY id`, params);
const missingAct = toGlobalId("LegalAct", "00000000-0000-4000-8000-000000000000");
const missingAuthority = toGlobalId("Authority", "00000000-0000-4000-8000-000000000000");

describe("standardDraftUpdate with bad input", () => {
  const cases: [string, Record<string, unknown>, string, string[]][] = [
    ["a negative term", { term: { value: -5, unit: "WORKING_DAYS" } }, "OUT_OF_RANGE", ["input", "term", "value"]],
    ["a negative queue time", { queueTime: { submissionMinutes: -1 } }, "OUT_OF_RANGE", ["input", "queueTime", "submissionMinutes"]],
    ["an amount with 3 decimals", { fee: { items: [{ amount: "10.555" }] } }, "INVALID", ["input", "fee", "items", "0", "amount"]],
    ["a negative amount", { fee: { items: [{ amount: "-10" }] } }, "INVALID", ["input", "fee", "items", "0", "amount"]],
    ["an amount that is not a number", { fee: { items: [{ amount: "сто рублей" }] } }, "INVALID", ["input", "fee", "items", "0", "amount"]],
    ["a name over the length limit", { name: { fullName: "я".repeat(2001) } }, "TOO_LONG", ["input", "name", "fullName"]],
    ["a list over the size limit", { indicators: { items: Array.from({ length: 51 }, (_, i) => ({ name: `п${i}` })) } }, "TOO_LONG", ["input", "indicators", "items"]],
    ["an unknown legal act", { term: { value: 5, legalBases: [{ actId: missingAct }] } }, "NOT_FOUND", ["input", "term", "legalBases", "0", "actId"]],
    ["a malformed act id", { term: { value: 5, legalBases: [{ actId: "not-an-id" }] } }, "INVALID_ID", ["input", "term", "legalBases", "0", "actId"]],
    ["an id of another type as act", { term: { legalBases: [{ actId: missingAuthority }] } }, "INVALID_ID", ["input", "term", "legalBases", "0", "actId"]],
    ["an unknown holder authority", { documents: { interagencyDocuments: { items: [{ name: "Выписка", holderAuthorityId: missingAuthority }] } } }, "NOT_FOUND", ["input", "documents", "interagencyDocuments", "items", "0", "holderAuthorityId"]],
    ["two items with one key", { results: { items: [{ key: "r1", name: "А" }, { key: "r1", name: "Б" }] } }, "DUPLICATE_KEY", ["input", "results", "items", "1", "key"]],
    ["a malformed item key", { results: { items: [{ key: "ключ с пробелом", name: "А" }] } }, "INVALID", ["input", "results", "items", "0", "key"]],
    ["repeated channels", { submissionChannels: { channels: ["MFC", "MFC"] } }, "INVALID", ["input", "submissionChannels", "channels"]],
    ["too many copies", { documents: { applicantDocuments: { items: [{ name: "Заявление", copies: 0 }] } } }, "OUT_OF_RANGE", ["input", "documents", "applicantDocuments", "items", "0", "copies"]],
  ];

  it.each(cases)("rejects %s with a user error and changes nothing", async (_title, input, code, field) => {
    const { draft } = await createService(h);
    const before = await snapshot("standard_version", "id = $1", [await uuidOf(draft.id)]);
    const res = await h.gql(DRAFT_UPDATE, { id: draft.id, input, rev: draft.revision });
    expect(res.errors).toBeUndefined();
    expect(res.data.standardDraftUpdate.standardVersion).toBeNull();
    expect(res.data.standardDraftUpdate.userErrors).toContainEqual({ code, field, message: expect.any(String) });
    for (const e of res.data.standardDraftUpdate.userErrors) expect(e.message).toMatch(/[а-яё]/i);
    expect(await snapshot("standard_version", "id = $1", [await uuidOf(draft.id)])).toEqual(before);
  });

  const typeCases: [string, Record<string, unknown>, string[]][] = [
    ["an unknown enum value", { term: { value: 5, unit: "DAYS" } }, ["input", "term", "unit"]],
    ["a string where a number is expected", { term: { value: "пять" } }, ["input", "term", "value"]],
    ["an unknown field", { term: { value: 5, days: 3 } }, ["input", "term", "days"]],
    ["a fractional term", { term: { value: 2.5 } }, ["input", "term", "value"]],
  ];

  it.each(typeCases)("rejects %s (GraphQL type check) with a Russian message, code and field, changing nothing", async (_title, input, field) => {
    const { draft } = await createService(h);
    const before = await snapshot("standard_version", "id = $1", [await uuidOf(draft.id)]);
    const res = await h.gql(DRAFT_UPDATE, { id: draft.id, input, rev: draft.revision });
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(res.errors![0].message).toMatch(/^Некорректный запрос/);
    expect(await snapshot("standard_version", "id = $1", [await uuidOf(draft.id)])).toEqual(before);
  });

  it("rejects a stale revision with STALE_REVISION and keeps the newer content", async () => {
    const { draft } = await createService(h);
    const ok = await h.gql(DRAFT_UPDATE, { id: draft.id, input: { term: { value: 10 } }, rev: 1 });
    expect(ok.data.standardDraftUpdate.userErrors).toEqual([]);
    const before = await snapshot("standard_version", "id = $1", [await uuidOf(draft.id)]);
    const stale = await h.gql(DRAFT_UPDATE, { id: draft.id, input: { term: { value: 99 } }, rev: 1 });
    expect(stale.data.standardDraftUpdate.userErrors).toEqual([{ code: "STALE_REVISION", field: ["expectedRevision"], message: expect.stringMatching(/ревизия 2/) }]);
    expect(await snapshot("standard_version", "id = $1", [await uuidOf(draft.id)])).toEqual(before);
  });

  it("rejects a malformed or unknown draft id", async () => {
    const malformed = await h.gql(DRAFT_UPDATE, { id: "xyz", input: {}, rev: 1 });
    expect(malformed.data.standardDraftUpdate.userErrors).toEqual([{ code: "INVALID_ID", field: ["id"], message: expect.any(String) }]);
    const unknown = await h.gql(DRAFT_UPDATE, { id: toGlobalId("StandardVersion", "00000000-0000-4000-8000-000000000000"), input: {}, rev: 1 });
    expect(unknown.data.standardDraftUpdate.userErrors).toEqual([{ code: "NOT_FOUND", field: ["id"], message: expect.any(String) }]);
    const otherType = await h.gql(DRAFT_UPDATE, { id: missingAuthority, input: {}, rev: 1 });
    expect(otherType.data.standardDraftUpdate.userErrors[0].code).toBe("INVALID_ID");
  });

  it("reports all violations at once", async () => {
    const { draft } = await createService(h);
    const res = await h.gql(DRAFT_UPDATE, { id: draft.id, input: { term: { value: -1 }, queueTime: { resultMinutes: 5000 } }, rev: 1 });
    expect(res.data.standardDraftUpdate.userErrors.map((e: { field: string[] }) => e.field.join("."))).toEqual(
      expect.arrayContaining(["input.term.value", "input.queueTime.resultMinutes"]),
    );
  });
});

async function uuidOf(globalId: string): Promise<string> {
  return Buffer.from(globalId, "base64url").toString("utf8").split(":")[1];
}

describe("authorityCreate / authorityUpdate with bad input", () => {
  const CREATE = `mutation($input: AuthorityInput!) { authorityCreate(input: $input) { authority { id } userErrors { code field message } } }`;
  const UPDATE = `mutation($id: ID!, $input: AuthorityUpdateInput!) { authorityUpdate(id: $id, input: $input) { authority { id } userErrors { code field message } } }`;

  it.each([
    ["a blank name", { name: "   ", level: "MUNICIPAL" }, "REQUIRED", ["input", "name"]],
    ["a malformed OKTMO", { name: "Орган", level: "MUNICIPAL", oktmo: "12AB" }, "INVALID", ["input", "oktmo"]],
    ["an unknown parent", { name: "Орган", level: "MUNICIPAL", parentId: missingAuthority }, "NOT_FOUND", ["input", "parentId"]],
    ["a malformed parent id", { name: "Орган", level: "MUNICIPAL", parentId: "123" }, "INVALID_ID", ["input", "parentId"]],
    ["a name over the limit", { name: "я".repeat(1001), level: "MUNICIPAL" }, "TOO_LONG", ["input", "name"]],
  ])("create rejects %s and stores nothing", async (_t, input, code, field) => {
    const marker = unique("Орган-");
    const res = await h.gql(CREATE, { input: { ...input, shortName: marker } });
    expect(res.data.authorityCreate).toEqual({ authority: null, userErrors: expect.arrayContaining([{ code, field, message: expect.any(String) }]) });
    expect(await snapshot("authority", "short_name = $1", [marker])).toEqual([]);
  });

  it.each([
    ["a missing name", { level: "MUNICIPAL" }, "name"],
    ["a missing level", { name: "Орган" }, "level"],
  ])("create requires by its type what it cannot do without: %s is refused before execution, and nothing is stored", async (_t, input, name) => {
    const marker = unique("Орган-");
    const res = await h.gql(CREATE, { input: { ...input, shortName: marker } });
    expect(res.data).toBeUndefined();
    expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(res.errors![0].message).toMatch(new RegExp(`обязательное поле «${name}»`));
    expect(await snapshot("authority", "short_name = $1", [marker])).toEqual([]);
  });

  it("update rejects a cycle, a blank name and an unknown id, changing nothing", async () => {
    const parent = await createAuthority(h);
    const child = await createAuthority(h, { parentId: parent.id });
    const before = await snapshot("authority", "id IN ($1, $2)", [await uuidOf(parent.id), await uuidOf(child.id)]);
    const cycle = await h.gql(UPDATE, { id: parent.id, input: { parentId: child.id } });
    expect(cycle.data.authorityUpdate.userErrors).toEqual([{ code: "INVALID", field: ["input", "parentId"], message: expect.any(String) }]);
    const blank = await h.gql(UPDATE, { id: child.id, input: { name: "" } });
    expect(blank.data.authorityUpdate.userErrors[0]).toMatchObject({ code: "REQUIRED", field: ["input", "name"] });
    const unknown = await h.gql(UPDATE, { id: missingAuthority, input: { name: "X" } });
    expect(unknown.data.authorityUpdate.userErrors[0]).toMatchObject({ code: "NOT_FOUND", field: ["id"] });
    expect(await snapshot("authority", "id IN ($1, $2)", [await uuidOf(parent.id), await uuidOf(child.id)])).toEqual(before);
  });
});

describe("legalActCreate with bad input", () => {
  const CREATE = `mutation($input: LegalActInput!) { legalActCreate(input: $input) { legalAct { id } userErrors { code field message } } }`;
  const valid = () => ({ type: "FEDERAL_LAW", issuer: "Государственная Дума", number: unique("N"), date: "2020-01-01", title: "Закон" });

  it.each([
    ["a blank number", { number: "  " }, "REQUIRED", ["input", "number"]],
    ["a link that is not http(s)", { url: "ftp://example.org/x" }, "INVALID", ["input", "url"]],
    ["a title over the limit", { title: "я".repeat(2001) }, "TOO_LONG", ["input", "title"]],
  ])("rejects %s and stores nothing", async (_t, override, code, field) => {
    const input = { ...valid(), ...override };
    const res = await h.gql(CREATE, { input });
    expect(res.data.legalActCreate).toEqual({ legalAct: null, userErrors: expect.arrayContaining([{ code, field, message: expect.any(String) }]) });
    expect(await snapshot("legal_act", "number = $1", [input.number])).toEqual([]);
  });

  it.each([
    ["issuer", { issuer: null }],
    ["type", { type: null }],
  ])("requires %s by its type: refused before execution, nothing stored", async (name, override) => {
    const input = { ...valid(), ...override };
    const res = await h.gql(CREATE, { input });
    expect(res.data).toBeUndefined();
    expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(res.errors![0].message).toMatch(new RegExp(name));
    expect(await snapshot("legal_act", "number = $1", [input.number])).toEqual([]);
  });

  it("rejects an impossible date at the type level", async () => {
    const input = { ...valid(), date: "2020-02-30" };
    const res = await h.gql(CREATE, { input });
    expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "date"] });
    expect(await snapshot("legal_act", "number = $1", [input.number])).toEqual([]);
  });

  it("returns the registered act for a duplicate instead of a second copy", async () => {
    const input = valid();
    const act = await createLegalAct(h, input);
    const res = await h.gql(CREATE, { input });
    expect(res.data.legalActCreate).toEqual({ legalAct: { id: act.id }, userErrors: [] });
    expect(await snapshot("legal_act", "number = $1", [input.number])).toHaveLength(1);
  });
});

describe("serviceCreate with bad input", () => {
  const CREATE = `mutation($input: ServiceCreateInput!) { serviceCreate(input: $input) { service { id } userErrors { code field message } } }`;

  it.each([
    ["an unknown authority", { authorityId: missingAuthority }, "NOT_FOUND", ["input", "authorityId"]],
    ["a malformed authority id", { authorityId: "abc" }, "INVALID_ID", ["input", "authorityId"]],
    ["a blank name", { name: " " }, "REQUIRED", ["input", "name"]],
    ["a registry number with spaces", { registryNumber: "12 34" }, "INVALID", ["input", "registryNumber"]],
  ])("rejects %s and stores nothing", async (_t, override, code, field) => {
    const authority = await createAuthority(h);
    const name = unique("Услуга-");
    const res = await h.gql(CREATE, { input: { registryNumber: unique("S"), name, authorityId: authority.id, ...override } });
    expect(res.data.serviceCreate).toEqual({ service: null, userErrors: expect.arrayContaining([{ code, field, message: expect.any(String) }]) });
    expect(await snapshot("service", "name = $1", [name])).toEqual([]);
  });

  it.each([
    ["name", { name: null }],
    ["registryNumber", { registryNumber: null }],
    ["authorityId", { authorityId: undefined }],
  ])("requires %s by its type: refused before execution, nothing stored", async (field, override) => {
    const authority = await createAuthority(h);
    const registryNumber = unique("S");
    const res = await h.gql(CREATE, { input: { registryNumber, name: unique("Услуга-"), authorityId: authority.id, ...override } });
    expect(res.data).toBeUndefined();
    expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(res.errors![0].message).toMatch(new RegExp(field));
    expect(await snapshot("service", "registry_number = $1", [override.registryNumber === null ? "—" : registryNumber])).toEqual([]);
  });
});
