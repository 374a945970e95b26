import type { ContentModel } from "../history/content-model";
import { formatTerm } from "../history/format";
import { html, query, type Html } from "./html";
import { page } from "./layout";
import { errorSummary, fieldError } from "./errors";
import { oktmoPrefix } from "../authorities/oktmo";
import { REGIONS } from "../scripts/synthetic/territories";

/** What the catalogue form sends (GET, so it works without scripts and can be shared). */
export interface CatalogueParams {
  q: string;
  territory: string;
  authority: string;
  channel: string;
  applicant: string;
  free: string;
  after: string;
  before: string;
  page: number;
  /** Results per page (5 to 50, default 20). */
  size: number;
}

export const PAGE_SIZE = 20;

export function catalogueParams(search: URLSearchParams): CatalogueParams {
  const get = (name: string) => (search.get(name) ?? "").slice(0, 300);
  const pageNumber = Number(search.get("page") ?? 1);
  return {
    q: get("q").slice(0, 200),
    territory: get("territory").trim(),
    authority: get("authority"),
    channel: get("channel"),
    applicant: get("applicant"),
    free: ["true", "false"].includes(get("free")) ? get("free") : "",
    after: get("after"),
    before: get("before"),
    page: Number.isInteger(pageNumber) && pageNumber > 0 && pageNumber < 100_000 ? pageNumber : 1,
    size: Math.min(50, Math.max(5, Number(search.get("size")) || PAGE_SIZE)),
  };
}

/** The GraphQL variables of the catalogue query for these parameters. */
export function catalogueVariables(p: CatalogueParams): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (p.territory) filter.territory = p.territory;
  if (p.authority) Object.assign(filter, { authorityId: p.authority, includeSubordinate: true });
  if (p.channel) filter.channel = p.channel;
  if (p.applicant) filter.applicantLegalForm = p.applicant;
  if (p.free) filter.free = p.free === "true";
  const paging = p.before ? { last: p.size, before: p.before } : { first: p.size, after: p.after || null };
  return { search: p.q.trim() || null, filter, ...paging };
}

interface Hit {
  registryNumber: string;
  name: string;
  authority: { name: string; oktmo: string | null };
  standard: { number: number; effectiveFrom: string | null; content: { term: Record<string, unknown> | null; fee: { free: boolean | null } | null; submissionChannels: { channels: string[] | null } | null } } | null;
}

export interface CatalogueData {
  services: { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }; edges: { node: Hit }[] } | null;
}

export interface FilterOptions {
  authorities: { id: string; name: string; oktmo: string | null }[];
}

export interface FieldProblem {
  field: string;
  message: string;
}

