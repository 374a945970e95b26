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
 * «Предоставление гражданам субсидий на оплату жилого помещения и коммунальных услуг» — a
 * regional regulation written under Decree 1228 (docs.cntd.ru 406617067, ред. от 23.04.2024).
 *
 * Read: the regulation's title and table 2 of its profiling annex, «Комбинации значений
 * признаков, каждая из которых соответствует одному варианту предоставления государственной
 * услуги», for the result «предоставление субсидий на оплату жилого помещения и коммунальных
 * услуг», rows 1-6 verbatim (row 7 was cut off after «Заявитель обратился самосто…», and the
 * table may go on: the variants from row 7 on are NOT encoded). Table 1 (the attributes) was
 * not read: the three attributes below are the ones the rows of table 2 name (ownership or
 * tenancy, in person or through a representative, renewal of the subsidy), in their words.
 * NOT read: the providing body and the region, the approving act (so the seed stays a draft),
 * the variant subsections of section III and section II of the regulation. Everything but the
 * name, the result and the combination table is an ILLUSTRATION: the documents follow the
 * exhaustive list of another region's card of the same federal service, the term and the
 * registration term follow other regions' regulations of the same service, the refusal grounds
 * are worded after the federal Rules (Decree No. 761 of 14.12.2005, points not checked).
 *
 * Registry number: a seed identifier, not an FRGU number.
 */

const channels = () => [Channel.IN_PERSON, Channel.MFC, Channel.EPGU];

/** Documents of a variant, selected by key from the service-level lists (ILLUSTRATION). */
const docs = (variant: string, keys: string[]) => ({ items: keys.map((documentKey) => ({ key: `${variant}-${documentKey}`, documentKey })) });
const GRANT = ["doc-request", "doc-identity", "doc-title", "doc-income", "doc-citizenship", "doc-registered", "doc-payments"];
const OWNER = [...GRANT, "doc-egrn"];
const RENEWAL = ["doc-request", "doc-identity", "doc-payments"];
const withRepresentative = (keys: string[]) => [keys[0], keys[1], "doc-power-of-attorney", ...keys.slice(2)];

const procedures = (variant: string) => [
  { key: `${variant}-reception`, kind: ProcedureKind.RECEPTION, included: true },
  { key: `${variant}-interagency`, kind: ProcedureKind.INTERAGENCY, included: true },
  { key: `${variant}-decision`, kind: ProcedureKind.DECISION, included: true },
  { key: `${variant}-delivery`, kind: ProcedureKind.RESULT_DELIVERY, included: true },
];

const variant = (key: string, number: number, name: string, valueKeys: string[], representative: boolean, documents: string[]) => ({
  key,
  number,
  name,
  kind: VariantKind.MAIN,
  resultKey: "res-subsidy",
  combinations: [{ key: `${key}-row`, code: String(number), valueKeys, note: name }],
  documents: docs(key, documents),
  representativeAllowed: representative,
  procedures: procedures(key),
});

