import type { RequiredDocument } from "../../standards/content/part1";
import { ElectronicStage } from "../../standards/content/enums";
import type { StandardContent } from "../../standards/content/standard-content";
import { StandardKind } from "../../services/service.entity";
import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { eachItem, has, hasText, nonEmpty, quote, representativesAllowed } from "./helpers";

/* п. 6 ч. 1 ст. 14: the exhaustive list of documents, split into what the applicant must submit and what the body obtains itself. */

const APPLICANT = ["documents", "applicantDocuments", "items"] as const;
const INTERAGENCY = ["documents", "interagencyDocuments", "items"] as const;

function applicantDocuments(c: StandardContent): readonly RequiredDocument[] {
  return c.documents?.applicantDocuments?.items ?? [];
}

const heldByBody = (d: RequiredDocument) => hasText(d.holderAuthorityId) || hasText(d.holderName);

export const documentsInteragencyDemandedFromApplicant = defineRule({
  code: "DOCUMENTS_INTERAGENCY_DEMANDED_FROM_APPLICANT",
  element: E.ART14_1_6,
  severity: Severity.ERROR,
  norm: "п. 2 ч. 1 и ч. 6 ст. 7",
  catalogIds: ["D-05"],
  description:
    "Документ, находящийся в распоряжении государственного или муниципального органа (указан орган-держатель), не требуется от заявителя, если он не входит в перечень ч. 6 ст. 7 (документы личного хранения).",
  check: (c, report) =>
    eachItem(c.documents?.applicantDocuments?.items, APPLICANT, (doc, path) => {
      if (heldByBody(doc) && doc.personalStorage !== true) {
        report(
          [...path, hasText(doc.holderAuthorityId) ? "holderAuthorityId" : "holderName"],
          `Перенесите документ ${quote(doc.name)} в перечень документов, получаемых по межведомственному запросу: он находится в распоряжении органа, и требовать его от заявителя нельзя, если он не входит в перечень документов личного хранения (ч. 6 ст. 7 Федерального закона № 210-ФЗ).`,
        );
      }
    }),
});

export const documentsInteragencyHolderMissing = defineRule({
  code: "DOCUMENTS_INTERAGENCY_HOLDER_MISSING",
  element: E.ART14_1_6,
  severity: Severity.ERROR,
  norm: "ч. 1 ст. 7.2",
  catalogIds: ["D-06"],
  description: "Для документа, получаемого по межведомственному запросу, указан орган (организация), в распоряжении которого он находится.",
  check: (c, report) =>
    eachItem(c.documents?.interagencyDocuments?.items, INTERAGENCY, (doc, path) => {
      if (!heldByBody(doc)) report([...path, "holderName"], `Укажите орган (организацию), в распоряжении которого находится документ ${quote(doc.name)}: туда направляется межведомственный запрос.`);
    }),
});

export const documentsInteragencyResourceMissing = defineRule({
  code: "DOCUMENTS_INTERAGENCY_RESOURCE_MISSING",
  element: E.ART14_1_6,
  severity: Severity.ERROR,
  norm: "ч. 1 ст. 7.2",
  catalogIds: ["D-06"],
  description: "Для документа, получаемого по межведомственному запросу, указан базовый государственный информационный ресурс или вид сведений СМЭВ.",
  check: (c, report) =>
    eachItem(c.documents?.interagencyDocuments?.items, INTERAGENCY, (doc, path) => {
      if (heldByBody(doc) && !hasText(doc.holderResource)) {
        report([...path, "holderResource"], `Укажите информационный ресурс (вид сведений СМЭВ), из которого запрашивается документ ${quote(doc.name)}.`);
      }
    }),
});

export const documentsRequestFormMissing = defineRule({
  code: "DOCUMENTS_REQUEST_FORM_MISSING",
  element: E.ART14_1_6,
  severity: { [StandardKind.REGULAR]: Severity.WARNING, [StandardKind.UNIFIED]: Severity.ERROR },
  norm: "п. 8 ч. 2 ст. 14",
  catalogIds: ["D-30", "A art14.1.6"],
  description: "Запрос (заявление) о предоставлении услуги включён в перечень документов, представляемых заявителем, или объявлена интерактивная форма запроса на ЕПГУ.",
  check: (c, report) => {
    const listed = applicantDocuments(c).some((d) => d?.isRequestForm === true);
    const interactive = has(c.otherRequirements?.electronicStages, ElectronicStage.REQUEST_FORMATION);
    if (!listed && !interactive) {
      report([...APPLICANT], "Включите в перечень документов, представляемых заявителем, сам запрос (заявление) о предоставлении услуги и отметьте его как форму запроса.");
    }
  },
});

export const documentsFormMissing = defineRule({
  code: "DOCUMENTS_FORM_MISSING",
  element: E.ART14_1_6,
  severity: Severity.ERROR,
  catalogIds: ["A art14.1.6"],
  description: "Для документа, представляемого заявителем, указана форма представления (подлинник, копия, электронный документ...).",
  check: (c, report) =>
    eachItem(c.documents?.applicantDocuments?.items, APPLICANT, (doc, path) => {
      if (doc.form == null) report([...path, "form"], `Укажите, в какой форме представляется документ ${quote(doc.name)} (подлинник, копия, нотариально заверенная копия, электронный документ).`);
    }),
});

