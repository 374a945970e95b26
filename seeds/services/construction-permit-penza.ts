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
 * «Выдача разрешения на строительство» — администрация города Пензы.
 *
 * Sources actually read (excerpts): the opening of the regulation approved by
 * постановление администрации г. Пензы от 30.01.2018 N 153 (ред. от 28.01.2021) —
 * name, subject, the exclusion of historic settlements (п. 1.2); the opening of the
 * amending постановление от 15.07.2020 N 940; Градостроительный кодекс ст. 51 (ч. 1.1–3
 * on gradkod.ru; ч. 15 "без взимания платы" on dokipedia.ru); restatements of ч. 7, 11
 * and 13 of ст. 51 in other published regulations and the EPGU card (listed in `sources`).
 * The Penza regulation's own sections on grounds, queue, registration, premises and
 * indicators were NOT available: those elements are marked ILLUSTRATION below and their
 * values follow the federal law or typical wording, not the Penza text.
 *
 * Registry number: a seed identifier, not an FRGU number (the FRGU number was not read).
 */


export const constructionPermitPenzaContent: StandardContent = {
  name: {
    fullName: "Выдача разрешения на строительство",
    legalBases: [ref("65dd6aea-ae04-423e-806f-718cf2a6eca5", "penza-153-2018", undefined, undefined, undefined, "наименование регламента и п. 1.1")],
  },
  provider: {
    authorityId: authority("penza-administration"),
    participants: [
      {
        key: "f040e7f2-e81f-4ea3-bc0d-b69b4ae907d9",
        name: "Федеральная служба государственной регистрации, кадастра и картографии (Росреестр)",
        role: "Представляет по межведомственному запросу сведения из Единого государственного реестра недвижимости о правах на земельный участок.",
      },
    ],
    participantsNoneStated: false,
    mfcParticipation: MfcParticipation.ACCEPTANCE_AND_ISSUE,
  },
  results: {
    items: [
      {
        key: "7eafac33-a33a-4179-93d6-f128dd50d815",
        name: "Разрешение на строительство",
        kind: ResultKind.DOCUMENT_PAPER,
        positive: true,
        document: "Разрешение на строительство по форме, утверждённой федеральным органом исполнительной власти в сфере строительства (ч. 20 ст. 51 ГрК РФ)",
        deliveryChannels: [Channel.IN_PERSON, Channel.MFC, Channel.EPGU],
      },
      {
        key: "6796b924-10bf-4ece-9187-e857cb6d1d5a",
        name: "Решение об отказе в выдаче разрешения на строительство с указанием причин отказа",
        kind: ResultKind.DOCUMENT_PAPER,
        positive: false,
        deliveryChannels: [Channel.IN_PERSON, Channel.MFC, Channel.EPGU],
      },
    ],
    registryModel: false,
  },
  term: {
    value: 5,
    unit: TermUnit.WORKING_DAYS,
    startEvent: TermStart.REQUEST_RECEIPT,
    startNote: "Со дня получения заявления о выдаче разрешения на строительство (ч. 11 ст. 51 ГрК РФ).",
    legalBases: [ref("72db833b-0dd3-4876-a882-8a1d6d8b270c", "grk", "51", "11")],
    includesInteragency: true,
    note: "Регламент не распространяется на строительство в границах исторического поселения (п. 1.2 регламента), поэтому 30-дневный срок ч. 11.1 ст. 51 ГрК РФ не применяется.",
  },
  legalBases: {
    items: [
      { ...ref("ea40e7a0-9110-4069-8798-8cdddff4ebdd", "grk", "51"), role: LegalBasisRole.ESTABLISHES_POWER },
      { ...ref("ea88f076-bf7b-4a9f-92db-2f9744f8590b", "fz-131", "16", "1", "26"), role: LegalBasisRole.ESTABLISHES_POWER },
      { ...ref("c616ad76-a810-4b11-aab0-e6ea00fc29f2", "fz-210"), role: LegalBasisRole.OTHER },
      { ...ref("099c02f4-cbdf-4fd1-9680-180b303c43a1", "penza-153-2018"), role: LegalBasisRole.REGULATION },
      { ...ref("7daf87d1-2778-499b-a821-f1b8df79e4f6", "penza-940-2020", undefined, undefined, undefined, "изменения в регламент"), role: LegalBasisRole.REGULATION },
    ],
  },
  documents: {
    applicantDocuments: {
      items: [
        {
          key: "0692a7a4-ee67-4b29-887a-9da20f77f939",
          name: "Заявление о выдаче разрешения на строительство",
          form: DocumentForm.ORIGINAL,
          copies: 1,
          isRequestForm: true,
          legalBases: [ref("43421e88-dedf-45f2-b2e6-6298b4c7b024", "grk", "51", "7")],
        },
        {
          key: "0f4d6672-0c37-4d3c-ba29-a4c3bc752ed3",
          name: "Документ, удостоверяющий личность заявителя или представителя заявителя",
          form: DocumentForm.ORIGINAL_FOR_INSPECTION,
          originalReturned: true,
          personalStorage: true,
          legalBases: [ref("003f8b4a-1622-430a-9a5b-53b68d96bfe9", "fz-210", "7", "6")],
        },
        {
          key: "f1549b3f-7e3f-44e0-848d-227d216847ad",
          name: "Документ, подтверждающий полномочия представителя заявителя",
          form: DocumentForm.ORIGINAL_FOR_INSPECTION,
          condition: "Если заявление подаёт представитель застройщика",
          legalBases: [ref("e2ee27a1-7243-43c2-ac0d-9116fc63ec2c", "fz-210", "2", undefined, "3", "заявителем признаётся и уполномоченный представитель")],
        },
        {
          key: "1056bd83-5f2e-42f4-ae3d-3fd46aeef5d9",
          name: "Правоустанавливающие документы на земельный участок, в том числе соглашение об установлении сервитута, решение об установлении публичного сервитута",
          form: DocumentForm.COPY,
          condition: "Представляются заявителем самостоятельно, если права не зарегистрированы в Едином государственном реестре недвижимости",
          legalBases: [ref("877373db-f3cc-46d5-8d6e-bd508e2cb540", "grk", "51", "7", "1"), ref("0c39b14c-1e9d-4f41-8009-02e291717db1", "grk", "51", "7.2")],
        },
        {
          key: "9ee4d07d-3f61-4cf8-afda-21efa6dbb7de",
          name: "Материалы, содержащиеся в проектной документации: пояснительная записка; схема планировочной организации земельного участка; разделы с архитектурными решениями; проект организации строительства",
          requirements: "Состав материалов — по п. 3 ч. 7 ст. 51 ГрК РФ.",
          form: DocumentForm.COPY,
          condition: "Если сведения о проектной документации отсутствуют в едином государственном реестре заключений экспертизы проектной документации",
          legalBases: [ref("0331e279-14bb-4601-9a62-34fd131d7aa3", "grk", "51", "7", "3"), ref("c9fab1e3-dced-4e4c-9f4a-1f6e148dcb77", "grk", "51", "7.2")],
        },
        {
          key: "1760670a-49bf-4be4-b8cb-2c7431edbbda",
          name: "Согласие всех правообладателей объекта капитального строительства в случае его реконструкции",
          form: DocumentForm.ORIGINAL,
          condition: "При реконструкции объекта капитального строительства (за исключением случаев реконструкции многоквартирного дома, указанных в п. 6.2 ч. 7 ст. 51 ГрК РФ)",
          legalBases: [ref("7467b91f-d200-43dc-b212-12c4340ffb76", "grk", "51", "7", "6")],
        },
      ],
      noneStated: false,
    },
    interagencyDocuments: {
      items: [
        {
          key: "89fa12d8-0c9b-4c83-86b9-8fb0ee13eb78",
          name: "Выписка из Единого государственного реестра недвижимости о зарегистрированных правах на земельный участок",
          form: DocumentForm.INFORMATION,
          holderName: "Федеральная служба государственной регистрации, кадастра и картографии (Росреестр)",
          holderResource: "Единый государственный реестр недвижимости",
          legalBases: [ref("b9a4f7a6-c620-4505-a3bd-1ff4d4d45ab1", "grk", "51", "7", "1"), ref("366adaec-4087-4cfd-a5ae-543227ae9752", "grk", "51", "7.1")],
        },
        {
          key: "76299e63-4525-4778-a7af-6a93d8ec4af5",
          name: "Градостроительный план земельного участка, выданный не ранее чем за три года до дня представления заявления (для линейного объекта — реквизиты проекта планировки и проекта межевания территории)",
          form: DocumentForm.INFORMATION,
          holderName: "Администрация города Пензы",
          holderResource: "Государственная информационная система обеспечения градостроительной деятельности",
          legalBases: [ref("aebacc29-a967-4c70-be17-3aa155ab00ef", "grk", "51", "7", "2"), ref("d843a5f4-3782-4f17-85ae-dd3fc8931ded", "grk", "51", "7.1")],
        },
        {
          key: "39f0420d-9e2b-4745-91c8-4dca578af5cd",
          name: "Положительное заключение экспертизы проектной документации",
          form: DocumentForm.INFORMATION,
          holderName: "Организация, проводившая экспертизу проектной документации",
          holderResource: "Единый государственный реестр заключений экспертизы проектной документации объектов капитального строительства",
          legalBases: [ref("a5eb3dc0-a21a-49be-b209-7fb4bc1b72b3", "grk", "51", "7", "4"), ref("3cfa75c9-ceac-413a-a3e7-10b73636d27a", "grk", "51", "7.1")],
        },
        {
          key: "3a96f61f-1b67-46c1-a332-448a271ff67c",
          name: "Разрешение на отклонение от предельных параметров разрешённого строительства, реконструкции",
          form: DocumentForm.INFORMATION,
          condition: "Если застройщику было предоставлено такое разрешение",
          holderName: "Администрация города Пензы",
          holderResource: "Государственная информационная система обеспечения градостроительной деятельности",
          legalBases: [ref("fa7a82a6-11a0-4dd0-9438-d7f977a85d20", "grk", "51", "7", "5"), ref("18088714-3d43-4440-9520-9d265567bf40", "grk", "51", "7.1")],
        },
        {
          key: "28e0818e-a113-4ac5-9f16-2ca0c18d214f",
          name: "Договор о развитии территории",
          form: DocumentForm.INFORMATION,
          condition: "Если строительство осуществляется в границах территории, в отношении которой заключён договор о развитии территории",
          holderName: "Администрация города Пензы",
          holderResource: "Документы администрации города Пензы",
          legalBases: [ref("90d1ef6a-cd97-4eba-959d-d848286bf0d6", "grk", "51", "7"), ref("d51f2a8a-dc9c-4600-8cc2-12c87b8c0b64", "grk", "51", "7.1")],
        },
      ],
      noneStated: false,
    },
  },
  // ILLUSTRATION: the Penza regulation's list was not read; typical grounds of the Минстрой-style regulations.
  acceptanceRefusalGrounds: {
    items: [
      {
        key: "598c6de1-5a65-4f97-84f5-2575a6d3dc4d",
        text: "Заявление представлено в орган, в полномочия которого не входит предоставление услуги",
        legalBases: [ref("126840c7-6fd2-409a-9abb-55608baf3947", "penza-153-2018", undefined, undefined, undefined, "иллюстрация: пункт регламента не сверен")],
      },
      {
        key: "553c14ea-1f11-4896-80d2-b9c844d26457",
        text: "Представленные документы утратили силу на день обращения (документ, удостоверяющий личность; документ, подтверждающий полномочия представителя)",
        legalBases: [ref("b35f43a4-b060-4ccc-a011-6f0ec318f28f", "penza-153-2018", undefined, undefined, undefined, "иллюстрация: пункт регламента не сверен")],
      },
      {
        key: "062428f1-f9f3-4ae0-9ceb-566d756d9c89",
        text: "Несоблюдение установленных ст. 11 Федерального закона № 63-ФЗ условий признания действительности усиленной квалифицированной электронной подписи",
        legalBases: [ref("19e405b3-e197-49c1-a29a-d1f4defa74e8", "fz-63", "11")],
        channels: [Channel.EPGU],
      },
    ],
    noneStated: false,
  },
  suspensionAndRefusal: {
    suspensionGrounds: {
      noneStated: true,
      noneStatement: "Основания для приостановления предоставления услуги статьёй 51 ГрК РФ не предусмотрены.",
    },
    refusalGrounds: {
      items: [
        {
          key: "321a7b00-cc46-4992-b8c9-42f79bdac92e",
          text: "Отсутствие документов, предусмотренных частью 7 статьи 51 ГрК РФ (с учётом частей 7.1 и 7.2)",
          legalBases: [ref("6cd6b9ab-2263-4dd0-854e-b72c2e73c4ff", "grk", "51", "13")],
        },
        {
          key: "063c8bd1-5a5f-4416-a929-ee5336e97695",
          text: "Несоответствие представленных документов требованиям к строительству, реконструкции объекта капитального строительства, установленным на дату выдачи представленного градостроительного плана земельного участка",
          legalBases: [ref("07e295fe-02fc-47f1-83ba-0b7ffd45bce9", "grk", "51", "13")],
        },
        {
          key: "0c598abd-2d79-4479-b715-0d2a350d1137",
          text: "Несоответствие представленных документов разрешённому использованию земельного участка и (или) ограничениям, установленным в соответствии с земельным и иным законодательством и действующим на дату выдачи разрешения",
          legalBases: [ref("dc1c1a31-404d-4d76-a0c5-8505024ab0a7", "grk", "51", "13")],
        },
        {
          key: "b18c6857-af4e-490c-9fee-9c48f95cfc26",
          text: "Несоответствие представленных документов требованиям, установленным в разрешении на отклонение от предельных параметров разрешённого строительства, реконструкции",
          legalBases: [ref("c6621e7c-9919-43e1-8d3c-cd7d2b40c69c", "grk", "51", "13")],
        },
        {
          key: "c05f212f-bfb5-4044-adf4-abaceeb4767d",
          text: "Для линейного объекта — несоответствие требованиям проекта планировки территории и проекта межевания территории",
          legalBases: [ref("23ebfbea-99d8-42b4-8775-6d207a06b79d", "grk", "51", "13")],
        },
      ],
      noneStated: false,
    },
  },
  fee: {
    free: true,
    freeLegalBases: [ref("7a158bee-b7f6-41e2-ab62-5d452c94f36a", "grk", "51", "15", undefined, "«без взимания платы»")],
  },
  // ILLUSTRATION: 15 минут прочитаны в другом регламенте администрации г. Пензы (docs.cntd.ru 440546025, п. 23).
  queueTime: {
    submissionMinutes: 15,
    resultMinutes: 15,
  },
  // ILLUSTRATION: the registration subsection of the Penza regulation was not read.
  registrationTerms: {
    items: [
      { key: "a9072441-dcb4-4878-a86b-3bce54bf75f4", channel: Channel.IN_PERSON, sameDay: true, nonWorkingDayRule: "Заявление, поступившее в нерабочий день, регистрируется в первый следующий рабочий день." },
      { key: "9400d31b-2564-40bf-93da-a576f7ed38a3", channel: Channel.MFC, sameDay: true, nonWorkingDayRule: "В день поступления заявления из МФЦ в администрацию." },
      {
        key: "f9acac1b-0530-47b5-8b5a-30664363a482",
        channel: Channel.EPGU,
        sameDay: false,
        term: { value: 1, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.REQUEST_RECEIPT, startNote: "Не позднее рабочего дня, следующего за днём поступления." },
        nonWorkingDayRule: "Заявление, поступившее в нерабочее время, регистрируется в первый следующий рабочий день.",
      },
    ],
  },
  // ILLUSTRATION: typical requirements; the premises subsection of the Penza regulation was not read.
  premises: {
    premises: "Приём заявителей ведётся в помещениях администрации, оборудованных противопожарной системой и средствами пожаротушения, с вывеской с наименованием органа и режимом работы.",
    waitingHall: "Места ожидания оборудуются стульями (креслами) и столами, обеспечиваются доступом к туалету.",
    fillingPlaces: "Места для заполнения заявлений оборудуются столами, стульями, бланками заявлений и письменными принадлежностями.",
    informationStands: "На информационных стендах размещаются перечень документов, образцы заполнения заявления, сроки и порядок предоставления услуги, порядок обжалования.",
    accessibility: Object.values(AccessibilityProvision),
    disabledParkingPercent: 10,
    legalBases: [ref("ea971f00-a11f-4142-8353-baba6c5851dc", "fz-181", "15")],
  },
  // ILLUSTRATION: typical indicator set; the indicators subsection was not read.
  indicators: {
    items: [
      { key: "2969fbc9-30f1-422b-91fa-cb6a68c8e1d6", name: "Количество взаимодействий заявителя с должностными лицами при предоставлении услуги", type: IndicatorType.ACCESSIBILITY, target: "не более 2", unit: "взаимодействий" },
      { key: "7348f8c7-bad5-4844-9926-dd0d64435062", name: "Возможность получения услуги в многофункциональном центре", type: IndicatorType.ACCESSIBILITY, target: "да" },
      { key: "76dae888-876e-4aa7-bd14-d2e5624e9e8c", name: "Возможность подачи заявления и получения сведений о ходе предоставления услуги в электронной форме через ЕПГУ", type: IndicatorType.ACCESSIBILITY, target: "да" },
      { key: "dd873733-5320-4731-a871-446d8b83326b", name: "Доля случаев предоставления услуги с нарушением установленного срока", type: IndicatorType.QUALITY, target: "0", unit: "%" },
      { key: "a30ed031-fa1a-4e5f-a7ed-3b9303caa8e8", name: "Отсутствие обоснованных жалоб на решения и действия (бездействие) должностных лиц", type: IndicatorType.QUALITY, target: "0", unit: "жалоб" },
      { key: "065883b1-566e-440d-ad3a-940a997aa17e", name: "Возможность получения услуги по экстерриториальному принципу", type: IndicatorType.ACCESSIBILITY, target: "нет" },
      { key: "6a4c1f6e-94e6-4c89-a7a1-c6b6a0f08340", name: "Возможность получения услуги в составе комплексного запроса", type: IndicatorType.ACCESSIBILITY, target: "нет" },
    ],
  },
  // ILLUSTRATION in part (MFC and e-form availability follow ч. 7 ст. 51 ГрК РФ, the rest is typical).
  otherRequirements: {
    necessaryServicesNoneStated: true,
    informationSystems: [InformationSystem.EPGU, InformationSystem.SMEV, InformationSystem.ESIA, InformationSystem.MFC_SYSTEM],
    mfcAvailable: true,
    mfcInFull: false,
    electronicAvailable: true,
    electronicStages: [
      ElectronicStage.INFORMATION,
      ElectronicStage.REQUEST_FORMATION,
      ElectronicStage.REQUEST_SUBMISSION,
      ElectronicStage.PROGRESS,
      ElectronicStage.RESULT,
      ElectronicStage.QUALITY_EVALUATION,
    ],
    electronicSignature: SignatureKind.QUALIFIED,
    extraterritorial: false,
    complexRequest: false,
    proactive: false,
  },
  applicants: {
    items: [
      {
        key: "2daea557-909e-450a-bbf0-dbc332da32e0",
        name: "Застройщик — физическое лицо",
        legalForm: ApplicantLegalForm.INDIVIDUAL,
        description: "Лицо, обеспечивающее на принадлежащем ему земельном участке строительство, реконструкцию объекта капитального строительства (п. 16 ст. 1 ГрК РФ).",
      },
      {
        key: "79137d37-5910-44ab-bf34-e08ea5b839ef",
        name: "Застройщик — юридическое лицо или индивидуальный предприниматель",
        legalForm: ApplicantLegalForm.LEGAL_ENTITY,
      },
    ],
    representativeAllowed: true,
  },
  submissionChannels: {
    channels: [Channel.IN_PERSON, Channel.MFC, Channel.EPGU],
    note: "Заявление направляется непосредственно, через многофункциональный центр или в электронной форме через Единый портал (ч. 7 ст. 51 ГрК РФ).",
  },
  progressInformation: {
    channels: [Channel.IN_PERSON, Channel.PHONE, Channel.EPGU],
    note: "При подаче через ЕПГУ сведения о ходе рассмотрения направляются в личный кабинет заявителя.",
  },
  resultDelivery: {
    channels: [Channel.IN_PERSON, Channel.MFC, Channel.EPGU],
  },
};

