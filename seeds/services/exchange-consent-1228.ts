import type { SeedService } from "../types";
import { authority, ref } from "../types";
import type { StandardContent } from "../../src/standards/content/standard-content";
import { StandardKind } from "../../src/services/service.entity";
import {
  AccessibilityProvision,
  ApplicantLegalForm,
  Channel,
  DocumentForm,
  IndicatorType,
  InformationSystem,
  LegalBasisRole,
  ResultKind,
  TermStart,
  TermUnit,
} from "../../src/standards/content/enums";
import { ProcedureKind, ProfilingSubject, VariantKind } from "../../src/standards/content/variants";

/**
 * «Выдача предварительного согласия на обмен жилыми помещениями, которые предоставлены по
 * договорам социального найма и в которых проживают недееспособные или ограниченно
 * дееспособные граждане, являющиеся членами семей нанимателей данных жилых помещений» — a
 * regional regulation written under Decree 1228 (docs.cntd.ru 406937679, ред. от 20.03.2024).
 *
 * Read: the regulation's title and its subsection 3.1 «Перечень вариантов предоставления
 * государственной услуги», п. 3.1.1: six variants, each named by the result asked for (the
 * decision; the corrected decision or the refusal to issue it; a duplicate of the decision)
 * and by whether the applicant applies in person or through a representative. That list is
 * the regulation's own statement of which combination leads to which variant; it is encoded
 * as the profiling (the result + one attribute) and the combination table. The profiling annex
 * itself, the variant subsections and section II were NOT read, nor the providing body, the
 * region and the approving act (the seed stays a draft). Everything else is an ILLUSTRATION;
 * the refusal ground follows ч. 4 ст. 72 Жилищного кодекса РФ (wording from memory, not checked).
 *
 * Registry number: a seed identifier, not an FRGU number.
 */

const channels = () => [Channel.IN_PERSON, Channel.MFC, Channel.EPGU];

const variant = (key: string, number: number, name: string, kind: VariantKind, resultKey: string, who: string, documents: string[], refusal: string[] | null) => ({
  key,
  number,
  name,
  kind,
  resultKey,
  combinations: [{ key: `${key}-row`, code: String(number), valueKeys: [who], note: name }],
  documents: { items: documents.map((documentKey) => ({ key: `${key}-${documentKey}`, documentKey })) },
  acceptanceRefusalGrounds: { noneStated: true, noneStatement: "Основания для отказа в приёме заявления отсутствуют." },
  refusalGrounds: refusal ? { groundKeys: refusal } : { noneStated: true, noneStatement: "Основания для отказа в выдаче дубликата отсутствуют." },
  representativeAllowed: who === "who-representative",
  procedures: [
    { key: `${key}-reception`, kind: ProcedureKind.RECEPTION, included: true },
    {
      key: `${key}-interagency`,
      kind: ProcedureKind.INTERAGENCY,
      included: kind === VariantKind.MAIN,
      ...(kind === VariantKind.MAIN ? {} : { omittedReason: "Не приводится: межведомственные запросы в этом варианте не направляются (иллюстрация)." }),
    },
    { key: `${key}-decision`, kind: ProcedureKind.DECISION, included: true },
    { key: `${key}-delivery`, kind: ProcedureKind.RESULT_DELIVERY, included: true },
  ],
});

const MAIN_DOCS = ["doc-request", "doc-identity", "doc-contracts", "doc-guardian"];
const rep = (keys: string[]) => [keys[0], keys[1], "doc-power-of-attorney", ...keys.slice(2)];

