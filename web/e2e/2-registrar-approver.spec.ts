import { expect, test } from "@playwright/test";
import { PASSWORD, checkA11y, saveState, screenshot, signIn, signOut } from "./support";
import { StandardEditor } from "./editor";
import { fillSection } from "./guide";

test.describe.configure({ mode: "serial" });

test("a registrar creates a service and, guided only by the inline findings, fills it until it is complete, then submits it", async ({ page }) => {
  test.setTimeout(900_000);
  await signIn(page, "registrar", PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Услуги органа власти" })).toBeVisible();
  await checkA11y(page, "registrar's services");
  await screenshot(page, "registrar-services");
  await page.getByRole("link", { name: "Создать услугу" }).click();
  await checkA11y(page, "service create");
  // the API's messages come back next to the fields
  await page.getByRole("button", { name: "Создать услугу и черновик стандарта" }).click();
  await expect(page.getByRole("alert")).toContainText("Есть ошибки");
  await checkA11y(page, "service create with errors");
  await page.getByLabel("Наименование услуги").fill("Выдача разрешения на установку рекламной конструкции");
  await page.getByLabel("Реестровый номер").fill(`E2E-58-REKLAMA-${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Создать услугу и черновик стандарта" }).click();

  const editor = new StandardEditor(page);
  await expect(page.getByRole("heading", { level: 2, name: "Часть 1 статьи 14" })).toBeVisible();
  const draftUrl = new URL(page.url()).pathname;
  saveState({ draftUrl });
  await expect(page.getByText(/^Заполнено 2 из 23 · ошибок: 12$/)).toBeVisible();
  await checkA11y(page, "task list");
  await screenshot(page, "task-list");

  const log: string[] = [];
  let previous = "";
  for (let round = 0; round < 16; round++) {
    await editor.openTaskList(draftUrl);
    const left = await editor.unfinished();
    if (!left.length) break;
    // a section left with no required finding must be «Заполнен» on the task list
    expect(left[0].name, `still unfinished after answering every finding shown:\n${log.join("\n")}`).not.toBe(previous);
    previous = left[0].name;
    await page.getByRole("link", { name: left[0].name }).click();
    await expect(editor.panel()).toBeVisible();
    if (round === 0) {
      await checkA11y(page, "section editor with findings");
      await screenshot(page, "section-editor");
    }
    await fillSection(editor, log);
    await page.getByRole("button", { name: "Сохранить и вернуться к списку" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Часть 1 статьи 14" })).toBeVisible();
  }
  await editor.openTaskList(draftUrl);
  expect(await editor.unfinished(), log.join("\n")).toEqual([]);
  await expect(page.getByText(/Заполнено (1[4-9]|2\d) из 23 · ошибок: 0/)).toBeVisible();

  await page.getByRole("link", { name: "Проверить и отправить на согласование" }).click();
  await expect(page.getByText("Обязательные элементы заполнены, ошибок нет.")).toBeVisible();
  await checkA11y(page, "check answers");
  await page.getByRole("button", { name: "Отправить на согласование" }).click();
  await expect(page.getByText("На согласовании", { exact: true })).toBeVisible();
  await signOut(page);
});

test("an approver sees it in the queue and returns it with a remark; the registrar fixes it and submits again; the approver publishes it with a future date", async ({ page }) => {
  const remark = "Уточните наименование результата: укажите вид документа.";
  await signIn(page, "approver", PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Очередь согласования" })).toBeVisible();
  await checkA11y(page, "review queue");
  await screenshot(page, "review-queue");
  await page.getByRole("link", { name: "Выдача разрешения на установку рекламной конструкции" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Первая редакция стандарта" })).toBeVisible();
  await checkA11y(page, "review");
  await screenshot(page, "review");
  await page.getByLabel("Замечания регистратору").fill(remark);
  await page.getByRole("button", { name: "Вернуть с замечаниями" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Очередь согласования" })).toBeVisible();
  await expect(page.getByText("Нет версий на согласовании.")).toBeVisible();
  await signOut(page);

  await signIn(page, "registrar", PASSWORD);
  await page.getByRole("link", { name: "Редактировать Выдача разрешения на установку рекламной конструкции" }).click();
  await expect(page.getByRole("note").filter({ hasText: "Возвращено на доработку" })).toContainText(remark);
  await page.getByRole("link", { name: "3. Результат предоставления услуги" }).click();
  const result = page.getByLabel("Наименование результата (результат предоставления услуги 1)");
  await result.fill("Разрешение на установку и эксплуатацию рекламной конструкции (документ на бумажном носителе или электронный документ)");
  await page.getByRole("button", { name: "Сохранить и вернуться к списку" }).click();
  await page.getByRole("link", { name: "Проверить и отправить на согласование" }).click();
  await page.getByRole("button", { name: "Отправить на согласование" }).click();
  await expect(page.getByText("На согласовании", { exact: true })).toBeVisible();
  await signOut(page);

  await signIn(page, "approver", PASSWORD);
  await page.getByRole("link", { name: "Выдача разрешения на установку рекламной конструкции" }).click();
  // publishing asks for the date and the approving act, and to confirm them (WCAG 3.3.4)
  const future = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Дата вступления в силу").fill(future);
  const act = page.getByRole("combobox", { name: "Акт, утвердивший регламент или изменения" });
  await act.click();
  await act.fill("организации предоставления");
  await page.getByRole("listbox").getByRole("option").first().click();
  await page.getByLabel("Что изменено и почему").fill("Первая редакция стандарта");
  await page.getByRole("button", { name: "Опубликовать…" }).click();
  const dialog = page.getByRole("dialog", { name: "Подтвердите публикацию" });
  await expect(dialog).toContainText(future.split("-").reverse().join("."));
  await checkA11y(page, "publish confirmation");
  await dialog.getByRole("button", { name: "Опубликовать" }).click();
  await expect(page.getByText(`Опубликован, вступит в силу ${future.split("-").reverse().join(".")}`)).toBeVisible();
  await signOut(page);
});
