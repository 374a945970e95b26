import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test, type Browser, type Locator } from "@playwright/test";
import { PASSWORD, apiSession, checkA11y, screenshot } from "./support";

/*
 * The public pages as an anonymous visitor and an МФЦ operator use them, in the browser:
 * search as you type, the standard page with the 23 elements, its print (Chromium's
 * print-to-PDF, read back with pdf.js: page count, text, and the first page as a picture),
 * the questionnaire of a variant seed (published here through the API), its checklist and
 * handout. axe-core on every page.
 */

test.describe.configure({ mode: "serial" });

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "..", "..");
const pdfjsBuild = path.dirname(require.resolve("pdfjs-dist/build/pdf.mjs"));

/** The PDF's pages' text (pdf.js in Node, the legacy build for Node 20). */
async function pdfText(pdf: Buffer): Promise<string[]> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ("str" in i ? i.str + (i.hasEOL ? " " : "") : "")).join("").replace(/\s+/g, " "));
  }
  await doc.destroy();
  return pages;
}

/**
 * Renders the PDF's first page to a PNG in the same Chromium: pdf.js from node_modules is
 * served to a blank page through page.route (nothing leaves the machine), draws the page on a
 * canvas, and the canvas is screenshotted. Returns the PNG and the share of dark pixels.
 */
async function firstPagePng(browser: Browser, pdf: Buffer): Promise<{ png: Buffer; dark: number; width: number; height: number }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1400 } });
  const page = await context.newPage();
  await page.route("http://pdfjs.test/**", (route) => {
    const name = new URL(route.request().url()).pathname;
    if (name === "/") return route.fulfill({ contentType: "text/html", body: '<!doctype html><html lang="ru"><body style="margin:0;background:#fff"><canvas id="page"></canvas></body></html>' });
    if (name === "/document.pdf") return route.fulfill({ contentType: "application/pdf", body: pdf });
    return route.fulfill({ contentType: "text/javascript", body: readFileSync(path.join(pdfjsBuild, path.basename(name))) });
  });
  await page.goto("http://pdfjs.test/");
  const drawn = await page.evaluate(async () => {
    const pdfjs = await import("http://pdfjs.test/pdf.mjs" as string);
    pdfjs.GlobalWorkerOptions.workerSrc = "http://pdfjs.test/pdf.worker.mjs";
    const doc = await pdfjs.getDocument("http://pdfjs.test/document.pdf").promise;
    const first = await doc.getPage(1);
    const viewport = first.getViewport({ scale: 1.5 });
    const canvas = document.getElementById("page") as HTMLCanvasElement;
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    const ctx = canvas.getContext("2d")!;
    await first.render({ canvasContext: ctx, viewport, canvas }).promise;
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 3 * 128) dark++;
    return { dark: dark / (pixels.length / 4), width: canvas.width, height: canvas.height };
  });
  const png = await page.locator("#page").screenshot();
  await context.close();
  return { png, ...drawn };
}

/** Where the browser tests keep pictures: docs/screenshots when UPDATE_SCREENSHOTS=1 (as screenshot() does). */
function keepPicture(name: string, png: Buffer) {
  const dir = process.env.UPDATE_SCREENSHOTS === "1" ? path.join(root, "docs", "screenshots") : path.join(root, "web", "test-results", "screenshots");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), png);
}

/** The value a description list gives for a term. */
const described = (scope: Locator, term: string) => scope.locator("dt").filter({ hasText: new RegExp(`^\\s*${term}\\s*$`) }).locator("xpath=following-sibling::dd[1]");

const plain = (s: string) => s.replace(/ё/g, "е").replace(/\s+/g, " ");

/**
 * The 23 elements in the order of Art. 14 of 210-FZ (part 1 items 1-14, part 2 items 1-9),
 * each by words of the law's own title (reference/legal-elements.md, sections A and B) that its
 * heading must contain.
 */
