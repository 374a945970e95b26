import { isDeepStrictEqual } from "node:util";
import { TERM_CORE, type ContentModel, type FieldModel } from "./content-model";
import { TITLE_FIELDS, formatTerm, formatValue, itemTitle, lowerFirst, textChange, upperFirst, type ActCitations } from "./format";
import { ELEMENTS, StandardElement } from "../completeness/elements";
import { normalizeContent } from "../shared/canonical-json";
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
  /** A short Russian sentence that names the element, the item and the old and new values. */
  summary: string;
}

/** What the diff may know beyond the two contents: how to cite the legal acts they refer to. */
export interface DiffContext {
  acts?: ActCitations;
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
const LEAF_KINDS = new Set(["scalar", "enum", "enumList"]);

/**
 * Field-level diff of two contents, in their normal form (a null field is an absent
 * field). List items are matched by their stable keys, so a renamed document is one
 * CHANGED, not REMOVED + ADDED; a term (value, unit, start) is compared as one value;
 * a section or object that appears or disappears is one change. A changed item's
 * summary lists each changed field with its old and new value.
 */
export function diffContent(model: ContentModel, before: Obj | null | undefined, after: Obj | null | undefined, context: DiffContext = {}): ContentChange[] {
  const changes: ContentChange[] = [];
  const b = (normalizeContent(before ?? {}) ?? {}) as Obj;
  const a = (normalizeContent(after ?? {}) ?? {}) as Obj;
  for (const section of model.sections) {
    // variants (Decree 1228): one change per variant, summarised in the applicant's terms
    if (section.name === "variants") {
      changes.push(...diffVariants(section, b, a));
      continue;
    }
    const element = ELEMENT_OF_SECTION.get(section.name)!;
    const elementTitle = TITLE_OF_SECTION.get(section.name)!;
    const walker = new Walker(element, elementTitle, upperFirst(section.label), changes, context);
    walker.field(section, b[section.name], a[section.name], [section.name], elementTitle);
  }
  return changes;
}

class Walker {
  constructor(
    private readonly element: StandardElement,
    private readonly elementTitle: string,
    /** The section's own label ("Максимальный срок ожидания в очереди"): the context of its fields' summaries. */
    private readonly sectionLabel: string,
    private readonly out: ContentChange[],
    private readonly context: DiffContext,
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
          // a section's own fields are named with the section ("При подаче запроса, минут" →
          // "Максимальный срок ожидания в очереди: при подаче запроса, минут"); descriptive
          // sub-objects and lists keep their own label
          const inSection = path.length === 1 && (LEAF_KINDS.has(child.kind) || child.label.length < 25);
          const childLabel = child.name === "items" ? label : inSection ? `${this.sectionLabel}: ${lowerFirst(child.label)}` : child.label;
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
          `${label} — ${valueChange(before, after, model, this.context.acts)}`,
        );
    }
  }

  private term(model: FieldModel, before: Obj, after: Obj, path: string[], label: string) {
    const b = termCore(before);
    const a = termCore(after);
    if (isDeepStrictEqual(b, a)) return;
    const what = path.length === 1 ? this.elementTitle : label;
    const kind = Object.keys(b).length === 0 ? ChangeKind.ADDED : Object.keys(a).length === 0 ? ChangeKind.REMOVED : ChangeKind.CHANGED;
    this.push(path, kind, b, a, `${what} — ${formatTerm(b, model)} → ${formatTerm(a, model)}`);
  }

  private list(model: FieldModel, before: Obj[], after: Obj[], path: string[], label: string) {
    const acts = this.context.acts;
    for (const change of matchItems(before, after)) {
      const itemPath = [...path, change.key];
      if (!change.after) {
        this.push(itemPath, ChangeKind.REMOVED, change.before, null, `${label}: исключено «${itemTitle(change.before, model, acts)}»`);
      } else if (!change.before) {
        this.push(itemPath, ChangeKind.ADDED, null, change.after, `${label}: добавлено «${itemTitle(change.after, model, acts)}»`);
      } else {
        const title = itemTitle(change.before, model, acts);
        const renamed = title !== itemTitle(change.after, model, acts) ? ` → «${itemTitle(change.after, model, acts)}»` : "";
        const details = itemDeltas(model, change.before, change.after, acts, !!renamed);
        this.push(itemPath, ChangeKind.CHANGED, change.before, change.after, `${label}: изменено «${title}»${renamed}${details.length ? `: ${details.join("; ")}` : ""}`);
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

function termCore(term: Obj): Obj {
  return Object.fromEntries(TERM_CORE.filter((k) => term[k] != null).map((k) => [k, term[k]]));
}

/** Items of two lists matched by key (by position when an item has none): removed, then kept or added in the new order. */
function matchItems(before: Obj[], after: Obj[]): { key: string; before: Obj | null; after: Obj | null }[] {
  const keyOf = (item: Obj, index: number) => (typeof item.key === "string" ? item.key : String(index));
  const old = new Map(before.map((item, i) => [keyOf(item, i), item]));
  const now = new Map(after.map((item, i) => [keyOf(item, i), item]));
  const out: { key: string; before: Obj | null; after: Obj | null }[] = [];
  for (const [key, item] of old) if (!now.has(key)) out.push({ key, before: item, after: null });
  for (const [key, item] of now) {
    const previous = old.get(key) ?? null;
    if (!previous || !isDeepStrictEqual(previous, item)) out.push({ key, before: previous, after: item });
  }
  return out;
}

/** What changed inside a list item, field by field, with old and new values ("форма — Копия → Подлинник"). */
function itemDeltas(model: FieldModel, before: Obj, after: Obj, acts: ActCitations | undefined, skipTitle: boolean): string[] {
  const out: string[] = [];
  for (const f of model.fields ?? []) {
    if (skipTitle && f.name === titleField(before, after)) continue;
    const d = fieldDelta(f, before[f.name], after[f.name], acts);
    if (d) out.push(d);
  }
  return out;
}

function titleField(before: Obj, after: Obj): string | undefined {
  return TITLE_FIELDS.find((k) => typeof before[k] === "string" || typeof after[k] === "string");
}

function fieldDelta(f: FieldModel, before: unknown, after: unknown, acts: ActCitations | undefined): string | null {
  if (isDeepStrictEqual(before ?? null, after ?? null)) return null;
  const label = lowerFirst(f.label);
  switch (f.kind) {
    case "objectList": {
      const parts = matchItems((before as Obj[] | undefined) ?? [], (after as Obj[] | undefined) ?? []).map((c) => {
        if (!c.after) return `исключено «${itemTitle(c.before, f, acts)}»`;
        if (!c.before) return `добавлено «${itemTitle(c.after, f, acts)}»`;
        const inner = itemDeltas(f, c.before, c.after, acts, false);
        return `изменено «${itemTitle(c.before, f, acts)}»${inner.length ? ` (${inner.join("; ")})` : ""}`;
      });
      return `${label}: ${parts.join(", ")}`;
    }
    case "enumList": {
      const b = (before as string[] | undefined) ?? [];
      const a = (after as string[] | undefined) ?? [];
      const name = (v: string) => `«${f.enumLabels?.[v] ?? v}»`;
      const parts = [...a.filter((v) => !b.includes(v)).map((v) => `добавлено ${name(v)}`), ...b.filter((v) => !a.includes(v)).map((v) => `исключено ${name(v)}`)];
      return parts.length ? `${label}: ${parts.join(", ")}` : null;
    }
    case "object":
    case "term": {
      if (isEmpty(before) || isEmpty(after)) {
        const shown = f.kind === "term" ? formatTerm((after ?? before) as Obj, f) : null;
        return `${label} — ${isEmpty(before) ? `заполнено${shown ? ` (${shown})` : ""}` : "удалено"}`;
      }
      const parts: string[] = [];
      if (f.kind === "term") {
        const b = termCore(before as Obj);
        const a = termCore(after as Obj);
        if (!isDeepStrictEqual(b, a)) parts.push(`${label} — ${formatTerm(b, f)} → ${formatTerm(a, f)}`);
      }
      const nested = (f.fields ?? [])
        .filter((c) => f.kind !== "term" || !(TERM_CORE as readonly string[]).includes(c.name))
        .map((c) => fieldDelta(c, (before as Obj)[c.name], (after as Obj)[c.name], acts))
        .filter((d): d is string => !!d);
      if (nested.length) parts.push(`${label}: ${nested.join("; ")}`);
      return parts.join("; ") || null;
    }
    default:
      return `${label} — ${valueChange(before, after, f, acts)}`;
  }
}

/** "old → new"; two texts by the part that differs. */
function valueChange(before: unknown, after: unknown, model: FieldModel, acts: ActCitations | undefined): string {
  if (model.kind === "scalar" && typeof before === "string" && typeof after === "string") {
    const [b, a] = textChange(before, after);
    return `«${b}» → «${a}»`;
  }
  return `${formatValue(before, model, acts)} → ${formatValue(after, model, acts)}`;
}
