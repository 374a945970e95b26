import type http from "node:http";
import type { DataSource } from "typeorm";
import type { Route } from "../http/http-server";
import { getContentModel } from "../history/content-model-cache";
import { CSS_PATH, JS_PATH, PUBLIC_CSS, PUBLIC_JS } from "./assets";
import { catalogueParams, cataloguePage, catalogueVariables, enumLabels, type CatalogueData, type FieldProblem } from "./catalogue-page";
import { html } from "./html";
import { page } from "./layout";
import { CATALOGUE_QUERY, FILTER_OPTIONS_QUERY, HISTORY_QUERY, QUESTIONNAIRE_QUERY, runPublicQuery, standardQuery } from "./queries";
import { questionnairePage, questionnaireParams, type QuestionnaireData } from "./questionnaire-page";
import { standardPage, type StandardHistoryData, type StandardPageData } from "./standard-page";

type Option = { id: string; name: string; oktmo: string | null };

/** Only our own stylesheet and script; forms post to ourselves; never framed. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const REGISTRY_NUMBER = /^[0-9A-Za-z][0-9A-Za-z.\-_/]{0,63}$/;
const TERRITORY = /^\d{2,11}$/;

/** The limits of the public pages (configuration: httpConfig.publicPages; README). */
export interface PublicRouteOptions {
  /** Rate-limit points of one page (it runs two public GraphQL queries; a small GraphQL request costs 1). */
  pagePoints: number;
}

/**
 * The public pages, rendered on the server from the public GraphQL queries (no script needed
 * to read them; every asset is served from here), as routes of the HTTP front's table
 * (src/http/http-server.ts: GET and HEAD only, rate limits, request ids, compression):
 *   GET /catalog                                 — the catalogue: search, filters, keyset paging;
 *   GET /catalog/<registry number>               — the standard in force as text, history, print;
 *   GET /catalog/<registry number>/standard.json — the answer of the page's GraphQL query;
 *   GET /catalog/<registry number>/questionnaire — the МФЦ operator's questionnaire and checklist;
 *   GET /catalog/assets/…                        — the stylesheet and the search-as-you-type script (not rate-limited).
 * Anything else under /catalog is a Russian 404 page.
 */
export function publicRoutes(ds: DataSource, options: PublicRouteOptions): Route[] {
  const methods = ["GET", "HEAD"];
  return [
    { path: CSS_PATH, methods, handle: ({ req, res }) => void asset(req, res, "text/css; charset=utf-8", PUBLIC_CSS) },
    { path: JS_PATH, methods, handle: ({ req, res }) => void asset(req, res, "text/javascript; charset=utf-8", PUBLIC_JS) },
    {
      path: (path) => path === "/catalog" || path.startsWith("/catalog/"),
      methods,
      admission: { points: options.pagePoints },
      handle: async ({ req, res, url }) => void (await publicPage(ds, req, res, url)),
    },
  ];
}

