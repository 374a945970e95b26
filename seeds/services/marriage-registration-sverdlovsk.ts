import type { SeedService } from "../types";
import { authority, ref } from "../types";
import type { StandardContent } from "../../src/standards/content/standard-content";
import { StandardKind } from "../../src/services/service.entity";
import { GovernmentLevel } from "../../src/shared/enums";
import {
  MfcParticipation,
  AccessibilityProvision,
  ApplicantLegalForm,
  Channel,
  DocumentForm,
  ElectronicStage,
  FeeKind,
  IndicatorType,
  InformationSystem,
  LegalBasisRole,
  PaymentMethod,
  PaymentTiming,
  ResultKind,
  SignatureKind,
  TermStart,
  TermUnit,
} from "../../src/standards/content/enums";

/**
 * Государственная регистрация заключения брака — Управление записи актов гражданского
 * состояния Свердловской области. The standard is federal: one administrative regulation
 * of the Минюст России applies to every civil-registry body; the regional body provides
 * the service (delegated federal power, ст. 4 Федерального закона № 143-ФЗ).
 *
 * History (three versions, each a real change that was read):
 *  v1 — regulation approved by приказ Минюста России от 29.11.2011 N 412; state duty
 *       200 рублей (пп. 1 п. 1 ст. 333.26 НК РФ before 2015; read in a Q&A quoting the article
 *       and in a 2005 news item on the duty rising to 200 рублей);
 *  v2 — from 01.01.2015 the duty is 350 рублей (пп. 1 п. 1 ст. 333.26 НК РФ "в ред.
 *       Федерального закона от 21.07.2014 N 221-ФЗ"; read on two copies of the article);
 *  v3 — regulation approved by приказ Минюста России от 28.12.2018 N 307, in force from
 *       22.01.2019 (read on the Kursk civil registry site): no need to send other documents
 *       electronically together with an application filed through ЕПГУ; filing through
 *       regional portals. The duty stays 350 рублей (a 2024 news item confirms that the
 *       2025 duty reform left it unchanged).
 * Between N 412 and N 307 the Kontur card of N 412 points to a приказ Минюста от 29.12.2017
 * N 298 that was not read. Sections of v1 and v2 other than the fee and the EPGU document
 * rule are carried over from v3 and were not verified against the earlier regulation.
 * The acceptance-refusal grounds (ART14_1_7) of N 307 were not read: the "none" statement is an ILLUSTRATION.
 * The MFC accepts the joint application (ст. 26 143-ФЗ) but does not issue the result; the
 * model's MfcParticipation has no "acceptance only" value, so mfcParticipation is left unset.
 *
 * Registry number: a seed identifier, not an FRGU number.
 */


/* ---- items shared by all versions (same keys) ---- */

const name = {
  fullName: "Государственная регистрация заключения брака",
  legalBases: [ref("7d0b54e9-51da-4051-b7f3-ecc4574e4633", "fz-143", "24", undefined, undefined, "глава III «Государственная регистрация заключения брака»")],
};

const provider = {
  authorityId: authority("sverdlovsk-zags"),
  responsibleUnit: "Отделы записи актов гражданского состояния",
  participants: [
    { key: "ba613739-525c-4a86-a7d3-24057d61de77", name: "Многофункциональные центры предоставления государственных и муниципальных услуг", role: "Приём совместного заявления о заключении брака (ст. 26 Федерального закона № 143-ФЗ)." },
  ],
  participantsNoneStated: false,
  mfcParticipation: MfcParticipation.ACCEPTANCE_ONLY,
  // a federal power exercised by the region's body: п. 1 ст. 4 Федерального закона № 143-ФЗ
  delegatedFrom: GovernmentLevel.FEDERAL,
  delegationBases: [ref("3f1c9b52-7d0e-4f39-9a51-8c2d6f0b4e17", "fz-143", "4", undefined, "1", "полномочия на государственную регистрацию актов гражданского состояния переданы органам государственной власти субъектов Российской Федерации")],
};

const recordItem = { key: "cad5dfd0-eebc-4645-a9aa-09cc693f690e", name: "Запись акта о заключении брака", kind: ResultKind.REGISTRY_RECORD, positive: true, deliveryChannels: [Channel.IN_PERSON] };