const content: StandardContent = {
  name: {
    fullName:
      "Выдача предварительного согласия на обмен жилыми помещениями, которые предоставлены по договорам социального найма и в которых проживают недееспособные или ограниченно дееспособные граждане, являющиеся членами семей нанимателей данных жилых помещений",
    shortName: "Предварительное согласие органа опеки на обмен жилыми помещениями",
    keywords: ["опека", "обмен жилыми помещениями", "социальный наём"],
    legalBases: [ref("ex-name-zhk", "zhk", "72", "4")],
  },
  // ILLUSTRATION: the providing body was not read (see the authority's name).
  provider: { authorityId: authority("guardianship-body-406937679"), participantsNoneStated: true, mfcParticipation: "ACCEPTANCE_AND_ISSUE" as never, mfcAgreement: "Соглашение о взаимодействии с МФЦ (реквизиты не прочитаны)", mfcMayRefuseAcceptance: false },
  results: {
    items: [
      // SOURCE: the three results the variant list names
      { key: "res-decision", name: "Решение о выдаче предварительного согласия на обмен жилыми помещениями", kind: ResultKind.DOCUMENT_PAPER, positive: true, deliveryChannels: channels() },
      { key: "res-corrected", name: "Исправленное решение (или отказ в выдаче исправленного решения)", kind: ResultKind.DOCUMENT_PAPER, positive: true, deliveryChannels: channels() },
      { key: "res-duplicate", name: "Дубликат решения", kind: ResultKind.DOCUMENT_PAPER, positive: true, deliveryChannels: channels() },
      // ILLUSTRATION
      { key: "res-refusal", name: "Решение об отказе в выдаче предварительного согласия на обмен жилыми помещениями", kind: ResultKind.DOCUMENT_PAPER, positive: false, deliveryChannels: channels() },
    ],
    registryModel: false,
  },
  // ILLUSTRATION
  term: { value: 15, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.REQUEST_REGISTRATION, includesInteragency: true, legalBases: [ref("ex-term", "zhk", "72", "4", undefined, "иллюстрация: срок не прочитан")] },
  legalBases: {
    items: [
      { ...ref("ex-lb-zhk", "zhk", "72", "4"), role: LegalBasisRole.ESTABLISHES_POWER },
      { ...ref("ex-lb-210", "fz-210"), role: LegalBasisRole.OTHER },
    ],
  },
  // ILLUSTRATION
  documents: {
    applicantDocuments: {
      items: [
        { key: "doc-request", name: "Заявление о выдаче предварительного согласия на обмен жилыми помещениями", form: DocumentForm.ORIGINAL, copies: 1, isRequestForm: true, legalBases: [ref("ex-d1", "zhk", "72", "4")] },
        { key: "doc-identity", name: "Документ, удостоверяющий личность заявителя", form: DocumentForm.ORIGINAL_FOR_INSPECTION, originalReturned: true, personalStorage: true, legalBases: [ref("ex-d2", "fz-210", "7", "6")] },
        { key: "doc-power-of-attorney", name: "Документ, подтверждающий полномочия представителя заявителя (доверенность)", form: DocumentForm.ORIGINAL_FOR_INSPECTION, condition: "При обращении через представителя", legalBases: [ref("ex-d3", "gk1", "185")] },
        { key: "doc-contracts", name: "Договоры социального найма обмениваемых жилых помещений", form: DocumentForm.COPY, legalBases: [ref("ex-d4", "zhk", "72", "1")] },
        { key: "doc-typo-request", name: "Заявление об исправлении допущенных опечаток и ошибок в решении", form: DocumentForm.ORIGINAL, legalBases: [ref("ex-d5", "fz-210", "14", "2", "5")] },
        { key: "doc-duplicate-request", name: "Заявление о выдаче дубликата решения", form: DocumentForm.ORIGINAL, legalBases: [ref("ex-d6", "fz-210", "14", "2", "6")] },
      ],
      noneStated: false,
    },
    interagencyDocuments: {
      items: [
        {
          key: "doc-guardian",
          name: "Сведения о признании гражданина недееспособным или ограниченно дееспособным и об опекуне (попечителе)",
          form: DocumentForm.INFORMATION,
          holderName: "Орган опеки и попечительства по месту жительства подопечного",
          holderResource: "Личное дело подопечного",
          legalBases: [ref("ex-d7", "zhk", "72", "4")],
        },
      ],
      noneStated: false,
    },
  },
  acceptanceRefusalGrounds: { noneStated: true, noneStatement: "Основания для отказа в приёме заявления отсутствуют." },
  suspensionAndRefusal: {
    suspensionGrounds: { noneStated: true, noneStatement: "Основания для приостановления не предусмотрены." },
    refusalGrounds: {
      items: [{ key: "ex-rg-rights", text: "Обмен нарушает права или законные интересы недееспособных или ограниченно дееспособных граждан", legalBases: [ref("ex-rg1", "zhk", "72", "4", undefined, "формулировка не сверена")] }],
      noneStated: false,
    },
  },
  fee: { free: true, freeLegalBases: [ref("ex-fee", "fz-210", "8", undefined, undefined, "иллюстрация: плата не предусмотрена")] },
  queueTime: { submissionMinutes: 15, resultMinutes: 15 },
  registrationTerms: {
    items: [
      { key: "ex-reg-in-person", channel: Channel.IN_PERSON, sameDay: true },
      { key: "ex-reg-mfc", channel: Channel.MFC, term: { value: 1, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.REQUEST_RECEIPT } },
      { key: "ex-reg-epgu", channel: Channel.EPGU, term: { value: 1, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.REQUEST_RECEIPT } },
    ],
  },
  premises: {
    premises: "Помещения для приёма заявителей оборудуются вывесками, средствами пожаротушения, доступом к туалету.",
    waitingHall: "Места ожидания оборудуются стульями и столами.",
    fillingPlaces: "Места для заполнения заявлений обеспечиваются бланками и письменными принадлежностями.",
    informationStands: "На стендах размещаются перечень документов, образец заявления, порядок и сроки предоставления услуги.",
    accessibility: Object.values(AccessibilityProvision),
    disabledParkingPercent: 10,
    legalBases: [ref("ex-premises", "fz-181", "15")],
  },
  indicators: {
    items: [
      { key: "ex-ind-1", name: "Количество взаимодействий заявителя с должностными лицами", type: IndicatorType.ACCESSIBILITY, target: "не более 2", unit: "взаимодействий" },
      { key: "ex-ind-2", name: "Возможность подачи заявления через МФЦ", type: IndicatorType.ACCESSIBILITY, target: "да" },
      { key: "ex-ind-3", name: "Отсутствие обоснованных жалоб", type: IndicatorType.QUALITY, target: "0", unit: "жалоб" },
      { key: "ex-ind-4", name: "Возможность получения услуги по экстерриториальному принципу", type: IndicatorType.ACCESSIBILITY, target: "нет" },
      { key: "ex-ind-5", name: "Возможность получения услуги в составе комплексного запроса", type: IndicatorType.ACCESSIBILITY, target: "нет" },
      { key: "ex-ind-6", name: "Возможность получения информации о ходе предоставления услуги, в том числе с использованием информационно-коммуникационных технологий", type: IndicatorType.ACCESSIBILITY, target: "да" },
    ],
  },
  otherRequirements: {
    necessaryServicesNoneStated: true,
    informationSystems: [InformationSystem.EPGU, InformationSystem.SMEV, InformationSystem.MFC_SYSTEM],
    mfcAvailable: true,
    mfcInFull: false,
    electronicAvailable: true,
    electronicStages: ["INFORMATION", "REQUEST_FORMATION", "REQUEST_SUBMISSION", "PROGRESS"] as never,
    electronicSignature: "SIMPLE" as never,
    extraterritorial: false,
    complexRequest: false,
  },
  applicants: {
    items: [{ key: "ex-app-tenants", name: "Наниматели жилых помещений по договорам социального найма, в которых проживают недееспособные или ограниченно дееспособные члены их семей", legalForm: ApplicantLegalForm.INDIVIDUAL }],
    representativeAllowed: true,
  },
  submissionChannels: { channels: channels() },
  progressInformation: { channels: [Channel.EPGU, Channel.IN_PERSON, Channel.PHONE] },
  resultDelivery: { channels: channels() },
  // ILLUSTRATION (parts 2 items 5-6 of Art. 14, needed by the auxiliary variants): the procedures were not read.
  typoCorrection: {
    procedure: "Заявитель подаёт заявление об исправлении допущенных опечаток и ошибок; при их подтверждении выдаётся исправленное решение, иначе — отказ в выдаче исправленного решения.",
    channels: channels(),
    term: { value: 5, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.APPLICANT_REQUEST },
    refusalGrounds: { items: [{ key: "ex-typo-none", text: "Отсутствие опечаток и ошибок в выданном решении" }], noneStated: false },
  },
  duplicateIssue: {
    procedure: "Заявитель подаёт заявление о выдаче дубликата решения; дубликат выдаётся с отметкой «дубликат».",
    channels: channels(),
    term: { value: 5, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.APPLICANT_REQUEST },
    refusalGrounds: { noneStated: true },
  },
  // SOURCE (from the list of variants): the result asked for, and one attribute.
  profiling: {
    attributes: [
      {
        key: "who",
        code: "1",
        name: "Кто обращается за услугой",
        subject: ProfilingSubject.APPLICANT,
        question: "Вы обращаетесь самостоятельно или через представителя?",
        values: [
          { key: "who-self", code: "1", name: "Заявитель, обратившийся самостоятельно" },
          { key: "who-representative", code: "2", name: "Заявитель, обратившийся через представителя" },
        ],
      },
    ],
    annex: "Подраздел 3.1 «Перечень вариантов предоставления государственной услуги», п. 3.1.1 (приложение с перечнем признаков не прочитано)",
  },
  // SOURCE: numbers, names, results and combinations from п. 3.1.1; per-variant documents, grounds and procedures: ILLUSTRATION.
  variants: [
    variant("v1-decision-self", 1, "Выдача решения заявителю, обратившемуся самостоятельно", VariantKind.MAIN, "res-decision", "who-self", MAIN_DOCS, ["ex-rg-rights"]),
    variant("v2-decision-representative", 2, "Выдача решения заявителю, обратившемуся через представителя", VariantKind.MAIN, "res-decision", "who-representative", rep(MAIN_DOCS), ["ex-rg-rights"]),
    variant("v3-corrected-self", 3, "Выдача (отказ в выдаче) исправленного решения заявителю, обратившемуся самостоятельно", VariantKind.TYPO_CORRECTION, "res-corrected", "who-self", ["doc-typo-request", "doc-identity"], ["ex-typo-none"]),
    variant("v4-corrected-representative", 4, "Выдача (отказ в выдаче) исправленного решения заявителю, обратившемуся через представителя", VariantKind.TYPO_CORRECTION, "res-corrected", "who-representative", rep(["doc-typo-request", "doc-identity"]), ["ex-typo-none"]),
    variant("v5-duplicate-self", 5, "Выдача дубликата решения заявителю, обратившемуся самостоятельно", VariantKind.DUPLICATE, "res-duplicate", "who-self", ["doc-duplicate-request", "doc-identity"], null),
    variant("v6-duplicate-representative", 6, "Выдача дубликата решения заявителю, обратившемуся через представителя", VariantKind.DUPLICATE, "res-duplicate", "who-representative", rep(["doc-duplicate-request", "doc-identity"]), null),
  ],
};

