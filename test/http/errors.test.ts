import { createHash } from "node:crypto";
import { startHarness, type Harness } from "../support/harness";
import { startHttp } from "../support/http";
import { createService } from "../support/factories";

/**
 * A client's mistakes over real HTTP: never a 5xx or INTERNAL_SERVER_ERROR, always a
 * stable code and a Russian message; input errors name the field as userErrors do.
 */
let h: Harness;
let http: Awaited<ReturnType<typeof startHttp>>;
beforeAll(async () => {
  h = await startHarness();
  http = await startHttp(h.ds);
});
afterAll(async () => {
  await http.app.stop();
  await h.close();
});

const GQL_RESPONSE = { accept: "application/graphql-response+json" };

/** Russian, and no English sentence (three English words in a row) in what a person reads. */
function expectRussian(message: string) {
  expect(message).toMatch(/[а-яё]{3}/i);
  expect(message).not.toMatch(/\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/i);
}

function expectClientError(res: { status: number; json: any }, code: string, status: number | number[] = 400) {
  expect([status].flat()).toContain(res.status);
  expect(res.json.errors?.length).toBeGreaterThan(0);
  for (const error of res.json.errors) {
    expect(error.extensions.code).toBe(code);
    expectRussian(error.message);
  }
}

describe("no 500 for a client's mistake", () => {
  // the README's own example: two operations in one document
  const README_TWO_OPERATIONS = `
    mutation Open($serviceId: ID!) {
      standardDraftCreate(serviceId: $serviceId) { standardVersion { id revision } userErrors { code field message } }
    }
    mutation Edit($id: ID!) {
      standardDraftUpdate(id: $id, expectedRevision: 1, input: { queueTime: { submissionMinutes: 10, resultMinutes: 10 } }) {
        standardVersion { revision } userErrors { code field message }
      }
    }`;

  it("several operations without operationName: OPERATION_RESOLUTION_FAILURE (400)", async () => {
    const res = await http.post({ query: README_TWO_OPERATIONS, variables: { serviceId: "x", id: "y" } });
    expectClientError(res, "OPERATION_RESOLUTION_FAILURE");
    expect(res.json.errors[0].message).toMatch(/operationName/);
  });

  it("an unknown operationName: OPERATION_RESOLUTION_FAILURE (400), in both media types", async () => {
    for (const headers of [{}, GQL_RESPONSE]) {
      const res = await http.post({ query: README_TWO_OPERATIONS, operationName: "Publish" }, undefined, headers);
      expectClientError(res, "OPERATION_RESOLUTION_FAILURE");
      expect(res.json.errors[0].message).toContain("«Publish»");
    }
  });

  it("the named operation of the two still runs", async () => {
    const res = await http.post({ query: README_TWO_OPERATIONS, operationName: "Open", variables: { serviceId: "x" } });
    expect(res.status).toBe(401); // a mutation without a token
    expect(res.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("a syntax error: GRAPHQL_PARSE_FAILED with the position, 200 in application/json and 400 in application/graphql-response+json", async () => {
    const json = await http.post({ query: "{ services(first: 1) { edges { node { id } }" });
    expectClientError(json, "GRAPHQL_PARSE_FAILED", 200);
    expect(json.json.errors[0].message).toMatch(/^Синтаксическая ошибка в запросе \(строка 1, позиция \d+\): ожидалось/);
    const graphqlResponse = await http.post({ query: "{ services(first: 1) { edges { node { id } }" }, undefined, GQL_RESPONSE);
    expectClientError(graphqlResponse, "GRAPHQL_PARSE_FAILED", 400);
  });

  it("the token limit: QUERY_TOO_COMPLEX (400), no detail in English", async () => {
    const fields = Array.from({ length: 7000 }, (_, i) => `f${i}`).join(" ");
    const res = await http.post({ query: `{ ${fields} }` });
    expectClientError(res, "QUERY_TOO_COMPLEX");
    expect(res.json.errors[0].message).toBe("Запрос слишком длинный: более 6000 лексем");
    expect(res.json.errors[0].extensions).toEqual({ code: "QUERY_TOO_COMPLEX" });
  });

  it("the cost limit: QUERY_TOO_COMPLEX, and no 'Syntax Error' anywhere", async () => {
    const res = await http.post({ query: `{ a: services(first: 100) { edges { node { versions(first: 100) { edges { node { id } } } } } } b: services(first: 100) { edges { node { versions(first: 100) { edges { node { id } } } } } } }` });
    expectClientError(res, "QUERY_TOO_COMPLEX");
    expect(JSON.stringify(res.json)).not.toMatch(/Syntax Error/);
  });

  it("an APQ hash that does not match the query: PERSISTED_QUERY_HASH_MISMATCH (400)", async () => {
    const res = await http.post({ query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    expectClientError(res, "PERSISTED_QUERY_HASH_MISMATCH");
  });

  it("an unknown APQ hash: PERSISTED_QUERY_NOT_FOUND with a Russian message (the code is what Apollo clients look for)", async () => {
    const sha256Hash = createHash("sha256").update(`{ __typename ${Date.now()} }`).digest("hex");
    const res = await http.post({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(res.status).toBeLessThan(500);
    expect(res.json.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expectRussian(res.json.errors[0].message);
  });

  it("a CSRF-blocked GET, a POST without a body, a non-object variables: BAD_REQUEST in Russian", async () => {
    const csrf = await fetch(`${http.url}?query=${encodeURIComponent("{ __typename }")}`);
    const csrfJson = await csrf.json();
    expectClientError({ status: csrf.status, json: csrfJson }, "BAD_REQUEST");
    expect(csrfJson.errors[0].message).toMatch(/CSRF/);
    expectClientError(await http.post({}), "BAD_REQUEST");
    expectClientError(await http.post({ query: "{ __typename }", variables: "[1]" }), "BAD_REQUEST");
    expectClientError(await http.post({ query: "{ __typename }", operationName: 5 }), "BAD_REQUEST");
  });

  it("a mutation over GET: 405 in Russian", async () => {
    const res = await fetch(`${http.url}?query=${encodeURIComponent("mutation { apiTokenRevoke(id: \"x\") { userErrors { code } } }")}`, { headers: { "apollo-require-preflight": "1" } });
    expect(res.status).toBe(405);
    const json = await res.json();
    expectRussian(json.errors[0].message);
  });

  it("malformed JSON, a wrong media type of answer and an unknown path are 4xx in Russian", async () => {
    expectClientError(await http.post("{ not json"), "BAD_REQUEST");
    const notAcceptable = await http.post({ query: "{ __typename }" }, undefined, { accept: "text/csv" });
    expect(notAcceptable.status).toBe(406);
    expectRussian(notAcceptable.json.errors[0].message);
    const missing = await fetch(http.url.replace("/graphql", "/nothing"));
    expect(missing.status).toBe(404);
  });
});

describe("Russian everywhere, and one naming of field paths", () => {
  const UPDATE_INLINE = (literal: string) => `mutation { standardDraftUpdate(id: "x", expectedRevision: 1, input: { term: ${literal} }) { userErrors { code field message } } }`;

  it.each([
    ["a string where a number goes", `{ value: "пять" }`, ["input", "term", "value"]],
    ["an unknown enum value", `{ value: 5, unit: DAYS }`, ["input", "term", "unit"]],
    ["an unknown input field", `{ value: 5, days: 3 }`, ["input", "term", "days"]],
    ["a fractional number", `{ value: 2.5 }`, ["input", "term", "value"]],
    ["a legal basis in a list", `{ value: 5, legalBases: [{ actId: "a" }, { actId: true }] }`, ["input", "term", "legalBases", "1", "actId"]],
  ])("a wrong literal written inline (%s) is BAD_USER_INPUT with its field", async (_title, literal, field) => {
    const res = await http.post({ query: UPDATE_INLINE(literal) });
    expectClientError(res, "BAD_USER_INPUT", 200);
    expect(res.json.errors[0].extensions.field).toEqual(field);
    expect(res.json.errors[0].message).toMatch(new RegExp(`^Некорректный запрос \\(поле ${field.join("\\.")}\\)`));
  });

  it("a missing required argument written inline names the argument", async () => {
    const res = await http.post({ query: `mutation { standardDraftUpdate(expectedRevision: 1, input: {}) { userErrors { code } } }` });
    expectClientError(res, "BAD_USER_INPUT", 200);
    expect(res.json.errors[0].extensions.field).toEqual(["id"]);
  });

  it("a variable's error names the argument and input field it fills, not the variable", async () => {
    const query = `mutation($draft: ID!, $t: ProvisionTermInput) { standardDraftUpdate(id: $draft, expectedRevision: 1, input: { term: $t }) { userErrors { code } } }`;
    const res = await http.post({ query, variables: { draft: "x", t: { value: "пять" } } });
    expectClientError(res, "BAD_USER_INPUT", 200);
    expect(res.json.errors[0].extensions.field).toEqual(["input", "term", "value"]);
    const unknown = await http.post({ query, variables: { draft: "x", t: { value: 5, days: 1 } } });
    expect(unknown.json.errors[0].extensions.field).toEqual(["input", "term", "days"]);
    const missing = await http.post({ query, variables: { t: { value: 5 } } });
    expectClientError(missing, "BAD_USER_INPUT", 200);
    expect(missing.json.errors[0].extensions.field).toEqual(["id"]);
  });

  it("the same field path as the userError of the same mistake", async () => {
    const { draft } = await createService(h);
    const user = await h.gql(`mutation($id: ID!, $i: StandardContentInput!) { standardDraftUpdate(id: $id, expectedRevision: 1, input: $i) { userErrors { code field } } }`, {
      id: draft.id,
      i: { term: { value: -5 } },
    });
    expect(user.data.standardDraftUpdate.userErrors).toEqual([{ code: "OUT_OF_RANGE", field: ["input", "term", "value"] }]);
    const typed = await h.gql(`mutation($id: ID!, $i: StandardContentInput!) { standardDraftUpdate(id: $id, expectedRevision: 1, input: $i) { userErrors { code field } } }`, {
      id: draft.id,
      i: { term: { value: "пять" } },
    });
    expect(typed.errors![0].extensions!.field).toEqual(["input", "term", "value"]);
  });

  it.each([
    ["an impossible date in a variable", { d: "2014-13-45" }],
    ["the year 0000", { d: "0000-01-01" }],
    ["a number for a date", { d: 20140101 }],
  ])("scalar parse errors are Russian with the field: %s", async (_title, variables) => {
    const res = await http.post({ query: `query($d: LocalDate!) { services(first: 1, asOf: $d) { totalCount } }`, variables });
    expectClientError(res, "BAD_USER_INPUT", 200);
    expect(res.json.errors[0].extensions.field).toEqual(["asOf"]);
    expect(res.json.errors[0].message).toMatch(/^Некорректный запрос \(поле asOf\): (некорректная дата|дата должна быть)/);
  });

  it("an impossible date written inline, and a date-time of the year 0000", async () => {
    const inline = await http.post({ query: `{ services(first: 1, asOf: "2014-13-45") { totalCount } }` });
    expectClientError(inline, "BAD_USER_INPUT", 200);
    expect(inline.json.errors[0].extensions.field).toEqual(["asOf"]);
    const dateTime = await http.post({
      query: `mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { token } }`,
      variables: { input: { userId: "x", name: "n", expiresAt: "0000-06-01T00:00:00Z" } },
    });
    expectClientError(dateTime, "BAD_USER_INPUT", 200);
    expect(dateTime.json.errors[0].extensions.field).toEqual(["input", "expiresAt"]);
  });

  it("validation errors of the document itself are Russian with the English original in detail", async () => {
    const res = await http.post({ query: `{ servicez { id } }` });
    expectClientError(res, "GRAPHQL_VALIDATION_FAILED", 200);
    expect(res.json.errors[0].message).toMatch(/«servicez» не существует в типе Query/);
    expect(res.json.errors[0].extensions.detail).toMatch(/^Cannot query field "servicez"/);
  });
});
