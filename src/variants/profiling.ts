import type { StandardContent } from "../standards/content/standard-content";
import type { ProfilingAttribute, ProfilingValue, Variant, VariantCombination } from "../standards/content/variants";
import { variantsOf } from "./view";

/**
 * Profiling as data: the attributes of the annex (table 1) and the combinations of their
 * values (table 2), each leading to one variant. A combination names value keys; several
 * values of one attribute mean "any of them", and an attribute it does not name may take
 * any value. For one result, the attributes named by its variants' combinations span a
 * space small enough to enumerate (a few attributes with a few values each), so that
 * disjointness and totality are checked point by point, and the next question is the
 * first attribute on which the remaining points still lead to different variants.
 */

export interface AttributeInfo {
  key: string;
  attribute: ProfilingAttribute;
  /** Position in the profiling table (the order questions are asked). */
  order: number;
  values: ProfilingValue[];
}

export interface ProfilingIndex {
  attributes: AttributeInfo[];
  attributeByKey: Map<string, AttributeInfo>;
  /** The attribute that owns a value key. */
  valueOwner: Map<string, AttributeInfo>;
  /** Value keys used by more than one attribute. */
  ambiguousValues: Set<string>;
}

export function profilingIndex(content: StandardContent): ProfilingIndex {
  const attributes: AttributeInfo[] = [];
  const attributeByKey = new Map<string, AttributeInfo>();
  const valueOwner = new Map<string, AttributeInfo>();
  const ambiguousValues = new Set<string>();
  for (const attribute of content.profiling?.attributes ?? []) {
    if (!attribute || typeof attribute.key !== "string" || attributeByKey.has(attribute.key)) continue;
    const values = (attribute.values ?? []).filter((v): v is ProfilingValue => !!v && typeof v.key === "string");
    const info: AttributeInfo = { key: attribute.key, attribute, order: attributes.length, values };
    attributes.push(info);
    attributeByKey.set(info.key, info);
    for (const value of values) {
      const owner = valueOwner.get(value.key!);
      if (owner && owner !== info) ambiguousValues.add(value.key!);
      else valueOwner.set(value.key!, info);
    }
  }
  return { attributes, attributeByKey, valueOwner, ambiguousValues };
}

/** One row of the combination table as conditions: attribute key → allowed value keys. */
export interface Row {
  variant: Variant;
  /** null: the variant has no combinations and applies to everyone asking for its result. */
  combination: VariantCombination | null;
  conditions: Map<string, Set<string>>;
  /** Value keys the profiling does not know. */
  unknownValues: string[];
}

export function rowsOf(variant: Variant, index: ProfilingIndex): Row[] {
  const combinations = (variant.combinations ?? []).filter((c): c is VariantCombination => !!c);
  if (combinations.length === 0) return [{ variant, combination: null, conditions: new Map(), unknownValues: [] }];
  return conditionsOf(combinations, index).map((row) => ({ ...row, variant }));
}

function conditionsOf(combinations: readonly VariantCombination[], index: ProfilingIndex): Omit<Row, "variant">[] {
  return combinations.map((combination) => {
    const conditions = new Map<string, Set<string>>();
    const unknownValues: string[] = [];
    for (const valueKey of combination.valueKeys ?? []) {
      const owner = index.valueOwner.get(valueKey);
      if (!owner) {
        unknownValues.push(valueKey);
        continue;
      }
      const allowed = conditions.get(owner.key) ?? new Set<string>();
      allowed.add(valueKey);
      conditions.set(owner.key, allowed);
    }
    return { combination, conditions, unknownValues };
  });
}

/** The variants that yield one result, their rows, and the attributes those rows name. */
export interface ResultSpace {
  resultKey: string;
  variants: Variant[];
  rows: Row[];
  /** Attributes named by the rows, in profiling order. */
  attributes: AttributeInfo[];
  /** Number of value combinations of those attributes. */
  size: number;
  /** Inadmissible combinations (profiling.excludedCombinations) that name only attributes of this space. */
  excluded: Omit<Row, "variant">[];
}

