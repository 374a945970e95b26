import type { Loaders } from "../loaders";
import { collectActIds } from "../standards/content/content-tools";
import { fromGlobalId } from "../shared/relay/global-id";
import { isFederalActType, legalActTypeTitle, LegalActType } from "../legal-acts/legal-act.entity";
import { formatActCitation, type ActCitations } from "./format";

/**
 * How the diff of these contents cites the acts they refer to, loaded in one batch:
 * "Федеральный закон от 27.07.2010 № 210-ФЗ"; a code or the Constitution by its title
 * ("Градостроительный кодекс Российской Федерации от 29.12.2004 № 190-ФЗ");
 * an act of a federal body, a region or a municipality with its issuer.
 */
export async function actCitations(loaders: Loaders, contents: unknown[]): Promise<ActCitations> {
  const globalIds = new Set<string>();
  for (const content of contents) collectActIds(content, globalIds);
  const wanted = [...globalIds].map((g) => [g, fromGlobalId(g)] as const).filter(([, d]) => d?.type === "LegalAct");
  const acts = await loaders.legalActById.loadMany(wanted.map(([, d]) => d!.id));
  const cited = new Map<string, string>();
  wanted.forEach(([globalId], i) => {
    const act = acts[i];
    if (!act || act instanceof Error) return;
    cited.set(globalId, citeAct(act));
  });
  return (actId) => cited.get(actId);
}

/** One act as it is cited (also where an act has no title read: exports name it so). */
export function citeAct(act: { type: LegalActType; date: string; number: string; issuer: string; title?: string | null }): string {
  const named = act.type === LegalActType.CODE || act.type === LegalActType.CONSTITUTION;
  const text = formatActCitation(named && act.title ? act.title : legalActTypeTitle(act.type).replace(/\s*\(.*\)$/, ""), act.date, act.number);
  // a law names its issuer by its type; an act of a body, a region or a municipality does not
  return isFederalActType(act.type) && act.type !== LegalActType.FEDERAL_BODY_ACT ? text : `${text} (${act.issuer})`;
}
