import type { ContentModel } from "../history/content-model";
import { formatTerm } from "../history/format";
import { html, type Html } from "./html";
import { page } from "./layout";
import { enumLabels } from "./catalogue-page";
import { ruDate } from "./standard-text";

/**
 * The МФЦ operator's questionnaire (GOV.UK "check a service is suitable" + question pages):
 * one question per page from variantResolve, the legend as the h1, radios, «Продолжить» and a
 * working back link; the answers live in the URL (?result=…&a=attribute:value…), so the page
 * is rendered by the server, works without scripts, can be shared and the browser's back
 * button works. The last page is the applicant's checklist, printable as a handout.
 */
export interface Answer {
  attributeKey: string;
  valueKey: string;
}

export interface QuestionnaireParams {
  result: string | null;
  answers: Answer[];
  /** What the submitted page asked (an attribute key, or «result»): still asked means no answer was chosen. */
  asked?: string | null;
}

const KEY = /^[A-Za-z0-9_.:-]{1,64}$/;

export function questionnaireParams(search: URLSearchParams): QuestionnaireParams {
  const result = search.get("result");
  const answers = search
    .getAll("a")
    .slice(0, 50)
    .map((a) => {
      const at = a.indexOf("~");
      return { attributeKey: a.slice(0, at), valueKey: a.slice(at + 1) };
    })
    .filter((a) => KEY.test(a.attributeKey) && KEY.test(a.valueKey));
  const asked = search.get("asked");
  return { result: result && KEY.test(result) ? result : null, answers, asked: asked && KEY.test(asked) ? asked : null };
}

export function questionnaireUrl(registryNumber: string, p: QuestionnaireParams): string {
  const q = new URLSearchParams();
  if (p.result) q.set("result", p.result);
  for (const a of p.answers) q.append("a", `${a.attributeKey}~${a.valueKey}`);
  const s = q.toString();
  return `/catalog/${encodeURIComponent(registryNumber)}/questionnaire${s ? `?${s}` : ""}`;
}

type Term = Record<string, unknown> | null;
interface Requirements {
  documents: { key: string | null; name: string | null; category: string; requirements: string | null; condition: string | null; copies: number | null; originalReturned: boolean | null; isRequestForm: boolean | null; holderName: string | null; forms: { channels: string[]; form: string | null; notSubmitted: boolean | null }[] }[];
  documentsNoneStated: boolean;
  term: Term;
  registrationTerms: { channel: string | null; allChannels: boolean | null; sameDay: boolean | null; term: Term }[];
  submissionChannels: string[];
  resultDelivery: { channels: string[]; term: Term; note: string | null };
  fee: { free: boolean | null; items: { name: string | null; amount: string | null; formula: string | null }[] | null } | null;
  representativeAllowed: boolean | null;
  extraterritorial: boolean | null;
}

export interface QuestionnaireData {
  serviceByRegistryNumber: { registryNumber: string; name: string; authority: { name: string } } | null;
  variantResolve: {
    status: "RESOLVED" | "QUESTION" | "RESULT_REQUIRED" | "NO_VARIANT" | "AMBIGUOUS";
    version: { number: number; effectiveFrom: string | null; content: { profiling: { attributes: { key: string; name: string | null; question: string | null; values: { key: string; name: string | null }[] | null }[] | null } | null } };
    result: { key: string; name: string | null } | null;
    results: { key: string; name: string | null }[];
    variant: { key: string; number: number | null; name: string | null } | null;
    candidates: { key: string; number: number | null; name: string | null }[];
    nextAttribute: { key: string; name: string | null; question: string | null } | null;
    nextValues: { key: string; name: string | null }[];
    requirements: Requirements | null;
  } | null;
}

