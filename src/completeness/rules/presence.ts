import type { AuxiliaryProcedure, FormTemplate } from "../../standards/content/part2";
import type { StandardContent } from "../../standards/content/standard-content";
import { StandardElement as E } from "../elements";
import { defineRule, type Rule } from "../rule";
import { Severity } from "../types";
import { citesAct, hasText, isStated, nonEmpty, termStarted } from "./helpers";

/**
 * One presence rule per element of Art. 14: the element is empty, i.e. nothing that the
 * law asks for has been entered. What "filled" means beyond that (both document lists
 * stated, a unit for the term, a registration term per channel...) is checked by the
 * consistency rules, which make a non-empty element INVALID rather than MISSING.
 *
 * Severity ERROR; for a regular standard the part 2 elements are recommended only, so the
 * frame lowers their issues to WARNING (and their status to NOT_REQUIRED when empty).
 */

export interface PresenceRule {
  element: E;
  isEmpty(content: StandardContent): boolean;
  rule: Rule;
}

function presence(
  element: E,
  code: string,
  path: readonly string[],
  isEmpty: (c: StandardContent) => boolean,
  message: string,
  catalogId: string,
): PresenceRule {
  const rule = defineRule({
    code,
    kind: "PRESENCE",
    element,
    severity: Severity.ERROR,
    catalogIds: [catalogId, "D-38"],
    description: message,
    check: (c, report) => {
      if (isEmpty(c)) report(path, message);
    },
  });
  return { element, isEmpty, rule };
}

function procedureEmpty(p: AuxiliaryProcedure | null | undefined): boolean {
  return !p || (p.notApplicable !== true && !hasText(p.procedure) && !nonEmpty(p.channels) && !termStarted(p.term) && !isStated(p.refusalGrounds));
}

export function formFilled(f: FormTemplate | null | undefined): boolean {
  return !!f && (hasText(f.title) || hasText(f.reference) || hasText(f.exemptionBasis?.actId));
}

const feeEmpty = (c: StandardContent) => c.fee?.free !== true && !nonEmpty(c.fee?.items);

