import { getNamedType, isObjectType } from "graphql";
import { startHarness, unique, type Harness } from "../support/harness";
import { createLegalAct, createService } from "../support/factories";
import { draftInReview } from "../support/standards";
import { getSchema } from "../../src/schema";

/**
 * Input that used to reach PostgreSQL and come back as INTERNAL_SERVER_ERROR: forged
 * cursors, NUL characters, lone surrogates, unstorable dates, unbounded texts. Each is a
 * user error with a Russian message, and nothing is stored.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const uuidOf = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1];
const snapshot = (id: string) => h.ds.query("SELECT * FROM standard_version WHERE id = $1", [uuidOf(id)]);

function expectUserInput(res: { data?: any; errors?: any[] }, field: string[]) {
  expect(res.errors?.map((e) => e.extensions.code)).toEqual(["BAD_USER_INPUT"]);
  expect(res.errors![0].extensions.field).toEqual(field);
  expect(res.errors![0].message).toMatch(/[а-яё]{3}/i);
}

describe("forged cursors, on every connection", () => {
  // a draft in review (complete content), so that the review queue has an item and a cursor
  let reviewAuthority = "";
  beforeAll(async () => {
    reviewAuthority = (await draftInReview(h)).authority.id;
  });

  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
  const forged = (genuine: string) => [
    "abc",
    "",
    b64(["x", "not-a-uuid"]),
    b64([1e308, "00000000-0000-4000-8000-000000000000"]),
    b64(["\u0000"]),
    `${b64(["Я", "00000000-0000-4000-8000-000000000000"])}.${"A".repeat(22)}`,
    `${genuine.split(".")[0].slice(0, -2)}AA.${genuine.split(".")[1]}`,
    `${genuine}.x`,
    "x".repeat(10_000),
  ];

  it("lists every connection of the schema (so a new one is covered)", async () => {
    const schema = await getSchema();
    const connections = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) => Object.values(type.getFields()).filter((f) => getNamedType(f.type).name.endsWith("Connection")).map((f) => `${type.name}.${f.name}`));
    expect(connections.sort()).toEqual(Object.keys(CONNECTIONS).sort());
  });

  const CONNECTIONS: Record<string, (c: string, dir: "after" | "before") => string> = {
    "Query.auditLog": (c, dir) => `{ auditLog(first: 2, ${dir}: ${JSON.stringify(c)}) { edges { cursor } } }`,
    "Query.authorities": (c, dir) => `{ authorities(first: 2, ${dir}: ${JSON.stringify(c)}) { edges { cursor } } }`,
    "Query.legalActs": (c, dir) => `{ legalActs(first: 2, ${dir}: ${JSON.stringify(c)}) { edges { cursor } } }`,
    "Query.reviewQueue": (c, dir) => `{ reviewQueue(first: 2, authorityId: ${JSON.stringify(reviewAuthority)}, ${dir}: ${JSON.stringify(c)}) { edges { cursor } } }`,
    "Query.services": (c, dir) => `{ services(first: 2, ${dir}: ${JSON.stringify(c)}) { edges { cursor } } }`,
    "Query.users": (c, dir) => `{ users(first: 2, ${dir}: ${JSON.stringify(c)}) { edges { cursor } } }`,
    "Service.versions": (c, dir) => `{ services(first: 1) { edges { node { versions(first: 2, ${dir}: ${JSON.stringify(c)}) { edges { cursor } } } } } }`,
  };

  it.each(Object.keys(CONNECTIONS))("%s: a forged, edited or foreign cursor is a user error (INVALID, field after/before)", async (name) => {
    // at least one item (and so one genuine cursor) in every list
    await createService(h);
    await createLegalAct(h);
    const login = unique("cursor-");
    await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } } }`, { input: { login, name: login } });
    const query = CONNECTIONS[name];
    const first = await h.gql(query("", "after").replace(/, after: ""/, ""));
    expect(first.errors).toBeUndefined();
    const genuine: string = JSON.stringify(first.data).match(/"cursor":"([^"]+)"/)![1];
    // a cursor of another list (or order) is refused too
    const foreign = (await h.gql(`{ legalActs(first: 1) { edges { cursor } } }`)).data.legalActs.edges[0]?.cursor;
    for (const dir of ["after", "before"] as const) {
      for (const cursor of [...forged(genuine), ...(foreign && name !== "Query.legalActs" ? [foreign] : [])]) {
        if (cursor === "") continue;
        const res = await h.gql(query(cursor, dir));
        expect({ cursor, errors: res.errors?.map((e) => e.extensions!.code) }).toEqual({ cursor, errors: ["BAD_USER_INPUT"] });
        expect(res.errors![0].extensions!.field).toEqual([dir]);
        expect(res.errors![0].message).toMatch(/^Некорректный курсор страницы/);
      }
      // the genuine one works
      expect((await h.gql(query(genuine, dir))).errors).toBeUndefined();
    }
  });
});

describe("strings PostgreSQL cannot store", () => {
  const UPDATE = `mutation($id: ID!, $input: StandardContentInput!) { standardDraftUpdate(id: $id, expectedRevision: 1, input: $input) { userErrors { code field } } }`;

  it.each([
    ["a NUL in a content text", { name: { fullName: "Выдача\u0000разрешения" } }, ["input", "name", "fullName"]],
    ["a NUL in a list item", { results: { items: [{ name: "Результат" }, { name: "\u0000" }] } }, ["input", "results", "items", "1", "name"]],
    ["a lone high surrogate", { name: { fullName: "Выдача \ud800 разрешения" } }, ["input", "name", "fullName"]],
    ["a lone low surrogate", { name: { shortName: "\udc00" } }, ["input", "name", "shortName"]],
  ])("%s in a draft update: BAD_USER_INPUT with the field, nothing stored", async (_title, input, field) => {
    const { draft } = await createService(h);
    const before = await snapshot(draft.id);
    expectUserInput(await h.gql(UPDATE, { id: draft.id, input }), field);
    expect(await snapshot(draft.id)).toEqual(before);
  });

  it("a pair of surrogates (an emoji) is fine", async () => {
    const { draft } = await createService(h);
    const res = await h.gql(UPDATE, { id: draft.id, input: { name: { fullName: "Выдача 🏠 разрешения" } } });
    expect(res.errors).toBeUndefined();
    expect(res.data.standardDraftUpdate.userErrors).toEqual([]);
  });

  it.each([
    ["search", `query($s: String) { services(first: 1, search: $s) { totalCount } }`, { s: "строй\u0000ка" }, ["search"]],
    ["a registry number", `query($r: String!) { serviceByRegistryNumber(registryNumber: $r) { id } }`, { r: "A\u0000" }, ["registryNumber"]],
    ["an id", `query($id: ID!) { service(id: $id) { id } }`, { id: "\u0000" }, ["id"]],
    ["a filter", `query($t: String) { services(first: 1, filter: { territory: $t }) { totalCount } }`, { t: "56\u0000" }, ["filter", "territory"]],
  ])("a NUL in %s: BAD_USER_INPUT named after the argument", async (_title, query, variables, field) => {
    expectUserInput(await h.gql(query, variables), field);
  });

  it("a NUL written inline in the query", async () => {
    expectUserInput(await h.gql(`{ services(first: 1, search: "a\\u0000b") { totalCount } }`), ["search"]);
  });

  it("remarks and reasons with a NUL, and over their length limit", async () => {
    const { draft } = await createService(h);
    const before = await snapshot(draft.id);
    expectUserInput(await h.gql(`mutation($id: ID!, $r: String!) { standardDraftReturn(id: $id, remarks: $r) { userErrors { code } } }`, { id: draft.id, r: "a\u0000" }), ["remarks"]);
    const long = await h.gql(`mutation($id: ID!, $r: String!) { standardDraftReturn(id: $id, remarks: $r) { userErrors { code field message } } }`, { id: draft.id, r: "я".repeat(400_000) });
    expect(long.data.standardDraftReturn.userErrors).toEqual([{ code: "TOO_LONG", field: ["remarks"], message: expect.stringMatching(/не должна превышать 10000 символов/) }]);
    const reason = await h.gql(`mutation($id: ID!, $r: String!) { standardVersionWithdraw(id: $id, reason: $r) { userErrors { code field } } }`, { id: draft.id, r: "я".repeat(2001) });
    expect(reason.data.standardVersionWithdraw.userErrors).toEqual([{ code: "TOO_LONG", field: ["reason"] }]);
    expect(await snapshot(draft.id)).toEqual(before);
  });
});

describe("dates PostgreSQL cannot store", () => {
  it.each([
    ["the year 0000 as a publication date", `mutation($id: ID!) { standardVersionPublish(id: $id, input: { effectiveFrom: "0000-01-01", approvingActId: $id }) { userErrors { code } } }`, ["input", "effectiveFrom"]],
    ["the year 0000 as an act date", `mutation { legalActCreate(input: { type: FEDERAL_LAW, issuer: "x", number: "1", date: "0000-12-31", title: "x" }) { userErrors { code } } }`, ["input", "date"]],
    ["a five-digit year", `{ services(first: 1, asOf: "10000-01-01") { totalCount } }`, ["asOf"]],
    ["a time before the year 1", `{ auditLog(first: 1, filter: { from: "0001-01-01T00:00:00+01:00" }) { totalCount } }`, ["filter", "from"]],
  ])("%s: BAD_USER_INPUT with the field", async (_title, query, field) => {
    const { draft } = await createService(h);
    expectUserInput(await h.gql(query, query.includes("$id") ? { id: draft.id } : undefined), field);
  });
});