const LAW_TITLES: string[][] = [
  ["Наименование государственной или муниципальной услуги"],
  ["Наименование органа, предоставляющего государственную или муниципальную услугу"],
  ["Результат предоставления"],
  ["Срок предоставления"],
  ["Правовые основания для предоставления"],
  ["Исчерпывающий перечень документов, необходимых", "должен представить самостоятельно", "вправе представить по собственной инициативе"],
  ["Исчерпывающий перечень оснований для отказа в приеме документов"],
  ["Исчерпывающий перечень оснований для приостановления предоставления услуги или отказа в предоставлении услуги"],
  ["Размер платы, взимаемой с заявителя", "способы ее взимания"],
  ["Максимальный срок ожидания в очереди при подаче запроса", "при получении результата"],
  ["Срок регистрации запроса заявителя о предоставлении услуги"],
  ["Требования к помещениям, в которых предоставляются услуги, к залу ожидания, местам для заполнения запросов", "информационным стендам с образцами", "доступности для инвалидов"],
  ["Показатели доступности и качества государственных и муниципальных услуг"],
  ["Иные требования, в том числе учитывающие особенности предоставления услуг в многофункциональных центрах", "в электронной форме"],
  ["Заявитель (состав (перечень) заявителей)"],
  ["Способ (способы) направления запроса о предоставлении услуги"],
  ["Размер платы, взимаемой с заявителя", "в случаях, предусмотренных федеральными законами"],
  ["Порядок получения заявителем сведений, в том числе в электронной форме, о ходе рассмотрения запроса"],
  ["Порядок исправления допущенных опечаток и ошибок в выданных в результате предоставления услуги документах", "исчерпывающий перечень оснований для отказа в исправлении"],
  ["Порядок выдачи дубликата документа, выданного по результатам предоставления услуги", "исчерпывающий перечень оснований для отказа в выдаче"],
  ["Порядок оставления запроса заявителя о предоставлении услуги без рассмотрения"],
  ["Форма запроса о предоставлении услуги", "форма документа, являющегося результатом"],
  ["Способ (способы) направления заявителю документов (информации), являющихся результатом предоставления услуги"],
];

