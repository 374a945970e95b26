import type { StandardContent } from "../standards/content/standard-content";
import type { ProfilingAttribute, ProfilingValue, Variant } from "../standards/content/variants";
import { DomainError, type DomainIssue } from "../shared/errors/domain-error";
import { describeEnum } from "../shared/enum";
import { MAX_POINTS, matchingRows, pointsOf, profilingIndex, resultSpaces, type ResultSpace } from "./profiling";
import { hasVariants, serviceResults } from "./view";

/**
 * The portal's question (one call drives an MFC window questionnaire and a web wizard):
 * given the result asked for and the answers so far, either the variant that applies or
 * the next attribute to ask, the first one (in the order of the profiling table) on which
 * the remaining applicants still lead to different variants. A pure function of the content.
 */

export enum VariantResolutionStatus {
  RESOLVED = "RESOLVED",
  QUESTION = "QUESTION",
  RESULT_REQUIRED = "RESULT_REQUIRED",
  NO_VARIANT = "NO_VARIANT",
  AMBIGUOUS = "AMBIGUOUS",
}
describeEnum(VariantResolutionStatus, "VariantResolutionStatus", "Итог определения варианта. Outcome of resolving a variant.", {
  RESOLVED: "Вариант определён (variant; null — у стандарта нет вариантов, он один неявный). The variant is found (null: the standard has one implicit variant).",
  QUESTION: "Нужен ответ на вопрос nextAttribute. The next attribute must be answered.",
  RESULT_REQUIRED: "Нужно выбрать результат, за которым обращается заявитель (results). The result must be chosen.",
  NO_VARIANT: "Ответам не соответствует ни один вариант. No variant matches the answers.",
  AMBIGUOUS: "Ответам соответствуют несколько вариантов (комбинации пересекаются). Several variants match (overlapping combinations).",
});

export interface ProfilingAnswer {
  attributeKey: string;
  valueKey: string;
}

export interface Resolution {
  status: VariantResolutionStatus;
  resultKey: string | null;
  variant: Variant | null;
  /** Variants still possible. */
  candidates: Variant[];
  nextAttribute: ProfilingAttribute | null;
  /** Values of the next attribute that still lead to a variant. */
  nextValues: ProfilingValue[];
  /** Results the applicant may ask for (those that have variants), when the result is required. */
  resultKeys: string[];
}

const outcome = (status: VariantResolutionStatus, fields: Partial<Resolution> = {}): Resolution => ({
  status,
  resultKey: null,
  variant: null,
  candidates: [],
  nextAttribute: null,
  nextValues: [],
  resultKeys: [],
  ...fields,
});

export function resolveVariant(content: StandardContent, resultKey: string | null | undefined, answers: readonly ProfilingAnswer[] = []): Resolution {
  if (!hasVariants(content)) return outcome(VariantResolutionStatus.RESOLVED);
  const index = profilingIndex(content);
  const fixed = validateAnswers(index, answers);
  const spaces = resultSpaces(content, index);
  if (resultKey == null) {
    const keys = [...spaces.keys()];
    if (keys.length !== 1) return outcome(VariantResolutionStatus.RESULT_REQUIRED, { resultKeys: keys });
    resultKey = keys[0];
  }
  const space = spaces.get(resultKey);
  if (!space) {
    const known = serviceResults(content).has(resultKey);
    throw new DomainError("NOT_FOUND", known ? "Для этого результата в стандарте нет вариантов предоставления" : "Результат с таким ключом в стандарте не найден", ["resultKey"]);
  }
  const relevant = new Map([...fixed].filter(([attribute]) => space.attributes.some((a) => a.key === attribute)));
  return { ...(space.size > MAX_POINTS ? byRows(space, relevant) : byPoints(space, relevant)), resultKey };
}