/** "квитанция", "платёжное поручение", "документ, подтверждающий уплату государственной пошлины"... */
const PAYMENT_PROOF = /квитанц|плат[её]жн\S*\s+(?:поручени|документ)|(?:подтвержда\S*|об)\s+(?:уплат|оплат|внесени\S*\s+плат)/iu;

export const isPaymentProof = (d: RequiredDocument | null | undefined) => !!d && typeof d.name === "string" && PAYMENT_PROOF.test(d.name);

export const documentsPaymentProofDemanded = defineRule({
  code: "DOCUMENTS_PAYMENT_PROOF_DEMANDED",
  element: E.ART14_1_6,
  severity: Severity.WARNING,
  norm: "п. 2 ч. 1 ст. 7",
  catalogIds: ["D-13"],
  description: "Документ об оплате не требуется от заявителя: сведения об оплате орган получает из ГИС ГМП; заявитель вправе представить его по своей инициативе.",
  check: (c, report) =>
    eachItem(c.documents?.applicantDocuments?.items, APPLICANT, (doc, path) => {
      if (isPaymentProof(doc)) {
        report([...path, "name"], `Перенесите документ ${quote(doc.name)} в перечень документов, которые заявитель вправе представить по собственной инициативе: сведения об оплате орган получает сам (ГИС ГМП).`);
      }
    }),
});

export const documentsPaymentProofForFreeService = defineRule({
  code: "DOCUMENTS_PAYMENT_PROOF_FOR_FREE_SERVICE",
  element: E.ART14_1_6,
  severity: Severity.WARNING,
  norm: "п. 1 ч. 1 ст. 7",
  catalogIds: ["D-33"],
  description: "Для бесплатной услуги не требуется документ об оплате.",
  check: (c, report) => {
    if (c.fee?.free !== true) return;
    const check = (doc: RequiredDocument, path: string[]) => {
      if (isPaymentProof(doc)) report([...path, "name"], `Удалите документ ${quote(doc.name)}: услуга предоставляется бесплатно.`);
    };
    eachItem(c.documents?.applicantDocuments?.items, APPLICANT, check);
    eachItem(c.documents?.interagencyDocuments?.items, INTERAGENCY, check);
  },
});

export const documentsNecessaryServiceNotListed = defineRule({
  code: "DOCUMENTS_NECESSARY_SERVICE_NOT_LISTED",
  element: E.ART14_1_6,
  severity: Severity.ERROR,
  norm: "п. 3 ч. 1 ст. 7, ч. 1 ст. 9",
  catalogIds: ["D-14"],
  description: "Документ, являющийся результатом необходимой и обязательной услуги, требуется только если такая услуга указана в иных требованиях (п. 14 ч. 1 ст. 14).",
  check: (c, report) => {
    if (nonEmpty(c.otherRequirements?.necessaryServices)) return;
    const check = (doc: RequiredDocument, path: string[]) => {
      if (doc.necessaryServiceResult === true) {
        report([...path, "necessaryServiceResult"], `Укажите в иных требованиях необходимую и обязательную услугу, результатом которой является документ ${quote(doc.name)}, или не требуйте этот документ.`);
      }
    };
    eachItem(c.documents?.applicantDocuments?.items, APPLICANT, check);
    eachItem(c.documents?.interagencyDocuments?.items, INTERAGENCY, check);
  },
});

/** A document confirming the representative's authority: named so, or required "при обращении представителя". */
const AUTHORITY_DOCUMENT = /доверенност|полномочи/iu;
const FOR_REPRESENTATIVE = /представител/iu;

export const documentsRepresentativeAuthorityMissing = defineRule({
  code: "DOCUMENTS_REPRESENTATIVE_AUTHORITY_MISSING",
  element: E.ART14_1_6,
  severity: Severity.WARNING,
  norm: "п. 3 ст. 2",
  catalogIds: ["D-29"],
  description: "Если допускается обращение представителя, в перечне есть документ, подтверждающий его полномочия (названный в порядке обращения представителя или по наименованию).",
  check: (c, report) => {
    if (!representativesAllowed(c)) return;
    const named = new Set((c.applicants?.representation ?? []).flatMap((r) => r?.authorityDocumentKeys ?? []));
    const listed = applicantDocuments(c).some(
      (d) =>
        !!d &&
        ((typeof d.key === "string" && named.has(d.key)) ||
          (typeof d.name === "string" && AUTHORITY_DOCUMENT.test(d.name)) ||
          (typeof d.condition === "string" && FOR_REPRESENTATIVE.test(d.condition))),
    );
    if (!listed) report([...APPLICANT], "Включите в перечень документ, подтверждающий полномочия представителя заявителя (например, доверенность), с условием «при обращении представителя».");
  },
});

export const DOCUMENT_RULES = [
  documentsInteragencyDemandedFromApplicant,
  documentsInteragencyHolderMissing,
  documentsInteragencyResourceMissing,
  documentsRequestFormMissing,
  documentsFormMissing,
  documentsPaymentProofDemanded,
  documentsPaymentProofForFreeService,
  documentsNecessaryServiceNotListed,
  documentsRepresentativeAuthorityMissing,
];
