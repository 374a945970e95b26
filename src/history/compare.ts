import type { ContentModel, FieldModel } from "./content-model";
import { formatTerm, itemTitle, readableLabel, upperFirst, type ActCitations } from "./format";
import { ELEMENTS, type StandardElement } from "../completeness/elements";
import { normalizeContent } from "../shared/canonical-json";

/**
 * Comparison of several standards (versions of different services: the same service of
 * several bodies, or versions of one service): one row per field where they differ, each
 * cell the value as a reader sees it (terms in words, enum values by their Russian label,
 * legal references written out), with the outliers marked. A pure function of the contents.
 *
 * List items are matched by their stable key where two versions share it (versions of one
 * service), otherwise by their name (documents, grounds and results of different services
 * have different keys but the same names); an item that some versions lack is one row
 * («нет» in those versions), its fields are compared only where it exists. Lists nested in
 * a list item (the legal bases of a document) are compared as one value. The verbatim
 * wording of the regulation is not compared (structure only; the diff compares it).
 */

type Obj = Record<string, unknown>;

export interface ComparedRow {
  element: StandardElement;
  /** Path in the content; matched list items by the key of their first occurrence. */
  path: string[];
  /** What the row compares, in Russian («Срок предоставления услуги», «Документы…: «Заявление…» — форма»). */
  label: string;
  /** One cell per compared version, in their order: the value, or null when the version has none. */
  values: (string | null)[];
  /** Per cell: the value differs from the one most versions share (needs 3+ versions and a strict majority value). */
  outliers: boolean[];
}

const SKIPPED = new Set(["key", "wording"]);
const ELEMENT_OF_SECTION = new Map<string, { code: StandardElement; title: string }>();
for (const e of ELEMENTS) if (!ELEMENT_OF_SECTION.has(e.section)) ELEMENT_OF_SECTION.set(e.section, { code: e.code, title: e.titleRu });

/** How the comparison names what the contents refer to: acts written out, registered authorities by name. */
export interface CompareNames {
  acts?: ActCitations;
  authorities?: (authorityId: string) => string | undefined;
}

export function compareContents(model: ContentModel, contents: (Obj | null | undefined)[], names: CompareNames = {}): ComparedRow[] {
  const normal = contents.map((c) => (normalizeContent(c ?? {}) ?? {}) as Obj);
  const rows: ComparedRow[] = [];
  for (const section of model.sections) {
    const element = ELEMENT_OF_SECTION.get(section.name);
    if (!element) continue; // profiling and variants: compared through the diff of one service
    const walker = new Walker(element.code, rows, names);
    walker.node(section, normal.map((c) => c[section.name] ?? null), [section.name], element.title);
  }
  return rows;
}

class Walker {
  private readonly acts: ActCitations | undefined;
  constructor(
    private readonly element: StandardElement,
    private readonly rows: ComparedRow[],
    private readonly names: CompareNames,
  ) {
    this.acts = names.acts;
  }

  /** A field of every version (undefined where the version has no such object: not compared). */
  node(model: FieldModel, values: unknown[], path: string[], label: string): void {
    if (model.kind === "object") {
      for (const child of model.fields ?? []) {
        if (SKIPPED.has(child.name)) continue;
        const childLabel = child.name === "items" ? label : `${label}: ${lowerFirstWord(child.label)}`;
        this.node(child, values.map((v) => (v === undefined ? undefined : ((v as Obj | null)?.[child.name] ?? null))), [...path, child.name], childLabel);
      }
      return;
    }
    if (model.kind === "objectList") return this.list(model, values, path, label);
    this.leaf(model, values, path, label);
    if (model.kind === "term") {
      // the term in words is one row; its note on the start, its bases and the rest are rows of their own
      for (const child of model.fields ?? []) {
        if (SKIPPED.has(child.name) || ["value", "unit", "startEvent"].includes(child.name)) continue;
        this.node(child, values.map((v) => (v === undefined ? undefined : ((v as Obj | null)?.[child.name] ?? null))), [...path, child.name], `${label}: ${lowerFirstWord(child.label)}`);
      }
    }
  }

