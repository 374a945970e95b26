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
  IndicatorType,
  InformationSystem,
  LegalBasisRole,
  ResultKind,
  TermStart,
  TermUnit,
} from "../../src/standards/content/enums";

/**
 * Принятие на учёт граждан в качестве нуждающихся в жилых помещениях — администрация
 * города Юрги (Кемеровская область — Кузбасс).
 *
 * Regulation: постановление Администрации города Юрги от 29.06.2012 N 1168, amended by
 * постановление от 23.05.2019 N 547 (both titles read on garant; the regulation's own
 * sections were not available). The regulation's service is wider (it also covers the
 * provision of housing to the poor and information on the waiting list); this seed
 * encodes only the registration part, whose content is fixed by the Жилищный кодекс:
 * ст. 52 (who registers, documents, 30 working days, 3 working days to issue the
 * decision) and ст. 54 (refusal grounds, read in the 04.05.2010 edition). Later amendments
 * of the Yurga regulation after 2019, if any, were not checked.
 *
 * Registry number: a seed identifier, not an FRGU number.
 */


const content: StandardContent = {
  name: {
    fullName:
      "Прием заявлений, документов, а также постановка граждан на учет в качестве нуждающихся в жилых помещениях, предоставление жилых помещений малоимущим гражданам, нуждающимся в улучшении жилищных условий. Предоставление информации об очередности предоставления жилых помещений на условиях социального найма",
    shortName: "Принятие на учёт граждан в качестве нуждающихся в жилых помещениях",
    legalBases: [ref("76915cca-dbf3-4deb-8f6b-abfeca791983", "yurga-1168-2012")],
  },
  provider: {
    authorityId: authority("yurga-administration"),
    participants: [
      { key: "769552cb-da8e-4bd5-b6f4-5cbd5262a505", name: "Федеральная служба государственной регистрации, кадастра и картографии (Росреестр)", role: "Сведения ЕГРН о правах заявителя и членов его семьи на жилые помещения." },
      { key: "706024f3-6994-46b1-a8a4-20b68d330a54", name: "Министерство внутренних дел Российской Федерации (территориальный орган)", role: "Сведения о регистрации граждан по месту жительства." },
    ],
    participantsNoneStated: false,
    mfcParticipation: MfcParticipation.ACCEPTANCE_AND_ISSUE,
  },
  results: {
    items: [
      {
        key: "ef2dc811-071c-4382-9ab3-92af64ba1985",
        name: "Решение о принятии на учёт в качестве нуждающихся в жилых помещениях",
        kind: ResultKind.ACTION,
        positive: true,
        document: "Документ, подтверждающий принятие решения о принятии на учёт (ч. 5 ст. 52 ЖК РФ)",
        registryResource: "Книга учёта граждан, нуждающихся в жилых помещениях (учётное дело)",
        deliveryChannels: [Channel.IN_PERSON, Channel.POST, Channel.MFC],
      },
      {
        key: "1c03d5ad-24db-4ac4-b2f8-5c43e293a36d",
        name: "Решение об отказе в принятии на учёт с указанием оснований отказа",
        kind: ResultKind.DOCUMENT_PAPER,
        positive: false,
        document: "Решение должно содержать основания отказа со ссылкой на нарушения, предусмотренные ч. 1 ст. 54 ЖК РФ (ч. 2 ст. 54)",
        deliveryChannels: [Channel.IN_PERSON, Channel.POST, Channel.MFC],
      },
    ],
    registryModel: false,
  },
  term: {
    value: 30,
    unit: TermUnit.WORKING_DAYS,
    startEvent: TermStart.REQUEST_RECEIPT,
    startNote: "Со дня представления документов, обязанность по представлению которых возложена на заявителя; при подаче через МФЦ — со дня передачи заявления МФЦ в орган.",
    legalBases: [ref("6d1fc304-b2b3-4041-afaf-cfa726b2274c", "zhk", "52", "5")],
    includesInteragency: true,
    resultIssueTerm: {
      value: 3,
      unit: TermUnit.WORKING_DAYS,
      startEvent: TermStart.DECISION,
      legalBases: [ref("8829c514-1a38-489b-8501-409fb1658b46", "zhk", "52", "5"), ref("a2e065f3-6d06-4eb7-8f66-45f2da16ca24", "zhk", "54", "3")],
    },
  },
  legalBases: {
    items: [
      { ...ref("96cd3629-8111-49ac-aa33-30f520eb0490", "zhk", "52", "3"), role: LegalBasisRole.ESTABLISHES_POWER },
      { ...ref("2cf6ece0-2cf4-4d75-bdcf-7cc033db344d", "zhk", "49"), role: LegalBasisRole.OTHER },
      { ...ref("65524d67-03ac-4d06-900e-ff37e01a74f5", "zhk", "52", "4"), role: LegalBasisRole.SETS_DOCUMENTS },
      { ...ref("073fce18-33b7-4d91-9a01-4949f3c86fe7", "zhk", "52", "5"), role: LegalBasisRole.SETS_TERM },
      { ...ref("d928216e-f4f5-4af1-9f56-e1be8a6e3982", "zhk", "54"), role: LegalBasisRole.SETS_GROUNDS },
      { ...ref("5ff67c41-7ee3-4dc0-b6f5-0ed7814b643f", "fz-210"), role: LegalBasisRole.OTHER },
      { ...ref("4031881c-2f5c-4824-8c37-836bc95bc4eb", "yurga-1168-2012"), role: LegalBasisRole.REGULATION },
      { ...ref("42618b3f-8d8f-405e-92df-0c9042185f4a", "yurga-547-2019", undefined, undefined, undefined, "изменения в регламент"), role: LegalBasisRole.REGULATION },
    ],
  },
  // ILLUSTRATION: the split follows ч. 4 ст. 52 ЖК РФ; the Yurga regulation's list was not read.
  documents: {
    applicantDocuments: {
      items: [
        { key: "79a5092f-cb51-4279-b6fe-2038cbc3c680", name: "Заявление о принятии на учёт", form: DocumentForm.ORIGINAL, copies: 1, isRequestForm: true, legalBases: [ref("d9cfae13-a7e2-4ec5-86ac-617c7e886f90", "zhk", "52", "4")] },
        { key: "e3e845ae-a900-4a7b-b989-3c88cbb7e307", name: "Документы, удостоверяющие личность заявителя и членов его семьи", form: DocumentForm.ORIGINAL_FOR_INSPECTION, originalReturned: true, personalStorage: true, legalBases: [ref("2b1c7245-dafc-43c1-99c7-e6887b565436", "fz-210", "7", "6")] },
        { key: "178b0ed9-1a9d-4646-be0f-1844edac9f05", name: "Документы, подтверждающие право гражданина состоять на учёте, которые не находятся в распоряжении государственных органов, органов местного самоуправления и подведомственных им организаций", form: DocumentForm.COPY, legalBases: [ref("dcea774a-71df-4fdb-bbff-d0c693facef1", "zhk", "52", "4")] },
        { key: "0262eecc-72ab-4d68-b2b0-c7d1ee0c6d47", name: "Документ, подтверждающий полномочия представителя", form: DocumentForm.ORIGINAL_FOR_INSPECTION, condition: "Если заявление подаёт представитель", legalBases: [ref("d7f19d99-a866-41b5-8171-8168f7584457", "fz-210", "2", undefined, "3")] },
      ],
      noneStated: false,
    },
    interagencyDocuments: {
      items: [
        { key: "1f4ce982-b9c9-4d45-995e-e2a879101ac1", name: "Сведения о правах заявителя и членов его семьи на жилые помещения", form: DocumentForm.INFORMATION, holderName: "Федеральная служба государственной регистрации, кадастра и картографии (Росреестр)", holderResource: "Единый государственный реестр недвижимости", legalBases: [ref("b18f391d-0519-4d96-85c3-146746e26bf4", "zhk", "52", "4")] },
        { key: "88d238ce-826d-4aaa-8570-bd1f2daaec92", name: "Сведения о регистрации заявителя и членов его семьи по месту жительства", form: DocumentForm.INFORMATION, holderName: "Министерство внутренних дел Российской Федерации", holderResource: "Сведения о регистрационном учёте граждан по месту жительства (запрос через СМЭВ)", legalBases: [ref("bf0f7e6b-3d12-47f5-9454-0dea03acceb6", "zhk", "52", "4")] },
        { key: "04f05820-f7ca-44f8-84e7-1e715e78e7dd", name: "Решение о признании гражданина малоимущим", form: DocumentForm.INFORMATION, condition: "При постановке на учёт в качестве малоимущего", holderName: "Администрация города Юрги", holderResource: "Решения администрации города Юрги о признании граждан малоимущими", legalBases: [ref("980f17e3-2176-45f7-92cb-7e8f86bdaa7f", "zhk", "49", "2")] },
      ],
      noneStated: false,
    },
  },
  // ILLUSTRATION: the Yurga regulation's statement on acceptance refusal was not read; ЖК РФ provides no such grounds.
  acceptanceRefusalGrounds: {
    noneStated: true,
    noneStatement: "Основания для отказа в приёме документов не предусмотрены.",
  },
  suspensionAndRefusal: {
    suspensionGrounds: { noneStated: true, noneStatement: "Основания для приостановления не предусмотрены (ст. 52, 54 ЖК РФ их не содержат)." },
    refusalGrounds: {
      items: [
        { key: "c96e84db-276e-4110-b223-ad9b4e610980", text: "Не представлены предусмотренные частью 4 статьи 52 ЖК РФ документы, обязанность по представлению которых возложена на заявителя", legalBases: [ref("43f526e1-0ec5-4a13-8a5e-42232132727e", "zhk", "54", "1", "1")], note: "Слова «обязанность по представлению которых возложена на заявителя» — по действующей редакции, в сессии прочитана редакция на 04.05.2010 без них." },
        {
          key: "6556ff98-6a47-45c7-9695-f6491be8af54",
          text: "Ответ органа или организации на межведомственный запрос свидетельствует об отсутствии документа и (или) информации, необходимых для принятия на учёт, если документ не был представлен заявителем по собственной инициативе",
          legalBases: [ref("81277edf-630c-4483-bb2a-d68e4a8e3e5e", "zhk", "54", "1", "1.1")],
          note: "Пункт 1.1 введён после 2010 года; его текст в сессии не сверен.",
        },
        { key: "a103301a-6484-4229-b419-d6fa7c183594", text: "Представлены документы, которые не подтверждают право соответствующих граждан состоять на учёте в качестве нуждающихся в жилых помещениях", legalBases: [ref("0903230f-76fd-4e5b-8793-5c1832d3c85d", "zhk", "54", "1", "2")] },
        { key: "aa5d8d8a-1ee3-4696-9c90-5f3edc7dd95d", text: "Не истёк предусмотренный статьёй 53 ЖК РФ срок (пять лет со дня намеренного ухудшения жилищных условий)", legalBases: [ref("7c9b7806-049f-4d38-873c-bca86241359c", "zhk", "54", "1", "3"), ref("c31ebe34-1be8-4163-a9d0-3d3737d570fd", "zhk", "53")] },
      ],
      noneStated: false,
    },
  },
  // ILLUSTRATION: no fee is set by ЖК РФ; the regulation's fee subsection was not read.
  fee: { free: true, freeLegalBases: [ref("5e844af1-d0d1-4b36-9507-6f8c437ce9fb", "fz-210", "8", undefined, undefined, "иллюстрация: плата не предусмотрена")] },
  // ILLUSTRATION.
  queueTime: { submissionMinutes: 15, resultMinutes: 15 },
  // ILLUSTRATION.
  registrationTerms: {
    items: [
      { key: "4ebcdfea-4e7a-4080-b61d-e56e8b20a485", channel: Channel.IN_PERSON, sameDay: true, nonWorkingDayRule: "Заявление регистрируется в книге регистрации заявлений в день подачи." },
      { key: "944631b2-761b-4f25-b221-2446aa59f6a7", channel: Channel.MFC, sameDay: true, nonWorkingDayRule: "В день поступления заявления из МФЦ." },
    ],
  },
  // ILLUSTRATION.
  premises: {
    premises: "Помещения для приёма заявителей оборудуются вывесками, средствами пожаротушения, доступом к туалету.",
    waitingHall: "Места ожидания оборудуются стульями и столами.",
    fillingPlaces: "Места для заполнения заявлений обеспечиваются бланками и письменными принадлежностями.",
    informationStands: "На стендах размещаются перечень документов, образец заявления, порядок и сроки предоставления услуги.",
    accessibility: Object.values(AccessibilityProvision),
    disabledParkingPercent: 10,
    legalBases: [ref("8415f73b-8b8d-4370-a9a8-9030bfcc0ae4", "fz-181", "15")],
  },
  // ILLUSTRATION.
  indicators: {
    items: [
      { key: "782ac2be-3fd2-4a25-9514-0e0e257c73fb", name: "Количество взаимодействий заявителя с должностными лицами", type: IndicatorType.ACCESSIBILITY, target: "не более 2", unit: "взаимодействий" },
      { key: "3b9dac30-c698-41ba-8e78-131c4c5ae376", name: "Возможность подачи заявления через МФЦ", type: IndicatorType.ACCESSIBILITY, target: "да" },
      { key: "623d3a6d-c5c1-4721-8ac6-5bf72814c367", name: "Принятие решения в срок не более 30 рабочих дней", type: IndicatorType.QUALITY, target: "100", unit: "%" },
      { key: "5ec6e03a-2cbc-4c7b-9992-b9ebf18890d3", name: "Отсутствие обоснованных жалоб", type: IndicatorType.QUALITY, target: "0", unit: "жалоб" },
      { key: "86f30371-6240-412f-a787-fcfb1be5971b", name: "Возможность получения услуги по экстерриториальному принципу", type: IndicatorType.ACCESSIBILITY, target: "нет" },
      { key: "4c24d753-7776-4295-a4bc-ee844a3a7de7", name: "Возможность получения услуги в составе комплексного запроса", type: IndicatorType.ACCESSIBILITY, target: "нет" },
      { key: "9c475631-f7e7-44f7-ad4f-febdbf1008af", name: "Возможность получения информации о ходе предоставления услуги, в том числе с использованием информационно-коммуникационных технологий", type: IndicatorType.ACCESSIBILITY, target: "да" },
    ],
  },
  // ILLUSTRATION.
  otherRequirements: {
    necessaryServicesNoneStated: true,
    informationSystems: [InformationSystem.SMEV, InformationSystem.MFC_SYSTEM],
    mfcAvailable: true,
    mfcInFull: false,
    electronicAvailable: false,
    extraterritorial: false,
    complexRequest: false,
  },
  applicants: {
    items: [
      { key: "3735c915-3add-426c-9457-dc8562288ad2", name: "Малоимущие граждане, признанные таковыми органом местного самоуправления", legalForm: ApplicantLegalForm.INDIVIDUAL, description: "Часть 2 статьи 49 ЖК РФ." },
      { key: "32dd761b-4bca-49ff-b365-700c3ee21dbf", name: "Иные категории граждан, определённые федеральным законом, указом Президента РФ или законом субъекта РФ", legalForm: ApplicantLegalForm.INDIVIDUAL, description: "Часть 3 статьи 49 ЖК РФ; гражданин, имеющий право по нескольким основаниям, выбирает основание (ч. 2 ст. 52)." },
    ],
    representativeAllowed: true,
  },
  // ILLUSTRATION: ч. 3 ст. 52 ЖК РФ was read only in part.
  submissionChannels: { channels: [Channel.IN_PERSON, Channel.MFC], note: "Заявление подаётся в орган местного самоуправления по месту жительства либо через МФЦ." },
  progressInformation: { channels: [Channel.IN_PERSON, Channel.PHONE] },
  resultDelivery: { channels: [Channel.IN_PERSON, Channel.POST, Channel.MFC] },
};

