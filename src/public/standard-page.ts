import type { ContentModel } from "../history/content-model";
import { formatTerm } from "../history/format";
import { citeAct } from "../history/act-citations";
import { ELEMENT_BY_CODE } from "../completeness/elements";
import type { LegalActType } from "../legal-acts/legal-act.entity";
import { today } from "../shared/dates";
import { html, type Html } from "./html";
import { page } from "./layout";
import { actCitationsOf, LAW_210, ruDate, standardElements } from "./standard-text";

type Obj = Record<string, unknown>;
type Act = { type: LegalActType; number: string; date: string; issuer: string; title?: string | null };
interface Change {
  element: string;
  kind: string;
  summary: string;
}

export interface StandardPageData {
  serviceByRegistryNumber: Omit<StandardPage, "scheduled" | "versions"> | null;
}

export interface StandardHistoryData {
  serviceByRegistryNumber: Pick<StandardPage, "scheduled" | "versions"> | null;
}

interface StandardPage {
    id: string;
    registryNumber: string;
    name: string;
    level: string;
    kind: string;
    authority: { name: string; oktmo: string | null };
    current: { id: string; number: number; state: string; effectiveFrom: string | null; effectiveTo: string | null; changeNote: string | null; approvingAct: Act | null; content: Obj } | null;
    scheduled: { id: string; number: number; effectiveFrom: string | null; changeNote: string | null; approvingAct: Act | null; changesFromPrevious: Change[] | null } | null;
    versions: { edges: { node: { id: string; number: number; status: string; state: string; effectiveFrom: string | null; effectiveTo: string | null; changeNote: string | null; changesFromPrevious: Change[] | null } }[] };
}

const STATE_RU: Record<string, string> = {
  IN_FORCE: "Действует",
  SCHEDULED: "Вступит в силу",
  SUPERSEDED: "Утратила силу",
  WITHDRAWN: "Отозвана",
  DRAFT: "Черновик",
  IN_REVIEW: "На согласовании",
};

export interface StandardLinks {
  /** The page's own path (printed at the end of the document). */
  page: string;
  json: string;
  questionnaire: string | null;
  queries: string[];
  variables: Record<string, unknown>;
}

export function standardPage(model: ContentModel, data: StandardPage, links: StandardLinks): string {
  const current = data.current;
  const content = current?.content ?? {};
  const acts = actCitationsOf(content);
  const elements = current ? standardElements(model, content, acts) : [];
  const level = data.level === "MUNICIPAL" ? "муниципальной" : "государственной";
  const scheduled = data.scheduled;
  const body = html`
    <span class="caption">${data.authority.name}</span>
    <h1>${data.name}</h1>
    ${current
      ? html`<p class="lead">Стандарт предоставления ${level} услуги в силу с ${ruDate(current.effectiveFrom)}${current.effectiveTo ? html` по ${ruDate(current.effectiveTo)} (не включая)` : ""}. Редакция № ${current.number}${current.approvingAct ? html`, утверждена: ${citeAct(current.approvingAct)}` : ""}.</p>`
      : html`<p class="lead">Действующего стандарта на сегодня нет.</p>`}
    <dl class="summary">
      <dt>Реестровый номер</dt><dd>${data.registryNumber}</dd>
      <dt>Орган</dt><dd>${data.authority.name}${data.authority.oktmo ? html` (ОКТМО ${data.authority.oktmo})` : ""}</dd>
      <dt>Вид стандарта</dt><dd>${data.kind === "UNIFIED" ? "Единый стандарт (ч. 1 и 2 ст. 14)" : "Стандарт (ч. 1 ст. 14)"}</dd>
    </dl>
    ${scheduled ? scheduledNotice(scheduled) : ""}
    ${links.questionnaire ? html`<p class="no-print"><a href="${links.questionnaire}">Что нужно заявителю: анкета для оператора МФЦ</a></p>` : ""}
    ${current
      ? html`<h2 id="standard">Раздел II. Стандарт предоставления ${level} услуги</h2>
        ${[1, 2].map((part) => {
          const list = elements.filter((e) => e.element.part === part);
          return html`<h3 class="part-title">${part === 1 ? "Часть 1 статьи 14 Федерального закона № 210-ФЗ" : "Часть 2 статьи 14 Федерального закона № 210-ФЗ (единый стандарт)"}</h3>
            ${list.map((e) => html`<section class="element" id="${e.element.code}" aria-labelledby="${e.element.code}-title">
                <h4 id="${e.element.code}-title">${elements.indexOf(e) + 1}. ${e.title} <span class="reference">${e.reference}<span class="law"> ${LAW_210}</span></span></h4>
                ${e.body}
              </section>`)}`;
        })}
        ${variantsText(model, content)}`
      : ""}
    ${history(data.versions.edges.map((e) => e.node))}
    <p class="print-only source-line">Сведения реестра стандартов предоставления государственных и муниципальных услуг на ${ruDate(today())}, страница ${links.page}.</p>
    <section class="no-print" aria-labelledby="data-title">
      <h2 id="data-title">Данные и API</h2>
      <p>Страница построена по запросу GraphQL к открытому API реестра (только опубликованные сведения).</p>
      <ul>
        <li><a href="${links.json}">Ответ API в формате JSON</a></li>
        <li><a href="/graphiql">GraphiQL</a> — среда для запросов к API; каждый запрос ниже открывается в ней вместе с переменными</li>
      </ul>
      ${links.queries.map(
        (q, i) => html`<details>
        <summary>Запрос GraphQL ${i + 1} из ${links.queries.length}, по которому построена страница</summary>
        <p>POST /graphql с телом {"query": …, "variables": ${JSON.stringify(links.variables)}}:</p>
        <pre class="query">${q.trim()}</pre>
        <p><a href="/graphiql#${new URLSearchParams({ query: q.trim(), variables: JSON.stringify(links.variables, null, 2) }).toString()}">Открыть запрос ${i + 1} в GraphiQL</a></p>
      </details>`,
      )}
    </section>`;
  return page({ title: data.name, body, crumbs: [["Каталог услуг", "/catalog"]] });
}

