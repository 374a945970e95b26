import { startHarness, type Harness } from "../support/harness";
import { startHttp } from "../support/http";
import { jitStats } from "../../src/server";
import { publishedService, isoDate, WITHDRAW } from "../support/standards";

/**
 * Anonymous queries compiled before are answered without Apollo's request pipeline
 * (src/http/graphql-route.ts, answerDirectly). The answer is Apollo's, byte for byte and
 * header for header; anything the direct way does not cover (credentials, an unusual Accept,
 * extensions, errors, mutations) goes through Apollo and is answered as before.
 */
jest.setTimeout(120_000);

let h: Harness;
const servers: Awaited<ReturnType<typeof startHttp>>[] = [];
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  for (const s of servers) await s.app.stop();
  await h.close();
});

async function serve() {
  // no response cache: every request is executed; compiled from the second sighting
  const server = await startHttp(h.ds, { reads: { responseCache: false }, apollo: { jit: { compileAfter: 2 } } });
  servers.push(server);
  return server;
}

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | null>;
}

const HEADERS = ["content-type", "cache-control", "vary", "etag", "content-length"];

async function ask(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.text(), headers: Object.fromEntries(HEADERS.map((name) => [name, res.headers.get(name)])) };
}

const STANDARD = `query Standard($rn: String!) { serviceByRegistryNumber(registryNumber: $rn) { id registryNumber name authority { id name } current { id number effectiveFrom content { name { fullName } term { value unit } } } } }`;

it("answers a compiled anonymous query as Apollo does, without Apollo's pipeline", async () => {
  const { app, url } = await serve();
  const { service } = await publishedService(h, { effectiveFrom: isoDate(-3) });
  const request = { query: STANDARD, variables: { rn: service.registryNumber } };
  const before = jitStats(app.apollo).executions;
  // the first two through Apollo (graphql-js, then compiled), the rest directly
  const answers = [];
  for (let i = 0; i < 4; i++) answers.push(await ask(url, request));
  const after = jitStats(app.apollo).executions;
  expect({ graphqlJs: after.graphqlJs - before.graphqlJs, jit: after.jit - before.jit, direct: after.direct - before.direct }).toEqual({ graphqlJs: 1, jit: 1, direct: 2 });
  expect(answers[0].status).toBe(200);
  expect(JSON.parse(answers[0].body).data.serviceByRegistryNumber.registryNumber).toBe(service.registryNumber);
  expect(answers[0].headers).toMatchObject({ "content-type": "application/json; charset=utf-8", "cache-control": expect.stringMatching(/^public, max-age=\d+$/), vary: "accept, authorization, cookie, accept-encoding" });
  for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
  // the same with an operation name, an Accept Apollo answers in JSON, and If-None-Match (304)
  expect(await ask(url, { ...request, operationName: "Standard" }, { accept: "application/json" })).toEqual(answers[0]);
  expect(await ask(url, { ...request, operationName: "Standard" }, { accept: "application/json" })).toEqual(answers[0]);
  const revalidated = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "if-none-match": answers[0].headers.etag! }, body: JSON.stringify(request) });
  expect([revalidated.status, await revalidated.text()]).toEqual([304, ""]);
});

it("leaves to Apollo what it alone answers: another media type, extensions, credentials, errors", async () => {
  const { app, url } = await serve();
  const { service, authority } = await publishedService(h, { effectiveFrom: isoDate(-3) });
  const request = { query: STANDARD, variables: { rn: service.registryNumber } };
  await ask(url, request);
  const json = await ask(url, request);
  const direct = () => jitStats(app.apollo).executions.direct;

  // GraphQL over HTTP's own media type: Apollo answers it so
  let count = direct();
  const graphqlResponse = await ask(url, request, { accept: "application/graphql-response+json" });
  expect(graphqlResponse.headers["content-type"]).toBe("application/graphql-response+json; charset=utf-8");
  expect(graphqlResponse.body).toBe(json.body);
  expect(direct()).toBe(count);

  // a media type Apollo refuses is refused as before
  const refused = await ask(url, request, { accept: "text/html" });
  expect(refused.status).toBe(406);
  expect(direct()).toBe(count);

  // extensions (e.g. a persisted query hash) and a cookie go through Apollo
  expect((await ask(url, { ...request, extensions: { something: 1 } })).status).toBe(200);
  expect((await ask(url, request, { cookie: "unrelated=1" })).body).toBe(json.body);
  expect(direct()).toBe(count);

  // a token: through Apollo, private
  const login = `direct-${Date.now()}`;
  const user = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } } }`, { input: { login, name: login, roles: [{ role: "REGISTRAR", authorityId: authority.id }] } });
  const token = (await h.gql(`mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { token } }`, { input: { userId: user.data.userCreate.user.id, name: "прямые" } })).data.apiTokenCreate.token;
  const withToken = await ask(url, request, { authorization: `Bearer ${token}` });
  expect(withToken.headers["cache-control"]).toBe("private, no-store");
  expect(direct()).toBe(count);

  // bad variables: tried directly, answered by Apollo with its code and its status
  const bad = { query: STANDARD, variables: { rn: 42 } };
  const first = await ask(url, bad);
  count = direct();
  const second = await ask(url, bad);
  expect(direct()).toBe(count + 1);
  expect(second).toEqual(first);
  expect(JSON.parse(second.body).errors[0].extensions.code).toBe("BAD_USER_INPUT");
  expect(second.headers["cache-control"]).toBe("private, no-store");

  // a value PostgreSQL cannot store is refused as before
  const nul = await ask(url, { query: STANDARD, variables: { rn: "A\u0000B" } });
  expect(JSON.parse(nul.body).errors[0].extensions.code).toBe("BAD_USER_INPUT");
});

it("never answers a mutation directly", async () => {
  const { app, url } = await serve();
  const mutation = { query: `mutation { signOut { ok } }` };
  const answers = [await ask(url, mutation), await ask(url, mutation), await ask(url, mutation)];
  expect(jitStats(app.apollo).executions.direct).toBe(0);
  for (const answer of answers) expect(answer.headers["cache-control"]).toBe("private, no-store");
});

it("reads the database every time: a withdrawal shows in the next direct answer", async () => {
  const { app, url } = await serve();
  const { service, versionId } = await publishedService(h, { effectiveFrom: isoDate(-3) });
  const request = { query: STANDARD, variables: { rn: service.registryNumber } };
  for (let i = 0; i < 3; i++) expect(JSON.parse((await ask(url, request)).body).data.serviceByRegistryNumber.current.id).toBeTruthy();
  const withdrawn = await h.gql(WITHDRAW, { id: versionId, reason: "Регламент отменён" });
  expect(withdrawn.data.standardVersionWithdraw.userErrors).toEqual([]);
  const count = jitStats(app.apollo).executions.direct;
  expect(JSON.parse((await ask(url, request)).body).data.serviceByRegistryNumber.current).toBeNull();
  expect(jitStats(app.apollo).executions.direct).toBe(count + 1);
});
