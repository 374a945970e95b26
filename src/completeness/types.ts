import type { StandardElement } from "./elements";
import type { StandardKind } from "../services/service.entity";
import type { LegalActType } from "../legal-acts/legal-act.entity";

/** ERROR blocks publication; WARNING is a norm or practice (and every rule tagged U in the catalog). */
export enum Severity {
  ERROR = "ERROR",
  WARNING = "WARNING",
}

export interface CompletenessIssue {
  /** Stable code, e.g. DOCUMENTS_INTERAGENCY_DEMANDED_FROM_APPLICANT. */
  rule: string;
  element: StandardElement;
  /** Russian citation, e.g. "п. 6 ч. 1 ст. 14 Федерального закона от 27.07.2010 № 210-ФЗ; п. 2 ч. 1 ст. 7". */
  legalReference: string;
  severity: Severity;
  /** Path of the offending field; list items are addressed by their key, not their position. */
  path: string[];
  /** A Russian sentence saying what to do. */
  message: string;
}

export enum ElementStatusKind {
  FILLED = "FILLED",
  MISSING = "MISSING",
  INVALID = "INVALID",
  NOT_REQUIRED = "NOT_REQUIRED",
}

export interface ElementStatus {
  element: StandardElement;
  status: ElementStatusKind;
  issues: CompletenessIssue[];
}

export interface CompletenessReport {
  /** No ERROR. */
  complete: boolean;
  /** Share of required elements that are filled and valid, 0..1. */
  score: number;
  elements: ElementStatus[];
  issues: CompletenessIssue[];
}

/** Facts the rules need beyond the content itself (the rules never touch the database). */
export interface EvaluationContext {
  profile: StandardKind;
  /** Legal acts referenced by the content, by global id. */
  acts: ReadonlyMap<string, ActFacts>;
  /**
   * The registered authorities among those the content refers to, by global id. When given,
   * every reference of the content (acts and authorities) is checked against the registry
   * (REFERENCE_NOT_FOUND), as an update would; the pure tests may leave it out.
   */
  authorities?: ReadonlySet<string>;
}

export interface ActFacts {
  type: LegalActType;
  federal: boolean;
  /** The Tax Code of the Russian Federation (its part two holds chapter 25.3, the state duty). */
  taxCode?: boolean;
}
