import type { ContentModel, FieldModel } from "../history/content-model";
import { formatTerm, itemTitle, readableLabel, TITLE_FIELDS, type ActCitations } from "../history/format";
import { citeAct } from "../history/act-citations";
import { ELEMENTS, type ElementInfo } from "../completeness/elements";
import type { LegalActType } from "../legal-acts/legal-act.entity";
import { html, join, type Html } from "./html";
import { ART14_TITLES } from "./element-titles";

/**
 * The standard as readable Russian text, ordered as section II of a regulation: the 23
 * elements of Art. 14 in the order of the law, each under its title as the article words it,
 * every field with its Russian label (read from the content model, so a new field is shown
 * without new code), lists numbered, legal references written out (citeAct), and the
 * regulation's own wording where the registrar entered it. A pure function of the content
 * as the public GraphQL query returns it (with each reference's act).
 */

type Obj = Record<string, unknown>;
type ActRecord = { type: LegalActType; number: string; date: string; issuer: string; title?: string | null };

/** Fields the text never shows as such: identities, and references shown through their relation. */
const HIDDEN = new Set(["key", "wording", "actId", "authorityId", "holderAuthorityId", "documentKey", "resultKey", "valueKeys", "groundKeys", "feeKeys", "applicantCategoryKeys"]);

/** How each act the content cites is written, collected from the query's `act { … }` relations. */
export function actCitationsOf(content: unknown): ActCitations {
  const cited = new Map<string, string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== "object") return;
    const obj = value as Obj;
    if (typeof obj.actId === "string" && obj.act && typeof obj.act === "object") cited.set(obj.actId, citeAct(obj.act as ActRecord));
    Object.values(obj).forEach(walk);
  };
  walk(content);
  return (actId) => cited.get(actId);
}

/** The law whose Art. 14 lists the elements, as a reference writes it out. */
export const LAW_210 = "Федерального закона от 27.07.2010 № 210-ФЗ";

export interface ElementText {
  element: ElementInfo;
  title: string;
  /** Where the law lists it: «п. 1 ч. 1 ст. 14» (of LAW_210). */
  reference: string;
  body: Html;
  filled: boolean;
}

export function standardElements(model: ContentModel, content: Obj, acts: ActCitations): ElementText[] {
  const seen = new Set<string>();
  return ELEMENTS.map((element) => {
    const reference = `п. ${element.item} ч. ${element.part} ст. 14`;
    const title = ART14_TITLES[element.code];
    const section = model.sections.find((s) => s.name === element.section)!;
    if (seen.has(element.section)) {
      const first = ELEMENTS.find((e) => e.section === element.section)!;
      const body = html`<p>Сведения приведены в элементе ${ELEMENTS.indexOf(first) + 1} «${ART14_TITLES[first.code]}».</p>`;
      return { element, title, reference, body, filled: content[element.section] != null };
    }
    seen.add(element.section);
    const value = content[element.section] as Obj | null | undefined;
    const body = value ? new Renderer(acts).section(section, value) : null;
    return { element, title, reference, body: body && body.value ? body : html`<p class="hint">Не указано в стандарте.</p>`, filled: !!(body && body.value) };
  });
}

class Renderer {
  constructor(private readonly acts: ActCitations) {}

  section(model: FieldModel, value: Obj): Html {
    if (model.kind !== "term") return this.object(model, value);
    return this.field({ ...model, label: "Срок" }, value, {}) ?? html``;
  }

  object(model: FieldModel, obj: Obj, skip: string | null = null): Html {
    const lines: Html[] = [];
    for (const f of model.fields ?? []) {
      if (HIDDEN.has(f.name) || f.name === skip) continue;
      const rendered = this.field(f, obj[f.name], obj);
      if (rendered) lines.push(rendered);
    }
    const named = this.relations(obj);
    const wording = this.wording(obj.wording);
    return join([named, ...lines, wording]);
  }

  /** The registered body a reference names (the provider, a participant, a document's holder). */
  private relations(obj: Obj): Html | null {
    const parts: Html[] = [];
    const authority = obj.authority as { name?: string } | null | undefined;
    if (authority?.name && typeof obj.authorityId === "string") parts.push(line("Орган", authority.name));
    const holder = obj.holderAuthority as { name?: string } | null | undefined;
    if (holder?.name && !obj.holderName) parts.push(line("Орган, в распоряжении которого находится документ", holder.name));
    return parts.length ? join(parts) : null;
  }

