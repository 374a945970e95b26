import { expect, test } from "@playwright/test";
import { AUTHORITY, PASSWORD, checkA11y, saveState, screenshot, signIn, signOut, state } from "./support";

test("the first administrator signs in with the CLI's temporary password, must change it, then creates a registrar and an approver", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Стандарты предоставления услуг" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Найдено услуг");
  await checkA11y(page, "public catalogue");
  await screenshot(page, "catalogue");

  await page.getByRole("link", { name: "Войти" }).click();
  await checkA11y(page, "sign-in");
  await screenshot(page, "sign-in");
  // a wrong password is refused with the error summary, focused
  await page.getByLabel("Логин").fill("admin");
  await page.getByLabel("Пароль", { exact: true }).fill("не тот пароль");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByRole("alert")).toContainText("Неверный логин или пароль");
  await expect(page).toHaveTitle(/^Ошибка: /);
  await checkA11y(page, "sign-in with an error");

  await page.getByLabel("Пароль", { exact: true }).fill(state().adminPassword);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Смена пароля" })).toBeVisible();
  await checkA11y(page, "password change");
  await page.getByLabel("Временный пароль").fill(state().adminPassword);
  await page.getByLabel("Новый пароль", { exact: true }).fill("короткий");
  await page.getByLabel("Новый пароль ещё раз").fill("короткий");
  await page.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(page.getByRole("alert")).toContainText("Пароль должен быть не короче 10 символов");
  await page.getByLabel("Новый пароль", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Новый пароль ещё раз").fill(PASSWORD);
  await page.getByRole("button", { name: "Сменить пароль" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Пользователи" })).toBeVisible();
  for (const [login, name, role] of [["registrar", "Регистратор Пензы", "REGISTRAR"], ["approver", "Согласующий Пензы", "APPROVER"]]) {
    await page.getByLabel("Логин").fill(login);
    await page.getByLabel("Имя").fill(name);
    await page.getByLabel("Роль", { exact: true }).first().selectOption(role);
    await page.locator("#u-authority").selectOption({ label: AUTHORITY });
    await page.getByRole("button", { name: "Создать и выдать временный пароль" }).click();
    const secret = page.getByRole("note").filter({ hasText: `Временный пароль пользователя ${login}` }).locator("[data-secret]");
    await expect(secret).toHaveText(/^\S{4}-\S{4}-\S{4}-\S{4}$/);
    saveState({ [`${login}Password`]: (await secret.textContent())!.trim() });
    await expect(page.getByRole("cell", { name: `${name} ${login}`, exact: true })).toBeVisible();
  }
  await checkA11y(page, "users");
  await screenshot(page, "admin-users");

  await page.getByRole("link", { name: "Органы власти" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Органы власти" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: AUTHORITY }).first()).toContainText("ОКТМО");
  await checkA11y(page, "authorities");
  await screenshot(page, "admin-authorities");
  await signOut(page);
});

test("a registrar and an approver sign in with their temporary passwords and set their own", async ({ page }) => {
  await signIn(page, "registrar", state().registrarPassword, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Услуги органа власти" })).toBeVisible();
  await signOut(page);
  await signIn(page, "approver", state().approverPassword, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Очередь согласования" })).toBeVisible();
  await signOut(page);
});
