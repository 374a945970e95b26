import { expect, test } from "@playwright/test";
import { PASSWORD, checkA11y, screenshot, signIn } from "./support";

test.describe.configure({ mode: "serial" });

const SERVICE = "Предоставление выписки из реестра муниципального имущества";

test("two tabs edit the same draft: the second save shows the conflict dialog, and nothing typed is lost", async ({ browser }) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await signIn(first, "registrar", PASSWORD);
  await first.getByRole("link", { name: "Создать услугу" }).click();
  await first.getByLabel("Наименование услуги").fill(SERVICE);
  await first.getByLabel("Реестровый номер").fill(`E2E-58-VYPISKA-${Date.now().toString(36)}`);
  await first.getByRole("button", { name: "Создать услугу и черновик стандарта" }).click();
  await first.getByRole("link", { name: "10. Максимальный срок ожидания в очереди" }).click();
  const url = first.url();
  const second = await context.newPage(); // same session, another tab opened at the same revision
  await second.goto(url);
  await expect(second.getByLabel("При подаче запроса, минут", { exact: true })).toBeVisible();

  await first.getByLabel("При подаче запроса, минут", { exact: true }).fill("15");
  await expect(first.getByRole("status").filter({ hasText: "Сохранено" })).toBeVisible();

  await second.getByLabel("При подаче запроса, минут", { exact: true }).fill("12");
  await second.getByLabel("При получении результата, минут", { exact: true }).fill("14");
  const dialog = second.getByRole("dialog", { name: "Черновик изменён другим пользователем" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("row", { name: "При подаче запроса, минут 12 15" })).toBeVisible();
  await checkA11y(second, "conflict dialog");
  await screenshot(second, "conflict-dialog");
  // what was typed is still in the form behind the dialog
  await expect(second.getByLabel("При подаче запроса, минут", { exact: true })).toHaveValue("12");
  await expect(second.getByLabel("При получении результата, минут", { exact: true })).toHaveValue("14");
  await dialog.getByRole("button", { name: "Сохранить мои изменения" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Сохранено" })).toBeVisible();

  await first.reload();
  await expect(first.getByLabel("При подаче запроса, минут", { exact: true })).toHaveValue("12");
  await expect(first.getByLabel("При получении результата, минут", { exact: true })).toHaveValue("14");
  await context.close();
});

test("the editor works with the keyboard alone: add, reorder and remove an item, save, follow an error to its field", async ({ page }) => {
  await signIn(page, "registrar", PASSWORD);
  await page.getByRole("link", { name: `Редактировать ${SERVICE}` }).click();
  await page.getByRole("link", { name: "3. Результат предоставления услуги" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Результат предоставления услуги" })).toBeFocused();

  const add = page.getByRole("button", { name: /^Добавить: результат предоставления услуги/ });
  const tabTo = async (target: ReturnType<typeof page.getByRole>) => {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error("not reachable with Tab");
  };
  await tabTo(add);
  await page.keyboard.press("Enter");
  const name1 = page.getByLabel("Наименование результата (результат предоставления услуги 1)");
  await tabTo(name1);
  await page.keyboard.type("Выписка из реестра");
  await tabTo(add);
  await page.keyboard.press("Enter");
  const name2 = page.getByLabel("Наименование результата (результат предоставления услуги 2)");
  await tabTo(name2);
  await page.keyboard.type("Уведомление об отказе в выдаче выписки");

  // reorder with the «Выше» button: the second item becomes the first, its key and text kept
  await tabTo(page.getByRole("button", { name: "Выше (результат предоставления услуги 2)" }));
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Наименование результата (результат предоставления услуги 1)")).toHaveValue("Уведомление об отказе в выдаче выписки");
  await expect(page.getByLabel("Наименование результата (результат предоставления услуги 2)")).toHaveValue("Выписка из реестра");
  await tabTo(page.getByRole("button", { name: "Удалить результат предоставления услуги 1" }));
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Наименование результата (результат предоставления услуги 1)")).toHaveValue("Выписка из реестра");
  await expect(page.getByLabel("Наименование результата (результат предоставления услуги 2)")).toHaveCount(0);

  // a finding's link in the panel moves focus to its field
  const finding = page.getByRole("complementary", { name: "Требования закона" }).getByRole("link").first();
  await tabTo(finding);
  await page.keyboard.press("Enter");
  // focus lands on the field the finding names (or the first control of its group)
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest("[id^='f-results']")?.id ?? null)).toMatch(/^f-results/);

  // save; an error of the API is linked from the summary to its field
  await tabTo(page.getByRole("button", { name: "Сохранить и вернуться к списку" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Часть 1 статьи 14" })).toBeVisible();
  // saved: the element is no longer empty (what else the law asks of it is the guided test's part)
  await expect(page.getByRole("row", { name: /Результат предоставления услуги/ })).not.toContainText("Не заполнен");

  await page.getByRole("link", { name: "4. Срок предоставления услуги" }).focus();
  await page.keyboard.press("Enter");
  const value = page.getByLabel("Значение срока", { exact: true }).first();
  await tabTo(value);
  await page.keyboard.type("1000000");
  await tabTo(page.getByRole("button", { name: "Сохранить и вернуться к списку" }));
  await page.keyboard.press("Enter");
  const summary = page.getByRole("alert").filter({ hasText: "Есть ошибки" });
  await expect(summary).toBeVisible();
  await expect(page).toHaveTitle(/^Ошибка: /);
  await checkA11y(page, "section with an error summary");
  await screenshot(page, "error-summary");
  await summary.getByRole("link").first().focus();
  await page.keyboard.press("Enter");
  await expect(value).toBeFocused();
});
