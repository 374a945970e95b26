import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, request as playwrightRequest, type Page } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..", "..");
const stateFile = path.join(root, "web", "test-results", "e2e-state.json");

/** State handed from one flow to the next (passwords, ids), in the test-results folder. */
export function state(): Record<string, string> {
  return JSON.parse(readFileSync(stateFile, "utf8"));
}
export function saveState(patch: Record<string, string>) {
  writeFileSync(stateFile, JSON.stringify({ ...state(), ...patch }));
}

/**
 * axe-core on the page as it is now (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA): a serious or
 * critical violation fails the test; the others are attached to the report.
 */
export async function checkA11y(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const describe = (v: (typeof results.violations)[number]) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} ${n.failureSummary?.split("\n").slice(1, 2).join(" ") ?? ""}`).join("; ")}`;
  expect(blocking.map(describe), `axe: ${name}`).toEqual([]);
  return results.violations.map(describe);
}

/**
 * Screenshots of the main screens: into docs/screenshots (shown in the README) when
 * UPDATE_SCREENSHOTS=1, else into web/test-results/screenshots.
 */
export async function screenshot(page: Page, name: string) {
  const dir = process.env.UPDATE_SCREENSHOTS === "1" ? path.join(root, "docs", "screenshots") : path.join(root, "web", "test-results", "screenshots");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false });
}

/** Signs in through the form; with a temporary password, changes it on the page the app sends to. */
export async function signIn(page: Page, login: string, password: string, newPassword?: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Логин").fill(login);
  await page.getByLabel("Пароль", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Войти" }).click();
  if (newPassword) {
    await expect(page.getByRole("heading", { level: 1, name: "Смена пароля" })).toBeVisible();
    await page.getByLabel("Временный пароль").fill(password);
    await page.getByLabel("Новый пароль", { exact: true }).fill(newPassword);
    await page.getByLabel("Новый пароль ещё раз").fill(newPassword);
    await page.getByRole("button", { name: "Сменить пароль" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Смена пароля" })).toBeHidden();
  }
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Вход в реестр" })).toBeVisible();
}

export const PASSWORD = "пароль-для-проверки-2026";
export const AUTHORITY = "Администрация города Пензы";

/**
 * A GraphQL client signed in as a user through the API (signIn sets the session cookie of
 * this request context; mutations carry the session's X-CSRF-Token, as the workspace does).
 * A user with a temporary password changes it to `newPassword` first.
 */
export async function apiSession(baseURL: string, login: string, password: string, newPassword?: string) {
  const context = await playwrightRequest.newContext({ baseURL });
  let csrf = "";
  const gql = async <T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await context.post("/graphql", { headers: { "content-type": "application/json", ...(csrf ? { "x-csrf-token": csrf } : {}) }, data: { query, variables } });
    const body = await res.json();
    expect(body.errors, `${query.slice(0, 80)}: ${JSON.stringify(body.errors)}`).toBeUndefined();
    const payload = Object.values(body.data ?? {})[0] as { userErrors?: unknown[] } | null;
    expect(payload?.userErrors ?? [], `${query.slice(0, 80)}`).toEqual([]);
    return body.data as T;
  };
  const signed = await gql<{ signIn: { session: { csrfToken: string; mustChangePassword: boolean } } }>(
    "mutation($input: SignInInput!) { signIn(input: $input) { session { csrfToken mustChangePassword } userErrors { code message } } }",
    { input: { login, password } },
  );
  csrf = signed.signIn.session.csrfToken;
  if (signed.signIn.session.mustChangePassword) {
    const changed = await gql<{ passwordChange: { session: { csrfToken: string } } }>(
      "mutation($input: PasswordChangeInput!) { passwordChange(input: $input) { session { csrfToken } userErrors { code message } } }",
      { input: { currentPassword: password, newPassword: newPassword ?? PASSWORD } },
    );
    csrf = changed.passwordChange.session.csrfToken;
  }
  return { gql, dispose: () => context.dispose() };
}
