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
 * «Выдача градостроительных планов земельных участков» — администрация муниципального
 * образования город Краснодар (регламент в ред. от 06.06.2024, docs.cntd.ru 406750112).
 *
 * Read: the regulation's title and its subsection II.XI (registration: in the day of
 * receipt, not longer than 20 minutes, non-working day → first working day); ст. 57.3
 * Градостроительного кодекса as restated on official pages (14 working days, no fee,
 * filing electronically via ЕПГУ or through the МФЦ); Krasnodar's regulations of the same
 * template (subsections II.X, II.XII) for the queue time and the fee statement.
 * NOT read: the number and date of the Krasnodar decree approving this regulation (so it
 * is not listed among the legal acts), and its subsections on documents, grounds,
 * premises and indicators — those elements are ILLUSTRATION.
 *
 * Registry number: a seed identifier, not an FRGU number.
 */


const content: StandardContent = {
  name: {
    fullName: "Выдача градостроительных планов земельных участков",
    shortName: "Выдача ГПЗУ",
    legalBases: [ref("ab41ca1c-df77-4cdd-87ad-c814add81933", "grk", "57.3")],
  },
  provider: {
    authorityId: authority("krasnodar-administration"),
    participants: [
      {
        key: "21205006-ba76-45e9-a83f-15c4d630ab65",
        name: "Правообладатели сетей инженерно-технического обеспечения",
        role: "Представляют по запросу органа информацию о возможности подключения (технологического присоединения) объектов к сетям (ч. 7 ст. 57.3 ГрК РФ).",
      },
      {
        key: "30aacc83-1dd1-488b-8c0f-4db35974375c",
        name: "Федеральная служба государственной регистрации, кадастра и картографии (Росреестр)",
        role: "Представляет сведения Единого государственного реестра недвижимости о земельном участке.",
      },
    ],
    participantsNoneStated: false,
    mfcParticipation: MfcParticipation.ACCEPTANCE_AND_ISSUE,
  },
  results: {
    items: [
      {
        key: "cc3d5cb2-48ca-4caa-8e76-d7b04f4a26cf",
        name: "Градостроительный план земельного участка",
        kind: ResultKind.DOCUMENT_ELECTRONIC,
        positive: true,
        document: "Градостроительный план земельного участка по форме, установленной уполномоченным федеральным органом исполнительной власти",
        deliveryChannels: [Channel.EPGU, Channel.MFC],
      },
      {
        key: "21f97f1e-4780-4af2-a952-af3c1a7bedad",
        name: "Решение об отказе в выдаче градостроительного плана земельного участка",
        kind: ResultKind.DOCUMENT_ELECTRONIC,
        positive: false,
        deliveryChannels: [Channel.EPGU, Channel.MFC],
      },
    ],
    registryModel: false,
  },
  term: {
    value: 14,
    unit: TermUnit.WORKING_DAYS,
    startEvent: TermStart.REQUEST_RECEIPT,
    startNote: "В течение четырнадцати рабочих дней после получения заявления (ч. 5 ст. 57.3 ГрК РФ).",
    legalBases: [ref("1397b1fa-40f4-45fd-92b6-5ff535e8df09", "grk", "57.3", "5")],
    includesInteragency: true,
  },
  legalBases: {
    items: [
      { ...ref("e38d2f15-913a-4c98-87ce-18a5f7e20bbe", "grk", "57.3"), role: LegalBasisRole.ESTABLISHES_POWER },
      { ...ref("1eb28e39-cde0-4750-951a-517011fa230d", "grk", "57.3", "5", undefined, "срок, форма заявления, бесплатность"), role: LegalBasisRole.SETS_TERM },
      { ...ref("28fbe0d8-e9e3-45b5-bf2f-5bbd0a0ac7c3", "fz-131", "16"), role: LegalBasisRole.ESTABLISHES_POWER },
      { ...ref("70f84333-cf39-4376-98eb-a80bcdea9d96", "fz-210"), role: LegalBasisRole.OTHER },
    ],
  },
  // ILLUSTRATION in part: the Krasnodar document subsection was not read.
  documents: {
    applicantDocuments: {
      items: [
        {
          key: "5ef925c0-d92a-43ec-8905-2bec19efb002",
          name: "Заявление о выдаче градостроительного плана земельного участка",
          form: DocumentForm.ELECTRONIC_DOCUMENT,
          requirements: "Подаётся в форме электронного документа, подписанного электронной подписью, через ЕПГУ или через МФЦ.",
          isRequestForm: true,
          legalBases: [ref("d5afcf4e-6fc7-41ca-9cc9-5247357c5f1e", "grk", "57.3", "5")],
        },
        {
          key: "7150f647-6abd-427c-9a30-8d21d419f63e",
          name: "Документ, удостоверяющий личность заявителя или представителя заявителя",
          form: DocumentForm.ORIGINAL_FOR_INSPECTION,
          originalReturned: true,
          personalStorage: true,
          condition: "При обращении через МФЦ",
          legalBases: [ref("18457fe9-c08d-4db4-b9a7-34c6c5a7237f", "fz-210", "7", "6")],
        },
        {
          key: "7c680800-cad8-4fa8-bfd1-bc44f3ef27f7",
          name: "Документ, подтверждающий полномочия представителя заявителя",
          form: DocumentForm.ORIGINAL_FOR_INSPECTION,
          condition: "Если заявление подаёт представитель",
          legalBases: [ref("fe7ef8c6-a1bf-431f-85fd-a16ea9b093cf", "fz-210", "2", undefined, "3")],
        },
        {
          key: "f580c9a5-e00d-4963-9e47-13b4f687ce79",
          name: "Правоустанавливающие документы на земельный участок",
          form: DocumentForm.COPY,
          condition: "Если права на земельный участок не зарегистрированы в Едином государственном реестре недвижимости",
          legalBases: [ref("dc92dbd4-6ba9-4c02-9809-9820b53c4242", "grk", "57.3", "5", undefined, "иллюстрация: пункт регламента не сверен")],
        },
      ],
      noneStated: false,
    },
    interagencyDocuments: {
      items: [
        {
          key: "b3a92d03-e439-4ec7-8db1-a8ac3d658846",
          name: "Выписка из Единого государственного реестра недвижимости об объекте недвижимости (земельном участке)",
          form: DocumentForm.INFORMATION,
          holderName: "Федеральная служба государственной регистрации, кадастра и картографии (Росреестр)",
          holderResource: "Единый государственный реестр недвижимости",
          legalBases: [ref("2cbd926e-cfc1-4164-8e0c-fb2be8971991", "fz-210", "7", "1", "2")],
        },
      ],
      noneStated: false,
    },
  },
  // ILLUSTRATION: wording of the typical regulation (docs.cntd.ru 406100714, п. 2.13) and the Magadan MFC card; Krasnodar's own list not read.
  acceptanceRefusalGrounds: {
    items: [
      { key: "e110e7dd-96c7-4a64-8449-98aadd245164", text: "Заявление представлено в орган местного самоуправления, в полномочия которого не входит предоставление услуги", legalBases: [ref("284b878f-978b-4c44-b288-1db75f97535e", "grk", "57.3", "5", undefined, "иллюстрация")] },
      { key: "ebe148ee-6741-4713-a6e5-c6829a486e9b", text: "Неполное заполнение полей в форме заявления, в том числе в интерактивной форме заявления на Едином портале", legalBases: [ref("b0ef1847-8019-41ea-ab9b-d10663861609", "grk", "57.3", "5", undefined, "иллюстрация")], channels: [Channel.EPGU] },
      { key: "5a4413a1-244e-450f-b3fc-78cbd71359c6", text: "Непредставление документов, обязанность по представлению которых возложена на заявителя", legalBases: [ref("6b649b2e-a169-453d-9c7b-0ad3a46335ed", "grk", "57.3", "5", undefined, "иллюстрация")] },
      { key: "bcf079be-9565-4eb3-91fd-9dc403f876fa", text: "Представленные документы утратили силу на день обращения (документ, удостоверяющий личность; документ, удостоверяющий полномочия представителя)", legalBases: [ref("efe12dd0-ab25-428a-884d-15d8e904f1e7", "grk", "57.3", "5", undefined, "иллюстрация")] },
    ],
    noneStated: false,
  },
  // ILLUSTRATION: typical grounds of regulations under ст. 57.3 ГрК РФ; the Krasnodar subsection II.IX was not read.
  suspensionAndRefusal: {
    suspensionGrounds: { noneStated: true, noneStatement: "Основания для приостановления предоставления услуги не предусмотрены." },
    refusalGrounds: {
      items: [
        { key: "8e02f347-b8a3-4bee-9724-623494b09950", text: "Заявление о выдаче градостроительного плана представлено лицом, не являющимся правообладателем земельного участка, за исключением случая, предусмотренного частью 1.1 статьи 57.3 ГрК РФ", legalBases: [ref("53d46512-1ce2-4983-9438-a576c1a2d166", "grk", "57.3", "5")] },
        { key: "db21faf7-51b5-434c-8c0c-b6b0807ae105", text: "Отсутствует утверждённая документация по планировке территории, если размещение объекта капитального строительства при её отсутствии не допускается", legalBases: [ref("68cf135b-4780-429b-91b2-f4c3de321bbc", "grk", "57.3", "5")] },
        { key: "61fb35ce-717e-4166-96c1-1b4604695ffa", text: "Границы земельного участка не установлены в соответствии с требованиями законодательства, за исключением случая, предусмотренного частью 1.1 статьи 57.3 ГрК РФ", legalBases: [ref("699cd7e8-2114-4453-8844-69b5a15aa496", "grk", "57.3", "1.1")] },
      ],
      noneStated: false,
    },
  },
  fee: {
    free: true,
    freeLegalBases: [ref("aa5618ef-f924-459d-84a2-e239fac7e6ef", "grk", "57.3", "5", undefined, "«выдаётся заявителю без взимания платы»")],
  },
  // ILLUSTRATION: 15 minutes read in Krasnodar's regulation of the same template (docs.cntd.ru 406750107, п. 24).
  queueTime: { submissionMinutes: 15, resultMinutes: 15 },
  registrationTerms: {
    items: [
      {
        key: "011ed1d9-5074-4245-bd94-09d4ec14fa6d",
        channel: Channel.MFC,
        sameDay: true,
        nonWorkingDayRule: "Регистрация — в день поступления, не более 20 минут; при поступлении в выходной (нерабочий или праздничный) день — в первый за ним рабочий день (п. 25 регламента).",
      },
      {
        key: "0fe84142-b917-4ad7-8feb-3a49b2e2885a",
        channel: Channel.EPGU,
        sameDay: false,
        term: { value: 1, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.REQUEST_RECEIPT, startNote: "Порядок регистрации электронных заявлений — раздел III регламента (не прочитан); срок 1 рабочий день — иллюстрация." },
        nonWorkingDayRule: "В первый рабочий день, следующий за нерабочим днём поступления.",
      },
    ],
  },
  // ILLUSTRATION: premises subsection not read.
  premises: {
    premises: "Приём заявителей ведётся в помещениях многофункциональных центров и администрации, оснащённых средствами пожаротушения, с вывеской и режимом работы.",
    waitingHall: "Места ожидания оборудуются стульями и столами для возможности оформления документов.",
    fillingPlaces: "Места для заполнения заявлений обеспечиваются бланками и письменными принадлежностями.",
    informationStands: "На стендах размещаются перечень документов, образцы заполнения заявления, сроки и порядок предоставления услуги.",
    accessibility: Object.values(AccessibilityProvision),
    disabledParkingPercent: 10,
    legalBases: [ref("fc7b64df-2b0b-4829-8e38-3f9911c905a0", "fz-181", "15")],
  },
  // ILLUSTRATION: indicators subsection not read.
  indicators: {
    items: [
      { key: "be1856fd-2c17-4b7f-a464-74078b1e0cbb", name: "Возможность подачи заявления в электронной форме через ЕПГУ", type: IndicatorType.ACCESSIBILITY, target: "да" },
      { key: "ad9e89fd-28b4-4415-8058-f6492359db7b", name: "Возможность получения услуги через многофункциональный центр", type: IndicatorType.ACCESSIBILITY, target: "да" },
      { key: "a0f0c57c-fd42-4d23-99f1-5af241e3fa63", name: "Доля заявлений, рассмотренных в установленный срок", type: IndicatorType.QUALITY, target: "100", unit: "%" },
      { key: "bbc94973-7cda-491a-b84b-b40cb7a088e3", name: "Отсутствие обоснованных жалоб заявителей", type: IndicatorType.QUALITY, target: "0", unit: "жалоб" },
      { key: "2d96c51c-2579-4e3d-9605-5d35a0b47f00", name: "Количество взаимодействий заявителя с должностными лицами при предоставлении услуги и их продолжительность", type: IndicatorType.ACCESSIBILITY, target: "не более 2 по 15 минут" },
      { key: "5e5b4f8d-b5ee-4a7b-9bd4-319e0dc75488", name: "Возможность получения услуги по экстерриториальному принципу", type: IndicatorType.ACCESSIBILITY, target: "нет" },
      { key: "00ebc489-ecf2-40d9-bcf6-97601a63830c", name: "Возможность получения услуги в составе комплексного запроса", type: IndicatorType.ACCESSIBILITY, target: "нет" },
      { key: "b8cbd275-fa40-4fbd-8122-c948b494d84f", name: "Возможность получения информации о ходе предоставления услуги, в том числе с использованием информационно-коммуникационных технологий", type: IndicatorType.ACCESSIBILITY, target: "да" },
    ],
  },
  otherRequirements: {
    necessaryServicesNoneStated: true,
    informationSystems: [InformationSystem.EPGU, InformationSystem.ESIA, InformationSystem.SMEV, InformationSystem.MFC_SYSTEM, InformationSystem.DEPARTMENTAL],
    mfcAvailable: true,
    mfcInFull: false,
    electronicAvailable: true,
    electronicStages: [ElectronicStage.INFORMATION, ElectronicStage.REQUEST_FORMATION, ElectronicStage.REQUEST_SUBMISSION, ElectronicStage.PROGRESS, ElectronicStage.RESULT],
    electronicSignature: SignatureKind.SIMPLE,
    extraterritorial: false,
    complexRequest: false,
    note: "Заявление подаётся в форме электронного документа через ЕПГУ или через МФЦ (ч. 5 ст. 57.3 ГрК РФ); регламент Краснодара упоминает также государственные информационные системы обеспечения градостроительной деятельности.",
  },
  applicants: {
    items: [
      { key: "4f2f6173-02ef-4941-baac-6cdb586acf9b", name: "Правообладатель земельного участка", legalForm: ApplicantLegalForm.ANY, description: "Физическое или юридическое лицо — правообладатель земельного участка (ч. 5 ст. 57.3 ГрК РФ)." },
      { key: "48361172-9ea7-4005-987e-850069d9e4b4", name: "Иное лицо в случае, предусмотренном частью 1.1 статьи 57.3 ГрК РФ", legalForm: ApplicantLegalForm.ANY, description: "Лицо, обратившееся за ГПЗУ до образования земельного участка для размещения объектов федерального, регионального или местного значения." },
    ],
    representativeAllowed: true,
  },
  submissionChannels: {
    channels: [Channel.EPGU, Channel.MFC],
    note: "Подача заявления — с использованием ЕПГУ или через МФЦ (ст. 57.3 ГрК РФ в изложении официальной страницы администрации).",
  },
  progressInformation: { channels: [Channel.EPGU, Channel.MFC], note: "Сведения о ходе рассмотрения — в личном кабинете на ЕПГУ." },
  resultDelivery: { channels: [Channel.EPGU, Channel.MFC] },
};