  private list(model: FieldModel, values: unknown[], path: string[], label: string) {
    const groups = matchAcross(values.map((v) => (v === undefined ? undefined : ((v as Obj[] | null) ?? []))), model, this.acts);
    for (const group of groups) {
      const title = itemTitle(group.items.find((i) => i) as Obj, model, this.acts);
      const itemLabel = `${label}: «${title}»`;
      const present = group.items.map((item, i) => (values[i] === undefined ? undefined : item));
      if (present.some((item) => item === null)) {
        this.push(model, [...path, group.id], itemLabel, present.map((item) => (item === undefined ? undefined : item ? "есть" : null)));
        continue;
      }
      for (const child of model.fields ?? []) {
        if (SKIPPED.has(child.name)) continue;
        const childValues = present.map((item) => (item === undefined ? undefined : ((item as Obj)[child.name] ?? null)));
        const childLabel = `${itemLabel} — ${lowerFirstWord(child.label)}`;
        if (child.kind === "object") this.node(child, childValues, [...path, group.id, child.name], childLabel);
        else this.leaf(child, childValues, [...path, group.id, child.name], childLabel);
      }
    }
  }

  private leaf(model: FieldModel, values: unknown[], path: string[], label: string) {
    const named = (v: unknown) => (/authorityId$/i.test(model.name) && typeof v === "string" ? (this.names.authorities?.(v) ?? v) : v);
    this.push(model, path, label, values.map((v) => (v === undefined ? undefined : cellText(model, named(v), this.acts))));
  }

  /** Adds the row when the compared versions (those not undefined) disagree. */
  private push(_model: FieldModel, path: string[], label: string, cells: (string | null | undefined)[]) {
    const compared = cells.filter((c) => c !== undefined);
    if (new Set(compared).size <= 1) return;
    const values = cells.map((c) => c ?? null);
    this.rows.push({ element: this.element, path, label: upperFirst(label), values, outliers: outliersOf(cells) });
  }
}

/** Cells differing from a value held by a strict majority-by-plurality (a unique most frequent value held by 2+ versions). */
export function outliersOf(cells: (string | null | undefined)[]): boolean[] {
  const counts = new Map<string | null, number>();
  for (const c of cells) if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = sorted;
  if (!top || top[1] < 2 || (second && second[1] === top[1])) return cells.map(() => false);
  return cells.map((c) => c !== undefined && c !== top[0]);
}

/** One row's value in words. */
export function cellText(model: FieldModel, value: unknown, acts?: ActCitations): string | null {
  if (value === null || value === undefined) return null;
  if (model.kind === "term") return formatTerm(value as Obj, model);
  if (model.kind === "enum") return model.enumLabels?.[String(value)] ?? String(value);
  if (model.kind === "enumList") {
    const order = Object.keys(model.enumLabels ?? {});
    const list = [...(value as string[])].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return list.length ? list.map((v) => model.enumLabels?.[v] ?? v).join("; ") : null;
  }
  if (model.kind === "objectList") {
    const titles = (value as Obj[]).filter(Boolean).map((item) => itemTitle(item, model, acts));
    return titles.length ? [...titles].sort((a, b) => a.localeCompare(b, "ru")).join("; ") : null;
  }
  if (model.kind === "object") {
    const parts = (model.fields ?? [])
      .filter((f) => !SKIPPED.has(f.name))
      .map((f) => [f, cellText(f, (value as Obj)[f.name], acts)] as const)
      .filter(([, text]) => text !== null)
      .map(([f, text]) => `${lowerFirstWord(f.label)}: ${text}`);
    return parts.length ? parts.join("; ") : null;
  }
  if (typeof value === "boolean") return value ? "да" : "нет";
  if (typeof value === "string") return value.replace(/\s+/g, " ").trim();
  return String(value);
}

interface Group {
  id: string;
  /** Per version: the item, null when the version lacks it, undefined when the version lacks the list's parent. */
  items: (Obj | null)[];
}

/** The items of one list in every version, matched by key shared with another version, else by name. */
export function matchAcross(lists: (Obj[] | undefined)[], model: FieldModel, acts?: ActCitations): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const norm = (item: Obj) => itemTitle(item, model, acts).toLocaleLowerCase("ru").replace(/ё/g, "е").replace(/[\s«»"„“.,;:]+/g, " ").trim();
  lists.forEach((list, v) => {
    for (const item of list ?? []) {
      if (!item) continue;
      const key = typeof item.key === "string" ? item.key : null;
      let group = key ? byKey.get(key) : undefined;
      if (group && group.items[v]) group = undefined; // a key repeated within one version
      group ??= groups.find((g) => !g.items[v] && g.items.some((other) => other && norm(other) === norm(item)));
      if (!group) {
        group = { id: key ?? `#${groups.length + 1}`, items: lists.map(() => null) };
        groups.push(group);
      }
      group.items[v] = item;
      if (key) byKey.set(key, group);
    }
  });
  return groups;
}

function lowerFirstWord(label: string): string {
  const text = readableLabel(label);
  // keep abbreviations («МФЦ», «ЕПГУ») as they are
  return /^[А-ЯЁA-Z][а-яёa-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