export const exchangeConsent1228: SeedService = {
  registryNumber: "SEED-1228-OPEKA-OBMEN",
  name: "Выдача предварительного согласия на обмен жилыми помещениями, в которых проживают недееспособные или ограниченно дееспособные граждане",
  authorityKey: "guardianship-body-406937679",
  kind: StandardKind.REGULAR,
  sources: [
    {
      title:
        "Административный регламент по предоставлению государственной услуги «Выдача предварительного согласия на обмен жилыми помещениями, которые предоставлены по договорам социального найма и в которых проживают недееспособные или ограниченно дееспособные граждане, являющиеся членами семей нанимателей данных жилых помещений» (с изменениями на 20 марта 2024 года), подраздел 3.1 «Перечень вариантов», п. 3.1.1",
      url: "https://docs.cntd.ru/document/406937679/titles/257KC87",
    },
  ],
  provenance: {
    ART14_1_1: { origin: "SOURCE", note: "Наименование — из заголовка регламента (docs.cntd.ru 406937679); краткое наименование и ключевые слова — составителя." },
    ART14_1_2: { origin: "ILLUSTRATION", note: "Орган и субъект РФ в прочитанном фрагменте не названы." },
    ART14_1_3: { origin: "SOURCE", note: "Три результата — по наименованиям вариантов п. 3.1.1 (решение; исправленное решение или отказ в его выдаче; дубликат решения); решение об отказе в согласии и способы получения — иллюстрация." },
    ART14_1_4: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_5: { origin: "ILLUSTRATION", note: "ч. 4 ст. 72 ЖК РФ — федеральная основа; перечень актов регламента не прочитан." },
    ART14_1_6: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_7: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_8: { origin: "ILLUSTRATION", note: "Основание отказа — по ч. 4 ст. 72 ЖК РФ, формулировка по памяти, не сверена." },
    ART14_1_9: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_10: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_11: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_12: { origin: "ILLUSTRATION", note: "Не прочитано; доступность по ст. 15 181-ФЗ." },
    ART14_1_13: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_14: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_2_1: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_2_2: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_2_4: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_2_5: { origin: "ILLUSTRATION", note: "Порядок не прочитан; его существование следует из вариантов 3–4." },
    ART14_2_6: { origin: "ILLUSTRATION", note: "Порядок не прочитан; его существование следует из вариантов 5–6." },
    ART14_2_9: { origin: "ILLUSTRATION", note: "Не прочитано." },
  },
  decree1228: {
    profiling: { origin: "SOURCE", note: "Результат и признак «самостоятельно / через представителя» — из наименований вариантов п. 3.1.1; приложение с таблицами признаков не прочитано." },
    variants: {
      origin: "SOURCE",
      note: "Номера, наименования, виды, результаты и комбинации вариантов 1–6 — по п. 3.1.1 (последнее слово варианта 6 «через представителя» дописано: строка обрезана на «через предс…»). Документы, основания и процедуры вариантов — иллюстрация.",
    },
  },
  versions: [{ content }],
};