export const gpzuKrasnodar: SeedService = {
  registryNumber: "SEED-23-KRD-GRK57-3",
  name: "Выдача градостроительных планов земельных участков",
  authorityKey: "krasnodar-administration",
  kind: StandardKind.REGULAR,
  sources: [
    {
      title: "Административный регламент предоставления администрацией МО город Краснодар муниципальной услуги «Выдача градостроительных планов земельных участков» (с изменениями на 6 июня 2024 года), подраздел II.XI «Срок регистрации заявления»",
      url: "https://docs.cntd.ru/document/406750112/titles/1G3QI2P",
    },
    { title: "Регламент администрации МО город Краснодар «Отнесение земельного участка к землям определенной категории», подраздел II.X (очередь 15 минут) — тот же шаблон регламентов Краснодара", url: "https://docs.cntd.ru/document/406750107/titles/3GA15FM" },
    { title: "Регламенты администрации МО город Краснодар, подраздел II.XII (услуга бесплатна) — тот же шаблон", url: "https://docs.cntd.ru/document/553228730/titles/165OS2H" },
    { title: "Градостроительный кодекс РФ, ст. 57.3 (введена Федеральным законом от 03.07.2016 N 373-ФЗ, ч. 1.1 — Федеральным законом от 02.08.2019 N 283-ФЗ), редакция ГАРАНТ", url: "https://base.garant.ru/77682106/4609957c7e9b89030a138487e5753d68" },
    { title: "Изложение ст. 57.3 ГрК РФ на официальном сайте администрации: подача через ЕПГУ или МФЦ, без взимания платы, 14 рабочих дней", url: "http://www.elradm.ru/zhkkh-i-stroitelstvo/stroitelstvo/gradostroitelnyy-plan-zemelnogo-uchastka.php" },
    { title: "Типовой регламент «Выдача градостроительного плана земельного участка» (ред. от 21.04.2023), п. 2.13 — основания для отказа в приёме документов", url: "https://docs.cntd.ru/document/406100714/titles/3TSIO4C" },
    { title: "Карточка услуги МФЦ Магаданской области «Выдача градостроительного плана земельного участка» (14 рабочих дней, основания отказа в приёме)", url: "https://mydoc49.ru/services/legal/1242/" },
  ],
  provenance: {
    ART14_1_1: { origin: "SOURCE", note: "Наименование — из заголовка регламента Краснодара (docs.cntd.ru 406750112)." },
    ART14_1_2: { origin: "SOURCE", note: "Орган — администрация МО город Краснодар (заголовок регламента). Участники — по ст. 57.3 ГрК РФ; ответственное подразделение и соглашение с МФЦ не прочитаны. Участие МФЦ (приём запроса и выдача результата) выведено из способов подачи запроса и получения результата через МФЦ, указанных в этом стандарте (ART14_2_2, ART14_2_9)." },
    ART14_1_3: { origin: "SOURCE", note: "ГПЗУ и отказ — ст. 57.3 ГрК РФ. Значение registryModel=false не сверено." },
    ART14_1_4: { origin: "SOURCE", note: "14 рабочих дней после получения заявления — ч. 5 ст. 57.3 ГрК РФ (изложение на elradm.ru, карточки МФЦ и РПГУ)." },
    ART14_1_5: { origin: "SOURCE", note: "Акт, утвердивший регламент Краснодара, не установлен (номер и дата не прочитаны) и потому не указан." },
    ART14_1_6: { origin: "ILLUSTRATION", note: "Заявление в электронной форме — ч. 5 ст. 57.3 ГрК РФ (прочитано); остальной перечень — типовой, подраздел регламента Краснодара о документах не прочитан." },
    ART14_1_7: { origin: "ILLUSTRATION", note: "Формулировки типового регламента (docs.cntd.ru 406100714, п. 2.13) и карточки МФЦ Магадана; перечень Краснодара не прочитан." },
    ART14_1_8: { origin: "ILLUSTRATION", note: "Типовые основания отказа регламентов по ст. 57.3 ГрК РФ; подраздел II.IX Краснодара не прочитан." },
    ART14_1_9: { origin: "SOURCE", note: "«Без взимания платы» — ст. 57.3 ГрК РФ (elradm.ru); «бесплатно» — шаблон подраздела II.XII регламентов Краснодара." },
    ART14_1_10: { origin: "ILLUSTRATION", note: "15 минут прочитаны в другом регламенте Краснодара того же шаблона (406750107, п. 24)." },
    ART14_1_11: { origin: "SOURCE", note: "Подраздел II.XI регламента (п. 25): в день поступления, не более 20 минут, выходной → первый рабочий день. Срок для ЕПГУ (раздел III) не прочитан — 1 рабочий день иллюстративен." },
    ART14_1_12: { origin: "ILLUSTRATION", note: "Подраздел о помещениях не прочитан; типовые требования, доступность по ст. 15 181-ФЗ." },
    ART14_1_13: { origin: "ILLUSTRATION", note: "Подраздел о показателях не прочитан." },
    ART14_1_14: { origin: "SOURCE", note: "Электронная подача через ЕПГУ или МФЦ — ч. 5 ст. 57.3 ГрК РФ; перечень информационных систем и вид подписи — иллюстрация." },
    ART14_2_1: { origin: "SOURCE", note: "Правообладатель земельного участка и лицо по ч. 1.1 ст. 57.3 ГрК РФ (elradm.ru, garant)." },
    ART14_2_2: { origin: "SOURCE", note: "ЕПГУ или МФЦ — ст. 57.3 ГрК РФ (elradm.ru)." },
    ART14_2_4: { origin: "ILLUSTRATION", note: "Не прочитано." },
    ART14_2_9: { origin: "ILLUSTRATION", note: "Не прочитано; по способам подачи." },
  },
  // The act approving the current edition of the regulation was not identified, so this
  // standard is loaded as a draft: publication requires the approving act.
  versions: [{ content }],
};
