import type { SeedService } from "../types";
import { authority, ref } from "../types";
import type { StandardContent } from "../../src/standards/content/standard-content";
import { StandardKind } from "../../src/services/service.entity";
import {
  MfcParticipation,
  AccessibilityProvision,
  ApplicantLegalForm,
  Channel,
  DocumentForm,
  ElectronicStage,
  IndicatorType,
  InformationSystem,
  LegalBasisRole,
  ResultKind,
  SignatureKind,
  TermStart,
  TermUnit,
} from "../../src/standards/content/enums";

/**
 * Выдача архивных справок, архивных выписок и копий архивных документов — администрация
 * города Салехарда (Ямало-Ненецкий автономный округ).
 *
 * History (two real regulations, both read on garant with number, date and title):
 *  v1 — постановление Администрации МО город Салехард от 04.09.2017 N 1601, service
 *       «Исполнение запросов на основе архивных документов»;
 *  v2 — постановление Администрации города Салехарда от 20.04.2023 N 1044, service
 *       «Информационное обеспечение физических и юридических лиц на основе документов
 *       Архивного фонда Российской Федерации и других архивных документов, предоставление
 *       архивных справок, архивных выписок и копий архивных документов» (ред. от 23.05.2024).
 * Read in v2: the title and п. 26–28 (registration: day of receipt, ≤ 15 minutes, weekend →
 * first working day). The text of the 2017 regulation was not available: v1 differs from
 * v2 only in what was read (name, approving act); every other v1 section is CARRIED OVER
 * from v2 as an assumption, not verified against the 2017 text. Elements not read in
 * either regulation are ILLUSTRATION (see `provenance`).
 *
 * Registry number: a seed identifier, not an FRGU number.
 */


const NAME_2017 = "Исполнение запросов на основе архивных документов";
const NAME_2023 =
  "Информационное обеспечение физических и юридических лиц на основе документов Архивного фонда Российской Федерации и других архивных документов, предоставление архивных справок, архивных выписок и копий архивных документов";

/* Items shared by both versions (same keys, so the diff matches them). */
const basisFz125 = { ...ref("f2ca568e-a7e2-4b4b-aad1-6208a5183cca", "fz-125", "26"), role: LegalBasisRole.ESTABLISHES_POWER };
const basisFz131 = { ...ref("3a0e3d6b-59c5-47a7-97d1-c46940916288", "fz-131", "16", "1", undefined, "вопрос местного значения: формирование и содержание муниципального архива"), role: LegalBasisRole.ESTABLISHES_POWER };
const basisFz210 = { ...ref("76e0facb-8a93-4952-bf62-b1b1df3b98b6", "fz-210"), role: LegalBasisRole.OTHER };