export const constructionPermitPenza: SeedService = {
  registryNumber: "SEED-58-PNZ-GRK51",
  name: "Выдача разрешения на строительство",
  authorityKey: "penza-administration",
  kind: StandardKind.REGULAR,
  sources: [
    {
      title: "Административный регламент предоставления администрацией города Пензы муниципальной услуги «Выдача разрешения на строительство», утв. постановлением администрации г. Пензы от 30.01.2018 N 153 (ред. от 28.01.2021) — начало текста (раздел 1)",
      url: "https://penzapravo.ru/zakony-penzenskoj-oblasti/postanovlenie-administraczii-g-penzy-ot-30-01-2018-n-153-red-ot-28-01-2021-ob-utverzhdenii-administrativnogo-reglamenta-predostavleniya-administracziej-goroda-penzy-municzipalnoj-uslugi-vydach/",
    },
    { title: "Постановление администрации г. Пензы от 15.07.2020 N 940 о внесении изменений в постановление от 30.01.2018 N 153", url: "https://base.garant.ru/74400331" },
    { title: "Градостроительный кодекс РФ от 29.12.2004 N 190-ФЗ, ст. 51 ч. 1.1–3 (с комментариями)", url: "http://www.gradkod.ru/comment-statya-51-grk-rf" },
    { title: "Градостроительный кодекс РФ, ст. 51 ч. 15 (выдача разрешения без взимания платы)", url: "https://dokipedia.ru/document/5523585?pid=1699" },
    { title: "Пересказ ч. 7 ст. 51 ГрК РФ (перечень документов) в административном регламенте, docs.cntd.ru 473100999, п. 3.1.1", url: "https://docs.cntd.ru/document/473100999/titles/12CO5SK" },
    { title: "Карточка услуги «Выдача разрешения на строительство» на ЕПГУ (перечень документов)", url: "https://do.test.gosuslugi.ru/services/3640100010000235246" },
    { title: "Срок 5 рабочих дней (ч. 11 ст. 51 ГрК РФ) в регламенте администрации МО город Краснодар (ред. постановления от 06.05.2020 N 1733)", url: "https://docs.cntd.ru/document/446217613/titles/3K5IHK" },
    { title: "Срок 5 рабочих дней в регламенте министерства строительства Самарской области (ред. от 13.07.2021)", url: "https://docs.cntd.ru/document/570778402/titles/M7U98B" },
    { title: "Проверка проектной документации на соответствие ГПЗУ, красным линиям, разрешению на отклонение (регламент, docs.cntd.ru 424029190, п. 66–68)", url: "https://docs.cntd.ru/document/424029190/titles/3F4GL95" },
    { title: "Чек-лист администрации Туринского городского округа: несоответствие виду разрешённого использования — основание для отказа", url: "https://www.v-tura.ru/gradostroitelstvo/gsdpt/chek-list-prover-sebya-pered-polucheniem-razresheniya-na-stroitelstvo.html" },
    { title: "Регламент администрации г. Пензы (земельные и градостроительные вопросы): время ожидания в очереди 15 минут, п. 23", url: "https://docs.cntd.ru/document/440546025/titles/38BN0VP" },
  ],
  provenance: {
    ART14_1_1: { origin: "SOURCE", note: "Наименование — из заголовка и п. 1.1 регламента (постановление от 30.01.2018 N 153)." },
    ART14_1_2: { origin: "SOURCE", note: "Орган — администрация города Пензы (регламент, п. 1.1). Участие Росреестра — по ч. 7.1 ст. 51 ГрК РФ; ответственное подразделение в регламенте не прочитано и не указано. Участие МФЦ (приём запроса и выдача результата) выведено из способов подачи запроса и получения результата через МФЦ, указанных в этом стандарте (ART14_2_2, ART14_2_9)." },
    ART14_1_3: { origin: "SOURCE", note: "Разрешение и отказ — ст. 51 ГрК РФ (ч. 13, 20). Значение registryModel=false не сверено с регламентом." },
    ART14_1_4: { origin: "SOURCE", note: "5 рабочих дней со дня получения заявления — ч. 11 ст. 51 ГрК РФ (пересказ прочитан в регламентах Краснодара и Самарской области); исключение исторических поселений — п. 1.2 регламента Пензы." },
    ART14_1_5: { origin: "SOURCE", note: "Акты прочитаны или процитированы в прочитанных текстах; п. 26 ч. 1 ст. 16 131-ФЗ — по тексту закона, в сессии не сверен." },
    ART14_1_6: { origin: "SOURCE", note: "Состав по ч. 7, 7.1, 7.2 ст. 51 ГрК РФ: прочитаны пересказы пп. 1–3 ч. 7 (docs.cntd.ru 473100999), п. 6 (согласие правообладателей) и перечень на ЕПГУ (выписка ЕГРН, ГПЗУ не старше 3 лет, договор о развитии территории). Разделение на самостоятельные и межведомственные документы и пп. 4–5 ч. 7 — по тексту Кодекса, дословно в сессии не сверены; перечень регламента Пензы не прочитан." },
    ART14_1_7: { origin: "ILLUSTRATION", note: "Подраздел регламента Пензы об отказе в приёме не прочитан; основания — типовые формулировки регламентов по форме Минстроя (кроме ст. 11 63-ФЗ)." },
    ART14_1_8: { origin: "SOURCE", note: "Основания отказа — ч. 13 ст. 51 ГрК РФ; дословный текст ч. 13 в сессии не сверен (прочитаны пересказы: docs.cntd.ru 424029190, чек-лист v-tura.ru). Отсутствие оснований приостановления — по ст. 51 ГрК РФ, регламент не сверен." },
    ART14_1_9: { origin: "SOURCE", note: "«Без взимания платы» — ч. 15 ст. 51 ГрК РФ (dokipedia.ru)." },
    ART14_1_10: { origin: "ILLUSTRATION", note: "15 минут прочитаны в другом регламенте администрации г. Пензы (docs.cntd.ru 440546025); для этого регламента не сверено." },
    ART14_1_11: { origin: "ILLUSTRATION", note: "Подраздел о регистрации заявления не прочитан; значения типовые." },
    ART14_1_12: { origin: "ILLUSTRATION", note: "Подраздел о помещениях не прочитан; типовые требования и перечень условий доступности по ст. 15 181-ФЗ." },
    ART14_1_13: { origin: "ILLUSTRATION", note: "Подраздел о показателях не прочитан; типовой набор показателей." },
    ART14_1_14: { origin: "ILLUSTRATION", note: "Доступность через МФЦ и ЕПГУ — по ч. 7 ст. 51 ГрК РФ; остальные значения (информационные системы, вид подписи, экстерриториальность) — иллюстрация." },
    ART14_2_1: { origin: "SOURCE", note: "Заявитель — застройщик (ч. 7 ст. 51, п. 16 ст. 1 ГрК РФ)." },
    ART14_2_2: { origin: "SOURCE", note: "Способы подачи — ч. 7 ст. 51 ГрК РФ и карточка ЕПГУ." },
    ART14_2_4: { origin: "ILLUSTRATION", note: "Порядок информирования о ходе рассмотрения в регламенте не прочитан." },
    ART14_2_9: { origin: "ILLUSTRATION", note: "Способы получения результата в регламенте не прочитаны; указаны по способам подачи." },
  },
  versions: [
    {
      content: constructionPermitPenzaContent,
      // The date of entry into force was not read; the date of the amending decree is used.
      effectiveFrom: "2020-07-15",
      changeNote: "Редакция регламента с изменениями, внесёнными постановлением администрации г. Пензы от 15.07.2020 N 940 (дата вступления в силу принята по дате постановления).",
      approvingActKey: "penza-940-2020",
    },
  ],
};
