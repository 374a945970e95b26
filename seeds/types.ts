import type { GovernmentLevel } from "../src/shared/enums";
import type { LegalActType } from "../src/legal-acts/legal-act.entity";
import type { StandardKind } from "../src/services/service.entity";
import type { StandardContent } from "../src/standards/content/standard-content";
import type { StandardElement } from "../src/completeness/elements";

/**
 * Seeds are real services encoded from published regulations (design.md §5).
 * References inside content are written as `act("<key>")` / `authority("<key>")`
 * and replaced by global ids when the seed is loaded through the GraphQL API.
 */
export interface SeedAuthority {
  key: string;
  name: string;
  shortName?: string;
  level: GovernmentLevel;
  oktmo?: string;
  parentKey?: string;
}

export interface SeedLegalAct {
  key: string;
  type: LegalActType;
  issuer: string;
  number: string;
  /** YYYY-MM-DD */
  date: string;
  /** The official title, when the source gives it (optional: an act may be known by its requisites only). */
  title?: string;
  url?: string;
}

export interface SeedSource {
  /** What was read: the act or card, with its date and number. */
  title: string;
  url?: string;
}

/** Where each element's value comes from: read in a source, or filled in as an illustration. */
export interface Provenance {
  origin: "SOURCE" | "ILLUSTRATION";
  note?: string;
}

export interface SeedVersion {
  content: StandardContent;
  /** A version with an effective date and an approving act is published; without them it stays a draft. */
  effectiveFrom?: string;
  changeNote?: string;
  approvingActKey?: string;
}

export interface SeedService {
  registryNumber: string;
  name: string;
  authorityKey: string;
  level?: GovernmentLevel;
  kind: StandardKind;
  sources: SeedSource[];
  provenance: Partial<Record<StandardElement, Provenance>>;
  /** Provenance of the sections of Decree 1228 (profiling and variants), when the seed has them. */
  decree1228?: { profiling: Provenance; variants: Provenance };
  /** Versions in order; the last one is the current content. */
  versions: SeedVersion[];
}

export const act = (key: string): string => `act:${key}`;

/** A legal reference with a fixed item key: the act by its seed key, down to article, part, item. */
export const ref = (key: string, actKey: string, article?: string, part?: string, item?: string, note?: string) => ({
  key,
  actId: act(actKey),
  article,
  part,
  item,
  note,
});
export const authority = (key: string): string => `authority:${key}`;