export function questionnairePage(model: ContentModel, data: QuestionnaireData, p: QuestionnaireParams, problem: string | null): string {
  const service = data.serviceByRegistryNumber!;
  const resolution = data.variantResolve!;
  const base = questionnaireUrl(service.registryNumber, { result: null, answers: [] });
  const back = p.answers.length ? questionnaireUrl(service.registryNumber, { ...p, answers: p.answers.slice(0, -1) }) : p.result ? base : `/catalog/${encodeURIComponent(service.registryNumber)}`;
  const hidden = html`${p.result ? html`<input type="hidden" name="result" value="${p.result}">` : ""}${p.answers.map((a) => html`<input type="hidden" name="a" value="${a.attributeKey}~${a.valueKey}">`)}`;
  const crumbs: [string, string][] = [["Каталог услуг", "/catalog"], [service.name, `/catalog/${encodeURIComponent(service.registryNumber)}`]];
  const backLink = html`<p class="no-print"><a href="${back}" class="back-link">Назад</a></p>`;
  const error = (field: string) =>
    problem
      ? html`<div class="error-summary" tabindex="-1"><div role="alert"><h2>Есть ошибки</h2><ul><li><a href="#${field}">${problem}</a></li></ul></div></div>`
      : "";
  const radios = (name: string, asked: string, legend: string, hint: string | null, options: { value: string; label: string }[]) => html`
    ${backLink}
    ${error(`${name}-0`)}
    <form method="get" action="${base}" novalidate>
      ${hidden}
      <input type="hidden" name="asked" value="${asked}">
      <fieldset class="radios"${hint ? html` aria-describedby="${name}-hint"` : ""}>
        <legend class="page-legend"><span class="caption">${service.name}</span>${legend}</legend>
        ${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : ""}
        ${problem ? html`<p class="error-message"><span class="visually-hidden">Ошибка: </span>${problem}</p>` : ""}
        ${options.map((o, i) => html`<label for="${name}-${i}"><input type="radio" id="${name}-${i}" name="${name}" value="${o.value}"> ${o.label}</label>`)}
      </fieldset>
      <button type="submit">Продолжить</button>
    </form>`;
  const titled = (title: string, body: Html) => page({ title: problem ? `Ошибка: ${title}` : title, body, crumbs });

  switch (resolution.status) {
    case "RESULT_REQUIRED":
      return titled(
        `За каким результатом обращается заявитель — ${service.name}`,
        radios("result", "result", "За каким результатом обращается заявитель?", null, resolution.results.map((r) => ({ value: r.key, label: r.name ?? r.key }))),
      );
    case "QUESTION": {
      const attribute = resolution.nextAttribute!;
      const legend = attribute.question ?? `${attribute.name}?`;
      return titled(
        `${legend} — ${service.name}`,
        radios("a", attribute.key, legend, attribute.question && attribute.name ? `Признак заявителя: ${attribute.name}` : null, resolution.nextValues.map((v) => ({ value: `${attribute.key}~${v.key}`, label: v.name ?? v.key }))),
      );
    }
    case "RESOLVED":
      return page({ title: `Что нужно заявителю — ${service.name}`, body: html`${backLink}${checklist(model, service, resolution, p)}`, crumbs });
    default: {
      const message =
        resolution.status === "NO_VARIANT"
          ? "Ответам не соответствует ни один вариант предоставления услуги: проверьте ответы."
          : "Ответам соответствуют несколько вариантов предоставления услуги: в стандарте пересекаются комбинации признаков.";
      return page({ title: `Вариант не определён — ${service.name}`, body: html`${backLink}<h1>Вариант не определён</h1><p>${message}</p><p><a href="${base}">Начать анкету заново</a></p>`, crumbs });
    }
  }
}