const results = {
  items: [
    recordItem,
    { key: "a3f2e9c5-8beb-4bb8-91a7-ee939666275c", name: "Свидетельство о заключении брака", kind: ResultKind.DOCUMENT_PAPER, positive: true, document: "Выдаётся при государственной регистрации заключения брака (пошлина уплачивается за регистрацию, включая выдачу свидетельства)", deliveryChannels: [Channel.IN_PERSON] },
    { key: "c5534194-e41b-4ba8-8ea2-0283d2d50d9d", name: "Отказ в государственной регистрации заключения брака", kind: ResultKind.DOCUMENT_PAPER, positive: false, document: "Причины отказа сообщаются в письменной форме по требованию заявителей", deliveryChannels: [Channel.IN_PERSON] },
  ],
  registryModel: true,
};

/** v3: the record is formed in ЕГР ЗАГС (named on the registry's information page read for the seed); its start date was not checked, so earlier versions leave the resource unset. */
const results2019 = {
  ...results,
  items: [{ ...recordItem, registryResource: "Единый государственный реестр записей актов гражданского состояния (ЕГР ЗАГС)" }, ...results.items.slice(1)],
};

const term = {
  value: 1,
  unit: TermUnit.MONTHS,
  startEvent: TermStart.REQUEST_RECEIPT,
  startNote:
    "Заключение брака производится в личном присутствии лиц, вступающих в брак, по истечении месяца со дня подачи заявления; при уважительных причинах срок может быть сокращён или увеличен (не более чем на месяц), при особых обстоятельствах брак может быть заключён в день подачи заявления (п. 1 ст. 11 СК РФ).",
  legalBases: [ref("eae766bb-8f90-4d47-8679-bf31b94a3961", "sk", "11", "1"), ref("3354d186-23d5-48e6-92f5-39630c24a178", "fz-143", "27")],
};

const basisSk = { ...ref("fa7ee305-c33b-4c72-ba3d-2459e253e795", "sk", "11"), role: LegalBasisRole.SETS_TERM };
const basisSk14 = { ...ref("f3619fd5-e829-49f2-9a65-5fe79ccca710", "sk", "14"), role: LegalBasisRole.SETS_GROUNDS };
const basisFz143 = { ...ref("05888598-a32a-45a0-a4bc-8d6a8cfebde9", "fz-143", "4", undefined, undefined, "органы, осуществляющие государственную регистрацию актов гражданского состояния"), role: LegalBasisRole.ESTABLISHES_POWER };
const basisFz143Ch3 = { ...ref("58be95c4-6b72-4694-952c-6bc0c3516767", "fz-143", "26"), role: LegalBasisRole.SETS_DOCUMENTS };
const basisNk = { ...ref("5601f1dd-f2c4-473e-b241-943710f0defb", "nk2", "333.26", "1", "1"), role: LegalBasisRole.SETS_FEE };
const basisFz210 = { ...ref("6663be10-2545-4920-aaef-92c321d91a92", "fz-210"), role: LegalBasisRole.OTHER };
const basisReg412 = { ...ref("02a25d8e-34ba-4a8c-bb42-18eb1575d9d2", "minjust-412-2011"), role: LegalBasisRole.REGULATION };
const basisReg307 = { ...ref("53edc29f-5e47-4a7c-8428-c7a93506dd6e", "minjust-307-2018"), role: LegalBasisRole.REGULATION };
const basisReg232 = { ...ref("80e2a102-1813-46cf-b651-5a96d35ec8ba", "minjust-232-2021", undefined, undefined, undefined, "изменения в регламент"), role: LegalBasisRole.REGULATION };

const docApplication = {
  key: "b7f136bc-1795-4058-95df-f01c5c982b7f",
  name: "Совместное заявление о заключении брака",
  form: DocumentForm.ORIGINAL,
  copies: 1,
  isRequestForm: true,
  legalBases: [ref("a304e38f-b868-4ff2-8802-4208117fc017", "fz-143", "26")],
};
const docApplicationRequirements2012 =
  "Подтверждаются взаимное добровольное согласие на заключение брака и отсутствие обстоятельств, препятствующих заключению брака; заявление подписывают оба лица с указанием даты составления. При подаче через ЕПГУ заявление и иные документы направляются в форме электронных документов.";