  private field(f: FieldModel, value: unknown, parent: Obj): Html | null {
    if (value === null || value === undefined || value === "") return null;
    if (Array.isArray(value) && value.length === 0) return null;
    const label = readableLabel(f.label);
    // an explicit statement that something is absent reads only when it is made
    if (value === false && /^Явно указано/.test(label)) return null;
    switch (f.kind) {
      case "term": {
        const term = value as Obj;
        const note = typeof term.startNote === "string" && term.startNote ? ` (${term.startNote.replace(/\.\s*$/, "")})` : "";
        const bases = this.references(term.legalBases);
        const rest = (f.fields ?? []).filter((c) => !["value", "unit", "startEvent", "startNote", "legalBases"].includes(c.name));
        // the term's own wording once: with its other fields, or alone
        const extra = rest.length ? this.object({ ...f, kind: "object", fields: rest }, term) : this.wording(term.wording);
        return html`<div class="field-line"><p><span class="name">${label}:</span> ${formatTerm(term, f)}${note}${bases ? html`. Основание: ${bases}` : ""}</p>${extra}</div>`;
      }
      case "enum":
        return line(label, f.enumLabels?.[String(value)] ?? String(value));
      case "enumList":
        return line(label, (value as string[]).map((v) => f.enumLabels?.[v] ?? v).join("; "));
      case "object": {
        const inner = this.object(f, value as Obj);
        return inner.value ? html`<div class="field-line"><p class="name">${label}</p>${inner}</div>` : null;
      }
      case "objectList": {
        const items = (value as Obj[]).filter(Boolean);
        if (isReferenceList(f)) return html`<p class="field-line"><span class="name">${label}:</span> ${this.references(items)}</p>`;
        // the items of a section or list are numbered under the section's own title
        return html`<div class="field-line">${f.name === "items" ? "" : html`<p class="name">${label}</p>`}<ol class="items">${items.map((item) => this.item(f, item))}</ol></div>`;
      }
      default:
        if (f.name === "noneStated") return value === true ? html`<p class="field-line">${noneText(parent)}</p>` : null;
        if (f.name === "noneStatement") return null; // shown with noneStated
        if (typeof value === "boolean") return line(label, value ? "да" : "нет");
        return line(label, String(value));
    }
  }

  private item(model: FieldModel, item: Obj): Html {
    const titleField = TITLE_FIELDS.find((k) => typeof item[k] === "string" && item[k]);
    // the whole name or text (the diff's titles are shortened; a standard's text is not)
    const enumLabel = titleField ? model.fields?.find((f) => f.name === titleField)?.enumLabels?.[item[titleField] as string] : undefined;
    const title = titleField ? (enumLabel ?? (item[titleField] as string)) : itemTitle(item, model, this.acts);
    return html`<li><p class="item-title">${title}</p>${this.object(model, item, titleField ?? null)}</li>`;
  }

  /** Legal references written out: «Градостроительный кодекс Российской Федерации от 29.12.2004 № 190-ФЗ, ст. 51, ч. 13». */
  private references(value: unknown): string | null {
    const refs = Array.isArray(value) ? (value as Obj[]).filter(Boolean) : [];
    if (!refs.length) return null;
    return refs.map((r) => itemTitle(r, undefined, this.acts)).join("; ");
  }

  private wording(value: unknown): Html | null {
    const texts = Array.isArray(value) ? (value as Obj[]).filter((t) => t && typeof t.text === "string" && t.text) : [];
    if (!texts.length) return null;
    return join(
      texts.map((t) => {
        const source = [t.clause as string | undefined, typeof t.actId === "string" ? this.acts(t.actId) : undefined].filter(Boolean).join(", ");
        const url = typeof t.url === "string" && /^https?:\/\//i.test(t.url) ? t.url : null;
        return html`<blockquote class="wording"><p>${t.text as string}</p>${source || url ? html`<footer>Формулировка регламента${source ? html`: ${source}` : ""}${url ? html` (<a href="${url}" rel="nofollow noopener">источник</a>)` : ""}</footer>` : ""}</blockquote>`;
      }),
    );
  }
}

function line(label: string, value: string): Html {
  return html`<p class="field-line"><span class="name">${label}:</span> ${value}</p>`;
}

function isReferenceList(f: FieldModel): boolean {
  return !!f.fields?.some((c) => c.name === "actId") && !!f.fields?.some((c) => c.name === "article");
}

function noneText(parent: Obj): string {
  const statement = typeof parent.noneStatement === "string" && parent.noneStatement ? parent.noneStatement : null;
  return statement ?? "Перечень пуст: в стандарте явно указано, что таких оснований (документов) нет.";
}

/** "15.07.2020" from "2020-07-15". */
export function ruDate(date: string | null | undefined): string {
  if (!date) return "";
  const [y, m, d] = date.slice(0, 10).split("-");
  return `${d}.${m}.${y}`;
}