function checklist(model: ContentModel, service: NonNullable<QuestionnaireData["serviceByRegistryNumber"]>, resolution: NonNullable<QuestionnaireData["variantResolve"]>, p: QuestionnaireParams): Html {
  const r = resolution.requirements!;
  const channels = enumLabels(model, "submissionChannels", "channels");
  const forms = enumLabels(model, "documents", "applicantDocuments", "items", "form");
  const termModel = model.sections.find((s) => s.name === "term");
  const attributes = resolution.version.content.profiling?.attributes ?? [];
  const answered = p.answers.map((a) => {
    const attribute = attributes.find((x) => x.key === a.attributeKey);
    const value = attribute?.values?.find((v) => v.key === a.valueKey);
    return { question: attribute?.question ?? attribute?.name ?? a.attributeKey, answer: value?.name ?? a.valueKey };
  });
  const document = (d: Requirements["documents"][number]) => {
    const formText = d.forms
      .map((f) => `${f.notSubmitted ? "не представляется" : (forms[f.form ?? ""] ?? f.form ?? "")}${f.channels.length ? ` (${f.channels.map((c) => channels[c] ?? c).join("; ")})` : ""}`)
      .filter(Boolean)
      .join("; ");
    return html`<li>
      <p class="item-title">${d.name ?? "Документ"}</p>
      ${formText ? html`<p class="field-line"><span class="name">Форма:</span> ${formText}</p>` : ""}
      ${d.copies ? html`<p class="field-line"><span class="name">Экземпляров:</span> ${d.copies}</p>` : ""}
      ${d.originalReturned ? html`<p class="field-line">Подлинник возвращается заявителю.</p>` : ""}
      ${d.condition ? html`<p class="field-line"><span class="name">Когда нужен:</span> ${d.condition}</p>` : ""}
      ${d.requirements ? html`<p class="field-line"><span class="name">Требования:</span> ${d.requirements}</p>` : ""}
      ${d.holderName ? html`<p class="field-line"><span class="name">Где хранится:</span> ${d.holderName}</p>` : ""}
    </li>`;
  };
  const own = r.documents.filter((d) => d.category === "APPLICANT");
  const interagency = r.documents.filter((d) => d.category === "INTERAGENCY");
  const fee = r.fee?.free === true ? "Бесплатно" : r.fee?.items?.length ? r.fee.items.map((f) => [f.name, f.amount ? `${f.amount} руб.` : f.formula].filter(Boolean).join(": ")).join("; ") : "Не указано";
  const registration = r.registrationTerms
    .map((t) => `${t.allChannels ? "при любом способе подачи" : (channels[t.channel ?? ""] ?? t.channel ?? "")}: ${t.sameDay ? "в день поступления" : t.term ? formatTerm(t.term, termModel) : "не указан"}`)
    .join("; ");
  return html`
    <span class="caption">${service.name} · ${service.authority.name}</span>
    <h1>Что нужно заявителю</h1>
    <p class="lead">${resolution.variant ? `Вариант ${resolution.variant.number ?? ""}: ${resolution.variant.name ?? ""}` : "Услуга предоставляется в одном варианте"}${resolution.result?.name ? `. Результат: ${resolution.result.name}` : ""}.</p>
    <p class="hint">По стандарту в силу с ${ruDate(resolution.version.effectiveFrom)} (редакция № ${resolution.version.number}).</p>
    ${answered.length
      ? html`<h2>Ответы заявителя</h2><dl class="summary answers">${answered.map((a) => html`<dt>${a.question}</dt><dd>${a.answer}</dd>`)}</dl>`
      : ""}
    <h2>Документы, которые представляет заявитель</h2>
    ${own.length ? html`<ol class="checklist">${own.map(document)}</ol>` : html`<p>${r.documentsNoneStated ? "Документы не требуются." : "Не указаны."}</p>`}
    ${interagency.length
      ? html`<h2>Документы, которые орган запрашивает сам</h2><p>Заявитель вправе представить их по собственной инициативе.</p><ol class="checklist">${interagency.map(document)}</ol>`
      : ""}
    <h2>Срок и плата</h2>
    <dl class="summary">
      <dt>Срок предоставления</dt><dd>${r.term ? formatTerm(r.term, termModel) : "Не указан"}</dd>
      ${registration ? html`<dt>Регистрация запроса</dt><dd>${registration}</dd>` : ""}
      <dt>Плата</dt><dd>${fee}</dd>
    </dl>
    <h2>Где подать и где получить результат</h2>
    <dl class="summary">
      <dt>Подать запрос</dt><dd>${r.submissionChannels.map((c) => channels[c] ?? c).join("; ") || "Не указано"}</dd>
      <dt>Получить результат</dt><dd>${r.resultDelivery.channels.map((c) => channels[c] ?? c).join("; ") || "Не указано"}${r.resultDelivery.term ? html`; срок выдачи: ${formatTerm(r.resultDelivery.term, termModel)}` : ""}</dd>
      ${r.resultDelivery.note ? html`<dt>Примечание</dt><dd>${r.resultDelivery.note}</dd>` : ""}
      ${r.representativeAllowed != null ? html`<dt>Через представителя</dt><dd>${r.representativeAllowed ? "можно" : "нельзя"}</dd>` : ""}
    </dl>
    <p class="no-print"><a href="${questionnaireUrl(service.registryNumber, { result: null, answers: [] })}">Начать анкету заново</a></p>
    <p class="print-only">Памятка сформирована по реестру стандартов предоставления услуг.</p>`;
}