const docApplicationRequirements2019 =
  "Подтверждаются взаимное добровольное согласие на заключение брака и отсутствие обстоятельств, препятствующих заключению брака; заявление подписывают оба лица с указанием даты составления. Заявление, направляемое через ЕПГУ или региональный портал в форме электронного документа, подписывается простой электронной подписью каждого заявителя; направлять одновременно с ним иные документы в электронной форме не требуется.";

const docIdentity = {
  key: "5ae3fc5d-dd3c-46a3-b52a-5e537106d664",
  name: "Документы, удостоверяющие личности вступающих в брак",
  form: DocumentForm.ORIGINAL_FOR_INSPECTION,
  originalReturned: true,
  personalStorage: true,
  legalBases: [ref("ee01334b-fc3b-4d38-9ac9-30b1930f64f4", "fz-143", "26"), ref("85615357-7222-4b9d-a538-a043dda709b6", "fz-210", "7", "6")],
};
const docPreviousMarriage = {
  key: "938887de-d408-48ed-94d1-a6be1d504f3f",
  name: "Документ, подтверждающий прекращение предыдущего брака",
  form: DocumentForm.ORIGINAL_FOR_INSPECTION,
  originalReturned: true,
  condition: "Если лицо (лица) состояло в браке ранее",
  legalBases: [ref("7110f300-d468-46ca-a345-b03e32c143fe", "fz-143", "26")],
};
const docUnderage = {
  key: "fbf0008b-5674-45f7-9a85-b2d660a4ca24",
  name: "Разрешение на вступление в брак до достижения брачного возраста",
  form: DocumentForm.ORIGINAL_FOR_INSPECTION,
  condition: "Если лицо (лица), вступающее в брак, несовершеннолетнее",
  legalBases: [ref("483966bd-e5e0-4805-a2d8-13b80366d4cf", "fz-143", "26"), ref("bd4025d9-a66a-43a2-9ecc-dac7a9417c1a", "sk", "13", "2")],
};
const docDutyPaid = {
  key: "ff0b4500-dfcf-411c-b02a-d7c2a0351d1f",
  name: "Сведения об уплате государственной пошлины",
  form: DocumentForm.INFORMATION,
  holderName: "Федеральное казначейство",
  holderResource: "Государственная информационная система о государственных и муниципальных платежах (ГИС ГМП)",
  legalBases: [ref("c8e4afe5-cd68-43f2-ae8b-eb5bbcabce87", "fz-210", "7", "1", "2")],
};

const refusalGrounds = {
  items: [
    { key: "684295a8-2d6a-4300-a94e-5b6cb9f42ff5", text: "Хотя бы одно из лиц, вступающих в брак, уже состоит в другом зарегистрированном браке", legalBases: [ref("bca4dafb-2cd3-405a-86d2-4351ece5df91", "sk", "14")] },
    { key: "52380ec7-718f-4eee-a908-aba516e8a506", text: "Лица, вступающие в брак, являются близкими родственниками (родственниками по прямой восходящей и нисходящей линии, полнородными и неполнородными братьями и сёстрами)", legalBases: [ref("4f64f6a7-a1f0-492b-8a61-0cd510aefe15", "sk", "14")] },
    { key: "f859f112-2491-4b6c-8f87-9fd0cc65bd28", text: "Лица, вступающие в брак, являются усыновителями и усыновлёнными", legalBases: [ref("19339823-2063-4ec4-9e0d-400005fa9862", "sk", "14")] },
    { key: "07f9a332-9e28-407d-8d87-3b06b8ca1a6c", text: "Хотя бы одно из лиц признано судом недееспособным вследствие психического расстройства", legalBases: [ref("85625e2e-cca3-492e-a51a-02621dbbff84", "sk", "14")] },
    { key: "1e3c8c20-44b0-470f-b73f-927f33a47e89", text: "Лицо не достигло брачного возраста и разрешение на вступление в брак не представлено", legalBases: [ref("b5fee371-63b6-424a-9a6f-c9646d98501f", "sk", "13")] },
  ],
  noneStated: false,
};

