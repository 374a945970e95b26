import { StandardElement } from "../completeness/elements";
import { CHANNEL_NAMES } from "../completeness/rules/helpers";
import type { Channel } from "../standards/content/enums";
import type { FieldModel } from "../history/content-model";
import { ChangeKind, type ContentChange } from "../history/diff";
import { formatTerm, truncate } from "../history/format";
import { canonicalJson } from "../shared/canonical-json";
import type { StandardContent } from "../standards/content/standard-content";
import type { Variant } from "../standards/content/variants";
import { DECREE_SECTIONS } from "./sections";
import { serviceDocuments, serviceGrounds, serviceResults, variantTitle, type GroundListName } from "./view";

/**
 * The diff of the variants (Decree 1228), matched by key: a variant added or removed is one
 * change, and a variant whose fields changed is one CHANGED of that variant, whose summary
 * says what changed in it in the applicant's terms (a document added, a term shortened...),
 * naming the selected items by their service-level names. Profiling is diffed by the
 * generic walker (attributes and values are keyed lists with names).
 */


/** The element a changed field of a variant belongs to. */
const FIELD_ELEMENT: Partial<Record<keyof Variant, StandardElement>> = {
  term: StandardElement.ART14_1_4,
  registrationTerms: StandardElement.ART14_1_11,
  submissionChannels: StandardElement.ART14_2_2,
  resultDelivery: StandardElement.ART14_2_9,
  documents: StandardElement.ART14_1_6,
  acceptanceRefusalGrounds: StandardElement.ART14_1_7,
  suspensionGrounds: StandardElement.ART14_1_8,
  refusalGrounds: StandardElement.ART14_1_8,
  fee: StandardElement.ART14_1_9,
  applicantCategoryKeys: StandardElement.ART14_2_1,
  representativeAllowed: StandardElement.ART14_2_1,
  representation: StandardElement.ART14_2_1,
  extraterritorial: StandardElement.ART14_1_14,
};

type Obj = Record<string, unknown>;

