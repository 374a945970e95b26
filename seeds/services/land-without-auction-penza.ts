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
 * «Предоставление земельных участков без проведения торгов в собственность, аренду,
 * безвозмездное пользование» — администрация города Пензы (Управление муниципального
 * имущества города Пензы). Regulation: docs.cntd.ru 446640632, с изменениями на 11.07.2023.
 *
 * Read: the opening of section II of the regulation — п. 2.1 (name, в ред. постановления
 * от 24.09.2018 N 1753/8), п. 2.2 (body and responsible unit, в ред. постановления от
 * 11.10.2019 N 1967/1), the beginning of п. 2.3 (results: return of the application with
 * reasons; sale contract ...). The Земельный кодекс ст. 39.14–39.17 is the basis of the
 * procedure; its 20-day term and the return of an application were read as restated by
 * other published regulations (see `sources`). The number and date of the Penza decree
 * approving this regulation and the titles of the amending decrees were not read, so those
 * acts are not listed among the legal acts (they are named in notes). Elements whose text
 * was not read are ILLUSTRATION.
 *
 * Registry number: a seed identifier, not an FRGU number.
 */


const content: StandardContent = {
  name: {
    fullName: "Предоставление земельных участков без проведения торгов в собственность, аренду, безвозмездное пользование",
    legalBases: [ref("4d5740e3-248d-4762-888a-127cae3ecf1c", "zk", "39.14", undefined, undefined, "п. 2.1 регламента в ред. постановления администрации г. Пензы от 24.09.2018 N 1753/8")],
  },
  provider: {
    authorityId: authority("penza-administration"),
    responsibleUnit: "Управление муниципального имущества города Пензы",
    participants: [
      { key: "798fe5a1-ec92-4b4a-b867-dcc1aff213d4", name: "Федеральная служба государственной регистрации, кадастра и картографии (Росреестр)", role: "Сведения ЕГРН о земельном участке и расположенных на нём объектах." },
      { key: "5b9a124b-5ef0-4345-abdd-b181ce104c77", name: "Федеральная налоговая служба", role: "Сведения ЕГРЮЛ и ЕГРИП о заявителе — юридическом лице или индивидуальном предпринимателе." },
    ],
    participantsNoneStated: false,
    mfcParticipation: MfcParticipation.ACCEPTANCE_AND_ISSUE,
  },
  results: {
    items: [
      { key: "c419b04b-a5a1-4b64-b6d3-b2c5d4039489", name: "Возврат заявителю заявления о предоставлении земельного участка с указанием причин", kind: ResultKind.DOCUMENT_PAPER, positive: false, deliveryChannels: [Channel.IN_PERSON, Channel.MFC, Channel.POST] },
      { key: "ccb70b04-a7ad-498e-8d5e-fa7e9aba80fe", name: "Договор купли-продажи земельного участка (проект договора, подписанный уполномоченным органом)", kind: ResultKind.DOCUMENT_PAPER, positive: true, deliveryChannels: [Channel.IN_PERSON, Channel.MFC, Channel.POST] },
      { key: "b0162b53-d097-47cd-a721-8f731a9f4584", name: "Договор аренды земельного участка (проект договора, подписанный уполномоченным органом)", kind: ResultKind.DOCUMENT_PAPER, positive: true, deliveryChannels: [Channel.IN_PERSON, Channel.MFC, Channel.POST] },
      { key: "0cfd0146-c0c0-4206-b682-8d234b390df8", name: "Договор безвозмездного пользования земельным участком (проект договора, подписанный уполномоченным органом)", kind: ResultKind.DOCUMENT_PAPER, positive: true, deliveryChannels: [Channel.IN_PERSON, Channel.MFC, Channel.POST] },
      { key: "77ead44a-4e1f-42b6-ab27-8ac4e29ea875", name: "Решение об отказе в предоставлении земельного участка с указанием оснований отказа", kind: ResultKind.DOCUMENT_PAPER, positive: false, deliveryChannels: [Channel.IN_PERSON, Channel.MFC, Channel.POST] },
    ],
    registryModel: false,
  },
  term: {
    value: 20,
    unit: TermUnit.CALENDAR_DAYS,
    startEvent: TermStart.REQUEST_RECEIPT,
    startNote: "Со дня поступления заявления в уполномоченный орган; при подаче через МФЦ — со дня поступления заявления из МФЦ.",
    legalBases: [ref("bf86cc50-1729-49a0-8f80-5f13eb5cf29e", "zk", "39.17", "5")],
    includesInteragency: true,
  },
  legalBases: {
    items: [
      { ...ref("ad3f5fb9-1c34-4ae9-94c0-3e6223859c76", "zk", "39.14"), role: LegalBasisRole.ESTABLISHES_POWER },
      { ...ref("1786c54c-a6cd-4a6d-9ff4-0c361f120111", "zk", "39.16"), role: LegalBasisRole.SETS_GROUNDS },
      { ...ref("fc59ed42-13af-40ec-bc68-d91170eac27d", "zk", "39.17"), role: LegalBasisRole.SETS_DOCUMENTS },
      { ...ref("99a2362f-2147-4619-b321-5214aee59331", "zk", "39.17", "5"), role: LegalBasisRole.SETS_TERM },
      { ...ref("41fb749e-e833-4031-ab5a-8dc6ed69c788", "fz-131", "16"), role: LegalBasisRole.ESTABLISHES_POWER },
      { ...ref("5c3de710-0170-47f4-983a-fff044b4e686", "fz-210"), role: LegalBasisRole.OTHER },
    ],
  },
  // ILLUSTRATION: composition per п. 1–2 ст. 39.17 ЗК РФ; the Penza document list was not read.
  documents: {
    applicantDocuments: {
      items: [
        { key: "a0e42973-0f49-4cf0-b310-55c2a948b9ba", name: "Заявление о предоставлении земельного участка", requirements: "Содержание заявления — п. 1 ст. 39.17 ЗК РФ (кадастровый номер участка, основание предоставления без торгов, вид права, цель использования и др.).", form: DocumentForm.ORIGINAL, isRequestForm: true, legalBases: [ref("ac7db7bc-7234-4cc9-af9b-44c8166ebeeb", "zk", "39.17", "1")] },
        { key: "b288622f-0400-4898-99ec-edf719476616", name: "Документы, подтверждающие право заявителя на приобретение земельного участка без проведения торгов (по перечню, установленному уполномоченным федеральным органом исполнительной власти), за исключением находящихся в распоряжении государственных органов", form: DocumentForm.COPY, legalBases: [ref("ff1f0783-91e6-4c3e-ad42-92f8ce9f8a68", "zk", "39.17", "2")] },
        { key: "19ea69e8-db16-446c-a499-675c50a89546", name: "Документ, удостоверяющий личность заявителя (представителя)", form: DocumentForm.ORIGINAL_FOR_INSPECTION, originalReturned: true, personalStorage: true, legalBases: [ref("4591a23c-6653-43fe-8617-6a19c54b45a3", "fz-210", "7", "6")] },
        { key: "62306fc6-7ba2-45f5-b590-b3a0f5cdb42b", name: "Документ, подтверждающий полномочия представителя заявителя", form: DocumentForm.ORIGINAL_FOR_INSPECTION, condition: "Если заявление подаёт представитель", legalBases: [ref("cf1535d7-6b91-4ee7-a6c7-1157f4965908", "zk", "39.17", "2")] },
        { key: "ef79b6ce-b601-4b45-a59d-4008c5e5dfc9", name: "Заверенный перевод на русский язык документов о государственной регистрации юридического лица по законодательству иностранного государства", form: DocumentForm.CERTIFIED_COPY, condition: "Если заявитель — иностранное юридическое лицо", legalBases: [ref("71dbd4f6-0c2c-4721-b918-d97d20af6c7d", "zk", "39.17", "2")] },
      ],
      noneStated: false,
    },
    interagencyDocuments: {
      items: [
        { key: "309bbff4-cd83-4573-aa77-fe5446dc8137", name: "Выписка из ЕГРН об испрашиваемом земельном участке и о расположенных на нём зданиях, сооружениях", form: DocumentForm.INFORMATION, holderName: "Федеральная служба государственной регистрации, кадастра и картографии (Росреестр)", holderResource: "Единый государственный реестр недвижимости", legalBases: [ref("e1d716d9-b6c9-4260-bfc1-07b7606e3fe8", "zk", "39.17", "2")] },
        { key: "71ec90af-f320-413a-8d4d-80af039e1906", name: "Выписка из ЕГРЮЛ или ЕГРИП о заявителе", form: DocumentForm.INFORMATION, condition: "Если заявитель — юридическое лицо или индивидуальный предприниматель", holderName: "Федеральная налоговая служба", holderResource: "ЕГРЮЛ, ЕГРИП", legalBases: [ref("1072f5ba-a7f5-40a0-b73a-546476adf58b", "zk", "39.17", "2")] },
        { key: "667eaaa5-9fb9-48df-b28b-639391ddb12d", name: "Решение о предварительном согласовании предоставления земельного участка", form: DocumentForm.INFORMATION, condition: "Если участок образовывался или его границы уточнялись на основании такого решения", holderName: "Администрация города Пензы", holderResource: "Решения администрации города Пензы (документы органа, предоставляющего услугу)", legalBases: [ref("f4fdaa47-6b04-441c-99aa-8f4167f05bcd", "zk", "39.17", "1")] },
      ],
      noneStated: false,
    },
  },
  acceptanceRefusalGrounds: {
    items: [
      { key: "66c7f24d-a6d2-4bec-93db-c9655a04e397", text: "Заявление не соответствует требованиям пункта 1 статьи 39.17 ЗК РФ", legalBases: [ref("b85c9bdb-84e4-45d6-882e-c8e1f1c15cc1", "zk", "39.17", "3")], note: "Заявление возвращается с указанием причин в течение десяти дней со дня поступления." },
      { key: "eb575bea-dc54-4b9f-a835-b184953a447c", text: "Заявление подано в иной уполномоченный орган", legalBases: [ref("b27a222b-f94c-4766-8f55-1ee32d5e3784", "zk", "39.17", "3")] },
      { key: "f9036c8e-a2aa-4f9d-9d15-38b295dd7636", text: "К заявлению не приложены документы, предусмотренные пунктом 2 статьи 39.17 ЗК РФ", legalBases: [ref("f5c70494-f2f8-40e8-9cef-7c3ca2be6b3f", "zk", "39.17", "3")] },
    ],
    noneStated: false,
  },
  suspensionAndRefusal: {
    suspensionGrounds: { noneStated: true, noneStatement: "Основания для приостановления предоставления муниципальной услуги не предусмотрены." },
    refusalGrounds: {
      items: [
        {
          key: "c67785c9-92b6-4981-b037-9dce931843cc",
          text: "Наличие хотя бы одного из оснований, предусмотренных статьёй 39.16 Земельного кодекса РФ (исчерпывающий перечень оснований отказа в предоставлении земельного участка без проведения торгов)",
          legalBases: [ref("5cf58fc6-68e1-49c9-ac3f-ee7a420c8ecd", "zk", "39.16"), ref("16a1e514-463d-456b-897d-89e6313f5bd2", "zk", "39.17", "5", "3")],
          note: "Регламент отсылает к статье 39.16 ЗК РФ; отдельные пункты статьи в сессии не прочитаны, поэтому не перечислены.",
        },
      ],
      noneStated: false,
    },
  },
  // ILLUSTRATION: the Penza fee subsection was not read; "бесплатно" as in Krasnodar's land regulation (446215566, п. 28).
  fee: { free: true, freeLegalBases: [ref("d5b77c13-c6d2-4947-bbb6-32050fc19086", "fz-210", "8", undefined, undefined, "иллюстрация: плата не предусмотрена актами, прочитанными в сессии")] },
  // ILLUSTRATION: 15 minutes as in another Penza regulation on land matters (docs.cntd.ru 440546025, п. 23).
  queueTime: { submissionMinutes: 15, resultMinutes: 15 },
  // ILLUSTRATION: registration subsection not read.
  registrationTerms: {
    items: [
      { key: "b96fd98d-15c8-45e0-a603-1b786d48adeb", channel: Channel.IN_PERSON, sameDay: true, nonWorkingDayRule: "Через службу «Одно окно» администрации — в день поступления." },
      { key: "077063d7-6a5f-4da8-9999-82322fac91b4", channel: Channel.MFC, sameDay: true, nonWorkingDayRule: "В день поступления заявления из ГАУ «МФЦ» в администрацию." },
      { key: "d3b25c7d-faef-4045-8144-185e1bb40204", channel: Channel.POST, sameDay: true, nonWorkingDayRule: "В день получения почтового отправления; в нерабочий день — в первый рабочий день." },
      { key: "96e86543-391e-41e6-89fc-c0f13279ac55", channel: Channel.EPGU, sameDay: false, term: { value: 1, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.REQUEST_RECEIPT }, nonWorkingDayRule: "В первый рабочий день после поступления." },
    ],
  },
  // ILLUSTRATION: premises subsection not read.
  premises: {
    premises: "Помещения администрации и МФЦ оборудуются вывесками, средствами пожаротушения и оповещения.",
    waitingHall: "Места ожидания оборудуются стульями и столами.",
    fillingPlaces: "Места для заполнения заявлений обеспечиваются бланками и письменными принадлежностями.",
    informationStands: "На стендах размещаются перечень документов, образец заявления, сроки и порядок предоставления услуги, порядок обжалования.",
    accessibility: Object.values(AccessibilityProvision),
    disabledParkingPercent: 10,
    legalBases: [ref("3647b857-a03f-4735-a2ef-74c465607346", "fz-181", "15")],
  },
  // ILLUSTRATION: indicators subsection not read.
  indicators: {
    items: [
      { key: "e499bc44-0d60-4101-82e0-7afedf0e9c20", name: "Количество взаимодействий заявителя с должностными лицами", type: IndicatorType.ACCESSIBILITY, target: "не более 2", unit: "взаимодействий" },
      { key: "4dd865f1-7883-4b99-9dc7-a81758502e9e", name: "Возможность подачи заявления через МФЦ", type: IndicatorType.ACCESSIBILITY, target: "да" },
      { key: "a6693f2e-e992-4720-b6df-237e0739116c", name: "Соблюдение срока предоставления услуги", type: IndicatorType.QUALITY, target: "100", unit: "%" },
      { key: "4ce7d5f5-c462-4411-aba8-d3e7feb61747", name: "Отсутствие обоснованных жалоб", type: IndicatorType.QUALITY, target: "0", unit: "жалоб" },
      { key: "cdc162b5-5b3f-4275-86f1-8e6fbe057dd1", name: "Возможность получения услуги по экстерриториальному принципу", type: IndicatorType.ACCESSIBILITY, target: "нет" },
      { key: "c7600c8f-40f4-4c97-9e04-c15ec4823001", name: "Возможность получения услуги в составе комплексного запроса", type: IndicatorType.ACCESSIBILITY, target: "нет" },
      { key: "7d554dfb-3f14-4317-bf95-6df6b9fe089c", name: "Возможность получения информации о ходе предоставления услуги, в том числе с использованием информационно-коммуникационных технологий", type: IndicatorType.ACCESSIBILITY, target: "да" },
    ],
  },
  // ILLUSTRATION in part: МФЦ and «Одно окно» are named in another Penza land regulation (docs.cntd.ru 440546595, блок-схема).
  otherRequirements: {
    necessaryServicesNoneStated: true,
    informationSystems: [InformationSystem.SMEV, InformationSystem.MFC_SYSTEM, InformationSystem.EPGU],
    mfcAvailable: true,
    mfcInFull: false,
    electronicAvailable: true,
    electronicStages: [ElectronicStage.INFORMATION, ElectronicStage.REQUEST_SUBMISSION, ElectronicStage.PROGRESS],
    electronicSignature: SignatureKind.SIMPLE,
    extraterritorial: false,
    complexRequest: false,
  },
  // ILLUSTRATION: applicant categories follow ст. 39.3, 39.6, 39.10 ЗК РФ in general terms; the Penza subsection was not read.
  applicants: {
    items: [
      { key: "a5aeee0f-1a4e-4d7c-a221-848c9b2e48f2", name: "Физические лица, имеющие право на приобретение земельного участка без торгов", legalForm: ApplicantLegalForm.INDIVIDUAL },
      { key: "f43a93f0-42c5-4504-82e1-9c2a01821fc1", name: "Юридические лица и индивидуальные предприниматели, имеющие право на приобретение земельного участка без торгов", legalForm: ApplicantLegalForm.LEGAL_ENTITY },
    ],
    representativeAllowed: true,
  },
  submissionChannels: {
    channels: [Channel.IN_PERSON, Channel.MFC, Channel.POST, Channel.EPGU],
    note: "Лично в службу «Одно окно» администрации, через ГАУ «МФЦ», почтой или в электронной форме (п. 1 ст. 39.17 ЗК РФ допускает подачу в электронной форме).",
  },
  progressInformation: { channels: [Channel.IN_PERSON, Channel.PHONE, Channel.EPGU] },
  resultDelivery: { channels: [Channel.IN_PERSON, Channel.MFC, Channel.POST] },
};

