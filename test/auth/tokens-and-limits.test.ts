import { createHash } from "node:crypto";
import { startHarness, unique, type Harness } from "../support/harness";
import { startHttp } from "../support/http";
import { createService } from "../support/factories";
import { captureLogs } from "../../src/log";

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

async function newToken(expiresAt?: string) {
  const login = unique("tok-");
  const user = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } } }`, { input: { login, name: login, roles: [{ role: "ADMIN" }] } });
  const res = await h.gql(`mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { token apiToken { id prefix expiresAt } userErrors { code field } } }`, {
    input: { userId: user.data.userCreate.user.id, name: "проверка", expiresAt },
  });
  return { login, ...res.data.apiTokenCreate };
}

const VIEWER = `{ viewer { authenticated login roles { role } } }`;

describe("bearer tokens", () => {
  it("authenticates with a valid token; the database keeps only its SHA-256", async () => {
    const { token, apiToken, login } = await newToken();
    expect(token).toMatch(/^rsr_[A-Za-z0-9_-]{64}$/);
    const res = await http.post({ query: VIEWER }, token);
    expect(res.json.data.viewer).toEqual({ authenticated: true, login, roles: [{ role: "ADMIN" }] });
    const rows = await h.ds.query("SELECT token_hash, prefix FROM api_token WHERE id = $1", [Buffer.from(apiToken.id, "base64url").toString().split(":")[1]]);
    expect(rows).toEqual([{ token_hash: createHash("sha256").update(token).digest("hex"), prefix: token.slice(0, 10) }]);
    const dump = JSON.stringify(await h.ds.query("SELECT * FROM api_token"));
    expect(dump).not.toContain(token);
  });

  it("rejects a revoked token, an expired token, an unknown token and a malformed header with UNAUTHENTICATED (401)", async () => {
    const revoked = await newToken();
    const revoke = await http.post({ query: `mutation($id: ID!) { apiTokenRevoke(id: $id) { apiToken { revokedAt } userErrors { code } } }`, variables: { id: revoked.apiToken.id } }, revoked.token);
    expect(revoke.json.data.apiTokenRevoke.apiToken.revokedAt).toBeTruthy();
    const expired = await newToken(new Date(Date.now() + 1500).toISOString());
    await new Promise((r) => setTimeout(r, 1600));
    for (const token of [revoked.token, expired.token, "rsr_unknownunknownunknownunknownunknownunkno"]) {
      const res = await http.post({ query: VIEWER }, token);
      expect(res.status).toBe(401);
      expect(res.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
      expect(res.json.errors[0].message).toMatch(/Токен недействителен/);
    }
    const malformed = await http.post({ query: VIEWER }, undefined, { authorization: "Basic abc" });
    expect(malformed.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("refuses an expiry in the past", async () => {
    const res = await newToken("2000-01-01T00:00:00Z");
    expect(res.userErrors).toEqual([{ code: "INVALID", field: ["input", "expiresAt"] }]);
  });

  it("no token means anonymous: public reads work, protected operations say UNAUTHENTICATED", async () => {
    const read = await http.post({ query: VIEWER });
    expect(read.json.data.viewer).toEqual({ authenticated: false, login: null, roles: [] });
    const write = await http.post({ query: `mutation { authorityCreate(input: { name: "X", level: MUNICIPAL }) { authority { id } } }` });
    expect(write.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});

describe("limits against abuse", () => {
  it("rejects a query nested 20 levels deep, quickly, with a clear error", async () => {
    let selection = "id";
    for (let i = 0; i < 20; i++) selection = `parent { ${selection} }`;
    const started = Date.now();
    const res = await http.post({ query: `{ authorities(first: 1) { edges { node { ${selection} } } } }` });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(res.json.data).toBeUndefined();
    expect(res.json.errors.map((e: any) => e.message)).toContain("Запрос слишком глубокий: вложенность более 14");
  });

  it("rejects 1000 aliases", async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: standardElements { code }`).join(" ");
    const started = Date.now();
    const res = await http.post({ query: `{ ${aliases} }` });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(res.json.data).toBeUndefined();
    expect(res.json.errors[0].message).toMatch(/^(Слишком много псевдонимов|Запрос слишком длинный)/);
  });

  it("rejects huge pages and huge request bodies", async () => {
    const page = await http.post({ query: `{ services(first: 100000) { totalCount } }` });
    expect(page.json.data ?? null).toBeNull();
    expect(page.json.errors[0].message).toMatch(/first не может превышать 100|Запрос слишком сложный/);
    const big = await http.post({ query: `{ viewer { login } }`, variables: { pad: "я".repeat(2_000_000) } });
    expect(big.status).toBe(413);
    expect(big.json.errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("masks unexpected errors: no stack, SQL or internals in the response", async () => {
    const service = await createService(h);
    const id = Buffer.from(service.draft.id, "base64url").toString().split(":")[1];
    await h.ds.query(`UPDATE standard_version SET content = '{"results": {"items": 5}}'::jsonb WHERE id = $1`, [id]);
    const logs = captureLogs();
    const res = await h.gql(`query($id: ID!) { standardVersion(id: $id) { content { results { items { name } } } } }`, { id: service.draft.id });
    logs.restore();
    expect(logs.lines()).toContainEqual(expect.objectContaining({ level: "error", msg: "unexpected error in a GraphQL request", err: expect.objectContaining({ message: expect.any(String) }) }));
    const error = res.errors![0];
    expect(error.message).toBe("Внутренняя ошибка сервера. Обратитесь к администратору реестра.");
    expect(error.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
    expect(JSON.stringify(res)).not.toMatch(/stack|at \w+ \(|SELECT|ServiceNameSection/);
  });

  it("keeps introspection on (public data API)", async () => {
    const res = await http.post({ query: `{ __schema { queryType { name } } }` });
    expect(res.json.data.__schema.queryType.name).toBe("Query");
  });
});