const current: StandardContent = {
  name: { fullName: NAME_2023, shortName: "Выдача архивных справок, архивных выписок и копий архивных документов", legalBases: [ref("b75fc132-5b85-4607-9baa-ca06141d64fe", "salekhard-1044-2023")] },
  provider: {
    authorityId: authority("salekhard-administration"),
    participantsNoneStated: true,
    mfcParticipation: MfcParticipation.ACCEPTANCE_AND_ISSUE,
  },
  results: {
    items: [
      { key: "6731884c-2f13-4d13-acfc-493f277cbb09", name: "Архивная справка", kind: ResultKind.DOCUMENT_PAPER, positive: true, deliveryChannels: [Channel.IN_PERSON, Channel.POST, Channel.MFC] },
      { key: "5f4127ca-ccd5-415f-93da-268a6858daa0", name: "Архивная выписка", kind: ResultKind.DOCUMENT_PAPER, positive: true, deliveryChannels: [Channel.IN_PERSON, Channel.POST, Channel.MFC] },
      { key: "1d0a08b1-70c0-4bc2-8cfa-f9a9d7bb9715", name: "Копия архивного документа", kind: ResultKind.DOCUMENT_PAPER, positive: true, deliveryChannels: [Channel.IN_PERSON, Channel.POST, Channel.MFC] },
      { key: "bbcb576d-a62c-40db-9141-3fee04a33eb4", name: "Информационное письмо об отсутствии запрашиваемых сведений или уведомление об отказе в предоставлении услуги", kind: ResultKind.DOCUMENT_PAPER, positive: false, deliveryChannels: [Channel.IN_PERSON, Channel.POST, Channel.EMAIL] },
    ],
    registryModel: false,
  },
  // ILLUSTRATION: the term subsection was not read; 30 days is the usual term for archive queries.
  term: {
    value: 30,
    unit: TermUnit.CALENDAR_DAYS,
    startEvent: TermStart.REQUEST_REGISTRATION,
    startNote: "Со дня регистрации запроса в уполномоченном органе.",
    legalBases: [ref("20966cfd-e93a-401c-9059-be3eeddd6f34", "salekhard-1044-2023", undefined, undefined, undefined, "иллюстрация: пункт о сроке не прочитан")],
    includesInteragency: false,
  },
  legalBases: {
    items: [basisFz125, basisFz131, basisFz210, { ...ref("994a740d-b620-406d-ad3a-e28af096cba9", "salekhard-1044-2023"), role: LegalBasisRole.REGULATION }],
  },
  // ILLUSTRATION: the document subsection was not read.
  documents: {
    applicantDocuments: {
      items: [
        { key: "5e43ecc3-3c41-4400-985a-d5af4c7907f5", name: "Запрос (заявление) о предоставлении архивной справки, архивной выписки или копии архивного документа", requirements: "Указываются фамилия, имя, отчество (наименование организации), почтовый или электронный адрес, тема запроса и хронологические рамки запрашиваемых сведений.", form: DocumentForm.ORIGINAL, isRequestForm: true, legalBases: [ref("9d357aba-939f-410d-bf6e-7850e43f3048", "salekhard-1044-2023", undefined, undefined, undefined, "иллюстрация")] },
        { key: "b90a63f5-b6a2-4d52-94a9-f4333aa69177", name: "Документ, удостоверяющий личность заявителя (представителя)", form: DocumentForm.ORIGINAL_FOR_INSPECTION, originalReturned: true, personalStorage: true, condition: "При личном обращении", legalBases: [ref("153c1d42-ff74-49f9-af0b-1f1608321f40", "fz-210", "7", "6")] },
        { key: "49832f2a-6d28-4495-963d-3fcb3acf8340", name: "Документ, подтверждающий полномочия представителя или право на получение сведений, содержащих персональные данные третьих лиц", form: DocumentForm.COPY, condition: "Если запрашиваются сведения о другом лице", legalBases: [ref("f2cb47e9-1116-40d1-af57-e63663ce6f85", "fz-125", "25", undefined, undefined, "доступ к документам, содержащим сведения о личной и семейной тайне")] },
      ],
      noneStated: false,
    },
    interagencyDocuments: {
      noneStated: true,
    },
  },
  // ILLUSTRATION: typical grounds of archive regulations; not read in the Salekhard text.
  acceptanceRefusalGrounds: {
    items: [
      { key: "fed1f093-4f2f-451b-a8ee-fd3ee9bad82c", text: "В запросе не указаны фамилия, имя (наименование организации) и почтовый или электронный адрес для направления ответа", legalBases: [ref("a495a3c5-75de-4151-b1b8-3564c3248ae9", "salekhard-1044-2023", undefined, undefined, undefined, "иллюстрация")] },
      { key: "142341b0-d824-4cd0-8073-c8036c8ef0f8", text: "Текст запроса не поддаётся прочтению", legalBases: [ref("51abde3d-fd4a-4439-b6ef-e8a1f358adc6", "salekhard-1044-2023", undefined, undefined, undefined, "иллюстрация")] },
    ],
    noneStated: false,
  },
  // ILLUSTRATION.
  suspensionAndRefusal: {
    suspensionGrounds: { noneStated: true, noneStatement: "Основания для приостановления предоставления муниципальной услуги не предусмотрены." },
    refusalGrounds: {
      items: [
        { key: "8fae5e88-bafd-45ae-b42b-89c67c8bdb76", text: "Запрашиваются сведения ограниченного доступа, а заявитель не подтвердил право на их получение", legalBases: [ref("e5bee655-a6e5-4aee-848d-3843ae1ef368", "fz-125", "25")] },
        { key: "94c04e8c-d570-4496-a912-0e671ebea7aa", text: "Запрашиваемые архивные документы на хранении в муниципальном архиве не находятся (запрос направляется по принадлежности с уведомлением заявителя)", legalBases: [ref("5ebcde69-395c-496e-9eac-e37fecd2ec59", "salekhard-1044-2023", undefined, undefined, undefined, "иллюстрация")] },
      ],
      noneStated: false,
    },
  },
  // ILLUSTRATION: the fee subsection was not read.
  fee: { free: true, freeLegalBases: [ref("be489560-da92-471f-a594-17898f2d8908", "fz-125", "26", undefined, undefined, "иллюстрация: пункт о бесплатности не сверен")] },
  // ILLUSTRATION.
  queueTime: { submissionMinutes: 15, resultMinutes: 15 },
  registrationTerms: {
    items: [
      { key: "1ec0e8da-a1ce-41cb-9d14-db7ddf0e7d45", channel: Channel.IN_PERSON, sameDay: true, nonWorkingDayRule: "Регистрация в день представления, не более 15 минут; в выходные или праздничные дни — в первый следующий рабочий день (п. 26–28 регламента)." },
      { key: "4b06487e-d287-4dd8-b159-1373990ec4de", channel: Channel.POST, sameDay: true, nonWorkingDayRule: "В день поступления; в выходные или праздничные дни — в первый следующий рабочий день (п. 26, 28)." },
      { key: "0542bd3b-0bf4-4aff-b5c8-761c82afecec", channel: Channel.EMAIL, sameDay: true, nonWorkingDayRule: "В день поступления; в выходные или праздничные дни — в первый следующий рабочий день (п. 26, 28)." },
      { key: "d17879be-5d02-47d1-b56c-96a54940b8f9", channel: Channel.MFC, sameDay: true, nonWorkingDayRule: "В день поступления из МФЦ (п. 26)." },
    ],
  },
  // ILLUSTRATION.
  premises: {
    premises: "Помещение для приёма заявителей оборудуется вывеской, средствами пожаротушения, доступом к туалету.",
    waitingHall: "Места ожидания оборудуются стульями и столами.",
    fillingPlaces: "Места для заполнения запросов обеспечиваются образцами и письменными принадлежностями.",
    informationStands: "На стендах размещаются образец запроса, перечень документов, сроки и порядок предоставления услуги.",
    accessibility: Object.values(AccessibilityProvision),
    disabledParkingPercent: 10,
    legalBases: [ref("139186b1-4162-47c2-94d0-1baea931bf5e", "fz-181", "15")],
  },
  // ILLUSTRATION.
  indicators: {
    items: [
      { key: "16e531db-b164-4b3f-ab1e-1d5362a17aa8", name: "Возможность направить запрос почтой, по электронной почте и через МФЦ", type: IndicatorType.ACCESSIBILITY, target: "да" },
      { key: "07b47f56-729b-41fe-b462-5a059c93c275", name: "Исполнение запросов в установленный срок", type: IndicatorType.QUALITY, target: "100", unit: "%" },
      { key: "242723bf-c174-496c-8eb0-3587bf9da73b", name: "Отсутствие обоснованных жалоб", type: IndicatorType.QUALITY, target: "0", unit: "жалоб" },
      { key: "090a4290-05ab-4155-ac67-24439d6fa927", name: "Количество взаимодействий заявителя с должностными лицами при предоставлении услуги и их продолжительность", type: IndicatorType.ACCESSIBILITY, target: "не более 2 по 15 минут" },
      { key: "0e3d2ca1-8746-44ac-8b1e-df7fac7b85b4", name: "Возможность получения услуги по экстерриториальному принципу", type: IndicatorType.ACCESSIBILITY, target: "нет" },
      { key: "5c026b72-c0fb-4fe7-b2a3-fb5abf119d49", name: "Возможность получения услуги в составе комплексного запроса", type: IndicatorType.ACCESSIBILITY, target: "нет" },
      { key: "29facaa9-7790-43be-80be-2c00acdd531e", name: "Возможность получения информации о ходе предоставления услуги, в том числе с использованием информационно-коммуникационных технологий", type: IndicatorType.ACCESSIBILITY, target: "да" },
    ],
  },
  // ILLUSTRATION.
  otherRequirements: {
    necessaryServicesNoneStated: true,
    informationSystems: [InformationSystem.MFC_SYSTEM],
    mfcAvailable: true,
    mfcInFull: false,
    electronicAvailable: true,
    electronicStages: [ElectronicStage.REQUEST_SUBMISSION],
    electronicSignature: SignatureKind.NONE,
    note: "Запрос может быть направлен по электронной почте.",
    extraterritorial: false,
    complexRequest: false,
  },
  applicants: {
    items: [
      { key: "06396511-90c2-434a-8b9e-c782c179bb08", name: "Физические лица", legalForm: ApplicantLegalForm.INDIVIDUAL },
      { key: "93a32dce-8778-4b42-9bc2-6a03f0cdc821", name: "Юридические лица", legalForm: ApplicantLegalForm.LEGAL_ENTITY },
    ],
    representativeAllowed: true,
  },
  // ILLUSTRATION.
  submissionChannels: { channels: [Channel.IN_PERSON, Channel.POST, Channel.EMAIL, Channel.MFC] },
  progressInformation: { channels: [Channel.IN_PERSON, Channel.PHONE, Channel.EMAIL] },
  resultDelivery: { channels: [Channel.IN_PERSON, Channel.POST, Channel.MFC, Channel.EMAIL] },
};