export const housingRegisterYurga: SeedService = {
  registryNumber: "SEED-42-YRG-ZHK52",
  name: "Принятие на учёт граждан в качестве нуждающихся в жилых помещениях",
  authorityKey: "yurga-administration",
  kind: StandardKind.REGULAR,
  sources: [
    { title: "Постановление Администрации города Юрги от 23.05.2019 N 547 о внесении изменений в постановление от 29.06.2012 N 1168 (реквизиты и наименование регламента)", url: "https://base.garant.ru/47041234/01b9a6b9c88f995cfadcf6494f2ea2df" },
    { title: "Жилищный кодекс РФ от 29.12.2004 N 188-ФЗ, ст. 52 ч. 1–2 (ред. от 30.11.2010)", url: "https://zakonbase.ru/content/part/459495" },
    { title: "Жилищный кодекс РФ, ст. 54 «Отказ в принятии граждан на учет» (ред. на 04.05.2010)", url: "http://businesspravo.ru/Docum/DocumShow.asp?DocumID=166571&DocumType=64" },
    { title: "Жилищный кодекс РФ, ст. 52 ч. 1–3 (текст в ответе на вопрос)", url: "https://www.9111.ru/questions/290808" },
    { title: "Комментарий к ст. 52 ЖК РФ (малоимущие граждане, ч. 2 ст. 49)", url: "https://zcrf.ru/documents/comment/zil-rf-52-prinyatie-na-uchet-grazhdan-v-kachestve-nuzh" },
    { title: "Жилищный кодекс РФ, ст. 53 (пять лет после намеренного ухудшения жилищных условий)", url: "http://netprava.ru/npd/k1/s53.htm" },
  ],
  provenance: {
    ART14_1_1: { origin: "SOURCE", note: "Наименование — из заголовка постановления N 1168 (прочитано в тексте постановления N 547). Краткое наименование — составителя." },
    ART14_1_2: { origin: "SOURCE", note: "Администрация города Юрги (постановления N 1168, N 547); участники — по ч. 4 ст. 52 ЖК РФ, иллюстративно. Участие МФЦ (приём запроса и выдача результата) выведено из способов подачи запроса и получения результата через МФЦ, указанных в этом стандарте (ART14_2_2, ART14_2_9)." },
    ART14_1_3: { origin: "SOURCE", note: "Решение о принятии на учёт / об отказе — ст. 52, 54 ЖК РФ (ст. 54 прочитана). Реестровый ресурс (книга учёта) и registryModel=false — иллюстрация." },
    ART14_1_4: { origin: "SOURCE", note: "30 рабочих дней (ч. 5 ст. 52 ЖК РФ) и 3 рабочих дня на выдачу решения (ч. 3 ст. 54 прочитана; ч. 5 ст. 52 — по тексту Кодекса, в сессии не сверена)." },
    ART14_1_5: { origin: "SOURCE", note: "ЖК РФ ст. 49, 52–54; регламент — постановление N 1168 в ред. N 547." },
    ART14_1_6: { origin: "ILLUSTRATION", note: "Разделение по ч. 4 ст. 52 ЖК РФ; конкретный перечень регламента г. Юрги не прочитан." },
    ART14_1_7: { origin: "ILLUSTRATION", note: "Не прочитано; ЖК РФ оснований для отказа в приёме не содержит." },
    ART14_1_8: { origin: "SOURCE", note: "Ч. 1 ст. 54 ЖК РФ: пп. 1–3 прочитаны (ред. 2010), п. 1.1 и уточнение п. 1 — по действующей редакции, не сверены; приостановление Кодексом не предусмотрено." },
    ART14_1_9: { origin: "ILLUSTRATION", note: "Подраздел о плате не прочитан; ЖК РФ платы не устанавливает." },
    ART14_1_10: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_11: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_12: { origin: "ILLUSTRATION", note: "Не прочитано; доступность по ст. 15 181-ФЗ." },
    ART14_1_13: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_14: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_2_1: { origin: "SOURCE", note: "Ч. 2 ст. 52 и ст. 49 ЖК РФ (прочитаны)." },
    ART14_2_2: { origin: "ILLUSTRATION", note: "Ч. 3 ст. 52 ЖК РФ прочитана не полностью." },
    ART14_2_4: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_2_9: { origin: "ILLUSTRATION", note: "Не прочитано." },
  },
  versions: [
    {
      content,
      // The date of entry into force was not read; the date of the amending decree is used.
      effectiveFrom: "2019-05-23",
      changeNote: "Редакция регламента с изменениями, внесёнными постановлением Администрации города Юрги от 23.05.2019 N 547 (дата вступления в силу принята по дате постановления).",
      approvingActKey: "yurga-547-2019",
    },
  ],
};