const dutyBase = {
  key: "58576402-3b8e-47c2-ac75-a7e05bef29f0",
  kind: FeeKind.STATE_DUTY,
  name: "Государственная пошлина за государственную регистрацию заключения брака, включая выдачу свидетельства",
  paymentMethods: [PaymentMethod.CASH, PaymentMethod.BANK_TRANSFER],
  timing: PaymentTiming.BEFORE_SUBMISSION,
};
const dutyTimingBasis = ref("8e0429a2-3b8f-4993-b2de-d66341fca0de", "nk2", "333.18", "1", "4", "уплата до подачи документов на регистрацию акта гражданского состояния");

const common: Omit<StandardContent, "legalBases" | "documents" | "fee" | "submissionChannels" | "registrationTerms" | "otherRequirements"> = {
  name,
  provider,
  results,
  term,
  // ILLUSTRATION: the subsection of the Минюст regulation on refusal to accept documents was not read;
  // the statement below is the compiler's recollection of it, not verified text.
  acceptanceRefusalGrounds: {
    noneStated: true,
    noneStatement: "Основания для отказа в приёме документов, необходимых для предоставления государственной услуги, не предусмотрены (иллюстрация, текст регламента не сверен).",
  },
  suspensionAndRefusal: {
    // ILLUSTRATION: the regulation's statement on suspension was not read.
    suspensionGrounds: { noneStated: true, noneStatement: "Основания для приостановления не предусмотрены." },
    refusalGrounds,
  },
  // ILLUSTRATION: 15 minutes is the Минюст norm reported for the 2015 edition of the regulation (legal-elements.md [S22]); not read here.
  queueTime: { submissionMinutes: 15, resultMinutes: 15 },
  // ILLUSTRATION.
  premises: {
    premises: "Помещения органа ЗАГС оборудуются вывеской, средствами пожаротушения; для торжественной регистрации — отдельный зал.",
    waitingHall: "Места ожидания оборудуются стульями и столами.",
    fillingPlaces: "Места для заполнения заявлений обеспечиваются бланками заявлений и письменными принадлежностями.",
    informationStands: "На стендах размещаются образцы заполнения заявлений, перечень документов, размер государственной пошлины и реквизиты для её уплаты.",
    accessibility: Object.values(AccessibilityProvision),
    disabledParkingPercent: 10,
    legalBases: [ref("38726d7a-804f-4be8-a909-0a351b4c9404", "fz-181", "15")],
  },
  // ILLUSTRATION.
  indicators: {
    items: [
      { key: "e90e188a-0a23-4e14-93f0-967cef658141", name: "Возможность подачи заявления в электронной форме через ЕПГУ", type: IndicatorType.ACCESSIBILITY, target: "да" },
      { key: "750b9473-f5d0-4984-9b32-a697434da520", name: "Возможность выбора даты и времени регистрации при подаче заявления", type: IndicatorType.ACCESSIBILITY, target: "да" },
      { key: "38fc8398-a00d-4a49-a4bf-2bc9e19c9dd4", name: "Отсутствие обоснованных жалоб", type: IndicatorType.QUALITY, target: "0", unit: "жалоб" },
      { key: "bbd35b5f-42b1-4226-9e9e-b0e2b2671faa", name: "Количество взаимодействий заявителя с должностными лицами при предоставлении услуги и их продолжительность", type: IndicatorType.ACCESSIBILITY, target: "не более 2 по 15 минут" },
      { key: "bc0af0a9-e2c3-470f-8f2f-9aa7247ee59e", name: "Возможность получения услуги в многофункциональном центре (в том числе в полном объёме)", type: IndicatorType.ACCESSIBILITY, target: "приём заявления — да; в полном объёме — нет" },
      { key: "6a754472-794b-47dc-9227-bf562a32efd2", name: "Возможность получения услуги по экстерриториальному принципу", type: IndicatorType.ACCESSIBILITY, target: "да" },
      { key: "d67111a8-27b3-4ea0-bed1-eab3d8d90020", name: "Возможность получения услуги в составе комплексного запроса", type: IndicatorType.ACCESSIBILITY, target: "нет" },
      { key: "ae1eac5a-2f37-4070-a9c4-77a361c4e4f3", name: "Возможность получения информации о ходе предоставления услуги, в том числе с использованием информационно-коммуникационных технологий", type: IndicatorType.ACCESSIBILITY, target: "да" },
    ],
  },
  applicants: {
    items: [
      { key: "d7f7af70-410b-4c16-bcde-0fe5b9270dc8", name: "Граждане Российской Федерации, вступающие в брак", legalForm: ApplicantLegalForm.INDIVIDUAL },
      { key: "bac615f4-1044-405e-b719-ac2c4013a30c", name: "Иностранные граждане и лица без гражданства, вступающие в брак", legalForm: ApplicantLegalForm.FOREIGN_INDIVIDUAL },
    ],
    representativeAllowed: false,
  },
  progressInformation: { channels: [Channel.IN_PERSON, Channel.PHONE, Channel.EPGU] },
  resultDelivery: { channels: [Channel.IN_PERSON], note: "Брак заключается в личном присутствии лиц, вступающих в брак; свидетельство выдаётся при регистрации." },
};

