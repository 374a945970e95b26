import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import { AUTHORITY, PASSWORD, checkA11y, saveState, screenshot, signIn, signOut, state } from "./support";

test.describe.configure({ mode: "serial" });

const SUBORDINATE = "Управление градостроительства и архитектуры администрации города Пензы";
const KRASNODAR = "Администрация муниципального образования город Краснодар";

/** The file a click downloads (Playwright's download event), read whole. */
async function download(page: Page, link: Locator): Promise<{ file: Download; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const path = await file.path();
  return { file, body: readFileSync(path) };
}

const csvRows = (body: Buffer): string[][] => parse(body, { bom: true, relax_column_count: false });

/** The cells of a row of a table, by the row's header text. */
async function rowCells(table: Locator, header: string | RegExp): Promise<string[]> {
  const row = table.getByRole("row").filter({ has: table.page().getByRole("rowheader", { name: header }) });
  await expect(row).toHaveCount(1);
  return (await row.getByRole("cell").allInnerTexts()).map((t) => t.trim());
}

test("the administrator adds a subordinate body of Penza, a registrar there and an auditor of Penza with its subordinates", async ({ page }) => {
  await signIn(page, "admin", PASSWORD);
  await page.getByRole("link", { name: "Органы власти" }).click();
  await page.getByLabel("Наименование", { exact: true }).fill(SUBORDINATE);
  await page.getByLabel("Вышестоящий орган (необязательно)").selectOption({ label: AUTHORITY });
  await page.getByRole("button", { name: "Добавить орган власти" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: SUBORDINATE }).first()).toBeVisible();

  await page.getByRole("link", { name: "Пользователи" }).click();
  await page.getByLabel("Логин").fill("auditor");
  await page.getByLabel("Имя").fill("Аудитор Пензы");
  await page.locator("#u-role").selectOption("AUDITOR");
  await page.locator("#u-authority").selectOption({ label: AUTHORITY });
  await page.getByLabel("Включая подчинённые органы").check();
  await page.getByRole("button", { name: "Создать и выдать временный пароль" }).click();
  const secret = page.getByRole("note").filter({ hasText: "Временный пароль пользователя auditor" }).locator("[data-secret]");
  await expect(secret).toHaveText(/^\S{4}-\S{4}-\S{4}-\S{4}$/);
  saveState({ auditorPassword: (await secret.textContent())!.trim() });
  await expect(page.getByText(`Аудитор: ${AUTHORITY} и подчинённые`, { exact: true })).toBeVisible();

  const grant = page.locator("form").filter({ has: page.getByRole("button", { name: "Назначить роль" }) });
  await grant.getByLabel("Пользователь").selectOption({ label: "Регистратор Пензы (registrar)" });
  await grant.getByLabel("Роль").selectOption("REGISTRAR");
  await grant.getByLabel("Орган власти").selectOption({ label: SUBORDINATE });
  await grant.getByRole("button", { name: "Назначить роль" }).click();
  await expect(page.getByText(`Регистратор: ${SUBORDINATE}`, { exact: true })).toBeVisible();
  await signOut(page);

  // the registrar starts a service in the subordinate body: an incomplete draft there
  await signIn(page, "registrar", PASSWORD);
  await page.getByRole("link", { name: "Создать услугу" }).click();
  const registryNumber = `E2E-58-UGA-VVOD-${Date.now().toString(36)}`;
  await page.getByLabel("Наименование услуги").fill("Выдача разрешения на ввод объекта в эксплуатацию");
  await page.getByLabel("Реестровый номер").fill(registryNumber);
  await page.getByLabel("Орган, предоставляющий услугу").selectOption({ label: SUBORDINATE });
  await page.getByRole("button", { name: "Создать услугу и черновик стандарта" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Часть 1 статьи 14" })).toBeVisible();
  saveState({ subordinateService: registryNumber });
  await signOut(page);
});

test("the auditor's completeness desk: counts with and without subordinates, the same in the CSV and XLSX downloads", async ({ page }) => {
  await signIn(page, "auditor", state().auditorPassword, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Полнота стандартов" })).toBeVisible();
  await page.getByLabel("Орган власти").selectOption({ label: AUTHORITY });
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page.getByRole("heading", { level: 2, name: AUTHORITY, exact: true })).toBeVisible();
  const counts = page.getByRole("table", { name: "Полные и неполные версии стандартов" });
  const alone = await rowCells(counts, "Черновики и на согласовании");

  await page.getByLabel("С подчинёнными органами").check();
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page.getByRole("heading", { level: 2, name: `${AUTHORITY} и подчинённые органы` })).toBeVisible();
  const drafts = (await rowCells(counts, "Черновики и на согласовании")).map(Number);
  const published = (await rowCells(counts, "Опубликованные (действуют или вступят в силу)")).map(Number);
  // the subordinate's new draft is counted only with the subordinates, as incomplete
  expect(drafts).toEqual([Number(alone[0]), Number(alone[1]) + 1]);
  await expect(page.getByRole("img", { name: new RegExp(`Черновики: неполных — ${drafts[1]}`) })).toBeVisible();

  const failing = page.getByRole("table", { name: /^Неполные версии: \d+$/ });
  const failingRows = failing.locator("tbody > tr");
  const shown = await failingRows.evaluateAll((rows) => rows.map((r) => ({ registryNumber: r.getAttribute("data-registry-number")!, errors: Number(/Ошибок: (\d+)/.exec(r.textContent ?? "")![1]) })));
  expect(shown.length).toBe(drafts[1] + published[1]);
  expect(shown.map((s) => s.registryNumber)).toContain(state().subordinateService);
  const subordinateRow = failingRows.filter({ hasText: state().subordinateService });
  await expect(subordinateRow).toContainText(SUBORDINATE);
  await expect(subordinateRow.getByRole("link", { name: "Выдача разрешения на ввод объекта в эксплуатацию" })).toHaveAttribute("href", /^\/drafts\//);
  const rules = page.getByRole("table", { name: "Правила, нарушенные чаще всего" });
  const ruleRows = await rules.locator("tbody > tr").evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent!.trim())));
  expect(ruleRows.length).toBeGreaterThan(0);
  for (const [, reference, count] of ruleRows) {
    expect(reference).toMatch(/ст\. \d+/);
    expect(Number(count)).toBeGreaterThan(0);
  }
  await checkA11y(page, "completeness desk");
  await screenshot(page, "auditor-completeness");

  // CSV: one row per error of each incomplete version
  const csv = await download(page, page.getByRole("link", { name: "Скачать CSV" }));
  expect(csv.file.suggestedFilename()).toBe("completeness.csv");
  const [header, ...rows] = csvRows(csv.body);
  expect(header[0]).toBe("Реестровый номер");
  expect(rows.length).toBe(shown.reduce((n, s) => n + s.errors, 0));
  const versionColumn = header.indexOf("Идентификатор версии");
  expect(new Set(rows.map((r) => r[versionColumn])).size).toBe(shown.length);
  expect([...new Set(rows.map((r) => r[0]))].sort()).toEqual([...new Set(shown.map((s) => s.registryNumber))].sort());
  expect(rows.filter((r) => r[0] === state().subordinateService).length).toBe(shown.find((s) => s.registryNumber === state().subordinateService)!.errors);

  // XLSX: the counts, the rules and the same rows as the CSV
  const xlsx = await download(page, page.getByRole("link", { name: "Скачать XLSX" }));
  expect(xlsx.file.suggestedFilename()).toBe("completeness.xlsx");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
  const values = (name: string) => {
    const sheet = book.getWorksheet(name);
    expect(sheet, name).toBeTruthy();
    const out: (string | number | null)[][] = [];
    sheet!.eachRow((row) => out.push((row.values as (string | number | null)[]).slice(1)));
    return out;
  };
  const summary = values("Сводка");
  expect(summary[1].slice(0, 2)).toEqual([AUTHORITY, "да"]);
  expect(summary[1].slice(3)).toEqual(drafts);
  expect(summary[2].slice(3)).toEqual(published);
  const xlsxRules = values("Частые нарушения").slice(1);
  expect(xlsxRules.map((r) => [r[1], r[3]])).toEqual(ruleRows.map(([, reference, count]) => [reference, Number(count)]));
  const xlsxFailing = values("Неполные стандарты").slice(1);
  expect(xlsxFailing.length).toBe(rows.length);
  expect(xlsxFailing.map((r) => String(r[0]))).toEqual(rows.map((r) => r[0]));
});

