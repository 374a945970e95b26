import type { Ground, GroundList, Term } from "../standards/content/common";
import type { ApplicantCategory } from "../standards/content/part2";
import type { DocumentList, DocumentsSection, Fee, RequiredDocument } from "../standards/content/part1";
import type { StandardContent } from "../standards/content/standard-content";
import { VariantKind, type GroundSelection, type Variant, type VariantDocument } from "../standards/content/variants";
import { describeEnum } from "../shared/enum";

/**
 * What a variant of Decree 1228 means against the service-level content, as pure functions
 * of the plain-JSON content: the variants themselves, the items they select by key, and the
 * variant's *view*: the standard as it reads for an applicant of this variant (the variant's
 * own values in place of the service-level ones, the selected items in place of the full
 * lists). The completeness rules run on each view, and `requirements` reads one.
 */

type Maybe<T> = T | null | undefined;

export function variantsOf(content: Maybe<StandardContent>): Variant[] {
  return (content?.variants ?? []).filter((v): v is Variant => !!v && typeof v === "object");
}

export function hasVariants(content: Maybe<StandardContent>): boolean {
  return variantsOf(content).length > 0;
}

export function variantByKey(content: Maybe<StandardContent>, key: string): Variant | undefined {
  return variantsOf(content).find((v) => v.key === key);
}

/** «Вариант 2 «Выдача дубликата»» for messages. */
export function variantTitle(v: Variant): string {
  const name = typeof v.name === "string" && v.name.trim() ? ` «${v.name.length > 80 ? `${v.name.slice(0, 77)}…` : v.name}»` : "";
  return `Вариант${v.number != null ? ` ${v.number}` : ""}${name}`;
}

export enum DocumentCategory {
  APPLICANT = "APPLICANT",
  INTERAGENCY = "INTERAGENCY",
}
describeEnum(DocumentCategory, "DocumentCategory", "Кто представляет документ. Who provides the document.", {
  APPLICANT: "Заявитель представляет самостоятельно. The applicant must bring it.",
  INTERAGENCY: "Орган запрашивает сам; заявитель вправе представить по собственной инициативе. Obtained by the body; the applicant may bring it.",
});

export interface ServiceDocument {
  document: RequiredDocument;
  category: DocumentCategory;
}

/** Every service-level document by key, with the list it belongs to. */
export function serviceDocuments(content: StandardContent): Map<string, ServiceDocument> {
  const byKey = new Map<string, ServiceDocument>();
  const add = (items: Maybe<Maybe<RequiredDocument>[]>, category: DocumentCategory) => {
    for (const d of items ?? []) if (d && typeof d.key === "string" && !byKey.has(d.key)) byKey.set(d.key, { document: d, category });
  };
  add(content.documents?.applicantDocuments?.items, DocumentCategory.APPLICANT);
  add(content.documents?.interagencyDocuments?.items, DocumentCategory.INTERAGENCY);
  return byKey;
}

const keyed = <T extends { key?: string | null }>(items: Maybe<Maybe<T>[]>): Map<string, T> => {
  const byKey = new Map<string, T>();
  for (const item of items ?? []) if (item && typeof item.key === "string" && !byKey.has(item.key)) byKey.set(item.key, item);
  return byKey;
};

/**
 * The service-level list a variant's refusal grounds are selected from: the exhaustive list
 * of grounds to refuse the service, or, for the variants of part 2 items 5-7, the grounds to
 * refuse correcting typos, issuing a duplicate, leaving the request without consideration.
 */
export function refusalGroundList(c: StandardContent, v: Variant | null | undefined): { list: Maybe<GroundList>; section: AuxiliarySection | null } {
  const section = auxiliarySection(v);
  return section ? { list: c[section]?.refusalGrounds, section } : { list: c.suspensionAndRefusal?.refusalGrounds, section: null };
}

export type AuxiliarySection = "typoCorrection" | "duplicateIssue" | "leaveWithoutConsideration";

/** The section of part 2 items 5-7 whose procedure an auxiliary variant is. */
export function auxiliarySection(v: Variant | null | undefined): AuxiliarySection | null {
  switch (v?.kind) {
    case VariantKind.TYPO_CORRECTION:
      return "typoCorrection";
    case VariantKind.DUPLICATE:
      return "duplicateIssue";
    case VariantKind.LEAVE_WITHOUT_CONSIDERATION:
      return "leaveWithoutConsideration";
    default:
      return null;
  }
}

/** An auxiliary variant (part 2 items 5-7) has its own list of refusal grounds. */
export const isAuxiliary = (v: Variant | null | undefined) => auxiliarySection(v) !== null;

/** The service-level grounds a variant may select, by list. */
export const serviceGrounds = {
  acceptanceRefusalGrounds: (c: StandardContent, _v?: Variant) => keyed<Ground>(c.acceptanceRefusalGrounds?.items),
  suspensionGrounds: (c: StandardContent, _v?: Variant) => keyed<Ground>(c.suspensionAndRefusal?.suspensionGrounds?.items),
  refusalGrounds: (c: StandardContent, v?: Variant) => keyed<Ground>(refusalGroundList(c, v).list?.items),
};
export type GroundListName = keyof typeof serviceGrounds;
export const GROUND_LISTS: readonly GroundListName[] = ["acceptanceRefusalGrounds", "suspensionGrounds", "refusalGrounds"];

export const serviceFees = (c: StandardContent) => keyed<Fee>(c.fee?.items);
export const serviceCategories = (c: StandardContent) => keyed<ApplicantCategory>(c.applicants?.items);
export const serviceResults = (c: StandardContent) => keyed(c.results?.items);