test("an anonymous visitor finds a seeded service by a partial word as they type, opens its standard with every element, and prints it to a few clean A4 pages", async ({ page, browser }) => {
  await page.goto("/catalog");
  await expect(page.getByRole("heading", { level: 1, name: "Каталог государственных и муниципальных услуг" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Вход для сотрудников" })).toHaveAttribute("href", "/");
  await checkA11y(page, "public catalogue");

  // search as you type: the results change without submitting the form (the page is not reloaded)
  await page.evaluate(() => ((window as unknown as Record<string, unknown>).notReloaded = true));
  await page.getByLabel("Название услуги или ключевое слово").pressSequentially("разрешени", { delay: 60 });
  const status = page.getByRole("status");
  await expect(status).toHaveText(/^Найдено услуг: \d+$/);
  const hits = page.locator("#results ol.results > li");
  await expect(hits.filter({ hasText: "Выдача разрешения на строительство" }).first()).toBeVisible();
  await expect(page).toHaveURL(/\/catalog\?q=%D1%80%D0%B0%D0%B7/);
  // the OKTMO-aware territory: «56» is the Penza region, read back in words; the results narrow to it
  await page.getByLabel("Территория: код ОКТМО").pressSequentially("56", { delay: 60 });
  await expect(page.locator("#territory-meaning")).toContainText("Территория 56: Пензенская область");
  await expect(page).toHaveURL(/territory=56/);
  await expect(hits.filter({ hasText: "Администрация города Краснодар" })).toHaveCount(0);
  const hit = hits.filter({ hasText: "Администрация города Пензы" }).filter({ hasText: "Выдача разрешения на строительство" });
  await expect(hit).toHaveCount(1);
  // each hit: the body, the term and whether it is free
  await expect(described(hit, "Орган")).toHaveText("Администрация города Пензы");
  await expect(described(hit, "Срок")).toHaveText("5 рабочих дней, со дня поступления (подачи) запроса");
  await expect(described(hit, "Плата")).toHaveText("Бесплатно");
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).notReloaded)).toBe(true);
  await checkA11y(page, "public catalogue with results");
  await screenshot(page, "public-catalogue");

  await hit.getByRole("link", { name: "Выдача разрешения на строительство" }).click();
  await expect(page).toHaveURL(/\/catalog\/SEED-58-PNZ-GRK51$/);
  await expect(page.getByRole("heading", { level: 1, name: "Выдача разрешения на строительство" })).toBeVisible();
  await expect(page.getByText(/^Стандарт предоставления муниципальной услуги в силу с 15\.07\.2020\./)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Раздел II. Стандарт предоставления муниципальной услуги" })).toBeVisible();
  // the 23 elements, in the law's order, each titled as Art. 14 words it, with its place in the article
  const headings = (await page.locator("section.element h4").allTextContents()).map(plain);
  expect(headings).toHaveLength(23);
  LAW_TITLES.forEach((words, i) => {
    expect(headings[i].startsWith(`${i + 1}. `), headings[i]).toBe(true);
    for (const w of words) expect(headings[i], `element ${i + 1}`).toContain(plain(w));
    expect(headings[i]).toMatch(i < 14 ? new RegExp(`п\\. ${i + 1} ч\\. 1 ст\\. 14 Федерального закона от 27\\.07\\.2010 № 210-ФЗ$`) : new RegExp(`п\\. ${i - 13} ч\\. 2 ст\\. 14 Федерального закона от 27\\.07\\.2010 № 210-ФЗ$`));
  });
  // spot checks of the full titles as headings (accessible names)
  await expect(page.getByRole("heading", { level: 4, name: /^4\. Срок предоставления государственной или муниципальной услуги/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 4, name: /^15\. Заявитель \(состав \(перечень\) заявителей\)/ })).toBeVisible();
  // legal references written out, the history, the data behind the page
  await expect(page.locator("#ART14_1_4")).toContainText("Градостроительный кодекс Российской Федерации от 29.12.2004 № 190-ФЗ, ст. 51, ч. 11");
  await expect(page.getByRole("table", { name: "Опубликованные редакции стандарта, новые первыми" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Вход для сотрудников" })).toHaveAttribute("href", "/");
  const json = await page.request.get(await page.getByRole("link", { name: "Ответ API в формате JSON" }).getAttribute("href").then((h) => h!));
  const data = await json.json();
  expect(data.standard.data.serviceByRegistryNumber.registryNumber).toBe("SEED-58-PNZ-GRK51");
  expect(data.standard.query).toContain("query PublicStandard");
  await expect(page.getByText("query PublicStandard($registryNumber: String!)", { exact: false })).toBeAttached();
  await checkA11y(page, "public standard page");
  await screenshot(page, "public-standard");

  // print: A4, a few pages, the text and the headings without the page's chrome
  const pdf = await page.pdf({ format: "A4" });
  const pages = await pdfText(pdf);
  test.info().annotations.push({ type: "printed pages", description: `SEED-58-PNZ-GRK51: ${pages.length} A4 pages, ${pdf.length} bytes` });
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages.length).toBeLessThanOrEqual(5);
  const printed = plain(pages.join(" "));
  expect(pages[0]).toContain("Выдача разрешения на строительство");
  expect(pages[0]).toContain(`стр. 1 из ${pages.length}`);
  for (const words of [LAW_TITLES[0], LAW_TITLES[3], LAW_TITLES[8], LAW_TITLES[14], LAW_TITLES[22]]) expect(printed).toContain(plain(words[0]));
  expect(printed).toContain("Раздел II. Стандарт предоставления муниципальной услуги");
  expect(printed).toContain("История редакций");
  for (const chrome of ["Вход для сотрудников", "Перейти к содержанию", "Каталог услуг", "Данные и API", "Ответ API в формате JSON", "анкета для оператора МФЦ"]) expect(printed, chrome).not.toContain(chrome);
  // the first page as a picture: a document, not a blank or a black page
  const first = await firstPagePng(browser, pdf);
  expect(first.width / first.height).toBeCloseTo(210 / 297, 2);
  expect(first.dark, "share of dark pixels on the first printed page").toBeGreaterThan(0.02);
  expect(first.dark).toBeLessThan(0.3);
  keepPicture("public-standard-print.png", first.png);
});

/** The variant seed whose questionnaire is run: a draft (its approving act was not read), published here. */
const SUBSIDY = "SEED-1228-ZHKU-SUBSIDY";

test("an approver publishes a variant seed; an МФЦ operator answers its questionnaire one question per page and gets the checklist the regulation gives, printable as a handout", async ({ page, baseURL, browser }) => {
  // the body's own registrar and approver (new users: the seed's body is not Penza's administration)
  const admin = await apiSession(baseURL!, "admin", PASSWORD);
  // the seed's body (its drafts are visible only to its own staff)
  const bodies = await admin.gql<{ authorities: { edges: { node: { id: string; name: string } }[] } }>("{ authorities(first: 100) { edges { node { id name } } } }");
  const body = bodies.authorities.edges.map((e) => e.node).find((a) => a.name.includes("регламент docs.cntd.ru 406617067"));
  expect(body, "the seed's body").toBeDefined();
  const users: Record<string, { login: string; password: string }> = {};
  for (const role of ["REGISTRAR", "APPROVER"]) {
    const login = `subsidy-${role.toLowerCase()}`;
    const created = await admin.gql<{ userCreate: { user: { id: string } } }>(
      "mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code message } } }",
      { input: { login, name: role === "REGISTRAR" ? "Регистратор органа соцзащиты" : "Согласующий органа соцзащиты", roles: [{ role, authorityId: body!.id }] } },
    );
    const reset = await admin.gql<{ userPasswordReset: { temporaryPassword: string } }>(
      "mutation($id: ID!) { userPasswordReset(userId: $id) { temporaryPassword userErrors { code message } } }",
      { id: created.userCreate.user.id },
    );
    users[role] = { login, password: reset.userPasswordReset.temporaryPassword };
  }
  await admin.dispose();
  const registrar = await apiSession(baseURL!, users.REGISTRAR.login, users.REGISTRAR.password, PASSWORD);
  const { serviceByRegistryNumber: seed } = await registrar.gql<{ serviceByRegistryNumber: { current: unknown; draft: { id: string; status: string } | null } }>(
    "query($rn: String!) { serviceByRegistryNumber(registryNumber: $rn) { current { id } draft { id status } } }",
    { rn: SUBSIDY },
  );
  expect(seed.current, "the seed has no published version").toBeNull();
  expect(seed.draft?.status).toBe("DRAFT");
  const act = await registrar.gql<{ legalActCreate: { legalAct: { id: string } } }>(
    "mutation($input: LegalActInput!) { legalActCreate(input: $input) { legalAct { id } userErrors { code message } } }",
    { input: { type: "REGIONAL_ACT", issuer: "Орган социальной защиты населения", number: "E2E-1", date: "2024-04-23", title: "Об утверждении административного регламента предоставления гражданам субсидий на оплату жилого помещения и коммунальных услуг" } },
  );
  await registrar.gql("mutation($id: ID!) { standardDraftSubmit(id: $id) { standardVersion { status } userErrors { code message } } }", { id: seed.draft!.id });
  await registrar.dispose();
  const approver = await apiSession(baseURL!, users.APPROVER.login, users.APPROVER.password, PASSWORD);
  await approver.gql(
    "mutation($id: ID!, $input: StandardVersionPublishInput!) { standardVersionPublish(id: $id, input: $input) { standardVersion { status } userErrors { code message } } }",
    { id: seed.draft!.id, input: { approvingActId: act.legalActCreate.legalAct.id, effectiveFrom: "2024-05-01", changeNote: "Первая редакция стандарта (проверка в браузере)" } },
  );
  await approver.dispose();

  // the operator: from the catalogue to the service, then its questionnaire
  await page.goto("/catalog");
  await page.getByLabel("Название услуги или ключевое слово").pressSequentially("субсид", { delay: 60 });
  await page.locator("#results").getByRole("link", { name: "Предоставление гражданам субсидий на оплату жилого помещения и коммунальных услуг" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Предоставление гражданам субсидий на оплату жилого помещения и коммунальных услуг" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Варианты предоставления услуги" })).toBeVisible();
  await page.getByRole("link", { name: "Что нужно заявителю: анкета для оператора МФЦ" }).click();

  // the profile of row 4 of table 2 of the regulation's profiling annex: a grant, a tenant, through a representative
  const answers: Record<string, string> = {
    "Вы обращаетесь за предоставлением субсидии или за её возобновлением?": "За предоставлением субсидии",
    "Вы владелец жилого помещения или его наниматель?": "Заявитель является нанимателем жилого помещения",
    "Вы обращаетесь самостоятельно или через представителя?": "Заявитель обратился через представителя (родителя, опекуна, попечителя)",
  };
  const asked: string[] = [];
  for (let step = 0; step < 5; step++) {
    const checklist = page.getByRole("heading", { level: 1, name: "Что нужно заявителю" });
    const legend = page.locator("legend.page-legend");
    await expect(checklist.or(legend)).toBeVisible();
    if (await checklist.isVisible()) break;
    const text = (await legend.textContent())!;
    const current = Object.keys(answers).find((q) => text.endsWith(q) && !asked.includes(q));
    expect(current, `an unexpected question: ${text}`).toBeDefined();
    asked.push(current!);
    await expect(page).toHaveTitle(`${current} — Предоставление гражданам субсидий на оплату жилого помещения и коммунальных услуг — Реестр стандартов предоставления услуг`);
    await checkA11y(page, `questionnaire step ${step + 1}`);
    if (step === 0) {
      // continuing without an answer says what to do, in the GOV.UK error pattern
      await page.getByRole("button", { name: "Продолжить" }).click();
      await expect(page.getByRole("alert")).toContainText("Выберите ответ на вопрос");
      await expect(page).toHaveTitle(/^Ошибка: /);
      await checkA11y(page, "questionnaire step with an error");
      await screenshot(page, "public-questionnaire");
    }
    await page.getByRole("radio", { name: answers[current!], exact: true }).check();
    await page.getByRole("button", { name: "Продолжить" }).click();
  }
  expect(asked.sort()).toEqual(Object.keys(answers).sort());

  // the checklist of variant 4 as the seed encodes it from the regulation
  const main = page.locator("main");
  await expect(main.locator(".lead")).toHaveText("Вариант 4: Заявитель, являющийся нанимателем жилого помещения, обратился через представителя. Результат: Предоставление субсидии на оплату жилого помещения и коммунальных услуг.");
  const list = (heading: string) => main.locator("h2", { hasText: heading }).locator("xpath=following-sibling::ol[1]").locator(":scope > li");
  const own = list("Документы, которые представляет заявитель");
  await expect(own.locator(".item-title")).toHaveText([
    "Заявление о предоставлении субсидии на оплату жилого помещения и коммунальных услуг",
    "Документ, удостоверяющий личность заявителя",
    "Документ, подтверждающий полномочия представителя заявителя (доверенность, решение об опеке или попечительстве)",
    "Копии документов, подтверждающих правовые основания владения и пользования жилым помещением, в котором заявитель зарегистрирован по месту постоянного жительства (если права не зарегистрированы в ЕГРН)",
    "Документы, подтверждающие доходы заявителя и членов его семьи, учитываемые при решении вопроса о предоставлении субсидии",
    "Копии документов, удостоверяющих принадлежность заявителя и членов его семьи к гражданству Российской Федерации или государства, с которым заключён международный договор о предоставлении субсидий",
  ]);
  // in what form each is brought
  await expect(own.nth(0)).toContainText("Форма: Подлинник");
  await expect(own.nth(0)).toContainText("Экземпляров: 1");
  await expect(own.nth(1)).toContainText("Форма: Подлинник для обозрения");
  await expect(own.nth(1)).toContainText("Подлинник возвращается заявителю.");
  await expect(own.nth(2)).toContainText("Когда нужен: При обращении через представителя");
  for (const n of [3, 4, 5]) await expect(own.nth(n)).toContainText("Форма: Копия");
  const interagency = list("Документы, которые орган запрашивает сам");
  await expect(interagency.locator(".item-title")).toHaveText([
    "Сведения о лицах, зарегистрированных совместно с заявителем по месту его постоянного жительства",
    "Сведения о платежах за жилое помещение и коммунальные услуги за последний месяц и о наличии (отсутствии) задолженности",
  ]);
  await expect(interagency.nth(0)).toContainText("Где хранится: Министерство внутренних дел Российской Федерации");
  // the term, the fee, where to submit and where the result is received
  const summary = (term: string) => described(main, term);
  await expect(summary("Срок предоставления")).toHaveText(/^10 рабочих дней/);
  await expect(summary("Плата")).toHaveText("Бесплатно");
  await expect(summary("Получить результат")).toHaveText("Лично в органе, предоставляющем услугу; Через многофункциональный центр (МФЦ); Через Единый портал государственных и муниципальных услуг (функций) (ЕПГУ), в электронной форме");
  await expect(summary("Подать запрос")).toContainText("Через многофункциональный центр (МФЦ)");
  await expect(summary("Через представителя")).toHaveText("можно");
  await checkA11y(page, "questionnaire checklist");
  await screenshot(page, "public-checklist");

  // the handout: at most two A4 pages, the checklist without the page's links
  const pdf = await page.pdf({ format: "A4" });
  const pages = await pdfText(pdf);
  test.info().annotations.push({ type: "printed pages", description: `checklist handout: ${pages.length} A4 pages` });
  expect(pages.length).toBeLessThanOrEqual(2);
  const printed = plain(pages.join(" "));
  expect(printed).toContain("Что нужно заявителю");
  expect(printed).toContain(plain("Вариант 4: Заявитель, являющийся нанимателем жилого помещения, обратился через представителя"));
  expect(printed).toContain("Документ, подтверждающий полномочия представителя заявителя");
  expect(printed).toContain("10 рабочих дней");
  for (const chrome of ["Назад", "Начать анкету заново", "Вход для сотрудников"]) expect(printed, chrome).not.toContain(chrome);
  const handout = await firstPagePng(browser, pdf);
  expect(handout.dark, "share of dark pixels on the handout").toBeGreaterThan(0.01);
  keepPicture("public-checklist-print.png", handout.png);
});