export function cataloguePage(model: ContentModel, p: CatalogueParams, data: CatalogueData | null, options: FilterOptions, problems: FieldProblem[]): string {
  const channelLabels = enumLabels(model, "submissionChannels", "channels");
  const applicantLabels = enumLabels(model, "applicants", "items", "legalForm");
  const termModel = model.sections.find((s) => s.name === "term");
  const services = data?.services;
  const count = services?.totalCount ?? 0;
  const title = `Каталог услуг${p.q ? `: «${p.q}»` : ""}${p.page > 1 ? ` — страница ${p.page}` : ""}`;
  const problem = (field: string) => problems.find((x) => x.field === field)?.message;
  const select = (name: string, label: string, values: [string, string][], current: string, any: string) => html`
    <div class="field">
      <label for="f-${name}">${label}</label>
      ${fieldError(name, problem(name))}
      <select id="f-${name}" name="${name}"${problem(name) ? html` aria-invalid="true" aria-describedby="${name}-error"` : ""}>
        <option value="">${any}</option>
        ${values.map(([value, text]) => html`<option value="${value}"${value === current ? html` selected` : ""}>${text}</option>`)}
      </select>
    </div>`;
  const territories = territoryOptions(options.authorities);
  const body = html`
    <div id="problems">${errorSummary(problems)}</div>
    <h1>Каталог государственных и муниципальных услуг</h1>
    <form class="search" method="get" action="/catalog" role="search" data-live novalidate>
      <div class="field">
        <label for="f-q">Название услуги или ключевое слово</label>
        <span class="hint" id="f-q-hint">Можно ввести начало слова, например «строит» или «субсид»</span>
        <input type="search" id="f-q" name="q" value="${p.q}" aria-describedby="f-q-hint" autocomplete="off" maxlength="200">
      </div>
      <div class="filters">
        <div class="field">
          <label for="f-territory">Территория: код ОКТМО</label>
          <span class="hint" id="f-territory-hint">Начните вводить код или выберите из списка: 2 цифры — субъект РФ («56» — Пензенская область), 8 — муниципальное образование («56701000» — город Пенза), 11 — населённый пункт</span>
          ${fieldError("territory", problem("territory"))}
          <input type="text" inputmode="numeric" id="f-territory" name="territory" value="${p.territory}" list="f-territory-list" aria-describedby="f-territory-hint${problem("territory") ? " territory-error" : ""}" ${problem("territory") ? html`aria-invalid="true"` : ""} maxlength="11" autocomplete="off">
          <datalist id="f-territory-list">${territories.map(([code, name]) => html`<option value="${code}" label="${name}">${code} — ${name}</option>`)}</datalist>
        </div>
        ${select("authority", "Орган власти", options.authorities.map((a) => [a.id, a.name]), p.authority, "Любой орган")}
        ${select("channel", "Способ подачи запроса", Object.entries(channelLabels), p.channel, "Любой способ")}
        ${select("applicant", "Категория заявителя", Object.entries(applicantLabels), p.applicant, "Любая категория")}
        <fieldset class="field radios">
          <legend>Плата</legend>
          ${([["", "Не важно"], ["true", "Только бесплатные"], ["false", "Только платные"]] as const).map(
            ([value, text], i) => html`<label for="f-free-${i}"><input type="radio" id="f-free-${i}" name="free" value="${value}"${p.free === value ? html` checked` : ""}> ${text}</label>`,
          )}
        </fieldset>
      </div>
      ${p.size !== PAGE_SIZE ? html`<input type="hidden" name="size" value="${p.size}">` : ""}
      <button type="submit">Найти</button>
    </form>
    <p id="result-count" role="status" aria-live="polite">${services ? `Найдено услуг: ${count}` : ""}</p>
    ${resultsList(services ?? null, termModel, channelLabels, p, territoryMeaning(p.territory))}`;
  return page({ title: problems.length ? `Ошибка: ${title}` : title, body, script: true });
}