const content: StandardContent = {
  name: {
    fullName: "Предоставление гражданам субсидий на оплату жилого помещения и коммунальных услуг",
    shortName: "Субсидии на оплату жилого помещения и коммунальных услуг",
    keywords: ["субсидия", "ЖКУ", "коммунальные услуги"],
    legalBases: [ref("subs-name-zhk", "zhk", "159")],
  },
  // ILLUSTRATION: the providing body was not read (see the authority's name).
  provider: {
    authorityId: authority("subsidy-body-406617067"),
    participantsNoneStated: false,
    participants: [
      { key: "subs-part-mvd", name: "Министерство внутренних дел Российской Федерации (территориальный орган)", role: "Сведения о гражданах, зарегистрированных совместно с заявителем." },
      { key: "subs-part-rosreestr", name: "Федеральная служба государственной регистрации, кадастра и картографии", role: "Сведения ЕГРН о правах на жилое помещение." },
    ],
    mfcParticipation: "ACCEPTANCE_AND_ISSUE" as never,
    mfcAgreement: "Соглашение о взаимодействии с МФЦ (реквизиты не прочитаны)",
    mfcMayRefuseAcceptance: false,
  },
  results: {
    items: [
      // SOURCE: the result named in table 2 of the profiling annex
      { key: "res-subsidy", name: "Предоставление субсидии на оплату жилого помещения и коммунальных услуг", kind: ResultKind.ACTION, positive: true, document: "Решение о предоставлении субсидии", deliveryChannels: channels() },
      // ILLUSTRATION
      { key: "res-refusal", name: "Решение об отказе в предоставлении субсидии", kind: ResultKind.DOCUMENT_PAPER, positive: false, deliveryChannels: channels() },
    ],
    registryModel: false,
  },
  // ILLUSTRATION: 10 working days, as in other regions' regulations of this service (not read in this one).
  term: {
    value: 10,
    unit: TermUnit.WORKING_DAYS,
    startEvent: TermStart.REQUEST_REGISTRATION,
    legalBases: [ref("subs-term-761", "gov-761-2005", undefined, undefined, undefined, "пункт Правил не сверен")],
    includesInteragency: true,
  },
  legalBases: {
    items: [
      { ...ref("subs-lb-zhk", "zhk", "159"), role: LegalBasisRole.ESTABLISHES_POWER },
      { ...ref("subs-lb-761", "gov-761-2005"), role: LegalBasisRole.SETS_DOCUMENTS },
      { ...ref("subs-lb-210", "fz-210"), role: LegalBasisRole.OTHER },
    ],
  },
  // ILLUSTRATION: the split follows the card of the same federal service in another region.
  documents: {
    applicantDocuments: {
      items: [
        { key: "doc-request", name: "Заявление о предоставлении субсидии на оплату жилого помещения и коммунальных услуг", form: DocumentForm.ORIGINAL, copies: 1, isRequestForm: true, legalBases: [ref("subs-d1", "gov-761-2005")] },
        { key: "doc-identity", name: "Документ, удостоверяющий личность заявителя", form: DocumentForm.ORIGINAL_FOR_INSPECTION, originalReturned: true, personalStorage: true, legalBases: [ref("subs-d2", "fz-210", "7", "6")] },
        { key: "doc-power-of-attorney", name: "Документ, подтверждающий полномочия представителя заявителя (доверенность, решение об опеке или попечительстве)", form: DocumentForm.ORIGINAL_FOR_INSPECTION, condition: "При обращении через представителя", legalBases: [ref("subs-d3", "gk1", "185")] },
        { key: "doc-title", name: "Копии документов, подтверждающих правовые основания владения и пользования жилым помещением, в котором заявитель зарегистрирован по месту постоянного жительства (если права не зарегистрированы в ЕГРН)", form: DocumentForm.COPY, legalBases: [ref("subs-d4", "gov-761-2005")] },
        { key: "doc-income", name: "Документы, подтверждающие доходы заявителя и членов его семьи, учитываемые при решении вопроса о предоставлении субсидии", form: DocumentForm.COPY, legalBases: [ref("subs-d5", "gov-761-2005")] },
        { key: "doc-citizenship", name: "Копии документов, удостоверяющих принадлежность заявителя и членов его семьи к гражданству Российской Федерации или государства, с которым заключён международный договор о предоставлении субсидий", form: DocumentForm.COPY, legalBases: [ref("subs-d6", "gov-761-2005")] },
      ],
      noneStated: false,
    },
    interagencyDocuments: {
      items: [
        { key: "doc-registered", name: "Сведения о лицах, зарегистрированных совместно с заявителем по месту его постоянного жительства", form: DocumentForm.INFORMATION, holderName: "Министерство внутренних дел Российской Федерации", holderResource: "Сведения о регистрационном учёте граждан (СМЭВ)", legalBases: [ref("subs-d7", "gov-761-2005")] },
        { key: "doc-egrn", name: "Сведения ЕГРН о правах заявителя на жилое помещение", form: DocumentForm.INFORMATION, holderName: "Федеральная служба государственной регистрации, кадастра и картографии", holderResource: "Единый государственный реестр недвижимости", legalBases: [ref("subs-d8", "gov-761-2005")] },
        { key: "doc-payments", name: "Сведения о платежах за жилое помещение и коммунальные услуги за последний месяц и о наличии (отсутствии) задолженности", form: DocumentForm.INFORMATION, holderName: "Государственная информационная система жилищно-коммунального хозяйства", holderResource: "ГИС ЖКХ", legalBases: [ref("subs-d9", "gov-761-2005")] },
      ],
      noneStated: false,
    },
  },
  // ILLUSTRATION
  acceptanceRefusalGrounds: { noneStated: true, noneStatement: "Основания для отказа в приёме документов не предусмотрены." },
  // ILLUSTRATION: worded after the federal Rules; points not checked.
  suspensionAndRefusal: {
    suspensionGrounds: { noneStated: true, noneStatement: "Основания для приостановления предоставления государственной услуги не предусмотрены." },
    refusalGrounds: {
      items: [
        { key: "subs-rg-incomplete", text: "Представление заявителем неполных и (или) заведомо недостоверных сведений и документов", legalBases: [ref("subs-rg1", "gov-761-2005", undefined, undefined, undefined, "пункт Правил не сверен")] },
        { key: "subs-rg-debt", text: "Наличие у заявителя подтверждённой задолженности по оплате жилого помещения и коммунальных услуг при отсутствии соглашения о её погашении", legalBases: [ref("subs-rg2", "zhk", "159", "5")] },
      ],
      noneStated: false,
    },
  },
  // ILLUSTRATION
  fee: { free: true, freeLegalBases: [ref("subs-fee", "fz-210", "8", undefined, undefined, "иллюстрация: плата не предусмотрена")] },
  queueTime: { submissionMinutes: 15, resultMinutes: 15 },
  registrationTerms: {
    items: [
      { key: "subs-reg-in-person", channel: Channel.IN_PERSON, sameDay: true },
      { key: "subs-reg-mfc", channel: Channel.MFC, term: { value: 1, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.REQUEST_RECEIPT } },
      { key: "subs-reg-epgu", channel: Channel.EPGU, term: { value: 1, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.REQUEST_RECEIPT } },
    ],
  },
  premises: {
    premises: "Помещения для приёма заявителей оборудуются вывесками, средствами пожаротушения, доступом к туалету.",
    waitingHall: "Места ожидания оборудуются стульями и столами.",
    fillingPlaces: "Места для заполнения заявлений обеспечиваются бланками и письменными принадлежностями.",
    informationStands: "На стендах размещаются перечень документов, образец заявления, порядок и сроки предоставления услуги.",
    accessibility: Object.values(AccessibilityProvision),
    disabledParkingPercent: 10,
    legalBases: [ref("subs-premises", "fz-181", "15")],
  },
  indicators: {
    items: [
      { key: "subs-ind-1", name: "Количество взаимодействий заявителя с должностными лицами", type: IndicatorType.ACCESSIBILITY, target: "не более 2", unit: "взаимодействий" },
      { key: "subs-ind-2", name: "Возможность подачи заявления через МФЦ", type: IndicatorType.ACCESSIBILITY, target: "да" },
      { key: "subs-ind-3", name: "Принятие решения в срок не более 10 рабочих дней", type: IndicatorType.QUALITY, target: "100", unit: "%" },
      { key: "subs-ind-4", name: "Отсутствие обоснованных жалоб", type: IndicatorType.QUALITY, target: "0", unit: "жалоб" },
      { key: "subs-ind-5", name: "Возможность получения услуги по экстерриториальному принципу", type: IndicatorType.ACCESSIBILITY, target: "нет" },
      { key: "subs-ind-6", name: "Возможность получения услуги в составе комплексного запроса", type: IndicatorType.ACCESSIBILITY, target: "нет" },
      { key: "subs-ind-7", name: "Возможность получения информации о ходе предоставления услуги, в том числе с использованием информационно-коммуникационных технологий", type: IndicatorType.ACCESSIBILITY, target: "да" },
    ],
  },
  otherRequirements: {
    necessaryServicesNoneStated: true,
    informationSystems: [InformationSystem.EPGU, InformationSystem.SMEV, InformationSystem.MFC_SYSTEM],
    mfcAvailable: true,
    mfcInFull: false,
    electronicAvailable: true,
    electronicStages: ["INFORMATION", "REQUEST_FORMATION", "REQUEST_SUBMISSION", "PROGRESS", "RESULT"] as never,
    electronicSignature: "SIMPLE" as never,
    extraterritorial: false,
    complexRequest: false,
  },
  applicants: {
    items: [
      {
        key: "subs-app-citizens",
        name: "Граждане — пользователи жилых помещений государственного и муниципального жилищного фонда, наниматели по договорам найма в частном жилищном фонде, члены жилищных кооперативов, собственники жилых помещений",
        legalForm: ApplicantLegalForm.INDIVIDUAL,
        description: "Статья 159 Жилищного кодекса РФ (текст статьи в сессии не сверен).",
      },
    ],
    representativeAllowed: true,
  },
  submissionChannels: { channels: channels() },
  progressInformation: { channels: [Channel.EPGU, Channel.IN_PERSON, Channel.PHONE] },
  resultDelivery: { channels: channels() },
  // SOURCE (reconstructed): the three attributes named by the rows of table 2; table 1 was not read.
  profiling: {
    attributes: [
      {
        key: "purpose",
        code: "1",
        name: "За чем обращается заявитель",
        subject: ProfilingSubject.APPLICANT,
        question: "Вы обращаетесь за предоставлением субсидии или за её возобновлением?",
        values: [
          { key: "purpose-grant", code: "1", name: "За предоставлением субсидии" },
          { key: "purpose-renewal", code: "2", name: "За возобновлением субсидии" },
        ],
      },
      {
        key: "dwelling",
        code: "2",
        name: "Заявитель в отношении жилого помещения",
        subject: ProfilingSubject.OBJECT,
        question: "Вы владелец жилого помещения или его наниматель?",
        values: [
          { key: "dwelling-owner", code: "1", name: "Заявитель является владельцем жилого помещения" },
          { key: "dwelling-tenant", code: "2", name: "Заявитель является нанимателем жилого помещения" },
        ],
      },
      {
        key: "who",
        code: "3",
        name: "Кто обращается за услугой",
        subject: ProfilingSubject.APPLICANT,
        question: "Вы обращаетесь самостоятельно или через представителя?",
        values: [
          { key: "who-self", code: "1", name: "Заявитель обратился самостоятельно" },
          { key: "who-representative", code: "2", name: "Заявитель обратился через представителя (родителя, опекуна, попечителя)" },
        ],
      },
    ],
    annex: "Приложение к административному регламенту: таблица 2 «Комбинации значений признаков, каждая из которых соответствует одному варианту предоставления государственной услуги» (прочитаны строки 1–6)",
  },
  // SOURCE: rows 1-6 of table 2 (names and combinations); per-variant documents and procedures: ILLUSTRATION.
  variants: [
    variant("v1-owner-self", 1, "Заявитель, являющийся владельцем жилого помещения, обратился самостоятельно", ["purpose-grant", "dwelling-owner", "who-self"], false, OWNER),
    variant("v2-owner-representative", 2, "Заявитель, являющийся владельцем жилого помещения, обратился через представителя", ["purpose-grant", "dwelling-owner", "who-representative"], true, withRepresentative(OWNER)),
    variant("v3-tenant-self", 3, "Заявитель, являющийся нанимателем жилого помещения, обратился самостоятельно", ["purpose-grant", "dwelling-tenant", "who-self"], false, GRANT),
    variant("v4-tenant-representative", 4, "Заявитель, являющийся нанимателем жилого помещения, обратился через представителя", ["purpose-grant", "dwelling-tenant", "who-representative"], true, withRepresentative(GRANT)),
    variant("v5-renewal-self", 5, "Заявитель обратился самостоятельно за возобновлением субсидии", ["purpose-renewal", "who-self"], false, RENEWAL),
    variant("v6-renewal-representative", 6, "Заявитель обратился через представителя (родителя, опекуна, попечителя) за возобновлением субсидии", ["purpose-renewal", "who-representative"], true, withRepresentative(RENEWAL)),
  ],
};

