import { startHarness, unique, type Harness } from "../support/harness";
import { startHttp } from "../support/http";
import { createAuthority, expectNoErrors } from "../support/factories";

let h: Harness;
let url: string;
let stop: () => Promise<void>;
beforeAll(async () => {
  h = await startHarness();
  const http = await startHttp(h.ds);
  url = http.url;
  stop = () => http.app.stop();
});
afterAll(async () => {
  await stop();
  await h.close();
});

/** A browser-like client over real HTTP: keeps the session cookie and sends the CSRF token it was given. */
class Browser {
  cookie: string | null = null;
  csrf: string | null = null;
  lastSetCookie: string | null = null;
  async gql(query: string, variables?: Record<string, unknown>, opts: { csrf?: boolean } = {}) {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && opts.csrf !== false) headers["x-csrf-token"] = this.csrf;
    const res = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    this.lastSetCookie = res.headers.get("set-cookie");
    if (this.lastSetCookie) {
      const value = this.lastSetCookie.split(";")[0];
      this.cookie = value.endsWith("=") ? null : value;
    }
    return { status: res.status, cacheControl: res.headers.get("cache-control"), json: (await res.json()) as any };
  }
  async signIn(login: string, password: string) {
    const res = await this.gql(SIGN_IN, { input: { login, password } });
    const session = res.json.data?.signIn.session;
    if (session) this.csrf = session.csrfToken;
    return res;
  }
}

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { session { id mustChangePassword csrfToken expiresAt user { login } } userErrors { code field message } } }`;
const CHANGE = `mutation($input: PasswordChangeInput!) { passwordChange(input: $input) { session { mustChangePassword } userErrors { code field message } } }`;
const VIEWER = `{ viewer { authenticated login roles { role } } currentSession { id mustChangePassword user { login } } }`;
const NEW_PASSWORD = "очень-длинный пароль 2026";

/** A user with a temporary password set by an administrator (the API, as the admin UI does). */
async function userWithTemporaryPassword(roles: Record<string, unknown>[] = []) {
  const login = unique("web-");
  const created = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code } } }`, { input: { login, name: `Пользователь ${login}`, roles } });
  expectNoErrors(created, "userCreate");
  const reset = await h.gql(`mutation($id: ID!) { userPasswordReset(userId: $id) { temporaryPassword user { login } userErrors { code } } }`, { id: created.data.userCreate.user.id });
  expectNoErrors(reset, "userPasswordReset");
  return { login, userId: created.data.userCreate.user.id as string, password: reset.data.userPasswordReset.temporaryPassword as string };
}

async function signedIn(roles: Record<string, unknown>[] = []) {
  const u = await userWithTemporaryPassword(roles);
  const b = new Browser();
  await b.signIn(u.login, u.password);
  const changed = await b.gql(CHANGE, { input: { currentPassword: u.password, newPassword: NEW_PASSWORD } });
  expectNoErrors(changed.json, "passwordChange");
  return { ...u, b };
}

