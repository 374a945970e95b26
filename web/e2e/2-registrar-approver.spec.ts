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