/** The grounds a variant selects (in its order), or the service list when it selects nothing. */
export function selectGrounds(list: Maybe<GroundList>, selection: Maybe<GroundSelection>): Maybe<GroundList> {
  if (!selection) return list;
  const byKey = keyed<Ground>(list?.items);
  return {
    items: (selection.groundKeys ?? []).map((k) => byKey.get(k)).filter((g): g is Ground => !!g),
    noneStated: selection.noneStated ?? null,
    noneStatement: selection.noneStatement ?? null,
  };
}

/**
 * The documents a variant selects, split as at service level; a sublist the selection
 * does not touch reads as explicitly empty (the variant needs none of it), unless the
 * variant selects nothing at all and does not say so.
 */
export function selectDocuments(documents: Maybe<DocumentsSection>, selection: Variant["documents"]): Maybe<DocumentsSection> {
  if (!selection) return documents;
  const applicant = keyed<RequiredDocument>(documents?.applicantDocuments?.items);
  const interagency = keyed<RequiredDocument>(documents?.interagencyDocuments?.items);
  const picked = { applicant: [] as RequiredDocument[], interagency: [] as RequiredDocument[] };
  for (const vd of selection.items ?? []) {
    if (!vd || typeof vd.documentKey !== "string") continue;
    const a = applicant.get(vd.documentKey);
    const i = interagency.get(vd.documentKey);
    if (a) picked.applicant.push(asSelected(a, vd));
    else if (i) picked.interagency.push(asSelected(i, vd));
  }
  const anything = picked.applicant.length + picked.interagency.length > 0 || selection.noneStated === true;
  const list = (items: RequiredDocument[]): DocumentList => ({ items, noneStated: items.length === 0 && anything });
  return { applicantDocuments: list(picked.applicant), interagencyDocuments: list(picked.interagency) };
}

/** A service document as the variant requires it: the variant's condition, and its form when the service gives none. */
function asSelected(document: RequiredDocument, vd: VariantDocument): RequiredDocument {
  const form = document.form ?? vd.channelRequirements?.find((r) => r?.form != null)?.form ?? null;
  return { ...document, form, condition: vd.condition ?? document.condition ?? null };
}

const TERM_FIELDS = ["value", "unit", "startEvent", "startNote", "legalBases"] as const;

function ownTerm(term: Term): Term {
  return Object.fromEntries(TERM_FIELDS.map((f) => [f, term[f] ?? null])) as Term;
}

/**
 * The standard as it reads for one variant: its own values replace the service-level
 * ones, its selections replace the lists. Profiling and the other variants are left out.
 */
export function variantView(c: StandardContent, v: Variant): StandardContent {
  const view: StandardContent = { ...c };
  delete view.variants;
  delete view.profiling;
  if (v.term) view.term = { ...(c.term ?? {}), ...ownTerm(v.term) };
  if (v.resultDelivery?.term) view.term = { ...(view.term ?? {}), resultIssueTerm: v.resultDelivery.term };
  if (v.resultDelivery?.channels) view.resultDelivery = { ...(c.resultDelivery ?? {}), channels: v.resultDelivery.channels };
  if (v.registrationTerms) view.registrationTerms = { items: v.registrationTerms };
  if (v.submissionChannels) view.submissionChannels = { ...(c.submissionChannels ?? {}), channels: v.submissionChannels };
  if (v.documents) view.documents = selectDocuments(c.documents, v.documents);
  if (v.acceptanceRefusalGrounds) view.acceptanceRefusalGrounds = selectGrounds(c.acceptanceRefusalGrounds, v.acceptanceRefusalGrounds);
  // an auxiliary variant's refusal grounds are those of its procedure (пп. 5-7 ч. 2 ст. 14), checked there
  const auxiliary = auxiliarySection(v);
  if (auxiliary && v.refusalGrounds) view[auxiliary] = { ...(c[auxiliary] ?? {}), refusalGrounds: selectGrounds(c[auxiliary]?.refusalGrounds, v.refusalGrounds) };
  const ownRefusal = !auxiliary && v.refusalGrounds;
  if (v.suspensionGrounds || ownRefusal) {
    view.suspensionAndRefusal = {
      suspensionGrounds: selectGrounds(c.suspensionAndRefusal?.suspensionGrounds, v.suspensionGrounds),
      refusalGrounds: ownRefusal ? selectGrounds(c.suspensionAndRefusal?.refusalGrounds, v.refusalGrounds) : c.suspensionAndRefusal?.refusalGrounds,
    };
  }
  if (v.fee) {
    const fees = serviceFees(c);
    view.fee = {
      free: v.fee.free ?? null,
      freeLegalBases: v.fee.freeLegalBases ?? (v.fee.free === true ? (c.fee?.freeLegalBases ?? null) : null),
      items: (v.fee.feeKeys ?? []).map((k) => fees.get(k)).filter((f): f is Fee => !!f),
    };
  }
  if (v.representativeAllowed != null || v.applicantCategoryKeys || v.representation) {
    const categories = serviceCategories(c);
    view.applicants = {
      ...(c.applicants ?? {}),
      ...(v.representativeAllowed != null ? { representativeAllowed: v.representativeAllowed } : {}),
      ...(v.representation ? { representation: v.representation } : {}),
      ...(v.applicantCategoryKeys ? { items: v.applicantCategoryKeys.map((k) => categories.get(k)).filter((a): a is ApplicantCategory => !!a) } : {}),
    };
  }
  if (v.extraterritorial != null) view.otherRequirements = { ...(c.otherRequirements ?? {}), extraterritorial: v.extraterritorial };
  return view;
}
