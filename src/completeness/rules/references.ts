import { ELEMENTS, StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { DECREE_SECTIONS } from "../../variants/sections";
import { itemPath } from "./helpers";

/*
 * References inside the content point to records of the registry: an act (actId) and an
 * authority (authorityId, holderAuthorityId). An update refuses a reference to a record that
 * does not exist; the dry run (standardValidate) reports it here, on the element it sits in,
 * as an ERROR. The rule runs when the caller gives the registered authorities (the service
 * does, for every evaluation); stored content never has such references.
 */

export const REFERENCE_RULE_CODE = "REFERENCE_NOT_FOUND";

const KIND: Record<string, "act" | "authority"> = { actId: "act", authorityId: "authority", holderAuthorityId: "authority" };

const ELEMENT_OF_SECTION = new Map<string, E>();
for (const e of ELEMENTS) if (!ELEMENT_OF_SECTION.has(e.section)) ELEMENT_OF_SECTION.set(e.section, e.code);
for (const [section, { element }] of Object.entries(DECREE_SECTIONS)) ELEMENT_OF_SECTION.set(section, element);

/** The element a variant's field belongs to (as in the variants' diff). */
const VARIANT_FIELD_ELEMENT: Record<string, E> = {
  term: E.ART14_1_4,
  registrationTerms: E.ART14_1_11,
  resultDelivery: E.ART14_2_9,
  documents: E.ART14_1_6,
  fee: E.ART14_1_9,
  representation: E.ART14_2_1,
};

function elementOf(path: readonly string[]): E {
  if (path[0] === "variants" && VARIANT_FIELD_ELEMENT[path[2]]) return VARIANT_FIELD_ELEMENT[path[2]];
  return ELEMENT_OF_SECTION.get(path[0]) ?? E.ART14_1_5;
}

type Visit = (kind: "act" | "authority", id: unknown, path: string[]) => void;

function walk(value: unknown, path: string[], visit: Visit): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (item !== null && typeof item === "object" && !Array.isArray(item)) walk(item, itemPath(path, item as { key?: string | null }, i), visit);
    });
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const kind = KIND[k];
      if (kind) {
        if (v !== null && v !== undefined) visit(kind, v, [...path, k]);
      } else walk(v, [...path, k], visit);
    }
  }
}

export const referenceNotFound = defineRule({
  code: REFERENCE_RULE_CODE,
  element: ELEMENTS.map((e) => e.code),
  severity: Severity.ERROR,
  catalogIds: ["A art14.1.5", "D-09"],
  description: "Ссылки на нормативные правовые акты и органы власти указывают на записи реестра (как при сохранении черновика).",
  check: (c, report, ctx) => {
    const authorities = ctx.authorities;
    if (!authorities) return;
    walk(c, [], (kind, id, path) => {
      const found = typeof id === "string" && (kind === "act" ? ctx.acts.has(id) : authorities.has(id));
      if (found) return;
      const message =
        kind === "act"
          ? "Нормативный правовой акт с таким идентификатором не найден в реестре: внесите акт (legalActCreate) и сошлитесь на его идентификатор."
          : "Орган власти с таким идентификатором не найден в реестре: укажите идентификатор зарегистрированного органа.";
      report(path, message, elementOf(path));
    });
  },
});

export const REFERENCE_RULES = [referenceNotFound];