export const housingSubsidy1228: SeedService = {
  registryNumber: "SEED-1228-ZHKU-SUBSIDY",
  name: "Предоставление гражданам субсидий на оплату жилого помещения и коммунальных услуг",
  authorityKey: "subsidy-body-406617067",
  kind: StandardKind.REGULAR,
  sources: [
    {
      title: "Административный регламент по предоставлению государственной услуги «Предоставление гражданам субсидий на оплату жилого помещения и коммунальных услуг» (с изменениями на 23 апреля 2024 года), приложение: таблица 2 «Комбинации значений признаков…», строки 1–6",
      url: "https://docs.cntd.ru/document/406617067/titles/QUOPUK",
    },
    { title: "Постановление Правительства РФ от 14.12.2005 № 761 «О предоставлении субсидий на оплату жилого помещения и коммунальных услуг» (ред. от 24.03.2023), реквизиты", url: "http://www.social33.ru/zakonodatelstvo/federalnye-dokumenty/postanovlenie-pravitelstva-rf-ot-14-12-2005-761-red-ot-28-07-2020-o-predostavlenii-subsidiy-na-oplat/" },
    { title: "Карточка той же федеральной услуги в другом регионе: перечень документов (для иллюстрации перечня документов)", url: "https://tramitador.org/gu/service/265700/documents" },
    { title: "Регламент той же услуги в другом регионе: срок 10 рабочих дней (для иллюстрации срока)", url: "https://docs.cntd.ru/document/446675058/titles/2A2919" },
  ],
  provenance: {
    ART14_1_1: { origin: "SOURCE", note: "Наименование — из заголовка регламента (docs.cntd.ru 406617067). Ключевые слова — составителя." },
    ART14_1_2: { origin: "ILLUSTRATION", note: "Орган и субъект РФ в прочитанных фрагментах не названы; участники — по перечню межведомственных документов, иллюстративно." },
    ART14_1_3: { origin: "SOURCE", note: "Результат «предоставление субсидий на оплату жилого помещения и коммунальных услуг» — из заголовка таблицы 2 приложения; решение об отказе и способы получения — иллюстрация." },
    ART14_1_4: { origin: "ILLUSTRATION", note: "Срок регламента не прочитан; 10 рабочих дней — по регламентам этой услуги в других регионах." },
    ART14_1_5: { origin: "ILLUSTRATION", note: "ст. 159 ЖК РФ и постановление Правительства РФ № 761 — федеральная основа услуги; перечень актов регламента не прочитан." },
    ART14_1_6: { origin: "ILLUSTRATION", note: "По карточке той же услуги в другом регионе; перечень регламента не прочитан." },
    ART14_1_7: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_8: { origin: "ILLUSTRATION", note: "Сформулировано по федеральным Правилам; пункты не сверены." },
    ART14_1_9: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_10: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_11: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_12: { origin: "ILLUSTRATION", note: "Не прочитано; доступность по ст. 15 181-ФЗ." },
    ART14_1_13: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_14: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_2_1: { origin: "ILLUSTRATION", note: "Категории по ст. 159 ЖК РФ, текст не сверен." },
    ART14_2_2: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_2_4: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_2_9: { origin: "ILLUSTRATION", note: "Не прочитано." },
  },
  decree1228: {
    profiling: {
      origin: "SOURCE",
      note: "Признаки восстановлены по формулировкам строк таблицы 2 (таблица 1 не прочитана); значения — словами строк. Способы и места профилирования не прочитаны и не заполнены.",
    },
    variants: {
      origin: "SOURCE",
      note: "Номера, наименования и комбинации вариантов 1–6 — строки 1–6 таблицы 2 дословно; в строках 1–4 цель «за предоставлением субсидии» прямо не названа и внесена по строкам 5–6 (иначе строки пересекались бы). Строка 7 и далее не прочитаны и не внесены. Документы и процедуры вариантов — иллюстрация (подразделы раздела III не прочитаны).",
    },
  },
  // The approving act (number, date) was not read: the standard stays a draft.
  versions: [{ content }],
};
