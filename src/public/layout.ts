import { html, type Html } from "./html";
import { CSS_PATH, JS_PATH } from "./assets";

export const SITE = "Реестр стандартов предоставления услуг";

export interface PageOptions {
  title: string;
  body: Html;
  /** Breadcrumbs above the h1: [label, href]. */
  crumbs?: [string, string][];
  /** The catalogue's search as you type. */
  script?: boolean;
}

/**
 * The page shell (GOV.UK patterns): skip link, header (the site's name, and the staff's way into
 * the workspace at «/»), breadcrumbs, one main landmark, footer; Russian throughout.
 */
export function page(options: PageOptions): string {
  const crumbs = options.crumbs?.length
    ? html`<nav aria-label="Навигационная цепочка"><ol class="breadcrumbs">${options.crumbs.map(([label, href]) => html`<li><a href="${href}">${label}</a></li>`)}</ol></nav>`
    : "";
  return `<!doctype html>${html`<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} — ${SITE}</title>
<link rel="stylesheet" href="${CSS_PATH}">
</head>
<body>
<a class="skip-link" href="#content">Перейти к содержанию</a>
<header class="site-header"><div class="width header-bar"><a href="/catalog" class="site-name">${SITE}</a><a href="/" class="staff-link">Вход для сотрудников</a></div></header>
<div class="width">
${crumbs}
<main id="content" tabindex="-1">
${options.body}
</main>
</div>
<footer class="site-footer"><div class="width"><p>Сведения из реестра стандартов предоставления государственных и муниципальных услуг (ст. 14 Федерального закона от 27.07.2010 № 210-ФЗ). Данные открыты: <a href="/graphql">GraphQL API</a>.</p></div></footer>
${options.script ? html`<script src="${JS_PATH}" defer></script>` : ""}
</body>
</html>`}`;
}