/** null and absent are the same value. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Obj).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, withoutNulls(v)]));
  }
  return value;
}
const same = (a: unknown, b: unknown) => canonicalJson(withoutNulls(a ?? null)) === canonicalJson(withoutNulls(b ?? null));

export function diffVariants(model: FieldModel, before: StandardContent | null | undefined, after: StandardContent | null | undefined): ContentChange[] {
  const { element, title } = DECREE_SECTIONS.variants;
  const keyOf = (v: Variant, i: number) => (typeof v.key === "string" ? v.key : String(i));
  const old = new Map((before?.variants ?? []).filter(Boolean).map((v, i) => [keyOf(v, i), v]));
  const now = new Map((after?.variants ?? []).filter(Boolean).map((v, i) => [keyOf(v, i), v]));
  const changes: ContentChange[] = [];
  for (const [key, v] of old) {
    if (!now.has(key)) changes.push({ element, path: ["variants", key], kind: ChangeKind.REMOVED, before: v, after: null, summary: `${title}: исключён ${lowerTitle(v)}` });
  }
  for (const [key, v] of now) {
    const previous = old.get(key);
    if (!previous) {
      changes.push({ element, path: ["variants", key], kind: ChangeKind.ADDED, before: null, after: v, summary: `${title}: добавлен ${lowerTitle(v)}` });
      continue;
    }
    const fields = (model.fields ?? []).filter((f) => f.name !== "key" && !same((previous as Obj)[f.name], (v as Obj)[f.name]));
    if (fields.length === 0) continue;
    const parts = fields.map((f) => describe(f, previous, v, before ?? {}, after ?? {}));
    const elements = new Set(fields.map((f) => FIELD_ELEMENT[f.name as keyof Variant] ?? element));
    changes.push({
      element: elements.size === 1 ? [...elements][0] : element,
      path: ["variants", key],
      kind: ChangeKind.CHANGED,
      before: previous,
      after: v,
      summary: `${variantTitle(previous)}: ${parts.join("; ")}`,
    });
  }
  return changes;
}

const lowerTitle = (v: Variant) => variantTitle(v).replace(/^Вариант/, "вариант");

function describe(field: FieldModel, before: Variant, after: Variant, cBefore: StandardContent, cAfter: StandardContent): string {
  const label = field.label.charAt(0).toLowerCase() + field.label.slice(1);
  switch (field.name) {
    case "name":
      return `наименование — «${truncate(before.name ?? "")}» → «${truncate(after.name ?? "")}»`;
    case "number":
      return `номер — ${before.number ?? "не указан"} → ${after.number ?? "не указан"}`;
    case "kind":
      return `вид — ${field.enumLabels?.[String(before.kind)] ?? "не указан"} → ${field.enumLabels?.[String(after.kind)] ?? "не указан"}`;
    case "resultKey": {
      const name = (c: StandardContent, k: string | null | undefined) => (k ? `«${truncate(serviceResults(c).get(k)?.name ?? k)}»` : "не указан");
      return `результат — ${name(cBefore, before.resultKey)} → ${name(cAfter, after.resultKey)}`;
    }
    case "term":
      return `${label} — ${formatTerm(before.term as Obj, field)} → ${formatTerm(after.term as Obj, field)}`;
    case "documents":
      return documentChanges(before, after, cBefore, cAfter) || label;
    case "acceptanceRefusalGrounds":
    case "suspensionGrounds":
    case "refusalGrounds":
      return groundChanges(field.name, label, before, after, cBefore, cAfter);
    case "submissionChannels":
      return listChanges(label, before.submissionChannels, after.submissionChannels, (ch) => CHANNEL_NAMES[ch as Channel] ?? ch);
    case "combinations":
      return countChanges(label, before.combinations, after.combinations);
    default:
      return `${label} — изменено`;
  }
}

function listChanges(label: string, before: readonly string[] | null | undefined, after: readonly string[] | null | undefined, name: (k: string) => string): string {
  if (before == null || after == null) return `${label} — ${after == null ? "как для услуги в целом" : after.map(name).join(", ")}`;
  const added = after.filter((k) => !before.includes(k)).map((k) => `добавлено ${truncate(name(k))}`);
  const removed = before.filter((k) => !after.includes(k)).map((k) => `исключено ${truncate(name(k))}`);
  return `${label}: ${[...added, ...removed].join(", ") || "изменён порядок"}`;
}

function countChanges(label: string, before: readonly { key?: string | null }[] | null | undefined, after: readonly { key?: string | null }[] | null | undefined): string {
  const keys = (l: typeof before) => new Set((l ?? []).map((x) => x?.key ?? ""));
  const b = keys(before);
  const a = keys(after);
  const added = [...a].filter((k) => !b.has(k)).length;
  const removed = [...b].filter((k) => !a.has(k)).length;
  const parts = [added && `добавлено ${added}`, removed && `исключено ${removed}`].filter(Boolean);
  return `${label}: ${parts.length ? parts.join(", ") : "изменены"}`;
}

function documentChanges(before: Variant, after: Variant, cBefore: StandardContent, cAfter: StandardContent): string {
  if (before.documents == null || after.documents == null) {
    return `документы — ${after.documents == null ? "все документы услуги" : "выбраны из перечня услуги"}`;
  }
  const name = (c: StandardContent, k: string) => `«${truncate(serviceDocuments(c).get(k)?.document.name ?? k)}»`;
  const byKey = (v: Variant) => new Map((v.documents?.items ?? []).filter((d) => !!d?.documentKey).map((d) => [d!.documentKey!, d!]));
  const b = byKey(before);
  const a = byKey(after);
  const parts: string[] = [];
  for (const k of a.keys()) if (!b.has(k)) parts.push(`добавлен документ ${name(cAfter, k)}`);
  for (const k of b.keys()) if (!a.has(k)) parts.push(`исключён документ ${name(cBefore, k)}`);
  for (const [k, d] of a) if (b.has(k) && !same(b.get(k), d)) parts.push(`изменены требования к документу ${name(cAfter, k)}`);
  if (!same(before.documents.noneStated, after.documents.noneStated)) {
    parts.push(after.documents.noneStated ? "указано, что документы не требуются" : "снято указание, что документы не требуются");
  }
  return parts.join(", ");
}

function groundChanges(list: GroundListName, label: string, before: Variant, after: Variant, cBefore: StandardContent, cAfter: StandardContent): string {
  const b = before[list];
  const a = after[list];
  if (b == null || a == null) return `${label} — ${a == null ? "как для услуги в целом" : "выбраны из перечня услуги"}`;
  const text = (c: StandardContent) => (k: string) => serviceGrounds[list](c, after).get(k)?.text ?? k;
  const added = (a.groundKeys ?? []).filter((k) => !(b.groundKeys ?? []).includes(k)).map((k) => `добавлено «${truncate(text(cAfter)(k))}»`);
  const removed = (b.groundKeys ?? []).filter((k) => !(a.groundKeys ?? []).includes(k)).map((k) => `исключено «${truncate(text(cBefore)(k))}»`);
  const none = !same(b.noneStated, a.noneStated) ? [a.noneStated ? "указано, что оснований нет" : "снято указание, что оснований нет"] : [];
  return `${label}: ${[...added, ...removed, ...none].join(", ") || "изменено"}`;
}
