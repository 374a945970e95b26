import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, checkA11y, saveState, screenshot, signIn, signOut, state } from "./support";

test.describe.configure({ mode: "serial" });

const SERVICE = "Выдача справки о составе семьи";

const saved = (page: Page) => expect(page.getByRole("status").filter({ hasText: "Сохранено" })).toBeVisible();

test("variants and applicant profiling: the variant names the profiling values and the result by their names, and keeps their keys", async ({ page }) => {
  await signIn(page, "registrar", PASSWORD);
  await page.getByRole("link", { name: "Создать услугу" }).click();
  await page.getByLabel("Наименование услуги").fill(SERVICE);
  await page.getByLabel("Реестровый номер").fill(`E2E-58-SPRAVKA-${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Создать услугу и черновик стандарта" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Часть 1 статьи 14" })).toBeVisible();
  const draftUrl = new URL(page.url()).pathname;
  saveState({ familyDraftUrl: draftUrl });

  await page.getByRole("link", { name: "3. Результат предоставления услуги" }).click();
  await page.getByRole("button", { name: /^Добавить: результат предоставления услуги/ }).click();
  await page.getByLabel("Наименование результата (результат предоставления услуги 1)").fill("Справка о составе семьи");
  await page.getByRole("button", { name: "Сохранить и вернуться к списку" }).click();

  await page.getByRole("link", { name: "Профилирование заявителя" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Профилирование заявителя" })).toBeVisible();
  await page.getByRole("button", { name: /^Добавить: признак заявителя/ }).click();
  await page.getByLabel(/^Признак в формулировке регламента/).fill("Кто обращается за услугой");
  const addValue = page.getByRole("button", { name: /^Добавить: значение признака заявителя/ });
  await addValue.click();
  await page.getByLabel(/^Значение признака в формулировке регламента/).nth(0).fill("Заявитель лично");
  await addValue.click();
  await page.getByLabel(/^Значение признака в формулировке регламента/).nth(1).fill("Представитель заявителя");
  await saved(page);
  await checkA11y(page, "profiling");
  await page.getByRole("button", { name: "Сохранить и вернуться к списку" }).click();

  await page.getByRole("link", { name: "Варианты предоставления услуги" }).click();
  await page.getByRole("button", { name: /^Добавить: вариант предоставления услуги/ }).click();
  await page.getByLabel(/^Наименование варианта/).fill("Обращение представителя заявителя");
  // the result and the profiling values are chosen by their names, not typed as keys
  const result = page.getByRole("combobox", { name: /^Результат, за которым обращается заявитель/ });
  await result.click();
  await page.getByRole("option", { name: /^Справка о составе семьи/ }).click();
  await page.getByRole("button", { name: /^Добавить: комбинация значений признаков/ }).click();
  const values = page.getByRole("combobox", { name: /^Ключи значений признаков/ });
  await values.click();
  await expect(page.getByRole("option", { name: /^Заявитель лично/ })).toBeVisible();
  await page.getByRole("option", { name: /^Представитель заявителя/ }).click();
  await page.keyboard.press("Escape");
  await saved(page);
  await checkA11y(page, "variants");
  await screenshot(page, "variants");

  // read back: the names are shown, the saved content holds the keys of the chosen items
  await page.reload();
  await expect(page.getByRole("combobox", { name: /^Результат, за которым обращается заявитель/ })).toHaveValue(/^Справка о составе семьи/);
  const combination = page.locator("[id*='combinations']").filter({ hasText: "Представитель заявителя" });
  await expect(combination.first()).toBeVisible();
  await expect(page.locator("[id*='combinations']").filter({ hasText: "Заявитель лично" })).toHaveCount(0);
  await expect(page.getByText(/Нет в перечне/)).toHaveCount(0);
  await page.goto(draftUrl);
  await signOut(page);
});

test("sessions: a user sees their sessions and ends another one, whose next request sends it to sign-in; a warning comes before a session ends for inactivity", async ({ browser }) => {
  const one = await (await browser.newContext()).newPage();
  const two = await (await browser.newContext()).newPage();
  await signIn(one, "registrar", PASSWORD);
  await one.getByRole("link", { name: /\(учётная запись\)$/ }).click();
  await expect(one.getByRole("heading", { level: 1, name: "Учётная запись" })).toBeVisible();
  // sessions left open by the earlier tests are ended first, one by one
  const rows = one.getByRole("table").getByRole("row");
  for (let n = await rows.count(); n > 2; n--) {
    await one.getByRole("button", { name: /^Завершить сеанс/ }).first().click();
    await expect(rows).toHaveCount(n - 1);
  }
  await expect(rows).toHaveCount(2); // the header and this session
  await signIn(two, "registrar", PASSWORD);
  await expect(two.getByRole("heading", { level: 1, name: "Услуги органа власти" })).toBeVisible();
  await one.reload();
  await expect(rows).toHaveCount(3);
  await checkA11y(one, "account");

  // the ended session's next save is refused: the page goes to sign-in, and what was typed comes back after it
  await two.goto(state().familyDraftUrl);
  await two.getByRole("link", { name: "3. Результат предоставления услуги" }).click();
  const typed = "Справка о составе семьи (выписка из домовой книги)";
  const field = two.getByLabel("Наименование результата (результат предоставления услуги 1)");
  await expect(field).toHaveValue("Справка о составе семьи");
  await one.getByRole("button", { name: /^Завершить сеанс/ }).click();
  await expect(one.getByRole("table").getByRole("row")).toHaveCount(2);
  await field.fill(typed);
  await expect(two.getByRole("heading", { level: 1, name: "Вход в реестр" })).toBeVisible();
  await two.getByLabel("Логин").fill("registrar");
  await two.getByLabel("Пароль", { exact: true }).fill(PASSWORD);
  await two.getByRole("button", { name: "Войти" }).click();
  await expect(two.getByText("Восстановлены изменения, которые не удалось сохранить раньше")).toBeVisible();
  await expect(field).toHaveValue(typed);
  await expect(two.getByRole("status").filter({ hasText: "Сохранено" })).toBeVisible();
  await two.reload();
  await expect(field).toHaveValue(typed);
  await expect(two.getByText("Восстановлены изменения")).toHaveCount(0); // saved, not merely kept in the tab
  await two.context().close();

  // inactivity: the clock runs on to two minutes before the idle limit, and the page says so
  const three = await (await browser.newContext()).newPage();
  await three.clock.install();
  await signIn(three, "registrar", PASSWORD);
  await expect(three.getByRole("heading", { level: 1, name: "Услуги органа власти" })).toBeVisible();
  await three.clock.fastForward("28:30");
  const warning = three.getByRole("alert").filter({ hasText: "Сеанс скоро закончится" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/закончится через [12] мин/);
  await checkA11y(three, "session expiry warning");
  await three.context().close();
  await one.context().close();
});

test("an administrator issues an API token and a temporary password; the user must change it before working", async ({ page }) => {
  await signIn(page, "admin", PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Пользователи" })).toBeVisible();
  await page.getByRole("button", { name: "Выпустить токен для approver" }).click();
  const token = (await page.getByRole("note").filter({ hasText: "Токен API пользователя approver" }).locator("[data-secret]").textContent())!.trim();
  const viewer = await page.request.post("/graphql", { headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, data: { query: "{ viewer { login roles { role } } }" } });
  expect((await viewer.json()).data.viewer).toEqual({ login: "approver", roles: [{ role: "APPROVER" }] });
  await expect(page.getByRole("cell").filter({ hasText: "Токен «Токен approver»" })).toBeVisible();

  await page.getByRole("button", { name: "Временный пароль для approver" }).click();
  const temporary = (await page.getByRole("note").filter({ hasText: "Временный пароль пользователя approver" }).locator("[data-secret]").textContent())!.trim();
  await signOut(page);
  // the old password no longer works; the temporary one leads to the password change, and nowhere else
  await page.goto("/sign-in");
  await page.getByLabel("Логин").fill("approver");
  await page.getByLabel("Пароль", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByRole("alert")).toContainText("Неверный логин или пароль");
  await page.getByLabel("Пароль", { exact: true }).fill(temporary);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Смена пароля" })).toBeVisible();
  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "Смена пароля" })).toBeVisible();
  await page.getByLabel("Временный пароль").fill(temporary);
  await page.getByLabel("Новый пароль", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Новый пароль ещё раз").fill(PASSWORD);
  await page.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Очередь согласования" })).toBeVisible();
  await signOut(page);
});
