import type { GroundList, LegalReference, Term } from "../../standards/content/common";
import { Channel, ELECTRONIC_CHANNELS, MfcParticipation } from "../../standards/content/enums";
import type { StandardContent } from "../../standards/content/standard-content";
import type { EvaluationContext } from "../types";

/** Small readers over the plain-JSON content: every field may be absent or null. */

type Maybe<T> = T | null | undefined;
type Keyed = { key?: string | null };

const NON_BLANK = /\S/;

export function hasText(value: Maybe<string>): value is string {
  return typeof value === "string" && NON_BLANK.test(value);
}

export function nonEmpty<T>(list: Maybe<readonly T[]>): list is readonly T[] {
  return Array.isArray(list) && list.length > 0;
}

/** An exhaustive list is stated when it has items or the explicit "none" statement. */
export function isStated(list: Maybe<{ items?: Maybe<readonly unknown[]>; noneStated?: Maybe<boolean> }>): boolean {
  return !!list && (nonEmpty(list.items) || list.noneStated === true);
}

/** Path of a list item: addressed by its key, by its index when it has none. */
export function itemPath(base: readonly string[], item: Keyed, index: number): string[] {
  return [...base, typeof item.key === "string" && item.key !== "" ? item.key : String(index)];
}

/** Calls `fn` for every non-null item of a list with the item's path. */
export function eachItem<T extends Keyed>(list: Maybe<readonly Maybe<T>[]>, base: readonly string[], fn: (item: T, path: string[]) => void): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item) fn(item, itemPath(base, item, i));
  }
}

/** At least one reference names an act. */
export function citesAct(bases: Maybe<readonly Maybe<LegalReference>[]>): boolean {
  return Array.isArray(bases) && bases.some((b) => !!b && hasText(b.actId));
}

/** A reference that points to an article (a pinpoint, not only the act). */
export function citesPinpoint(bases: Maybe<readonly Maybe<LegalReference>[]>): boolean {
  return Array.isArray(bases) && bases.some((b) => !!b && hasText(b.actId) && hasText(b.article));
}

/** Something of the term has been entered. */
export function termStarted(term: Maybe<Term>): term is Term {
  return !!term && (term.value != null || term.unit != null || term.startEvent != null || hasText(term.startNote));
}

export function has<T>(list: Maybe<readonly T[]>, value: T): boolean {
  return Array.isArray(list) && list.includes(value);
}

/** Channels through which the request may be submitted (п. 2 ч. 2 ст. 14). */
export function submissionChannels(content: StandardContent): readonly Channel[] {
  return content.submissionChannels?.channels ?? [];
}

export function electronicSubmission(content: StandardContent): Channel | undefined {
  return submissionChannels(content).find((ch) => ELECTRONIC_CHANNELS.includes(ch));
}

/** The service is provided with an MFC: by the provider's statement, the "other requirements" or a channel. */
export function mfcInvolved(content: StandardContent): boolean {
  const participation = content.provider?.mfcParticipation;
  return (
    (participation != null && participation !== MfcParticipation.NONE) ||
    content.otherRequirements?.mfcAvailable === true ||
    has(content.submissionChannels?.channels, Channel.MFC)
  );
}

/** The exhaustive lists of grounds with their place in the content. */
export interface GroundListRef {
  list: Maybe<GroundList>;
  path: readonly string[];
}

export function actOf(ctx: EvaluationContext, actId: Maybe<string>) {
  return hasText(actId) ? ctx.acts.get(actId) : undefined;
}

export const CHANNEL_NAMES: Readonly<Record<Channel, string>> = {
  IN_PERSON: "лично в органе",
  MFC: "через МФЦ",
  POST: "почтой",
  EPGU: "через ЕПГУ",
  REGIONAL_PORTAL: "через региональный портал",
  OFFICIAL_SITE: "через официальный сайт органа",
  EMAIL: "по электронной почте",
  PHONE: "по телефону",
};

/** «name» for messages, or a placeholder when the item has no name yet. */
export function quote(text: Maybe<string>, fallback = "без наименования"): string {
  return hasText(text) ? `«${text.length > 80 ? `${text.slice(0, 77)}…` : text}»` : `(${fallback})`;
}

/**
 * Representatives may apply: stated so (representativeAllowed), or, when that is not stated,
 * by a rule of how they apply (applicants.representation with allowed = true).
 */
export function representativesAllowed(content: StandardContent): boolean {
  const stated = content.applicants?.representativeAllowed;
  if (stated != null) return stated;
  return (content.applicants?.representation ?? []).some((r) => r?.allowed === true);
}