export function resultSpaces(content: StandardContent, index: ProfilingIndex = profilingIndex(content)): Map<string, ResultSpace> {
  const spaces = new Map<string, ResultSpace>();
  const excluded = conditionsOf((content.profiling?.excludedCombinations ?? []).filter((c): c is VariantCombination => !!c), index);
  for (const variant of variantsOf(content)) {
    if (typeof variant.resultKey !== "string") continue;
    const space = spaces.get(variant.resultKey) ?? { resultKey: variant.resultKey, variants: [], rows: [], attributes: [], size: 1, excluded: [] };
    space.variants.push(variant);
    space.rows.push(...rowsOf(variant, index));
    spaces.set(variant.resultKey, space);
  }
  for (const space of spaces.values()) {
    const named = new Set<string>();
    for (const row of space.rows) for (const key of row.conditions.keys()) named.add(key);
    space.attributes = index.attributes.filter((a) => named.has(a.key));
    space.size = space.attributes.reduce((n, a) => n * Math.max(a.values.length, 1), 1);
    space.excluded = excluded.filter((row) => row.unknownValues.length === 0 && row.conditions.size > 0 && [...row.conditions.keys()].every((k) => named.has(k)));
  }
  return spaces;
}

/** Above this many combinations a space is not enumerated (the rules say so; resolution falls back to rows). */
export const MAX_POINTS = 100_000;

/** A point of a space: one value key per attribute of the space, in the space's order. */
export type Point = readonly string[];

function rowMatches(row: Omit<Row, "variant">, attributes: readonly AttributeInfo[], point: Point): boolean {
  if (row.unknownValues.length > 0) return false; // a row naming an unknown value is broken (a rule says so) and matches nothing
  for (let i = 0; i < attributes.length; i++) {
    const allowed = row.conditions.get(attributes[i].key);
    if (allowed && !allowed.has(point[i])) return false;
  }
  return true;
}

/**
 * Every admissible point of the space with the `fixed` attributes set, in profiling order
 * (the first attribute varies slowest); points of an inadmissible combination are left out.
 */
export function* pointsOf(space: ResultSpace, fixed: ReadonlyMap<string, string> = new Map()): Generator<string[]> {
  const choices = space.attributes.map((a) => (fixed.has(a.key) ? [fixed.get(a.key)!] : a.values.map((v) => v.key!)));
  if (choices.some((c) => c.length === 0)) return;
  const index = choices.map(() => 0);
  while (true) {
    const point = index.map((i, n) => choices[n][i]);
    if (!space.excluded.some((row) => rowMatches(row, space.attributes, point))) yield point;
    let n = choices.length - 1;
    while (n >= 0 && ++index[n] === choices[n].length) index[n--] = 0;
    if (n < 0) return;
  }
}

/** The rows of the space that match a point (at most one per variant: the first). */
export function matchingRows(space: ResultSpace, point: Point): Row[] {
  const found: Row[] = [];
  const seen = new Set<Variant>();
  for (const row of space.rows) {
    if (seen.has(row.variant)) continue;
    if (rowMatches(row, space.attributes, point)) {
      found.push(row);
      seen.add(row.variant);
    }
  }
  return found;
}

export interface SpaceAnalysis {
  /** Points no variant covers (the first few). */
  gaps: Point[];
  gapCount: number;
  /** Pairs of variants whose rows both match a point, with the first such point. */
  overlaps: { first: Row; second: Row; point: Point }[];
}

/** Disjointness and totality of one result's combinations, by enumeration. */
export function analyseSpace(space: ResultSpace, maxExamples = 3): SpaceAnalysis {
  const gaps: Point[] = [];
  let gapCount = 0;
  const overlaps: SpaceAnalysis["overlaps"] = [];
  const pairs = new Set<string>();
  for (const point of pointsOf(space)) {
    const rows = matchingRows(space, point);
    if (rows.length === 0) {
      gapCount++;
      if (gaps.length < maxExamples) gaps.push(point);
    }
    for (let i = 1; i < rows.length; i++) {
      const pair = `${space.variants.indexOf(rows[0].variant)}|${space.variants.indexOf(rows[i].variant)}`;
      if (!pairs.has(pair)) {
        pairs.add(pair);
        overlaps.push({ first: rows[0], second: rows[i], point });
      }
    }
  }
  return { gaps, gapCount, overlaps };
}

/** «Категория заявителя: физическое лицо; Кто обращается: представитель» */
export function describePoint(space: ResultSpace, point: Point): string {
  return space.attributes
    .map((a, i) => `${a.attribute.name ?? a.key}: ${a.values.find((v) => v.key === point[i])?.name ?? point[i]}`)
    .join("; ");
}
