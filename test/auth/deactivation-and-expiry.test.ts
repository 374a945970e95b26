import { startHarness, unique, type Harness } from "../support/harness";
import { startHttp } from "../support/http";
import { tokenConfig } from "../../src/config";

/** Users can be deactivated, and every token of theirs stops at once; tokens expire by default (issue 10 §10). */
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

const VIEWER = `{ viewer { authenticated login } }`;

async function userWithTokens(count: number, expiresAt?: string) {
  const login = unique("d-");
  const created = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } } }`, { input: { login, name: login, roles: [{ role: "ADMIN" }] } });
  const userId = created.data.userCreate.user.id;
  const tokens: { token: string; apiToken: { expiresAt: string | null } }[] = [];
  for (let i = 0; i < count; i++) {
    const res = await h.gql(`mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { token apiToken { expiresAt } userErrors { code field message } } }`, {
      input: { userId, name: `токен ${i}`, expiresAt },
    });
    tokens.push(res.data.apiTokenCreate);
  }
  return { login, userId, tokens };
}

describe("user deactivation", () => {
  it("stops all of the user's tokens at once; reactivation lets the unexpired ones work again; both are audited", async () => {
    const { login, userId, tokens } = await userWithTokens(2);
    for (const t of tokens) expect((await http.post({ query: VIEWER }, t.token)).json.data.viewer).toEqual({ authenticated: true, login });

    const res = await h.gql(`mutation($id: ID!) { userDeactivate(userId: $id) { user { login active } userErrors { code } } }`, { id: userId });
    expect(res.data.userDeactivate).toEqual({ user: { login, active: false }, userErrors: [] });
    for (const t of tokens) {
      const refused = await http.post({ query: VIEWER }, t.token);
      expect(refused.status).toBe(401);
      expect(refused.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    }
    // no new token for a deactivated user
    const again = await h.gql(`mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { token userErrors { code field } } }`, { input: { userId, name: "ещё" } });
    expect(again.data.apiTokenCreate).toEqual({ token: null, userErrors: [{ code: "INVALID", field: ["input", "userId"] }] });

    await h.gql(`mutation($id: ID!) { userActivate(userId: $id) { user { active } } }`, { id: userId });
    expect((await http.post({ query: VIEWER }, tokens[0].token)).json.data.viewer.authenticated).toBe(true);
    const uuid = Buffer.from(userId, "base64url").toString().split(":")[1];
    const audit = await h.ds.query("SELECT action FROM audit_entry WHERE entity_id = $1 AND action IN ('userDeactivate', 'userActivate') ORDER BY seq", [uuid]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(["userDeactivate", "userActivate"]);
  });

  it("is for administrators only", async () => {
    const { userId, tokens } = await userWithTokens(1);
    const target = await userWithTokens(0);
    await h.gql(`mutation($id: ID!, $input: RoleAssignmentInput!) { userRoleRevoke(userId: $id, input: $input) { userErrors { code } } }`, { id: userId, input: { role: "ADMIN" } });
    const res = await http.post({ query: `mutation($id: ID!) { userDeactivate(userId: $id) { user { active } } }`, variables: { id: target.userId } }, tokens[0].token);
    expect(res.json.errors[0].extensions.code).toBe("FORBIDDEN");
  });
});

describe("token expiry", () => {
  it(`a token without an expiry gets the default (TOKEN_DEFAULT_TTL_DAYS, ${tokenConfig.defaultTtlDays} days); an explicit one is kept`, async () => {
    const before = Date.now();
    const { tokens } = await userWithTokens(1);
    const expires = new Date(tokens[0].apiToken.expiresAt!).getTime();
    const day = 86_400_000;
    expect(expires).toBeGreaterThanOrEqual(before + tokenConfig.defaultTtlDays * day - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + tokenConfig.defaultTtlDays * day + 1000);
    const explicit = new Date(Date.now() + 3 * day).toISOString();
    const { tokens: [kept] } = await userWithTokens(1, explicit);
    expect(new Date(kept.apiToken.expiresAt!).toISOString()).toBe(explicit);
  });
});
