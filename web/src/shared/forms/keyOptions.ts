import { formModel, type FormField } from "../text/fieldText.generated";

export interface KeyOption {
  value: string;
  label: string;
}

const NAME_FIELDS = ["name", "text", "code", "title"];

function nameOf(item: Record<string, unknown>): string | null {
  for (const f of NAME_FIELDS) {
    const v = item[f];
    if (typeof v === "string" && v.trim()) return v.trim();
  }
  return null;
}

/**
 * The items of the content that a key field may name (variants select the service's
 * documents, grounds, fees and results by key; representation rules name documents):
 * every item of `inputType` in any list of the content, with a label a person reads
 * (its name, the item it belongs to, and the list when there are several such lists).
 */
export function keyOptions(content: Record<string, unknown>, inputType: string): KeyOption[] {
  const found: { key: string; name: string | null; index: number; parent: string | null; list: string }[] = [];
  const walk = (value: unknown, field: FormField, parent: string | null) => {
    if (!value || typeof value !== "object") return;
    const fields = field.type ? formModel.types[field.type] ?? [] : [];
    if (field.kind === "object") {
      for (const f of fields) walk((value as Record<string, unknown>)[f.name], f, parent);
    } else if (field.kind === "objectList" && Array.isArray(value)) {
      value.forEach((item: Record<string, unknown>, index) => {
        if (!item || typeof item !== "object") return;
        if (field.type === inputType && typeof item.key === "string" && item.key) found.push({ key: item.key, name: nameOf(item), index, parent, list: field.label });
        for (const f of fields) walk(item[f.name], f, nameOf(item) ?? parent);
      });
    }
  };
  for (const section of formModel.sections) walk(content[section.name], section, null);
  const lists = new Set(found.map((f) => f.list));
  const title = formModel.titles[inputType] || "Элемент";
  return found.map((f) => ({
    value: f.key,
    label: `${f.name ?? `${title} ${f.index + 1} (без наименования)`}${f.parent ? ` (${f.parent})` : ""}${lists.size > 1 ? ` — ${f.list}` : ""}`,
  }));
}