export const PRESENCE_RULES: readonly PresenceRule[] = [
  presence(E.ART14_1_1, "NAME_MISSING", ["name", "fullName"], (c) => !hasText(c.name?.fullName),
    "Укажите полное наименование услуги в формулировке нормативного правового акта.", "A art14.1.1"),
  presence(E.ART14_1_2, "PROVIDER_MISSING", ["provider", "authorityId"], (c) => !hasText(c.provider?.authorityId) && !hasText(c.provider?.providerClass),
    "Укажите орган, предоставляющий услугу (или вид органа, если акт называет его как класс органов).", "A art14.1.2"),
  presence(E.ART14_1_3, "RESULTS_MISSING", ["results", "items"], (c) => !nonEmpty(c.results?.items),
    "Укажите результат (результаты) предоставления услуги.", "A art14.1.3"),
  presence(E.ART14_1_4, "TERM_MISSING", ["term"], (c) => !termStarted(c.term),
    "Укажите срок предоставления услуги: значение, единицу (рабочие или календарные дни) и событие, с которого он исчисляется.", "A art14.1.4"),
  presence(E.ART14_1_5, "LEGAL_BASES_MISSING", ["legalBases", "items"], (c) => !citesAct(c.legalBases?.items),
    "Укажите нормативные правовые акты, регулирующие предоставление услуги, в том числе акт, устанавливающий полномочие органа.", "A art14.1.5"),
  presence(E.ART14_1_6, "DOCUMENTS_MISSING", ["documents"],
    (c) => !isStated(c.documents?.applicantDocuments) && !isStated(c.documents?.interagencyDocuments),
    "Укажите исчерпывающий перечень документов раздельно: представляемые заявителем самостоятельно и получаемые по межведомственным запросам (или явно укажите, что документы не требуются).",
    "A art14.1.6"),
  presence(E.ART14_1_7, "ACCEPTANCE_REFUSAL_GROUNDS_MISSING", ["acceptanceRefusalGrounds"], (c) => !isStated(c.acceptanceRefusalGrounds),
    "Перечислите основания для отказа в приёме документов или явно укажите, что такие основания отсутствуют.", "A art14.1.7"),
  presence(E.ART14_1_8, "SUSPENSION_REFUSAL_GROUNDS_MISSING", ["suspensionAndRefusal"],
    (c) => !isStated(c.suspensionAndRefusal?.suspensionGrounds) && !isStated(c.suspensionAndRefusal?.refusalGrounds),
    "Перечислите основания для приостановления и для отказа в предоставлении услуги или явно укажите, что таких оснований нет.", "A art14.1.8"),
  presence(E.ART14_1_9, "FEE_MISSING", ["fee"], feeEmpty,
    "Укажите размер платы и способы её взимания либо явно укажите, что услуга предоставляется бесплатно.", "A art14.1.9"),
  presence(E.ART14_1_10, "QUEUE_TIME_MISSING", ["queueTime"],
    (c) => c.queueTime?.commonMinutes == null && c.queueTime?.submissionMinutes == null && c.queueTime?.resultMinutes == null && c.queueTime?.noInPersonChannel !== true,
    "Укажите максимальный срок ожидания в очереди при подаче запроса и при получении результата, в минутах.", "A art14.1.10"),
  presence(E.ART14_1_11, "REGISTRATION_TERMS_MISSING", ["registrationTerms", "items"], (c) => !nonEmpty(c.registrationTerms?.items),
    "Укажите срок регистрации запроса заявителя для каждого способа подачи.", "A art14.1.11"),
  presence(E.ART14_1_12, "PREMISES_MISSING", ["premises"],
    (c) => {
      const p = c.premises;
      return !p || (!hasText(p.premises) && !hasText(p.waitingHall) && !hasText(p.fillingPlaces) && !hasText(p.informationStands) &&
        !nonEmpty(p.accessibility) && !hasText(p.accessibilityNote));
    },
    "Укажите требования к помещениям, залу ожидания, местам для заполнения запросов, информационным стендам и к обеспечению доступности для инвалидов.",
    "A art14.1.12"),
  presence(E.ART14_1_13, "INDICATORS_MISSING", ["indicators", "items"], (c) => !nonEmpty(c.indicators?.items),
    "Укажите показатели доступности и качества услуги.", "A art14.1.13"),
  presence(E.ART14_1_14, "OTHER_REQUIREMENTS_MISSING", ["otherRequirements"],
    (c) => {
      const o = c.otherRequirements;
      return !o || (o.mfcAvailable == null && o.electronicAvailable == null && o.extraterritorial == null && o.complexRequest == null &&
        o.proactive == null && o.electronicSignature == null && !nonEmpty(o.necessaryServices) && o.necessaryServicesNoneStated !== true &&
        !nonEmpty(o.informationSystems) && !nonEmpty(o.electronicStages) && !hasText(o.note));
    },
    "Укажите иные требования: участие МФЦ, возможность получения услуги в электронной форме, необходимые и обязательные услуги, используемые информационные системы.",
    "A art14.1.14"),
  presence(E.ART14_2_1, "APPLICANTS_MISSING", ["applicants", "items"], (c) => !nonEmpty(c.applicants?.items),
    "Укажите состав (перечень) заявителей.", "B art14.2.1"),
  presence(E.ART14_2_2, "SUBMISSION_CHANNELS_MISSING", ["submissionChannels", "channels"], (c) => !nonEmpty(c.submissionChannels?.channels),
    "Укажите способы направления запроса о предоставлении услуги.", "B art14.2.2"),
  presence(E.ART14_2_3, "FEDERAL_FEE_MISSING", ["fee"], feeEmpty,
    "Укажите размер платы, предусмотренной федеральными законами и принятыми в соответствии с ними иными нормативными правовыми актами Российской Федерации, и способы её взимания либо явно укажите, что услуга предоставляется бесплатно.",
    "B art14.2.3"),
  presence(E.ART14_2_4, "PROGRESS_INFORMATION_MISSING", ["progressInformation", "channels"], (c) => !nonEmpty(c.progressInformation?.channels),
    "Укажите, как заявитель получает сведения о ходе рассмотрения запроса, в том числе в электронной форме.", "B art14.2.4"),
  presence(E.ART14_2_5, "TYPO_CORRECTION_MISSING", ["typoCorrection"], (c) => procedureEmpty(c.typoCorrection),
    "Опишите порядок исправления допущенных опечаток и ошибок в выданных документах: срок и исчерпывающий перечень оснований для отказа в исправлении.",
    "B art14.2.5"),
  presence(E.ART14_2_6, "DUPLICATE_ISSUE_MISSING", ["duplicateIssue"], (c) => procedureEmpty(c.duplicateIssue),
    "Опишите порядок выдачи дубликата документа, выданного по результатам предоставления услуги: срок и исчерпывающий перечень оснований для отказа в выдаче дубликата.",
    "B art14.2.6"),
  presence(E.ART14_2_7, "LEAVE_WITHOUT_CONSIDERATION_MISSING", ["leaveWithoutConsideration"], (c) => procedureEmpty(c.leaveWithoutConsideration),
    "Опишите порядок оставления запроса заявителя без рассмотрения или укажите, что процедура не применяется, со ссылкой на основание.", "B art14.2.7"),
  presence(E.ART14_2_8, "FORMS_MISSING", ["forms"],
    (c) => {
      const f = c.forms;
      return !f || ![f.request, f.result, f.typoCorrection, f.duplicate, f.withdrawal].some(formFilled);
    },
    "Приложите формы запроса, документа-результата и заявлений об исправлении опечаток, о выдаче дубликата, об оставлении запроса без рассмотрения (или укажите федеральный закон, освобождающий от их установления).",
    "B art14.2.8"),
  presence(E.ART14_2_9, "RESULT_DELIVERY_MISSING", ["resultDelivery", "channels"], (c) => !nonEmpty(c.resultDelivery?.channels),
    "Укажите способы направления заявителю документов (информации), являющихся результатом предоставления услуги.", "B art14.2.9"),
];

export const PRESENCE_BY_ELEMENT: ReadonlyMap<E, PresenceRule> = new Map(PRESENCE_RULES.map((p) => [p.element, p]));