export const landWithoutAuctionPenza: SeedService = {
  registryNumber: "SEED-58-PNZ-ZK39-14",
  name: "Предоставление земельных участков без проведения торгов в собственность, аренду, безвозмездное пользование",
  authorityKey: "penza-administration",
  kind: StandardKind.REGULAR,
  sources: [
    {
      title: "Административный регламент по предоставлению администрацией города Пензы муниципальной услуги «Предоставление земельных участков без проведения торгов в собственность, аренду, безвозмездное пользование» (с изменениями на 11 июля 2023 года), раздел II, пп. 2.1–2.3 (в ред. постановлений от 24.09.2018 N 1753/8, от 11.10.2019 N 1967/1)",
      url: "https://docs.cntd.ru/document/446640632/titles/1VQU9NE",
    },
    { title: "Срок не более 20 дней со дня поступления заявления (п. 5 ст. 39.17 ЗК РФ) — изложение услуги «Предоставление ... земельного участка ... без проведения торгов», мэрия г. Грозного, 12.09.2023", url: "https://grozny-news.net/society/2023/09/12/135831.html" },
    { title: "Основания возврата заявления (п. 3 ст. 39.17 ЗК РФ) и отсутствие оснований приостановления — регламент предоставления земельного участка, глава 12, пп. 41–42 (base.garant.ru 44067418)", url: "https://base.garant.ru/44067418/56ae36fc84d31bc2f9c0b07177fa16a9/" },
    { title: "Регламент администрации г. Пензы «Предоставление земельного участка гражданину или юридическому лицу в собственность бесплатно», блок-схема (приём через ГАУ «МФЦ» и «Одно окно»)", url: "https://docs.cntd.ru/document/440546595/titles/1BKH6EH" },
    { title: "Регламент администрации г. Пензы (земельные и градостроительные вопросы): очередь 15 минут, п. 23", url: "https://docs.cntd.ru/document/440546025/titles/38BN0VP" },
    { title: "Регламент администрации МО город Краснодар о предоставлении земельных участков, на которых расположены здания, сооружения (ред. 22.09.2021), п. 28 — плата не взимается", url: "https://docs.cntd.ru/document/446215566/titles/165OS2H" },
  ],
  provenance: {
    ART14_1_1: { origin: "SOURCE", note: "П. 2.1 регламента (в ред. постановления от 24.09.2018 N 1753/8)." },
    ART14_1_2: { origin: "SOURCE", note: "П. 2.2 регламента (в ред. постановления от 11.10.2019 N 1967/1): администрация города Пензы (Управление муниципального имущества). Участники — по п. 2 ст. 39.17 ЗК РФ, регламент не сверен. Участие МФЦ (приём запроса и выдача результата) выведено из способов подачи запроса и получения результата через МФЦ, указанных в этом стандарте (ART14_2_2, ART14_2_9)." },
    ART14_1_3: { origin: "SOURCE", note: "Прочитано начало п. 2.3: возврат заявления с указанием причин; договор купли-продажи. Договоры аренды и безвозмездного пользования и решение об отказе — по п. 5 ст. 39.17 ЗК РФ, текст п. 2.3 дальше не прочитан. registryModel=false не сверено." },
    ART14_1_4: { origin: "SOURCE", note: "20 дней со дня поступления заявления — п. 5 ст. 39.17 ЗК РФ в изложении мэрии г. Грозного (2023); подраздел о сроке регламента Пензы не прочитан; календарные дни — по формулировке «дней»." },
    ART14_1_5: { origin: "SOURCE", note: "ЗК РФ ст. 39.14–39.17. Постановление, утвердившее регламент Пензы, не установлено (номер и дата не прочитаны) и не указано." },
    ART14_1_6: { origin: "ILLUSTRATION", note: "Состав — по пп. 1–2 ст. 39.17 ЗК РФ (в сессии не сверено); перечень регламента Пензы не прочитан." },
    ART14_1_7: { origin: "SOURCE", note: "Основания возврата заявления — п. 3 ст. 39.17 ЗК РФ в изложении регламента base.garant.ru 44067418 (пп. 1–3 п. 42); возврат как результат — п. 2.3 регламента Пензы. Срок возврата 10 дней — по тексту ЗК, не сверен." },
    ART14_1_8: { origin: "SOURCE", note: "Отказ — по ст. 39.16 ЗК РФ (отсылка, пункты не перечислены); отсутствие оснований приостановления — как в регламенте base.garant.ru 44067418 (п. 41); регламент Пензы не сверен." },
    ART14_1_9: { origin: "ILLUSTRATION", note: "Подраздел о плате регламента Пензы не прочитан; «бесплатно» — как в регламенте Краснодара о земельных участках." },
    ART14_1_10: { origin: "ILLUSTRATION", note: "15 минут — из другого регламента администрации г. Пензы." },
    ART14_1_11: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_12: { origin: "ILLUSTRATION", note: "Не прочитано; доступность по ст. 15 181-ФЗ." },
    ART14_1_13: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_1_14: { origin: "ILLUSTRATION", note: "Приём через ГАУ «МФЦ» и «Одно окно» — блок-схема другого регламента администрации г. Пензы; остальное не прочитано." },
    ART14_2_1: { origin: "ILLUSTRATION", note: "Категории заявителей регламента не прочитаны." },
    ART14_2_2: { origin: "ILLUSTRATION", note: "Способы подачи регламента не прочитаны (МФЦ и «Одно окно» — из другого регламента Пензы)." },
    ART14_2_4: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_2_9: { origin: "ILLUSTRATION", note: "Не прочитано." },
  },
  // The act approving the current edition of the regulation was not identified, so this
  // standard is loaded as a draft: publication requires the approving act.
  versions: [{ content }],
};
