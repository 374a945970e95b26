import { createHash } from "node:crypto";

/**
 * The normal form of a content document: a field whose value is null (or undefined) is
 * the same as an absent field, and an object left without fields is the same as an
 * absent object; arrays keep their elements (an empty list is a statement). Reading a
 * section with every field and writing it back therefore changes nothing.
 * Returns undefined for a value that normalizes to nothing (null, or an empty object
 * below the root).
 */
export function normalizeContent(value: unknown): unknown {
  return normalize(value, true);
}

function normalize(value: unknown, root: boolean): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map((v) => normalize(v, true) ?? null);
  if (typeof value === "object" && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const n = normalize(v, false);
      if (n !== undefined) out[key] = n;
    }
    return root || Object.keys(out).length > 0 ? out : undefined;
  }
  return value;
}

/** JSON of the normal form with object keys sorted at every level: equal contents give equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(normalizeContent(value) ?? null));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** SHA-256 of the canonical JSON: null, absent and empty objects hash alike. */
export function contentHash(value: unknown): string {
  return sha256(canonicalJson(value));
}