const registrationItem = (key: string, channel: Channel, sameDay: boolean, rule: string) =>
  sameDay
    ? { key, channel, sameDay, nonWorkingDayRule: rule }
    : { key, channel, sameDay, term: { value: 1, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.REQUEST_RECEIPT }, nonWorkingDayRule: rule };

// ILLUSTRATION: registration terms were not read.
const regInPerson = registrationItem("7802116d-d777-433f-8bfe-bf3c7d1945ec", Channel.IN_PERSON, true, "Заявление принимается и регистрируется в день подачи.");
const regEpgu = registrationItem("01a24afb-7133-4b50-8f94-89f9b6334c66", Channel.EPGU, false, "Заявление, поступившее в нерабочий день, рассматривается в первый рабочий день.");
const regMfc = registrationItem("4375f5ed-5d6a-4967-a5e0-594ec70752d3", Channel.MFC, true, "В день поступления заявления из МФЦ.");
const regRegionalPortal = registrationItem("96d1e989-fb22-4fa4-810b-a593eb9df400", Channel.REGIONAL_PORTAL, false, "Заявление, поступившее в нерабочий день, рассматривается в первый рабочий день.");

const otherRequirements2012 = {
  necessaryServicesNoneStated: true,
  informationSystems: [InformationSystem.EPGU, InformationSystem.ESIA, InformationSystem.GIS_GMP, InformationSystem.MFC_SYSTEM],
  mfcAvailable: true,
  mfcInFull: false,
  electronicAvailable: true,
  electronicStages: [ElectronicStage.INFORMATION, ElectronicStage.APPOINTMENT, ElectronicStage.REQUEST_FORMATION, ElectronicStage.REQUEST_SUBMISSION],
  electronicSignature: SignatureKind.SIMPLE,
  extraterritorial: true,
  complexRequest: false,
  note: "Государственная регистрация заключения брака производится любым органом ЗАГС на территории Российской Федерации по выбору лиц, вступающих в брак.",
};

const v2012: StandardContent = {
  ...common,
  legalBases: { items: [basisFz143, basisFz143Ch3, basisSk, basisSk14, basisNk, basisFz210, basisReg412] },
  documents: {
    applicantDocuments: { items: [{ ...docApplication, requirements: docApplicationRequirements2012 }, docIdentity, docPreviousMarriage, docUnderage], noneStated: false },
    interagencyDocuments: { items: [docDutyPaid], noneStated: false },
  },
  fee: { free: false, items: [{ ...dutyBase, amount: "200.00", legalBases: [ref("0dc6f799-1b0d-4a46-9c7c-e37e616b34a7", "nk2", "333.26", "1", "1", "в ред., действовавшей до 01.01.2015"), dutyTimingBasis] }] },
  registrationTerms: { items: [regInPerson, regEpgu, regMfc] },
  otherRequirements: otherRequirements2012,
  submissionChannels: { channels: [Channel.IN_PERSON, Channel.EPGU, Channel.MFC] },
};

