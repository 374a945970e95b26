import type { StandardContent } from "../standards/content/standard-content";
import type { Variant } from "../standards/content/variants";
import { VARIANT_RULES } from "./rules/variants";
import { REFERENCE_RULE_CODE } from "./rules/references";
import type { CompletenessIssue, EvaluationContext } from "./types";
import { variantTitle, variantView, variantsOf } from "../variants/view";

/**
 * The completeness of each variant (Decree 1228): the variant rules, and every per-element
 * rule run on the variant's view (the standard as it reads for that variant). An issue of
 * a view is the variant's own when its value comes from the variant, or when the service
 * level does not have it; it is reported on the variant's path (by keys) with the variant
 * named in the message. Issues the service level already has are not repeated.
 */
export function variantIssues(
  content: StandardContent,
  ctx: EvaluationContext,
  serviceIssues: readonly CompletenessIssue[],
  evaluateView: (view: StandardContent, ctx: EvaluationContext) => readonly CompletenessIssue[],
): CompletenessIssue[] {
  const variants = variantsOf(content);
  if (variants.length === 0) return [];
  const issues = VARIANT_RULES.flatMap((rule) => rule.check(content, ctx));
  const known = new Set(serviceIssues.map(signature));
  for (const variant of variants) {
    const owned = ownedSections(variant);
    const selection = new Map((variant.documents?.items ?? []).filter((d) => !!d?.documentKey).map((d) => [d!.documentKey!, d!.key ?? d!.documentKey!]));
    for (const issue of evaluateView(variantView(content, variant), ctx)) {
      // references are checked once, where they are written (the whole content, variants included)
      if (issue.rule === REFERENCE_RULE_CODE) continue;
      if (!owned.has(issue.path[0]) && known.has(signature(issue))) continue;
      issues.push({
        ...issue,
        path: ["variants", variant.key ?? "", ...variantPath(issue.path, selection)],
        message: `${variantTitle(variant)}: ${lowerFirst(issue.message)}`,
      });
    }
  }
  return issues;
}

const signature = (i: CompletenessIssue) => `${i.rule}|${i.path.join("/")}`;

/** Sections of the view whose values are the variant's own (not a selection from the service's lists). */
function ownedSections(v: Variant): Set<string> {
  const owned = new Set<string>();
  if (v.term || v.resultDelivery?.term) owned.add("term");
  // a registration term is required per submission channel: the two go together
  if (v.registrationTerms || v.submissionChannels) owned.add("registrationTerms").add("submissionChannels");
  if (v.resultDelivery?.channels) owned.add("resultDelivery");
  if (v.representation) owned.add("applicants");
  return owned;
}

/** Where a view's path lies in the variant: its own field, or the selection that brought the item in. */
function variantPath(path: readonly string[], documentSelection: ReadonlyMap<string, string>): string[] {
  const [section, ...rest] = path;
  switch (section) {
    case "term":
      return rest[0] === "resultIssueTerm" ? ["resultDelivery", "term", ...rest.slice(1)] : ["term", ...rest];
    case "registrationTerms":
      return ["registrationTerms", ...(rest[0] === "items" ? rest.slice(1) : rest)];
    case "submissionChannels":
      return ["submissionChannels", ...(rest[0] === "channels" ? rest.slice(1) : [])];
    case "resultDelivery":
      return ["resultDelivery", ...rest];
    case "documents": {
      const selected = rest[1] === "items" && rest[2] ? documentSelection.get(rest[2]) : undefined;
      return selected ? ["documents", "items", selected, ...rest.slice(3)] : ["documents"];
    }
    case "acceptanceRefusalGrounds":
      return ["acceptanceRefusalGrounds", ...(rest[0] === "items" && rest[1] ? ["groundKeys", rest[1]] : [])];
    case "suspensionAndRefusal": {
      const list = rest[0] === "suspensionGrounds" ? "suspensionGrounds" : "refusalGrounds";
      return [list, ...(rest[1] === "items" && rest[2] ? ["groundKeys", rest[2]] : [])];
    }
    case "fee":
      return ["fee", ...(rest[0] === "items" ? ["feeKeys", ...rest.slice(1, 2)] : rest)];
    case "applicants":
      if (rest[0] === "representation") return ["representation", ...rest.slice(1)];
      return rest[0] === "items" ? ["applicantCategoryKeys", ...rest.slice(1, 2)] : ["representativeAllowed"];
    case "typoCorrection":
    case "duplicateIssue":
    case "leaveWithoutConsideration":
      // the refusal grounds of the procedure an auxiliary variant is
      return rest[0] === "refusalGrounds" ? ["refusalGrounds", ...(rest[1] === "items" && rest[2] ? ["groundKeys", rest[2]] : [])] : [...path];
    case "otherRequirements":
      return rest[0] === "extraterritorial" ? ["extraterritorial"] : [...path];
    default:
      return [...path];
  }
}

function lowerFirst(message: string): string {
  return /^[А-ЯЁ][а-яё]/.test(message) ? message.charAt(0).toLowerCase() + message.slice(1) : message;
}