test("the auditor compares the construction-permit standards of Penza and Krasnodar", async ({ page }) => {
  await signIn(page, "auditor", PASSWORD);
  await page.getByRole("link", { name: "Сравнение" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Сравнение стандартов" })).toBeVisible();
  await page.getByLabel("Наименование услуги").fill("разрешение на строительство");
  await page.getByRole("button", { name: "Найти" }).click();
  await page.getByRole("checkbox", { name: `Выдача разрешения на строительство — ${AUTHORITY}` }).check();
  await page.getByRole("checkbox", { name: `Выдача разрешения на строительство — ${KRASNODAR}` }).check();
  await page.getByRole("button", { name: "Сравнить выбранные" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Различий: \d+$/ })).toBeVisible();
  const table = page.getByRole("table", { name: "Элементы стандартов, в которых они расходятся" });
  const columns = await table.locator("thead th").allInnerTexts();
  expect(columns[1]).toContain(AUTHORITY);
  expect(columns[1]).toContain("SEED-58-PNZ-GRK51");
  expect(columns[2]).toContain(KRASNODAR);
  expect(columns[2]).toContain("SEED-23-KRD-GRK51");
  // the differences the seeds hold: the providing body, the start of the term, the registration of a request from the MFC
  expect(await rowCells(table, /Наименование органа, предоставляющего услугу: орган, предоставляющий услугу/)).toEqual([AUTHORITY, KRASNODAR]);
  const start = await rowCells(table, /Срок предоставления услуги: пояснение к началу отсчёта/);
  expect(start[0]).toMatch(/^Со дня получения заявления о выдаче разрешения на строительство/);
  expect(start[1]).toMatch(/^Со дня поступления в уполномоченный орган заявления и прилагаемых документов/);
  const mfc = await rowCells(table, /Срок регистрации запроса заявителя: «Через многофункциональный центр \(МФЦ\)»/);
  expect(mfc[0]).toBe("В день поступления заявления из МФЦ в администрацию.");
  expect(mfc[1]).toMatch(/^Регистрация — в день поступления из МФЦ, не более 20 минут/);
  // the same fee (none) and the same refusal grounds (ст. 51 ГрК РФ for every municipality): not among the differences
  await expect(table.getByRole("rowheader", { name: /^п\. 9 ч\. 1 ст\. 14/ })).toHaveCount(0);
  // two versions: no value is shared by a majority against another, so no outliers
  await expect(table.getByText("выброс", { exact: true })).toHaveCount(0);
  await checkA11y(page, "cross-body comparison");

  const shown = await table.locator("tbody > tr").count();
  const csv = await download(page, page.getByRole("link", { name: "Скачать CSV" }));
  expect(csv.file.suggestedFilename()).toBe("compare.csv");
  const [header, ...rows] = csvRows(csv.body);
  expect(header[2]).toContain(AUTHORITY);
  expect(header[3]).toContain(KRASNODAR);
  expect(rows.length).toBe(shown);
  expect(rows.find((r) => r[1] === "Наименование органа, предоставляющего услугу: орган, предоставляющий услугу")?.slice(2, 4)).toEqual([AUTHORITY, KRASNODAR]);
  expect(rows.every((r) => r[4] === "0")).toBe(true);

  // two versions of one service: the marriage registration of Sverdlovsk, 2012 and 2015 (the duty raised from 200 to 350 roubles)
  await page.getByRole("tab", { name: "Две версии одной услуги" }).click();
  await page.getByLabel("Наименование услуги").fill("регистрация заключения брака");
  await page.getByRole("button", { name: "Найти" }).click();
  await page.getByLabel("Услуга", { exact: true }).selectOption({ label: "Государственная регистрация заключения брака — Управление записи актов гражданского состояния Свердловской области (SEED-66-ZAGS-BRAK)" });
  await page.getByLabel("Исходная версия").selectOption({ label: "Версия 1, с 13.12.2011 (опубликована)" });
  await page.getByLabel("Сравниваемая версия").selectOption({ label: "Версия 2, с 01.01.2015 (опубликована)" });
  await page.getByRole("button", { name: "Сравнить версии" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Версия 1 → версия 2" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^Изменений: \d+$/ })).toHaveText("Изменений: 1");
  const change = page.getByRole("table", { name: "Изменения по элементам стандарта" }).locator("tbody > tr");
  await expect(change).toHaveCount(1);
  await expect(change.getByRole("cell")).toHaveText(["п. 9 ч. 1 ст. 14", "Изменено", /Государственная пошлина .*размер в рублях — «200\.00» → «350\.00»/]);
  await checkA11y(page, "two versions compared");

  // the workspace's header leads to the public catalogue
  await page.getByRole("link", { name: "Открытый каталог" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Каталог государственных и муниципальных услуг" })).toBeVisible();
});

test("the auditor's audit log: filtered by action, the chain check shown, the CSV of the same filter", async ({ page }) => {
  await signIn(page, "auditor", PASSWORD);
  await page.getByRole("link", { name: "Журнал аудита" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Журнал аудита" })).toBeVisible();
  const chain = page.getByRole("status").filter({ hasText: "Цепочка журнала" });
  await expect(chain).toContainText("Цепочка журнала цела");
  await expect(chain).toContainText(/Проверено записей: \d+\. Последняя запись № \d+, её хеш [0-9a-f]{64}/);

  // pages of 20, newest first: older and back
  const table = page.getByRole("table", { name: "Записи журнала, новые первыми" });
  const count = page.getByRole("status").filter({ hasText: /^Записей: \d+$/ });
  await expect(count).toBeVisible();
  const total = Number((await count.textContent())!.replace(/\D/g, ""));
  expect(total).toBeGreaterThan(0);
  const firstPage = await table.locator("tbody > tr").allTextContents();
  expect(firstPage.length).toBe(Math.min(total, 20));
  const older = page.getByRole("button", { name: "Старше →" });
  const newer = page.getByRole("button", { name: "← Новее" });
  await expect(newer).toBeDisabled();
  if (total > 20) {
    await older.click();
    await expect(page).toHaveURL(/after=/);
    await expect(table.locator("tbody > tr")).toHaveCount(Math.min(total - 20, 20));
    expect(await table.locator("tbody > tr").allTextContents()).not.toContain(firstPage[0]);
    await newer.click();
    await expect(page).toHaveURL(/before=/);
    await expect(table.locator("tbody > tr")).toHaveText(firstPage);
  } else await expect(older).toBeDisabled();

  await page.getByLabel("Действие").selectOption("serviceCreate");
  await page.getByRole("button", { name: "Применить фильтры" }).click();
  await expect(page).toHaveURL(/action=serviceCreate/);
  await expect(table.locator("tbody > tr").first()).toContainText("Создание услуги (serviceCreate)");
  const actions = await table.locator("tbody td[data-action]").allInnerTexts();
  expect(actions.length).toBeGreaterThan(0);
  expect(new Set(actions)).toEqual(new Set(["Создание услуги (serviceCreate)"]));
  await expect(table.locator("tbody > tr").filter({ hasText: state().subordinateService })).toHaveCount(1);
  await expect(page.getByRole("status").filter({ hasText: /^Записей: \d+$/ })).toHaveText(`Записей: ${actions.length}`);
  await checkA11y(page, "audit log filtered by action");

  const csv = await download(page, page.getByRole("link", { name: "Скачать CSV" }));
  expect(csv.file.suggestedFilename()).toBe("audit.csv");
  const [header, ...rows] = csvRows(csv.body);
  const action = header.indexOf("Действие");
  expect(rows.length).toBe(actions.length);
  expect(new Set(rows.map((r) => r[action]))).toEqual(new Set(["serviceCreate"]));
  expect(rows.some((r) => r[header.indexOf("Реестровый номер")] === state().subordinateService)).toBe(true);

  // the subordinate body narrows it to its service
  await page.getByLabel("Орган власти").selectOption({ label: SUBORDINATE });
  await page.getByRole("button", { name: "Применить фильтры" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Записей: \d+$/ })).toHaveText("Записей: 1");
  await expect(table.locator("tbody > tr")).toContainText(state().subordinateService);
  await signOut(page);
});