async function publicPage(ds: DataSource, req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> {
  const path = url.pathname;
  if (path === "/catalog" || path === "/catalog/") {
    const { status, body } = await catalogue(ds, url.searchParams);
    return sendHtml(req, res, status, body);
  }
  let rest: string;
  try {
    rest = decodeURIComponent(path.slice("/catalog/".length));
  } catch {
    return sendHtml(req, res, 404, notFound());
  }
  const match = /^(.+?)(\/questionnaire|\/standard\.json)?\/?$/.exec(rest);
  const registryNumber = match?.[1] ?? "";
  if (!REGISTRY_NUMBER.test(registryNumber) || registryNumber.startsWith("assets/")) return sendHtml(req, res, 404, notFound());
  if (match?.[2] === "/questionnaire") return questionnaire(ds, req, res, registryNumber, url.searchParams);
  const query = await standardQuery();
  const variables = { registryNumber };
  const [result, history] = await Promise.all([
    runPublicQuery<StandardPageData>(ds, query, variables),
    runPublicQuery<StandardHistoryData>(ds, HISTORY_QUERY, variables),
  ]);
  if (match?.[2] === "/standard.json") {
    const body = JSON.stringify({ standard: { query, variables, ...result }, history: { query: HISTORY_QUERY, variables, ...history } });
    res.writeHead(result.data?.serviceByRegistryNumber ? 200 : 404, { "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=60", "x-content-type-options": "nosniff" });
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  }
  const service = result.data?.serviceByRegistryNumber;
  const dated = history.data?.serviceByRegistryNumber;
  if (!service || !dated) return sendHtml(req, res, 404, notFound());
  const base = `/catalog/${encodeURIComponent(registryNumber)}`;
  return sendHtml(req, res, 200, standardPage(await getContentModel(), { ...service, ...dated }, { page: base, json: `${base}/standard.json`, questionnaire: service.current ? `${base}/questionnaire` : null, queries: [query, HISTORY_QUERY], variables }));
}

async function catalogue(ds: DataSource, search: URLSearchParams): Promise<{ status: number; body: string }> {
  const params = catalogueParams(search);
  const problems: FieldProblem[] = [];
  if (params.territory && !TERRITORY.test(params.territory)) {
    problems.push({ field: "territory", message: "Территория задаётся кодом ОКТМО или его началом: от 2 до 11 цифр" });
  }
  const model = await getContentModel();
  if (params.channel && !(params.channel in enumLabels(model, "submissionChannels", "channels"))) problems.push({ field: "channel", message: "Выберите способ подачи запроса из списка" });
  if (params.applicant && !(params.applicant in enumLabels(model, "applicants", "items", "legalForm"))) problems.push({ field: "applicant", message: "Выберите категорию заявителя из списка" });
  const [options, result] = await Promise.all([
    runPublicQuery<{ authorities: { edges: { node: Option }[] }; selected?: Option | null }>(ds, FILTER_OPTIONS_QUERY, { selected: params.authority || "-", withSelected: !!params.authority }),
    problems.length ? Promise.resolve({ data: null }) : runPublicQuery<CatalogueData>(ds, CATALOGUE_QUERY, catalogueVariables(params)),
  ]);
  // what the API refuses (an unknown body): its Russian message, linked to the field it names
  for (const error of "errors" in result ? (result.errors ?? []) : []) {
    problems.push({ field: /authority|орган/i.test(JSON.stringify(error)) ? "authority" : "q", message: /[А-Яа-я]/.test(error.message) ? error.message : "Запрос каталога не выполнен: проверьте условия поиска" });
  }
  // the first authorities by name, and the one chosen (also when it is not among them)
  const authorities = (options.data?.authorities.edges ?? []).map((e) => e.node);
  const selected = options.data?.selected;
  if (selected && !authorities.some((a) => a.id === selected.id)) authorities.unshift(selected);
  return { status: problems.length ? 400 : 200, body: cataloguePage(model, params, result.data ?? null, { authorities }, problems) };
}

async function questionnaire(ds: DataSource, req: http.IncomingMessage, res: http.ServerResponse, registryNumber: string, search: URLSearchParams): Promise<boolean> {
  const params = questionnaireParams(search);
  const run = (p: typeof params) => runPublicQuery<QuestionnaireData>(ds, QUESTIONNAIRE_QUERY, { registryNumber, resultKey: p.result, answers: p.answers });
  let result = await run(params);
  let problem: string | null = null;
  if (result.errors?.length && result.data?.serviceByRegistryNumber) {
    // an answer that does not belong to the question (an edited link): ask again from the last good answers
    problem = result.errors.map((e) => e.message).join("; ");
    result = await run({ result: null, answers: [] });
  }
  const data = result.data;
  if (!data?.serviceByRegistryNumber || !data.variantResolve) return sendHtml(req, res, 404, notFound());
  const status = data.variantResolve.status;
  if (!problem && params.asked && ((status === "QUESTION" && data.variantResolve.nextAttribute?.key === params.asked) || (status === "RESULT_REQUIRED" && params.asked === "result"))) {
    problem = status === "RESULT_REQUIRED" ? "Выберите результат, за которым обращается заявитель" : "Выберите ответ на вопрос";
  }
  return sendHtml(req, res, problem ? 400 : 200, questionnairePage(await getContentModel(), data, params, problem));
}

function notFound(): string {
  return page({
    title: "Страница не найдена",
    body: html`<h1>Страница не найдена</h1><p>Если адрес набран вручную, проверьте его. Услугу можно найти в <a href="/catalog">каталоге</a>.</p>`,
    crumbs: [["Каталог услуг", "/catalog"]],
  });
}

function sendHtml(req: http.IncomingMessage, res: http.ServerResponse, status: number, body: string): boolean {
  const buffer = Buffer.from(body, "utf8");
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-length": buffer.length,
    "cache-control": status === 200 ? "public, max-age=60" : "no-store",
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
  });
  res.end(req.method === "HEAD" ? undefined : buffer);
  return true;
}

function asset(req: http.IncomingMessage, res: http.ServerResponse, type: string, text: string): boolean {
  const buffer = Buffer.from(text, "utf8");
  res.writeHead(200, { "content-type": type, "content-length": buffer.length, "cache-control": "public, max-age=31536000, immutable", "x-content-type-options": "nosniff" });
  res.end(req.method === "HEAD" ? undefined : buffer);
  return true;
}
