import { formModel, type FormField } from "../text/fieldText.generated";

/**
 * The one place that interprets the API's paths. Completeness findings address list
 * items by key (["documents","applicantDocuments","items",<key>,"name"]); user errors of a
 * mutation start with "input" and may address items by index. A path is turned into the
 * DOM id of the field that shows it (built from keys, so it survives reordering) and into
 * the form path with indices (Mantine's "items.2.name").
 */
export type Path = readonly string[];

export function fieldId(path: Path): string {
  return "f-" + path.map((p) => p.replace(/[^A-Za-z0-9_-]/g, "_")).join("-");
}

type Json = Record<string, unknown> | unknown[] | string | number | boolean | null | undefined;

/** The fields of a section (its input type). */
export function sectionField(section: string): FormField | undefined {
  return formModel.sections.find((s) => s.name === section);
}

/**
 * Resolves a content path (starting with the section name; a leading "input" or
 * "content" dropped) against the section's current values: the longest prefix that names
 * a rendered field, with list items by key, and the same prefix with indices for the form.
 */
export function resolvePath(path: Path, sectionValue: Json): { keyPath: string[]; formPath: (string | number)[] } {
  const p = path[0] === "input" || path[0] === "content" ? path.slice(1) : [...path];
  const section = sectionField(p[0]);
  const keyPath: string[] = [];
  const formPath: (string | number)[] = [];
  if (!section) return { keyPath, formPath };
  keyPath.push(p[0]);
  let field: FormField | undefined = section;
  let value: Json = sectionValue;
  let i = 1;
  while (i < p.length && field) {
    if (field.kind === "object") {
      const next: FormField | undefined = formModel.types[field.type!]?.find((f) => f.name === p[i]);
      if (!next) break;
      keyPath.push(p[i]);
      formPath.push(p[i]);
      value = value && typeof value === "object" && !Array.isArray(value) ? (value[p[i]] as Json) : undefined;
      field = next;
      i++;
    } else if (field.kind === "objectList") {
      const items = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
      let index = items.findIndex((it) => it && it.key === p[i]);
      if (index < 0 && /^\d+$/.test(p[i]) && Number(p[i]) < items.length) index = Number(p[i]);
      if (index < 0) break;
      keyPath.push(itemKey(items[index], index));
      formPath.push(index);
      value = items[index] as Json;
      field = { name: p[i], label: "", kind: "object", type: field.type };
      i++;
    } else {
      break;
    }
  }
  return { keyPath, formPath };
}

/** The key that identifies a list item in ids and paths (its index before it has one). */
export function itemKey(item: unknown, index: number): string {
  const key = item && typeof item === "object" ? (item as { key?: unknown }).key : undefined;
  return typeof key === "string" && key ? key : String(index);
}

export function toFormPath(formPath: (string | number)[]): string {
  return formPath.join(".");
}

/** A key for a new list item, made in the browser so that live findings can point at it before it is saved. */
export function newKey(): string {
  return crypto.randomUUID();
}