function scheduledNotice(s: NonNullable<StandardPage["scheduled"]>): Html {
  const changes = s.changesFromPrevious ?? [];
  return html`<div class="notice notice-important" role="note">
    <p><strong>С ${ruDate(s.effectiveFrom)} вступает в силу новая редакция стандарта (№ ${s.number})</strong>${s.approvingAct ? html`, утверждена: ${citeAct(s.approvingAct)}` : ""}.</p>
    ${s.changeNote ? html`<p>${s.changeNote}</p>` : ""}
    ${changes.length ? html`<p>Изменения:</p><ol>${changes.map((c) => html`<li>${c.summary}</li>`)}</ol>` : ""}
  </div>`;
}

function history(versions: StandardPage["versions"]["edges"][number]["node"][]): Html {
  if (!versions.length) return html``;
  return html`<section aria-labelledby="history-title">
    <h2 id="history-title">История редакций</h2>
    <table>
      <caption>Опубликованные редакции стандарта, новые первыми</caption>
      <thead><tr><th scope="col" class="num">№</th><th scope="col">В силу с</th><th scope="col">По</th><th scope="col">Состояние</th><th scope="col">Изменения</th></tr></thead>
      <tbody>
        ${versions.map((v) => {
          const changes = v.changesFromPrevious ?? [];
          return html`<tr>
            <td class="num">${v.number}</td>
            <td>${ruDate(v.effectiveFrom)}</td>
            <td>${v.effectiveTo ? ruDate(v.effectiveTo) : "—"}</td>
            <td>${STATE_RU[v.state] ?? v.state}</td>
            <td>${v.changeNote ? html`<p>${v.changeNote}</p>` : ""}${
              v.number === 1
                ? "Первая редакция"
                : changes.length
                  ? html`<details><summary>Изменения относительно редакции № ${v.number - 1} (${changes.length})</summary><ol>${changes.map(
                      (c) => html`<li>${c.summary}<span class="hint"> — ${elementRef(c.element)}</span></li>`,
                    )}</ol></details>`
                  : "Без изменений содержания"
            }</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </section>`;
}

function elementRef(code: string): string {
  const e = ELEMENT_BY_CODE.get(code as never);
  return e ? `п. ${e.item} ч. ${e.part} ст. 14` : code;
}

/** The variants (Decree 1228) as the regulation's section III lists them: for whom, the result, the term, the documents. */
function variantsText(model: ContentModel, content: Obj): Html {
  const variants = (content.variants as Obj[] | null | undefined)?.filter(Boolean) ?? [];
  if (!variants.length) return html``;
  const termModel = model.sections.find((s) => s.name === "term");
  const attributes = ((content.profiling as Obj | null)?.attributes as Obj[] | null | undefined) ?? [];
  const valueName = new Map<string, string>();
  for (const a of attributes) for (const v of (a.values as Obj[] | null) ?? []) valueName.set(String(v.key), `${a.name}: ${v.name}`);
  const results = new Map(((content.results as Obj | null)?.items as Obj[] | null | undefined)?.map((r) => [String(r.key), String(r.name ?? "")]) ?? []);
  const docs = (content.documents as Obj | null) ?? {};
  const docName = new Map(
    [...(((docs.applicantDocuments as Obj | null)?.items as Obj[] | null) ?? []), ...(((docs.interagencyDocuments as Obj | null)?.items as Obj[] | null) ?? [])].map((d) => [String(d.key), String(d.name ?? "")]),
  );
  return html`<section aria-labelledby="variants-title">
    <h2 id="variants-title">Варианты предоставления услуги</h2>
    <ol class="items">
      ${variants.map((v) => {
        const combos = ((v.combinations as Obj[] | null) ?? []).map((c) => ((c.valueKeys as string[] | null) ?? []).map((k) => valueName.get(k) ?? k).join("; "));
        const documents = (((v.documents as Obj | null)?.items as Obj[] | null) ?? []).map((d) => docName.get(String(d.documentKey)) ?? String(d.documentKey));
        return html`<li>
          <p class="item-title">Вариант ${String(v.number ?? "")}. ${String(v.name ?? "")}</p>
          ${v.resultKey ? html`<p class="field-line"><span class="name">Результат:</span> ${results.get(String(v.resultKey)) ?? ""}</p>` : ""}
          ${combos.length ? html`<p class="field-line"><span class="name">Для заявителей:</span></p><ul>${combos.map((c) => html`<li>${c}</li>`)}</ul>` : ""}
          ${v.term ? html`<p class="field-line"><span class="name">Срок:</span> ${formatTerm(v.term as Obj, termModel)}</p>` : ""}
          ${documents.length ? html`<p class="field-line"><span class="name">Документы:</span></p><ol>${documents.map((d) => html`<li>${d}</li>`)}</ol>` : ""}
        </li>`;
      })}
    </ol>
  </section>`;
}
