import { StandardKind } from "../services/service.entity";
import type { StandardContent } from "../standards/content/standard-content";
import { ELEMENT_BY_CODE, StandardElement, citeElements, elementCitation } from "./elements";
import { Severity, type CompletenessIssue, type EvaluationContext } from "./types";

/**
 * The frame every completeness rule is written in. A rule is a pure function of the
 * content and the evaluation context; `defineRule` adds the metadata (code, element,
 * severity, citation) so that a rule body only says where the norm is broken and what
 * the user should do.
 */

/** PRESENCE rules say an element is empty; CONSISTENCY rules check what was entered. */
export type RuleKind = "PRESENCE" | "CONSISTENCY";

/**
 * One severity for both profiles, or a severity per profile; a profile left out
 * means the rule does not apply to it (e.g. federal fee bases only for a unified standard).
 */
export type SeveritySpec = Severity | { readonly [K in StandardKind]?: Severity };

/** What the API can list about a rule. */
export interface RuleInfo {
  code: string;
  kind: RuleKind;
  /** Elements the rule reports on, in catalog order. */
  elements: readonly StandardElement[];
  /**
   * Severity of its issues per profile; null: the rule does not apply. An issue about an
   * element the profile does not require (part 2 in a regular standard) is never more than a WARNING.
   */
  severity: { readonly [K in StandardKind]: Severity | null };
  legalReference: string;
  /** Ids in reference/legal-elements.md the rule implements (e.g. "D-05", "A art14.1.6"). */
  catalogIds: readonly string[];
  /** Russian: what the rule checks. */
  description: string;
}

export interface Rule {
  info: RuleInfo;
  check(content: StandardContent, ctx: EvaluationContext): CompletenessIssue[];
}

/** Reports one issue; `element` is needed only when the rule covers several elements. */
export type Report = (path: readonly string[], message: string, element?: StandardElement) => void;

export interface RuleSpec {
  code: string;
  kind?: RuleKind;
  /** The element(s) the rule reports on; the first one is the default of `report`. */
  element: StandardElement | readonly StandardElement[];
  severity: SeveritySpec;
  /** The norm the rule rests on besides the element's own item of Art. 14, e.g. "п. 2 ч. 1 ст. 7". */
  norm?: string;
  catalogIds?: readonly string[];
  description: string;
  check(content: StandardContent, report: Report, ctx: EvaluationContext): void;
}

const PROFILES = [StandardKind.REGULAR, StandardKind.UNIFIED] as const;

/** Part 1 elements are required in every standard; part 2 elements only in a unified one (ч. 2 ст. 14). */
export function isRequired(element: StandardElement, profile: StandardKind): boolean {
  return profile === StandardKind.UNIFIED || ELEMENT_BY_CODE.get(element)!.part === 1;
}

function severityFor(spec: SeveritySpec, profile: StandardKind): Severity | null {
  return typeof spec === "string" ? spec : (spec[profile] ?? null);
}

function cap(severity: Severity, element: StandardElement, profile: StandardKind): Severity {
  return isRequired(element, profile) ? severity : Severity.WARNING;
}

export function defineRule(spec: RuleSpec): Rule {
  const elements = Array.isArray(spec.element) ? (spec.element as readonly StandardElement[]) : [spec.element as StandardElement];
  const references = new Map(elements.map((e) => [e, spec.norm ? `${elementCitation(e)}; ${spec.norm}` : elementCitation(e)]));
  const severities = new Map(
    PROFILES.map((p) => {
      const s = severityFor(spec.severity, p);
      return [p, s && new Map(elements.map((e) => [e, cap(s, e, p)]))] as const;
    }),
  );

  const info: RuleInfo = {
    code: spec.code,
    kind: spec.kind ?? "CONSISTENCY",
    elements,
    severity: {
      REGULAR: strongest(severities.get(StandardKind.REGULAR)),
      UNIFIED: strongest(severities.get(StandardKind.UNIFIED)),
    },
    legalReference: spec.norm ? `${citeElements(elements)}; ${spec.norm}` : citeElements(elements),
    catalogIds: spec.catalogIds ?? [],
    description: spec.description,
  };

  return {
    info,
    check(content, ctx) {
      const bySeverity = severities.get(ctx.profile);
      if (!bySeverity) return [];
      const issues: CompletenessIssue[] = [];
      const report: Report = (path, message, element = elements[0]) => {
        issues.push({
          rule: spec.code,
          element,
          legalReference: references.get(element)!,
          severity: bySeverity.get(element)!,
          path: [...path], // a copy: rules may pass constant paths
          message,
        });
      };
      spec.check(content, report, ctx);
      return issues;
    },
  };
}

function strongest(bySeverity: ReadonlyMap<StandardElement, Severity> | null | undefined): Severity | null {
  if (!bySeverity) return null;
  for (const s of bySeverity.values()) if (s === Severity.ERROR) return s;
  return Severity.WARNING;
}
