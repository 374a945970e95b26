import type { StandardContent } from "../standards/content/standard-content";
import { ELEMENTS, type StandardElement } from "./elements";
import { isRequired } from "./rule";
import { CONSISTENCY_RULES, PRESENCE_RULES } from "./rules";
import { ElementStatusKind, Severity, type CompletenessIssue, type CompletenessReport, type ElementStatus, type EvaluationContext } from "./types";
import { variantIssues } from "./variants";

/**
 * Completeness of a standard (ст. 14 Федерального закона № 210-ФЗ): a pure function of the
 * content (plain JSON, every field optional) and the facts in `ctx`; no database, no I/O.
 *
 * - Every element gets its presence rule. An empty element reports only that: the
 *   consistency rules about its content would merely repeat it.
 * - Status per element: MISSING (empty and required by the profile), NOT_REQUIRED (empty,
 *   not required: part 2 of a regular standard), INVALID (an ERROR issue), FILLED.
 * - `score`: share of the required elements that are FILLED; `complete`: no ERROR at all.
 * - A standard with variants (Decree 1228) also gets the issues of each variant (./variants.ts).
 */
export function evaluate(content: StandardContent, ctx: EvaluationContext): CompletenessReport {
  const c: StandardContent = content ?? {};
  const byElement = new Map<StandardElement, CompletenessIssue[]>(ELEMENTS.map((e) => [e.code, []]));

  const empty = new Set<StandardElement>();
  for (const presence of PRESENCE_RULES) {
    const found = presence.rule.check(c, ctx);
    if (found.length > 0) {
      empty.add(presence.element);
      byElement.get(presence.element)!.push(...found);
    }
  }

  for (const rule of CONSISTENCY_RULES) {
    for (const issue of rule.check(c, ctx)) {
      if (!empty.has(issue.element)) byElement.get(issue.element)!.push(issue);
    }
  }

  for (const issue of variantIssues(c, ctx, [...byElement.values()].flat(), (view, vctx) => evaluate(view, vctx).issues)) {
    if (!empty.has(issue.element)) byElement.get(issue.element)!.push(issue);
  }

  const elements: ElementStatus[] = [];
  const issues: CompletenessIssue[] = [];
  let required = 0;
  let filledRequired = 0;
  let complete = true;
  for (const { code } of ELEMENTS) {
    const own = byElement.get(code)!;
    const isRequiredHere = isRequired(code, ctx.profile);
    const hasError = own.some((i) => i.severity === Severity.ERROR);
    const status = empty.has(code)
      ? isRequiredHere ? ElementStatusKind.MISSING : ElementStatusKind.NOT_REQUIRED
      : hasError ? ElementStatusKind.INVALID : ElementStatusKind.FILLED;
    elements.push({ element: code, status, issues: own });
    issues.push(...own);
    if (hasError) complete = false;
    if (isRequiredHere) {
      required++;
      if (status === ElementStatusKind.FILLED) filledRequired++;
    }
  }

  return { complete, score: required === 0 ? 1 : filledRequired / required, elements, issues };
}