describe("password sign-in", () => {
  it("stores only an Argon2id hash; the temporary password opens a session with an HttpOnly, SameSite=Strict cookie and no roles until it is changed", async () => {
    const authority = await createAuthority(h);
    const u = await userWithTemporaryPassword([{ role: "REGISTRAR", authorityId: authority.id }]);
    expect(u.password).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    const [row] = await h.ds.query(`SELECT c.password_hash, c.must_change FROM user_credential c JOIN app_user u ON u.id = c.user_id WHERE u.login = $1`, [u.login]);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$/);
    expect(row.password_hash).not.toContain(u.password);
    expect(row.must_change).toBe(true);

    const b = new Browser();
    const res = await b.signIn(u.login, u.password);
    expect(res.json.data.signIn.userErrors).toEqual([]);
    expect(res.json.data.signIn.session).toMatchObject({ mustChangePassword: true, user: { login: u.login } });
    expect(b.lastSetCookie).toMatch(/^rsr_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(res.cacheControl).toBe("private, no-store");
    const [session] = await h.ds.query(`SELECT token_hash FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.login = $1`, [u.login]);
    expect(b.cookie).not.toContain(session.token_hash);

    const before = await b.gql(VIEWER);
    expect(before.json.data.viewer).toEqual({ authenticated: true, login: u.login, roles: [] });
    expect(before.json.data.currentSession).toMatchObject({ mustChangePassword: true });

    const weak = await b.gql(CHANGE, { input: { currentPassword: u.password, newPassword: "короткий" } });
    expect(weak.json.data.passwordChange.userErrors).toEqual([{ code: "INVALID", field: ["input", "newPassword"], message: "Пароль должен быть не короче 10 символов" }]);
    const wrong = await b.gql(CHANGE, { input: { currentPassword: "не тот пароль", newPassword: NEW_PASSWORD } });
    expect(wrong.json.data.passwordChange.userErrors[0]).toMatchObject({ code: "INVALID_CREDENTIALS", field: ["input", "currentPassword"] });

    const changed = await b.gql(CHANGE, { input: { currentPassword: u.password, newPassword: NEW_PASSWORD } });
    expect(changed.json.data.passwordChange).toEqual({ session: { mustChangePassword: false }, userErrors: [] });
    const after = await b.gql(VIEWER);
    expect(after.json.data.viewer.roles).toEqual([{ role: "REGISTRAR" }]);

    const again = new Browser();
    expect((await again.signIn(u.login, u.password)).json.data.signIn.userErrors[0].code).toBe("INVALID_CREDENTIALS");
    expect((await again.signIn(u.login, NEW_PASSWORD)).json.data.signIn.session.mustChangePassword).toBe(false);
  });

  it("answers a wrong password and an unknown login alike, and locks a login after 5 failures in a row, even for the right password", async () => {
    const u = await userWithTemporaryPassword();
    const b = new Browser();
    for (const login of [u.login, unique("nobody-")]) {
      const res = await b.signIn(login, "неверный пароль");
      expect(res.json.data.signIn).toEqual({ session: null, userErrors: [{ code: "INVALID_CREDENTIALS", field: ["input", "password"], message: "Неверный логин или пароль" }] });
    }
    for (let i = 0; i < 3; i++) await b.signIn(u.login, "неверный пароль");
    const fifth = await b.signIn(u.login, "неверный пароль");
    expect(fifth.json.data.signIn.userErrors[0]).toMatchObject({ code: "TOO_MANY_ATTEMPTS", message: "Слишком много неудачных попыток входа. Повторите через 1 мин." });
    const right = await b.signIn(u.login, u.password);
    expect(right.json.data.signIn.userErrors[0].code).toBe("TOO_MANY_ATTEMPTS");
    expect(right.json.data.signIn.session).toBeNull();
    expect(b.cookie).toBeNull();
    // once the lock has passed, the right password opens a session and the count starts over
    await h.ds.query(`UPDATE sign_in_throttle SET locked_until = now() - interval '1 second' WHERE login = $1`, [u.login]);
    expect((await b.signIn(u.login, u.password)).json.data.signIn.session).not.toBeNull();
    expect(await h.ds.query(`SELECT * FROM sign_in_throttle WHERE login = $1`, [u.login])).toEqual([]);
  });

  it("refuses a mutation of a cookie session without the session's X-CSRF-Token, before anything runs", async () => {
    const authority = await createAuthority(h);
    const { b } = await signedIn([{ role: "REGISTRAR", authorityId: authority.id }]);
    const create = `mutation($input: ServiceCreateInput!) { serviceCreate(input: $input) { service { id } userErrors { code } } }`;
    const registryNumber = unique("CSRF-");
    const input = { registryNumber, name: "Услуга для проверки CSRF", authorityId: authority.id };
    for (const csrf of [false, "0".repeat(64)]) {
      const saved = b.csrf;
      if (typeof csrf === "string") b.csrf = csrf;
      const res = await b.gql(create, { input }, { csrf: csrf !== false });
      b.csrf = saved;
      expect(res.status).toBe(403);
      expect(res.json.errors[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "CSRF_TOKEN_INVALID" });
      expect(res.json.errors[0].message).toMatch(/X-CSRF-Token/);
    }
    expect(await h.ds.query(`SELECT 1 FROM service WHERE registry_number = $1`, [registryNumber])).toEqual([]);
    const ok = await b.gql(create, { input });
    expect(ok.json.data.serviceCreate.userErrors).toEqual([]);
    // queries need no token (a cross-site page cannot read their answers)
    expect((await b.gql(VIEWER, undefined, { csrf: false })).json.data.viewer.authenticated).toBe(true);
  });

  it("ends a session at sign-out, on expiry, when ended by an administrator, and when a temporary password is set", async () => {
    const s1 = await signedIn();
    const out = await s1.b.gql(`mutation { signOut { ended userErrors { code } } }`);
    expect(out.json.data.signOut).toEqual({ ended: true, userErrors: [] });
    expect(s1.b.lastSetCookie).toMatch(/^rsr_session=; Path=\/; HttpOnly; SameSite=Strict; Max-Age=0$/);

    const s2 = await signedIn();
    const stolen = s2.b.cookie;
    await s2.b.gql(`mutation { signOut { ended } }`);
    s2.b.cookie = stolen; // a copy of the cookie kept after sign-out opens nothing
    const after = await s2.b.gql(VIEWER);
    expect(after.json.data).toEqual({ viewer: { authenticated: false, login: null, roles: [] }, currentSession: null });
    expect(s2.b.lastSetCookie).toMatch(/Max-Age=0/);

    const s3 = await signedIn();
    await h.ds.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM app_user WHERE login = $1)`, [s3.login]);
    expect((await s3.b.gql(VIEWER)).json.data.currentSession).toBeNull();

    const s4 = await signedIn();
    const listed = await h.gql(`query($id: ID!) { node(id: $id) { ... on User { sessions { id current userAgent } } } }`, { id: s4.userId });
    expect(listed.data.node.sessions).toHaveLength(1);
    const end = await h.gql(`mutation($id: ID!) { sessionEnd(id: $id) { session { id } userErrors { code } } }`, { id: listed.data.node.sessions[0].id });
    expect(end.data.sessionEnd.userErrors).toEqual([]);
    expect((await s4.b.gql(VIEWER)).json.data.currentSession).toBeNull();

    const s5 = await signedIn();
    await h.gql(`mutation($id: ID!) { userPasswordReset(userId: $id) { temporaryPassword } }`, { id: s5.userId });
    expect((await s5.b.gql(VIEWER)).json.data.currentSession).toBeNull();
    expect((await s5.b.signIn(s5.login, NEW_PASSWORD)).json.data.signIn.userErrors[0].code).toBe("INVALID_CREDENTIALS");
  });

  it("lets only an administrator set a temporary password; a deactivated user cannot sign in", async () => {
    const s = await signedIn();
    const other = await userWithTemporaryPassword();
    const res = await s.b.gql(`mutation($id: ID!) { userPasswordReset(userId: $id) { temporaryPassword userErrors { code } } }`, { id: other.userId });
    expect(res.json.errors[0].extensions.code).toBe("FORBIDDEN");
    await h.ds.query(`UPDATE app_user SET active = false WHERE login = $1`, [other.login]);
    expect((await new Browser().signIn(other.login, other.password)).json.data.signIn.userErrors[0].code).toBe("INVALID_CREDENTIALS");
  });

  it("stops the sessions of a deactivated user at once; reactivation does not bring them back", async () => {
    const authority = await createAuthority(h);
    const s = await signedIn([{ role: "REGISTRAR", authorityId: authority.id }]);
    const stolen = s.b.cookie;
    expect((await s.b.gql(VIEWER)).json.data.viewer.roles).toEqual([{ role: "REGISTRAR" }]);
    const off = await h.gql(`mutation($id: ID!) { userDeactivate(userId: $id) { user { active } userErrors { code } } }`, { id: s.userId });
    expect(off.data.userDeactivate).toEqual({ user: { active: false }, userErrors: [] });
    // the very next request of the open session is anonymous, and a mutation changes nothing
    const registryNumber = unique("DEACT-");
    const create = await s.b.gql(`mutation($input: ServiceCreateInput!) { serviceCreate(input: $input) { service { id } } }`, {
      input: { registryNumber, name: "Услуга деактивированного", authorityId: authority.id },
    });
    expect(create.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(await h.ds.query(`SELECT 1 FROM service WHERE registry_number = $1`, [registryNumber])).toEqual([]);
    expect(s.b.lastSetCookie).toMatch(/Max-Age=0/);
    expect((await h.ds.query(`SELECT count(*)::int AS n FROM user_session WHERE user_id = (SELECT id FROM app_user WHERE login = $1) AND ended_at IS NULL`, [s.login]))[0].n).toBe(0);

    await h.gql(`mutation($id: ID!) { userActivate(userId: $id) { user { active } } }`, { id: s.userId });
    s.b.cookie = stolen; // the old cookie stays dead
    expect((await s.b.gql(VIEWER)).json.data.currentSession).toBeNull();
    expect((await s.b.signIn(s.login, NEW_PASSWORD)).json.data.signIn.session).not.toBeNull();
  });

  it("ends a session at its absolute limit however active it is, and extends it on activity only up to that limit", async () => {
    const s = await signedIn();
    const where = `user_id = (SELECT id FROM app_user WHERE login = $1) AND ended_at IS NULL`;
    // activity more than a minute after the last one moves the idle expiry, capped by the absolute one
    await h.ds.query(`UPDATE user_session SET last_seen_at = now() - interval '5 minutes', expires_at = now() + interval '1 minute', absolute_expires_at = now() + interval '10 minutes' WHERE ${where}`, [s.login]);
    expect((await s.b.gql(VIEWER)).json.data.currentSession).not.toBeNull();
    const [row] = await h.ds.query(`SELECT expires_at <= absolute_expires_at AS capped, expires_at > now() + interval '5 minutes' AS extended FROM user_session WHERE ${where}`, [s.login]);
    expect(row).toEqual({ capped: true, extended: true });
    await h.ds.query(`UPDATE user_session SET expires_at = now() + interval '1 hour', absolute_expires_at = now() - interval '1 second' WHERE ${where}`, [s.login]);
    expect((await s.b.gql(VIEWER)).json.data.currentSession).toBeNull();
  });

  it("lets users list and end their own sessions, but not another user's", async () => {
    const a = await signedIn();
    const second = new Browser();
    await second.signIn(a.login, NEW_PASSWORD);
    const mine = await a.b.gql(`{ currentSession { user { sessions { id current } } } }`);
    const sessions = mine.json.data.currentSession.user.sessions as { id: string; current: boolean }[];
    expect(sessions.map((x) => x.current).sort()).toEqual([false, true]);
    const other = sessions.find((x) => !x.current)!;

    const b = await signedIn();
    const foreign = await b.b.gql(`mutation($id: ID!) { sessionEnd(id: $id) { session { id } userErrors { code } } }`, { id: other.id });
    expect(foreign.json.errors[0].extensions.code).toBe("FORBIDDEN");
    expect((await second.gql(VIEWER)).json.data.currentSession).not.toBeNull();

    const ended = await a.b.gql(`mutation($id: ID!) { sessionEnd(id: $id) { session { id } userErrors { code } } }`, { id: other.id });
    expect(ended.json.data.sessionEnd.userErrors).toEqual([]);
    expect((await second.gql(VIEWER)).json.data.currentSession).toBeNull();
    expect((await a.b.gql(VIEWER)).json.data.currentSession).not.toBeNull();
  });

  it("never shares answers between a session and anonymous requests through the response cache", async () => {
    const query = `{ viewer { authenticated login } currentSession { user { login } } catalog: services(first: 1) { totalCount } }`;
    const anonymous = new Browser();
    for (let i = 0; i < 2; i++) {
      const a = await anonymous.gql(query); // the second may come from the cache
      expect(a.json.data.viewer).toEqual({ authenticated: false, login: null });
      expect(a.json.data.currentSession).toBeNull();
    }
    const s = await signedIn();
    for (let i = 0; i < 2; i++) {
      const mine = await s.b.gql(query);
      expect(mine.json.data.viewer).toEqual({ authenticated: true, login: s.login });
      expect(mine.json.data.currentSession.user.login).toBe(s.login);
      expect(mine.cacheControl).toBe("private, no-store");
    }
    const after = await anonymous.gql(query);
    expect(after.json.data.viewer).toEqual({ authenticated: false, login: null });
  });

  it("keeps bearer tokens for machine clients: a token wins over a cookie", async () => {
    const s = await signedIn();
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: s.b.cookie!, authorization: "Bearer rsr_unknownunknownunknownunknownunknownunkno" },
      body: JSON.stringify({ query: VIEWER }),
    });
    expect(res.status).toBe(401);
  });
});