function validateAnswers(index: ReturnType<typeof profilingIndex>, answers: readonly ProfilingAnswer[]): Map<string, string> {
  const fixed = new Map<string, string>();
  const issues: DomainIssue[] = [];
  answers.forEach((answer, i) => {
    const attribute = index.attributeByKey.get(answer.attributeKey);
    if (!attribute) {
      issues.push({ code: "NOT_FOUND", message: "Признак с таким ключом в профилировании не найден", field: ["answers", String(i), "attributeKey"] });
    } else if (!attribute.values.some((v) => v.key === answer.valueKey)) {
      issues.push({ code: "NOT_FOUND", message: `У признака «${attribute.attribute.name ?? attribute.key}» нет значения с таким ключом`, field: ["answers", String(i), "valueKey"] });
    } else if (fixed.has(attribute.key)) {
      issues.push({ code: "INVALID", message: `На вопрос о признаке «${attribute.attribute.name ?? attribute.key}» дано несколько ответов`, field: ["answers", String(i), "attributeKey"] });
    } else {
      fixed.set(attribute.key, answer.valueKey);
    }
  });
  if (issues.length > 0) throw DomainError.of(issues);
  return fixed;
}

function unique(variants: Variant[], order: readonly Variant[]): Variant[] {
  const set = new Set(variants);
  return order.filter((v) => set.has(v));
}

/** Exact: over every remaining combination of the space. */
function byPoints(space: ResultSpace, fixed: ReadonlyMap<string, string>): Resolution {
  const points = [...pointsOf(space, fixed)];
  const found = points.map((p) => matchingRows(space, p).map((r) => r.variant));
  const signature = found.map((vs) => vs.map((v) => space.variants.indexOf(v)).join(","));
  if (points.length === 0 || signature.every((s) => s === signature[0])) {
    const variants = found[0] ?? [];
    if (variants.length === 0) return outcome(VariantResolutionStatus.NO_VARIANT);
    if (variants.length === 1) return outcome(VariantResolutionStatus.RESOLVED, { variant: variants[0], candidates: variants });
    return outcome(VariantResolutionStatus.AMBIGUOUS, { candidates: unique(variants, space.variants) });
  }
  const candidates = unique(found.flat(), space.variants);
  for (let a = 0; a < space.attributes.length; a++) {
    const attribute = space.attributes[a];
    if (fixed.has(attribute.key)) continue;
    // the attribute splits when two points differing only in it lead to different variants
    const byRest = new Map<string, string>();
    let splits = false;
    for (let i = 0; i < points.length && !splits; i++) {
      const rest = points[i].filter((_v, n) => n !== a).join("\u0000");
      const seen = byRest.get(rest);
      if (seen === undefined) byRest.set(rest, signature[i]);
      else if (seen !== signature[i]) splits = true;
    }
    if (!splits) continue;
    const leading = new Set(points.filter((_p, i) => found[i].length > 0).map((p) => p[a]));
    return outcome(VariantResolutionStatus.QUESTION, {
      candidates,
      nextAttribute: attribute.attribute,
      nextValues: attribute.values.filter((v) => leading.has(v.key!)),
    });
  }
  /* c8 ignore next: a non-constant function on a product space always changes along one coordinate */
  return outcome(VariantResolutionStatus.AMBIGUOUS, { candidates });
}

/** Approximate, for spaces too large to enumerate: by the rows still consistent with the answers. */
function byRows(space: ResultSpace, fixed: ReadonlyMap<string, string>): Resolution {
  const rows = space.rows.filter(
    (row) => row.unknownValues.length === 0 && [...fixed].every(([attribute, value]) => !row.conditions.has(attribute) || row.conditions.get(attribute)!.has(value)),
  );
  const candidates = unique(rows.map((r) => r.variant), space.variants);
  if (candidates.length === 0) return outcome(VariantResolutionStatus.NO_VARIANT);
  if (candidates.length === 1) return outcome(VariantResolutionStatus.RESOLVED, { variant: candidates[0], candidates });
  const next = space.attributes.find((a) => !fixed.has(a.key) && rows.some((r) => r.conditions.has(a.key)));
  if (!next) return outcome(VariantResolutionStatus.AMBIGUOUS, { candidates });
  const open = rows.some((r) => !r.conditions.has(next.key));
  const allowed = new Set(rows.flatMap((r) => [...(r.conditions.get(next.key) ?? [])]));
  return outcome(VariantResolutionStatus.QUESTION, {
    candidates,
    nextAttribute: next.attribute,
    nextValues: next.values.filter((v) => open || allowed.has(v.key!)),
  });
}
