import { startPublic, textOf } from "./support";
import { ART14_TITLES } from "../../src/public/element-titles";
import { ELEMENTS } from "../../src/completeness/elements";
import { completeContent, isoDate, publishedService, publishContent, DRAFT_CREATE } from "../support/standards";
import { createAuthority, createLegalAct, expectNoErrors } from "../support/factories";
import { CSS_PATH } from "../../src/public/assets";
import { escapeHtml } from "../../src/public/html";

let env: Awaited<ReturnType<typeof startPublic>>;
beforeAll(async () => {
  env = await startPublic();
});
afterAll(() => env.close());

describe("public standard page (server-rendered, no script)", () => {
  it("renders the standard in force as text: every element of Art. 14 under its title, lists numbered, references written out", async () => {
    const res = await env.get("/catalog/SEED-58-PNZ-GRK51");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(res.text).toMatch(/^<!doctype html><html lang="ru">/);
    expect(res.text).not.toMatch(/<script/);
    const text = textOf(res.text);
    for (const e of ELEMENTS) {
      expect(text).toContain(`${ELEMENTS.indexOf(e) + 1}. ${ART14_TITLES[e.code]}`);
      expect(res.text).toContain(`id="${e.code}-title"`);
    }
    expect(text).toContain("Стандарт предоставления муниципальной услуги в силу с 15.07.2020");
    expect(text).toContain("Срок: 5 рабочих дней, со дня поступления (подачи) запроса (Со дня получения заявления о выдаче разрешения на строительство (ч. 11 ст. 51 ГрК РФ)). Основание:");
    // each heading ends with the element's place in the law; a label keeps its own article reference
    expect(text).toContain("4. Срок предоставления государственной или муниципальной услуги п. 4 ч. 1 ст. 14 Федерального закона от 27.07.2010 № 210-ФЗ");
    expect(text).toContain("15. Заявитель (состав (перечень) заявителей) п. 1 ч. 2 ст. 14 Федерального закона от 27.07.2010 № 210-ФЗ");
    expect(text).toContain("Может быть получена в составе комплексного запроса (ст. 15.1): нет");
    // staff find their way into the workspace from every public page
    expect(res.text).toContain('<a href="/" class="staff-link">Вход для сотрудников</a>');
    // links to the data behind the page: the JSON and the API's GraphiQL
    expect(res.text).toContain('<a href="/catalog/SEED-58-PNZ-GRK51/standard.json">Ответ API в формате JSON</a>');
    expect(res.text).toContain('<a href="/graphiql">GraphiQL</a>');
    // each query behind the page opens in GraphiQL with its variables (in the address's fragment, never sent to the server)
    const handed = [...res.text.matchAll(/<a href="\/graphiql#([^"]+)">Открыть запрос (\d) в GraphiQL<\/a>/g)].map((m) => {
      const params = new URLSearchParams(m[1].replaceAll("&amp;", "&"));
      return { n: m[2], query: params.get("query")!, variables: JSON.parse(params.get("variables")!) };
    });
    expect(handed.map((h) => h.n)).toEqual(["1", "2"]);
    expect(handed[0].query).toMatch(/serviceByRegistryNumber/);
    for (const h of handed) {
      expect(res.text).toContain(`<pre class="query">${escapeHtml(h.query)}</pre>`); // the same query as shown
      expect(Object.values(h.variables)).toContain("SEED-58-PNZ-GRK51");
    }
    expect(text).toContain("Градостроительный кодекс Российской Федерации от 29.12.2004 № 190-ФЗ, ст. 51, ч. 13");
    // the whole text of a long ground, not the diff's shortened title
    expect(text).toContain("установленным на дату выдачи представленного градостроительного плана земельного участка");
    // numbered lists of documents
    expect(res.text).toMatch(/<ol class="items"><li><p class="item-title">Заявление о выдаче разрешения на строительство<\/p>/);
    // program notes are not shown to readers
    expect(text).not.toMatch(/false:|OTHER/);
    // the stylesheet has the A4 print rules
    const css = await env.get(CSS_PATH);
    expect(css.status).toBe(200);
    expect(css.text).toMatch(/@media print\{\s*@page\{size:A4/);
    const print = css.text.slice(css.text.indexOf("@media print{"));
    // no navigation, forms or links chrome in print; headings kept with their text; short fields run on
    expect(print).toMatch(/\.site-header,\.site-footer,\.skip-link,\.breadcrumbs,\.no-print,form,nav\{display:none!important\}/);
    expect(print).toMatch(/h1,h2,h3,h4,\.item-title\{break-after:avoid/);
    expect(print).toMatch(/p,li\{orphans:3;widows:3\}/);
    expect(print).toContain("ol.items>li>p.item-title{display:inline;margin:0}");
  });

  it("shows the regulation's own wording where it was entered, once", async () => {
    const text = textOf((await env.get("/catalog/SEED-23-KRD-GRK51")).text);
    const wording = "Срок выдачи разрешения на строительство либо принятия решения об отказе в выдаче разрешения на строительство - не более 5 рабочих дней";
    expect(text.split(wording)).toHaveLength(2);
    expect(text).toContain("Формулировка регламента: п. 13, Муниципальный правовой акт от 06.05.2020 № 1733 (Администрация муниципального образования город Краснодар)");
  });

  it("lists the published versions with their diffs (a seed with three versions)", async () => {
    const res = await env.get("/catalog/SEED-66-ZAGS-BRAK");
    const text = textOf(res.text);
    expect(text).toContain("История редакций");
    expect(res.text).toMatch(/<td class="num">3<\/td>[\s\S]*<td class="num">2<\/td>[\s\S]*<td class="num">1<\/td>/);
    expect(text).toMatch(/Изменения относительно редакции № 2 \(\d+\)/);
    expect(text).toContain("Утратила силу");
  });

  it("announces a scheduled version with its changes; the JSON link returns the page's query and its answer", async () => {
    const authority = await createAuthority(env.h);
    const content = await completeContent(env.h, authority.id);
    const first = await publishedService(env.h, { effectiveFrom: isoDate(-30), content, authorityId: authority.id });
    const draft = await env.h.gql(DRAFT_CREATE, { serviceId: first.service.id });
    expectNoErrors(draft, "standardDraftCreate");
    const next = { ...content, term: { ...content.term, value: 12 } };
    const act = await createLegalAct(env.h, { type: "MUNICIPAL_ACT", title: "О внесении изменений в регламент" });
    await publishContent(env.h, draft.data.standardDraftCreate.standardVersion.id, draft.data.standardDraftCreate.standardVersion.revision, next, isoDate(20), act.id);
    const rn = first.service.registryNumber;
    const text = textOf((await env.get(`/catalog/${rn}`)).text);
    const [y, m, d] = isoDate(20).split("-");
    expect(text).toContain(`С ${d}.${m}.${y} вступает в силу новая редакция стандарта (№ 2)`);
    expect(text).toMatch(/Изменения: Срок предоставления услуги — \d+ [^→]+ → 12 /);
    const json = await fetch(`${env.base}/catalog/${rn}/standard.json`);
    expect(json.headers.get("content-type")).toMatch(/application\/json/);
    const body = await json.json();
    expect(body.standard.query).toContain("query PublicStandard(");
    expect(body.standard.data.serviceByRegistryNumber.current.content.term.value).toBe(content.term!.value);
    expect(body.history.data.serviceByRegistryNumber.scheduled.number).toBe(2);
    // the same queries through /graphql (within its limits) give the same data
    for (const part of [body.standard, body.history]) {
      const api = await fetch(`${env.base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: part.query, variables: part.variables }) });
      const apiBody = await api.json();
      expect(apiBody.errors).toBeUndefined();
      expect(apiBody.data).toEqual(part.data);
    }
  });

  it("escapes every value: a hostile service name and hostile texts render as text", async () => {
    const authority = await createAuthority(env.h, { name: `Орган <b onmouseover="x()">${Date.now()}</b>` });
    const content = await completeContent(env.h, authority.id);
    const hostile = `<script>alert("x")</script> & 'кавычки' <img src=x onerror=alert(1)>`;
    content.name = { ...content.name, fullName: `Услуга ${hostile}` };
    content.term = { ...content.term, note: `</p><script>alert(2)</script>` } as never;
    const { service } = await publishedService(env.h, { effectiveFrom: isoDate(-1), content, authorityId: authority.id });
    const res = await env.get(`/catalog/${service.registryNumber}`);
    expect(res.status).toBe(200);
    expect(res.text).not.toMatch(/<script>alert|<img src=x|<b onmouseover|<\/p><script>/);
    expect(res.text).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;кавычки&#39; &lt;img src=x onerror=alert(1)&gt;");
    expect(textOf(res.text)).toContain(`Услуга ${hostile}`);
    const catalogue = await env.get(`/catalog?q=${encodeURIComponent(`"><script>alert(3)</script>`)}`);
    expect(catalogue.text).not.toContain("<script>alert(3)");
    expect(catalogue.text).toContain('value="&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;"');
  });

  it("answers a Russian 404 page for an unknown service, a draft-only service and a malformed address", async () => {
    for (const path of ["/catalog/NO-SUCH-SERVICE-1", "/catalog/SEED-1228-ZHKU-SUBSIDY", "/catalog/%E0%A4%A", "/catalog/assets/nothing.css"]) {
      const res = await env.get(path);
      expect(res.status).toBe(404);
      expect(textOf(res.text)).toContain("Страница не найдена");
    }
    const post = await fetch(`${env.base}/catalog`, { method: "POST" });
    expect(post.status).toBe(405);
  });
});
