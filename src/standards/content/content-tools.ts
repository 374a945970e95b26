import { randomUUID } from "node:crypto";
import type { DomainIssue } from "../../shared/errors/domain-error";
import { SECTION_NAMES, type StandardContent } from "./standard-content";
import { normalizeContent } from "../../shared/canonical-json";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type ContentJson = { [section: string]: Json };

/** Plain JSON of an input object: class instances become plain objects, undefined fields disappear. */
export function toPlainJson<T>(value: T): Json {
  return JSON.parse(JSON.stringify(value ?? null)) as Json;
}

/**
 * Applies a partial update: every section present in `patch` replaces the stored one,
 * null removes it, absent sections are kept. The result is in the normal form
 * (normalizeContent): null fields and empty objects are dropped, so writing back what
 * was read (nulls included) stores exactly what was there.
 */
export function mergeSections(stored: ContentJson, patch: StandardContent): ContentJson {
  const merged = normalizeContent(stored) as ContentJson;
  for (const section of SECTION_NAMES) {
    const value = patch[section];
    if (value === undefined) continue;
    const normal = normalizeContent(toPlainJson(value)) as Json | undefined;
    if (normal === undefined || (typeof normal === "object" && normal !== null && !Array.isArray(normal) && Object.keys(normal).length === 0)) delete merged[section];
    else merged[section] = normal;
  }
  return merged;
}

/**
 * Gives every list item without a key a new UUID (keys identify items across
 * versions) and reports keys repeated within one list.
 */
export function assignKeys(content: ContentJson): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const walk = (value: Json, path: string[]) => {
    if (Array.isArray(value)) {
      const seen = new Set<string>();
      value.forEach((item, index) => {
        if (item !== null && typeof item === "object" && !Array.isArray(item)) {
          if (typeof item.key !== "string") item.key = randomUUID();
          else if (seen.has(item.key)) {
            issues.push({ code: "DUPLICATE_KEY", message: `Ключ «${item.key}» повторяется в списке`, field: [...path, String(index), "key"] });
          }
          seen.add(item.key as string);
        }
        walk(item, [...path, String(index)]);
      });
    } else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(content, []);
  return issues;
}

export interface ContentReference {
  kind: "LegalAct" | "Authority";
  id: string;
  path: string[];
}

const REFERENCE_FIELDS: Record<string, ContentReference["kind"]> = {
  actId: "LegalAct",
  authorityId: "Authority",
  holderAuthorityId: "Authority",
};

/** The ids in every `actId` field of the content (no paths: cheap enough for thousands of contents). */
export function collectActIds(content: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(content)) {
    for (const item of content) collectActIds(item, into);
  } else if (content !== null && typeof content === "object") {
    for (const [k, v] of Object.entries(content)) {
      if (k === "actId" && typeof v === "string") into.add(v);
      else if (v !== null && typeof v === "object") collectActIds(v, into);
    }
  }
  return into;
}

/** The ids in every `authorityId` / `holderAuthorityId` field of the content. */
export function collectAuthorityIds(content: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(content)) {
    for (const item of content) collectAuthorityIds(item, into);
  } else if (content !== null && typeof content === "object") {
    for (const [k, v] of Object.entries(content)) {
      if ((k === "authorityId" || k === "holderAuthorityId") && typeof v === "string") into.add(v);
      else if (v !== null && typeof v === "object") collectAuthorityIds(v, into);
    }
  }
  return into;
}

/** Every reference to a legal act or an authority in the content, with its path. */
export function collectReferences(content: Json, path: string[] = []): ContentReference[] {
  const refs: ContentReference[] = [];
  if (Array.isArray(content)) {
    content.forEach((item, i) => refs.push(...collectReferences(item, [...path, String(i)])));
  } else if (content !== null && typeof content === "object") {
    for (const [k, v] of Object.entries(content)) {
      const kind = REFERENCE_FIELDS[k];
      if (kind && typeof v === "string") refs.push({ kind, id: v, path: [...path, k] });
      else refs.push(...collectReferences(v, [...path, k]));
    }
  }
  return refs;
}
