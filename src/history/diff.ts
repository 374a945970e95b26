import { isDeepStrictEqual } from "node:util";
import { TERM_CORE, type ContentModel, type FieldModel } from "./content-model";
import { formatTerm, formatValue, itemTitle } from "./format";
import { ELEMENTS, StandardElement } from "../completeness/elements";
import { diffVariants } from "../variants/diff";
import { DECREE_SECTIONS } from "../variants/sections";

export enum ChangeKind {
  ADDED = "ADDED",
  REMOVED = "REMOVED",
  CHANGED = "CHANGED",
}

export interface ContentChange {
  element: StandardElement;
  /** Path in the content; list items are addressed by their stable key, enum list values by the value. */
  path: string[];
  kind: ChangeKind;
  before: unknown;
  after: unknown;
  /** A short Russian sentence. */
  summary: string;
}

type Obj = Record<string, unknown>;
const ELEMENT_OF_SECTION = new Map<string, StandardElement>();
const TITLE_OF_SECTION = new Map<string, string>();
for (const e of ELEMENTS) {
  if (ELEMENT_OF_SECTION.has(e.section)) continue;
  ELEMENT_OF_SECTION.set(e.section, e.code);
  TITLE_OF_SECTION.set(e.section, e.titleRu);
}
for (const [section, { element, title }] of Object.entries(DECREE_SECTIONS)) {
  ELEMENT_OF_SECTION.set(section, element);
  TITLE_OF_SECTION.set(section, title);
}

const isEmpty = (v: unknown) => v === null || v === undefined;

/**
 * Field-level diff of two contents. List items are matched by their stable keys, so
 * a renamed document is one CHANGED, not REMOVED + ADDED; a term (value, unit, start)
 * is compared as one value; a section or object that appears or disappears is one change.
 */
export function diffContent(model: ContentModel, before: Obj | null | undefined, after: Obj | null | undefined): ContentChange[] {
  const changes: ContentChange[] = [];
  for (const section of model.sections) {
    // variants (Decree 1228): one change per variant, summarised in the applicant's terms
    if (section.name === "variants") {
      changes.push(...diffVariants(section, before, after));
      continue;
    }
    const element = ELEMENT_OF_SECTION.get(section.name)!;
    const elementTitle = TITLE_OF_SECTION.get(section.name)!;
    const walker = new Walker(element, elementTitle, changes);
    walker.field(section, before?.[section.name], after?.[section.name], [section.name], elementTitle);
  }
  return changes;
}

class Walker {
  constructor(
    private readonly element: StandardElement,
    private readonly elementTitle: string,
    private readonly out: ContentChange[],
  ) {}

  private push(path: string[], kind: ChangeKind, before: unknown, after: unknown, summary: string) {
    this.out.push({ element: this.element, path, kind, before: before ?? null, after: after ?? null, summary });
  }

  field(model: FieldModel, before: unknown, after: unknown, path: string[], label: string): void {
    if (isEmpty(before) && isEmpty(after)) return;
    switch (model.kind) {
      case "objectList":
        return this.list(model, (before as Obj[] | null) ?? [], (after as Obj[] | null) ?? [], path, label);
      case "enumList":
        return this.enumList(model, (before as string[] | null) ?? [], (after as string[] | null) ?? [], path, label);
      case "object":
      case "term":
        if (isEmpty(before) || isEmpty(after)) {
          const kind = isEmpty(before) ? ChangeKind.ADDED : ChangeKind.REMOVED;
          const what = path.length === 1 ? this.elementTitle : label;
          return this.push(path, kind, before, after, `${what} — ${kind === ChangeKind.ADDED ? "заполнено" : "удалено"}`);
        }
        if (model.kind === "term") this.term(model, before as Obj, after as Obj, path, label);
        for (const child of model.fields!) {
          if (model.kind === "term" && (TERM_CORE as readonly string[]).includes(child.name)) continue;
          // a short label of a section field gets the element's title for context ("Способы" → "Способы направления запроса: способы")
          const childLabel =
            child.name === "items" ? label : path.length === 1 && child.label.length < 25 ? `${this.elementTitle}: ${child.label.toLowerCase()}` : child.label;
          this.field(child, (before as Obj)[child.name], (after as Obj)[child.name], [...path, child.name], childLabel);
        }
        return;
      default:
        if (isDeepStrictEqual(before ?? null, after ?? null)) return;
        return this.push(
          path,
          isEmpty(before) ? ChangeKind.ADDED : isEmpty(after) ? ChangeKind.REMOVED : ChangeKind.CHANGED,
          before,
          after,
          `${label} — ${formatValue(before, model)} → ${formatValue(after, model)}`,
        );
    }
  }

  private term(model: FieldModel, before: Obj, after: Obj, path: string[], label: string) {
    const pick = (t: Obj) => Object.fromEntries(TERM_CORE.filter((k) => t[k] != null).map((k) => [k, t[k]]));
    const b = pick(before);
    const a = pick(after);
    if (isDeepStrictEqual(b, a)) return;
    const what = path.length === 1 ? this.elementTitle : label;
    const kind = Object.keys(b).length === 0 ? ChangeKind.ADDED : Object.keys(a).length === 0 ? ChangeKind.REMOVED : ChangeKind.CHANGED;
    this.push(path, kind, b, a, `${what} — ${formatTerm(b, model)} → ${formatTerm(a, model)}`);
  }

  private list(model: FieldModel, before: Obj[], after: Obj[], path: string[], label: string) {
    const keyOf = (item: Obj, index: number) => (typeof item.key === "string" ? item.key : String(index));
    const old = new Map(before.map((item, i) => [keyOf(item, i), item]));
    const now = new Map(after.map((item, i) => [keyOf(item, i), item]));
    for (const [key, item] of old) {
      if (!now.has(key)) this.push([...path, key], ChangeKind.REMOVED, item, null, `${label}: исключено «${itemTitle(item, model)}»`);
    }
    for (const [key, item] of now) {
      const previous = old.get(key);
      if (!previous) {
        this.push([...path, key], ChangeKind.ADDED, null, item, `${label}: добавлено «${itemTitle(item, model)}»`);
      } else if (!isDeepStrictEqual(previous, item)) {
        const changedFields = model.fields!.filter((f) => !isDeepStrictEqual(previous[f.name] ?? null, item[f.name] ?? null)).map((f) => f.label.toLowerCase());
        const renamed = itemTitle(previous, model) !== itemTitle(item, model) ? ` → «${itemTitle(item, model)}»` : "";
        this.push([...path, key], ChangeKind.CHANGED, previous, item, `${label}: изменено «${itemTitle(previous, model)}»${renamed} (${changedFields.join("; ")})`);
      }
    }
  }

  private enumList(model: FieldModel, before: string[], after: string[], path: string[], label: string) {
    for (const value of before) {
      if (!after.includes(value)) this.push([...path, value], ChangeKind.REMOVED, value, null, `${label}: исключено «${model.enumLabels?.[value] ?? value}»`);
    }
    for (const value of after) {
      if (!before.includes(value)) this.push([...path, value], ChangeKind.ADDED, null, value, `${label}: добавлено «${model.enumLabels?.[value] ?? value}»`);
    }
  }
}
