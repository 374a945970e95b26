import type { Rule, RuleInfo } from "../rule";
import { AUXILIARY_RULES } from "./auxiliary";
import { CHANNEL_RULES } from "./channels";
import { DOCUMENT_RULES } from "./documents";
import { EXHAUSTIVE_LIST_RULES } from "./exhaustive-lists";
import { FEE_RULES } from "./fee";
import { FORM_RULES } from "./forms";
import { GROUND_RULES } from "./grounds";
import { INDICATOR_RULES } from "./indicators";
import { LEGAL_BASIS_RULES } from "./legal-bases";
import { LIST_ITEM_RULES } from "./list-items";
import { MFC_RULES_LIST } from "./mfc";
import { OTHER_REQUIREMENT_RULES } from "./other-requirements";
import { PRESENCE_RULES } from "./presence";
import { PREMISES_RULES } from "./premises";
import { QUEUE_RULES } from "./queue";
import { REGISTRATION_RULES } from "./registration";
import { REPRESENTATION_RULES } from "./representation";
import { REFERENCE_RULES } from "./references";
import { RESULT_RULES } from "./results";
import { TERM_RULES } from "./terms";
import { VARIANT_RULES } from "./variants";

export { PRESENCE_RULES, PRESENCE_BY_ELEMENT } from "./presence";

/** Consistency rules: what was entered is lawful and coherent (legal-elements.md, Sections A, B and D). */
export const CONSISTENCY_RULES: readonly Rule[] = [
  ...LIST_ITEM_RULES,
  ...RESULT_RULES,
  ...TERM_RULES,
  ...LEGAL_BASIS_RULES,
  ...DOCUMENT_RULES,
  ...EXHAUSTIVE_LIST_RULES,
  ...GROUND_RULES,
  ...FEE_RULES,
  ...QUEUE_RULES,
  ...REGISTRATION_RULES,
  ...PREMISES_RULES,
  ...INDICATOR_RULES,
  ...OTHER_REQUIREMENT_RULES,
  ...MFC_RULES_LIST,
  ...CHANNEL_RULES,
  ...AUXILIARY_RULES,
  ...FORM_RULES,
  ...REPRESENTATION_RULES,
  ...REFERENCE_RULES,
];

export { VARIANT_RULES } from "./variants";

/** Every rule, presence rules first (in catalog order of the elements), the rules of variants (Decree 1228) last. */
export const RULES: readonly Rule[] = [...PRESENCE_RULES.map((p) => p.rule), ...CONSISTENCY_RULES, ...VARIANT_RULES];

/** The catalog of rules, for the API: code, elements, severity per profile, citation, description. */
export const RULE_CATALOG: readonly RuleInfo[] = RULES.map((r) => r.info);

export const RULE_BY_CODE: ReadonlyMap<string, RuleInfo> = new Map(RULE_CATALOG.map((r) => [r.code, r]));
