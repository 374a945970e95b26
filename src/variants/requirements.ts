import type { GroundList, LegalReference, Term } from "../standards/content/common";
import type { Channel, DocumentForm } from "../standards/content/enums";
import type { FeeSection, RegistrationTerm, RequiredDocument, ServiceResult } from "../standards/content/part1";
import type { StandardContent } from "../standards/content/standard-content";
import type { RepresentationRule } from "../standards/content/part2";
import type { ChannelIdentification, DocumentChannelRequirement, Variant, VariantResultDelivery } from "../standards/content/variants";
import { DocumentCategory, refusalGroundList, serviceResults, variantView } from "./view";

/**
 * One flat answer for an applicant of a variant (or of the standard as a whole when it has
 * no variants): the documents to bring with their form per channel, the term, the fee,
 * where to submit and where to receive. A pure function of the content.
 */

export interface RequirementDocument {
  key: string | null;
  name: string | null;
  category: DocumentCategory;
  requirements: string | null;
  condition: string | null;
  copies: number | null;
  originalReturned: boolean | null;
  isRequestForm: boolean | null;
  holderName: string | null;
  /** Form per channel; one entry without channels when the form is the same for every channel. */
  forms: DocumentChannelRequirement[];
  legalBases: LegalReference[];
}

export interface Requirements {
  variant: Variant | null;
  result: ServiceResult | null;
  documents: RequirementDocument[];
  documentsNoneStated: boolean;
  term: Term | null;
  registrationTerms: RegistrationTerm[];
  submissionChannels: Channel[];
  resultDelivery: VariantResultDelivery;
  fee: FeeSection | null;
  acceptanceRefusalGrounds: GroundList | null;
  suspensionGrounds: GroundList | null;
  refusalGrounds: GroundList | null;
  identification: ChannelIdentification[];
  representativeAllowed: boolean | null;
  representation: RepresentationRule[];
  extraterritorial: boolean | null;
}

export function requirementsOf(content: StandardContent, variant: Variant | null): Requirements {
  const view = variant ? variantView(content, variant) : content;
  const ownForms = new Map((variant?.documents?.items ?? []).filter((d) => !!d?.documentKey).map((d) => [d!.documentKey!, d!.channelRequirements ?? []]));
  const document = (d: RequiredDocument, category: DocumentCategory): RequirementDocument => {
    const forms = (ownForms.get(d.key ?? "") ?? []).filter((f): f is DocumentChannelRequirement => !!f);
    return {
      key: d.key ?? null,
      name: d.name ?? null,
      category,
      requirements: d.requirements ?? null,
      condition: d.condition ?? null,
      copies: d.copies ?? null,
      originalReturned: d.originalReturned ?? null,
      isRequestForm: d.isRequestForm ?? null,
      holderName: d.holderName ?? null,
      forms: forms.length > 0 ? forms : d.form != null ? [{ channels: [], form: d.form as DocumentForm, notSubmitted: false }] : [],
      legalBases: (d.legalBases ?? []).filter((b): b is LegalReference => !!b),
    };
  };
  const applicant = (view.documents?.applicantDocuments?.items ?? []).filter((d): d is RequiredDocument => !!d).map((d) => document(d, DocumentCategory.APPLICANT));
  const interagency = (view.documents?.interagencyDocuments?.items ?? []).filter((d): d is RequiredDocument => !!d).map((d) => document(d, DocumentCategory.INTERAGENCY));
  const term = view.term ? pickTerm(view.term) : null;
  return {
    variant,
    result: variant?.resultKey ? (serviceResults(content).get(variant.resultKey) ?? null) : null,
    documents: [...applicant, ...interagency],
    documentsNoneStated: applicant.length + interagency.length === 0 && (variant?.documents?.noneStated === true || (!variant && isNone(view))),
    term,
    registrationTerms: (view.registrationTerms?.items ?? []).filter((t): t is RegistrationTerm => !!t),
    submissionChannels: view.submissionChannels?.channels ?? [],
    resultDelivery: {
      channels: view.resultDelivery?.channels ?? [],
      term: view.term?.resultIssueTerm ?? null,
      extraterritorial: variant?.resultDelivery?.extraterritorial ?? null,
      note: variant?.resultDelivery?.note ?? view.resultDelivery?.note ?? null,
    },
    fee: view.fee ?? null,
    acceptanceRefusalGrounds: view.acceptanceRefusalGrounds ?? null,
    suspensionGrounds: view.suspensionAndRefusal?.suspensionGrounds ?? null,
    refusalGrounds: refusalGroundList(view, variant).list ?? null,
    identification: (variant?.identification ?? []).filter((i): i is ChannelIdentification => !!i),
    representativeAllowed: view.applicants?.representativeAllowed ?? null,
    representation: (view.applicants?.representation ?? []).filter((r): r is RepresentationRule => !!r),
    extraterritorial: view.otherRequirements?.extraterritorial ?? null,
  };
}

function isNone(c: StandardContent): boolean {
  return c.documents?.applicantDocuments?.noneStated === true && c.documents?.interagencyDocuments?.noneStated !== false;
}

function pickTerm(t: Term): Term {
  return { value: t.value ?? null, unit: t.unit ?? null, startEvent: t.startEvent ?? null, startNote: t.startNote ?? null, legalBases: t.legalBases ?? null };
}