const dutyBasis2015 = ref("ead2ad50-92ae-4b94-877e-c9813af1fc15", "nk2", "333.26", "1", "1", "в ред. Федерального закона от 21.07.2014 N 221-ФЗ");

const v2015: StandardContent = {
  ...v2012,
  fee: { free: false, items: [{ ...dutyBase, amount: "350.00", legalBases: [dutyBasis2015, dutyTimingBasis] }] },
};

const v2019: StandardContent = {
  ...common,
  results: results2019,
  legalBases: { items: [basisFz143, basisFz143Ch3, basisSk, basisSk14, basisNk, basisFz210, basisReg307, basisReg232] },
  documents: {
    applicantDocuments: { items: [{ ...docApplication, requirements: docApplicationRequirements2019 }, docIdentity, docPreviousMarriage, docUnderage], noneStated: false },
    interagencyDocuments: { items: [docDutyPaid], noneStated: false },
  },
  fee: { free: false, items: [{ ...dutyBase, amount: "350.00", legalBases: [dutyBasis2015, dutyTimingBasis] }] },
  registrationTerms: { items: [regInPerson, regEpgu, regMfc, regRegionalPortal] },
  otherRequirements: {
    ...otherRequirements2012,
    informationSystems: [InformationSystem.EPGU, InformationSystem.REGIONAL_PORTAL, InformationSystem.ESIA, InformationSystem.GIS_GMP, InformationSystem.MFC_SYSTEM, InformationSystem.DEPARTMENTAL],
  },
  submissionChannels: {
    channels: [Channel.IN_PERSON, Channel.EPGU, Channel.REGIONAL_PORTAL, Channel.MFC],
    note: "Совместное заявление подаётся лично в орган ЗАГС, через МФЦ или в форме электронного документа через ЕПГУ и региональные порталы (ст. 26 Федерального закона № 143-ФЗ).",
  },
};

