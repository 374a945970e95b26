import { html, type Html } from "./html";

/** GOV.UK error summary («Есть ошибки»), one link per problem to its field. */
export function errorSummary(problems: { field: string; message: string }[]): Html | "" {
  if (!problems.length) return "";
  return html`<div class="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <div role="alert">
      <h2 id="error-summary-title">Есть ошибки</h2>
      <ul>${problems.map((p) => html`<li><a href="#f-${p.field}">${p.message}</a></li>`)}</ul>
    </div>
  </div>`;
}

/** The inline error of a field, worded as in the summary. */
export function fieldError(field: string, message: string | undefined): Html | "" {
  return message ? html`<p class="error-message" id="${field}-error"><span class="visually-hidden">Ошибка: </span>${message}</p>` : "";
}