/**
 * v1 — regulation of 2017. Only the name and the approving act were read; the other
 * sections are the v2 values carried over (an assumption, see the file comment).
 */
const v2017: StandardContent = {
  ...current,
  name: { fullName: NAME_2017, legalBases: [ref("c3229bf1-c16e-49dd-a69d-978b7c08570e", "salekhard-1601-2017")] },
  legalBases: {
    items: [basisFz125, basisFz131, basisFz210, { ...ref("119d1f11-0095-4f5f-9be0-7c364e9857d6", "salekhard-1601-2017"), role: LegalBasisRole.REGULATION }],
  },
};

export const archiveReferencesSalekhard: SeedService = {
  registryNumber: "SEED-89-SLH-ARCH",
  name: NAME_2023,
  authorityKey: "salekhard-administration",
  kind: StandardKind.REGULAR,
  sources: [
    { title: "Постановление Администрации МО г. Салехард от 04.09.2017 N 1601 «Об утверждении Административного регламента ... муниципальной услуги „Исполнение запросов на основе архивных документов“» (начало текста)", url: "https://base.garant.ru/46621082" },
    { title: "То же постановление N 1601 от 04.09.2017 (lawmix)", url: "https://lawmix.ru/zakonodatelstvo/2708222" },
    { title: "Постановление Администрации города Салехарда от 20.04.2023 N 1044 «Об утверждении Административного регламента ... „Информационное обеспечение физических и юридических лиц ... предоставление архивных справок, архивных выписок и копий архивных документов“» (начало текста)", url: "https://base.garant.ru/406771001" },
    { title: "Административный регламент (утв. постановлением от 20.04.2023 N 1044, с изменениями на 23 мая 2024 года), подраздел «Срок регистрации заявления», п. 26–28", url: "https://docs.cntd.ru/document/406624562/titles/364IDGD" },
  ],
  provenance: {
    ART14_1_1: { origin: "SOURCE", note: "Наименования 2017 и 2023 годов — из заголовков постановлений N 1601 и N 1044." },
    ART14_1_2: { origin: "SOURCE", note: "Администрация МО г. Салехард / Администрация города Салехарда (постановления N 1601, N 1044); структурное подразделение не прочитано; отсутствие участников — иллюстрация. Участие МФЦ (приём запроса и выдача результата) выведено из способов подачи запроса и получения результата через МФЦ, указанных в этом стандарте (ART14_2_2, ART14_2_9)." },
    ART14_1_3: { origin: "SOURCE", note: "Архивные справки, выписки, копии — из наименования услуги 2023 года; отрицательный результат и registryModel=false — иллюстрация." },
    ART14_1_4: { origin: "ILLUSTRATION", note: "Подраздел о сроке не прочитан; 30 календарных дней — обычный срок исполнения архивных запросов, в регламентах разных муниципалитетов встречаются и иные сроки." },
    ART14_1_5: { origin: "SOURCE", note: "125-ФЗ, 131-ФЗ, 210-ФЗ и постановления N 1601 / N 1044; пункты статей 125-ФЗ и 131-ФЗ в сессии не сверены." },
    ART14_1_6: { origin: "ILLUSTRATION", note: "Подраздел о документах не прочитан." },
    ART14_1_7: { origin: "ILLUSTRATION", note: "Не прочитано; типовые основания архивных регламентов." },
    ART14_1_8: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_9: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_10: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_11: { origin: "SOURCE", note: "П. 26–28 регламента 2023 года (docs.cntd.ru 406624562): в день представления, не более 15 минут, выходные → первый рабочий день. Для версии 2017 года — перенесено, не сверено." },
    ART14_1_12: { origin: "ILLUSTRATION", note: "Не прочитано; доступность по ст. 15 181-ФЗ." },
    ART14_1_13: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_14: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_2_1: { origin: "SOURCE", note: "Физические и юридические лица — из наименования услуги 2023 года." },
    ART14_2_2: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_2_4: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_2_9: { origin: "ILLUSTRATION", note: "Не прочитано." },
  },
  versions: [
    {
      content: v2017,
      effectiveFrom: "2017-09-04",
      changeNote:
        "Утверждён административный регламент предоставления муниципальной услуги «Исполнение запросов на основе архивных документов» (постановление Администрации МО город Салехард от 04.09.2017 N 1601). Дата — дата постановления; дата вступления в силу не сверена.",
      approvingActKey: "salekhard-1601-2017",
    },
    {
      content: current,
      effectiveFrom: "2023-04-20",
      changeNote:
        "Постановлением Администрации города Салехарда от 20.04.2023 N 1044 утверждён новый административный регламент; наименование услуги изменено на «Информационное обеспечение физических и юридических лиц на основе документов Архивного фонда Российской Федерации и других архивных документов, предоставление архивных справок, архивных выписок и копий архивных документов». Признание регламента 2017 года утратившим силу в сессии не сверено.",
      approvingActKey: "salekhard-1044-2023",
    },
  ],
};