export const marriageRegistrationSverdlovsk: SeedService = {
  registryNumber: "SEED-66-ZAGS-BRAK",
  name: "Государственная регистрация заключения брака",
  authorityKey: "sverdlovsk-zags",
  kind: StandardKind.REGULAR,
  sources: [
    { title: "Приказ Минюста России от 28.12.2018 N 307 «Об утверждении Административного регламента ... государственной регистрации актов гражданского состояния ...» (зарегистрирован 10.01.2019 N 53284)", url: "https://lawmix.ru/zakonodatelstvo/2787159" },
    { title: "Текст Административного регламента (приказ N 307): п. 2 «Круг заявителей»", url: "https://uslugi.admtyumen.ru/download/rguDocs/160151579/%D0%A0%D0%B5%D0%B3%D0%BB%D0%B0%D0%BC%D0%B5%D0%BD%D1%82.html" },
    { title: "Комитет ЗАГС Курской области: 22.01.2019 вступил в силу новый регламент (приказ N 307) — без подачи иных документов в электронной форме через ЕПГУ, подача через региональные порталы", url: "https://kurskzags.ru/index.php?id=834" },
    { title: "Приказ Минюста России от 29.11.2011 N 412 (зарегистрирован 13.12.2011 N 22554)", url: "https://normativ.kontur.ru/document?moduleId=1&documentId=201231" },
    { title: "Приказ Минюста России от 29.11.2021 N 232 о внесении изменений в регламент, утверждённый приказом N 307", url: "https://pravo.ppt.ru/prikaz/minyust/n-232-258534" },
    { title: "Налоговый кодекс РФ, ст. 333.26 п. 1 пп. 1 — 350 рублей", url: "http://vsezakoni-rf.ru/nk-2-rf-st333-26.html" },
    { title: "Налоговый кодекс РФ, ст. 333.26 п. 1 пп. 1 — 350 рублей (в ред. Федерального закона от 21.07.2014 N 221-ФЗ)", url: "https://buhuchet-info.ru/nkrf/section8/81-glava--gosudarst/1429-statya--razmeri.html" },
    { title: "Вопрос-ответ: пп. 1 п. 1 ст. 333.26 НК РФ — 200 рублей за регистрацию брака (редакция до 2015 года)", url: "http://geum.ru/lav/index-114705.php" },
    { title: "Пенза-Информ, 08.01.2005: регистрация брака со свидетельством — 200 рублей", url: "https://penzainform.ru/news/economics/2005/01/08/svadba_ili_razvod_obojdutsya_v_dva_raza_dorozhe.html" },
    { title: "Сервис ЕГР ЗАГС для оплаты госпошлины (упоминание Единого государственного реестра записей актов гражданского состояния)", url: "https://lawgrupp.ru/avtoyurist/skolko-stoit-gosposhlina-na-podachu-zayavleniya-v-zags-2022" },
    { title: "Пошлина за заключение брака (350 рублей) с 2025 года не изменяется (новость 2024 года)", url: "https://md-gazeta.ru/oficialno/144649" },
    { title: "Сроки уплаты госпошлины (пп. 4, 6 п. 1 ст. 333.18 НК РФ) — страница отдела ЗАГС", url: "https://kgo66.ru/zags/zags-opl" },
    { title: "Агентство ЗАГС Ульяновской области: порядок и документы для регистрации заключения брака", url: "https://zags.ulgov.ru/main/gosuslugi/gosudarstvennaya-registracziya-zaklyucheniya-braka/" },
    { title: "Администрация г. Чебоксары: ст. 26 143-ФЗ — подача через ЕПГУ, региональные порталы, МФЦ; простая электронная подпись каждого заявителя", url: "https://gcheb.cap.ru/branches/activities/zags/gosudarstvennaya-registraciya-braka" },
    { title: "Комментарий к ст. 24 Федерального закона № 143-ФЗ (глава III «Государственная регистрация заключения брака»)", url: "http://studfiles.net/preview/9745954/page:6/" },
    { title: "Изложение ст. 11 и 14 СК РФ (месяц со дня подачи заявления; препятствия к браку)", url: "http://fashion-pups.ru/stsenarii/kak-podat-zayavlenie-v-zags-svadebnye-sovety.html" },
    { title: "Наименование органа: Управление записи актов гражданского состояния Свердловской области (приказ об утверждении регламента апостиля)", url: "https://base.garant.ru/411106508" },
  ],
  provenance: {
    ART14_1_1: { origin: "SOURCE", note: "Глава III Федерального закона № 143-ФЗ «Государственная регистрация заключения брака» (studfiles.net, комментарий к ст. 24)." },
    ART14_1_2: { origin: "SOURCE", note: "Наименование органа — из приказа Управления ЗАГС Свердловской области (garant 411106508); приём заявлений через МФЦ — ст. 26 143-ФЗ (gcheb.cap.ru). Наименование подразделений («отделы ЗАГС») — иллюстрация. Участие МФЦ — только приём совместного заявления (ACCEPTANCE_ONLY): ст. 26 143-ФЗ; запись акта составляет орган ЗАГС." },
    ART14_1_3: { origin: "SOURCE", note: "Запись акта и свидетельство (пп. 1 п. 1 ст. 333.26 НК РФ «включая выдачу свидетельства»); реестр ЕГР ЗАГС указан только в версии 2019 года (дата начала его ведения не сверена); отказ в письменной форме по требованию — по ст. 11 143-ФЗ, в сессии не сверено." },
    ART14_1_4: { origin: "SOURCE", note: "«По истечении месяца со дня подачи заявления» — п. 1 ст. 11 СК РФ (прочитано в изложении; kurskzags.ru); условия сокращения и увеличения срока — по тексту Кодекса, не сверены." },
    ART14_1_5: { origin: "SOURCE", note: "143-ФЗ, СК РФ, НК РФ, приказы Минюста N 412, N 307, N 232 (реквизиты прочитаны). Номера статей 143-ФЗ (4, 26, 27) — по тексту закона, не сверены." },
    ART14_1_6: { origin: "SOURCE", note: "Совместное заявление, документы о личности, о прекращении прежнего брака, разрешение на брак до брачного возраста — ст. 26 143-ФЗ (zags.ulgov.ru, gcheb.cap.ru); правило о документах при подаче через ЕПГУ до и после 2019 года — kurskzags.ru. Сведения об уплате пошлины как межведомственные — по ст. 7 210-ФЗ, иллюстрация." },
    ART14_1_7: { origin: "ILLUSTRATION", note: "Подраздел регламента N 307 об отказе в приёме документов не прочитан; указание «не предусмотрены» — по памяти составителя, не сверено." },
    ART14_1_8: { origin: "SOURCE", note: "Препятствия к браку — ст. 14 СК РФ (изложение на fashion-pups.ru: другой брак, близкое родство, недееспособность); усыновители и брачный возраст — по тексту СК, не сверены. Отсутствие оснований приостановления — иллюстрация." },
    ART14_1_9: { origin: "SOURCE", note: "200 рублей до 01.01.2015 (geum.ru, penzainform.ru 2005); 350 рублей в ред. 221-ФЗ (vsezakoni-rf.ru, buhuchet-info.ru); уплата до подачи документов — пп. 4, 6 п. 1 ст. 333.18 НК РФ (kgo66.ru). Способы уплаты — иллюстрация; дата 01.01.2015 — по тексту 221-ФЗ, не сверена." },
    ART14_1_10: { origin: "ILLUSTRATION", note: "15 минут — норма регламента Минюста в ред. 2015 года по данным legal-elements.md [S22]; в сессии не прочитано." },
    ART14_1_11: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_12: { origin: "ILLUSTRATION", note: "Не прочитано; доступность по ст. 15 181-ФЗ." },
    ART14_1_13: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_14: { origin: "SOURCE", note: "ЕПГУ, региональные порталы, МФЦ, простая ЭП каждого заявителя, регистрация любым органом ЗАГС по выбору (gcheb.cap.ru, zags.ulgov.ru, kurskzags.ru). Перечень информационных систем — иллюстрация." },
    ART14_2_1: { origin: "SOURCE", note: "Граждане РФ, иностранные граждане, лица без гражданства — п. 2 регламента N 307; личное присутствие (представитель не допускается) — п. 1 ст. 11 СК РФ." },
    ART14_2_2: { origin: "SOURCE", note: "Ст. 26 143-ФЗ (gcheb.cap.ru); региональные порталы с 22.01.2019 — kurskzags.ru. МФЦ в версиях 2012 и 2015 годов не сверен." },
    ART14_2_4: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_2_9: { origin: "SOURCE", note: "Брак заключается в личном присутствии (п. 1 ст. 11 СК РФ)." },
  },
  versions: [
    {
      content: v2012,
      effectiveFrom: "2011-12-13",
      changeNote:
        "Административный регламент утверждён приказом Минюста России от 29.11.2011 N 412 (дата — дата государственной регистрации приказа, 13.12.2011 N 22554; дата вступления в силу не сверена). Государственная пошлина за регистрацию заключения брака — 200 рублей (пп. 1 п. 1 ст. 333.26 НК РФ в редакции до 01.01.2015).",
      approvingActKey: "minjust-412-2011",
    },
    {
      content: v2015,
      effectiveFrom: "2015-01-01",
      changeNote:
        "Федеральным законом от 21.07.2014 N 221-ФЗ размер государственной пошлины за государственную регистрацию заключения брака, включая выдачу свидетельства, увеличен с 200 до 350 рублей (пп. 1 п. 1 ст. 333.26 НК РФ).",
      approvingActKey: "fz-221-2014",
    },
    {
      content: v2019,
      effectiveFrom: "2019-01-22",
      changeNote:
        "Приказом Минюста России от 28.12.2018 N 307 (вступил в силу 22.01.2019) утверждён новый административный регламент: при подаче заявления о заключении брака через ЕПГУ не требуется одновременно направлять иные документы в электронной форме; предусмотрена подача заявлений через региональные порталы государственных и муниципальных услуг. Размер пошлины не изменился (350 рублей).",
      approvingActKey: "minjust-307-2018",
    },
  ],
};