function resultsList(services: CatalogueData["services"], termModel: ContentModel["sections"][number] | undefined, channelLabels: Record<string, string>, p: CatalogueParams, territory: string | null): Html {
  if (!services) return html`<div id="results"></div>`;
  const hits = services.edges.map((e) => e.node);
  const base = { q: p.q, territory: p.territory, authority: p.authority, channel: p.channel, applicant: p.applicant, free: p.free, size: p.size === PAGE_SIZE ? null : p.size };
  const next = services.pageInfo.hasNextPage && services.pageInfo.endCursor ? `/catalog${query({ ...base, after: services.pageInfo.endCursor, page: p.page + 1 })}` : null;
  const hasPrevious = p.page > 1 && services.pageInfo.startCursor;
  const previous = hasPrevious ? `/catalog${query({ ...base, before: services.pageInfo.startCursor, page: p.page - 1 })}` : null;
  return html`<div id="results">
    ${territory ? html`<p class="hint" id="territory-meaning">${territory}</p>` : ""}
    ${hits.length === 0 ? html`<p>Услуги не найдены. Проверьте написание или уберите часть фильтров.</p>` : ""}
    <ol class="results">
      ${hits.map((s) => {
        const content = s.standard?.content;
        const fee = content?.fee?.free === true ? html`<span class="tag tag-free">Бесплатно</span>` : content?.fee?.free === false ? html`<span class="tag">Платно</span>` : "не указано";
        const channels = (content?.submissionChannels?.channels ?? []).map((c) => channelLabels[c] ?? c).join("; ");
        return html`<li>
          <h2><a href="/catalog/${encodeURIComponent(s.registryNumber)}">${s.name}</a></h2>
          <dl class="summary">
            <dt>Орган</dt><dd>${s.authority.name}</dd>
            <dt>Срок</dt><dd>${content?.term ? formatTerm(content.term, termModel) : "не указан"}</dd>
            <dt>Плата</dt><dd>${fee}</dd>
            ${channels ? html`<dt>Подать запрос</dt><dd>${channels}</dd>` : ""}
          </dl>
        </li>`;
      })}
    </ol>
    ${previous || next
      ? html`<nav aria-label="Страницы результатов"><ul class="pagination">
          <li>${previous ? html`<a href="${previous}" rel="prev">Предыдущая страница<span class="visually-hidden"> результатов</span></a>` : ""}</li>
          <li>${next ? html`<a href="${next}" rel="next">Следующая страница<span class="visually-hidden"> результатов</span></a>` : ""}</li>
        </ul></nav>`
      : ""}
  </div>`;
}

/** Russian labels of an enum field of the content, by its path in the model. */
export function enumLabels(model: ContentModel, section: string, ...path: string[]): Record<string, string> {
  let field = model.sections.find((s) => s.name === section);
  for (const name of path) field = field?.fields?.find((f) => f.name === name);
  return field?.enumLabels ?? {};
}

/** The subject of the Federation a code lies in (the longest prefix: 719 is the Yamalo-Nenets okrug inside 71). */
export function regionOf(code: string): { prefix: string; name: string } | null {
  let best: (typeof REGIONS)[number] | null = null;
  for (const r of REGIONS) if (code.startsWith(r.prefix) && (!best || r.prefix.length > best.prefix.length)) best = r;
  return best ? { prefix: best.prefix, name: best.nom } : null;
}

/**
 * The territory picker's choices: each subject of the Federation that has a body in the
 * registry (its 2- or 3-digit prefix, the whole of its territory), then each body's own
 * territory code with the body's name, in code order, so a code typed from the left narrows
 * the list from the subject to its municipalities.
 */
export function territoryOptions(authorities: { name: string; oktmo: string | null }[]): [string, string][] {
  const options = new Map<string, string>();
  for (const a of authorities) {
    if (!a.oktmo) continue;
    const region = regionOf(a.oktmo);
    if (region && !options.has(region.prefix)) options.set(region.prefix, `${region.name} — вся территория`);
    if (!options.has(a.oktmo)) options.set(a.oktmo, region ? `${a.name} (${region.name})` : a.name);
  }
  return [...options.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}

const LEVEL_NAMES: Record<number, string> = {
  2: "субъект Российской Федерации",
  3: "автономный округ или вид муниципальных образований субъекта",
  5: "муниципальный район, муниципальный или городской округ",
  8: "городское или сельское поселение, внутригородской район",
  11: "населённый пункт",
};

/** What a territory code means, as the catalogue applies it (read by its OKTMO levels). */
export function territoryMeaning(code: string): string | null {
  if (!/^\d{2,11}$/.test(code)) return null;
  const prefix = oktmoPrefix(code.padEnd(code.length > 8 ? 11 : 8, "0"));
  const level = LEVEL_NAMES[prefix.length] ?? "часть кода ОКТМО";
  const region = regionOf(prefix);
  const where = prefix.length === 2 && region ? region.name : `${level}${region ? `, ${region.name}` : ""}`;
  return `Территория ${code}: ${where}. Показаны услуги органов этой территории и органов, чья территория её включает (субъекта, федеральных).`;
}
