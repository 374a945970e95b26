import { LegalActType } from "../../src/legal-acts/legal-act.entity";
import { StandardKind } from "../../src/services/service.entity";
import type { ActFacts, EvaluationContext } from "../../src/completeness/types";
import {
  AccessibilityProvision,
  ApplicantLegalForm,
  Channel,
  DocumentForm,
  ElectronicStage,
  IndicatorType,
  InformationSystem,
  LegalBasisRole,
  MfcParticipation,
  ResultKind,
  SignatureKind,
  TermStart,
  TermUnit,
} from "../../src/standards/content/enums";
import type { StandardContent } from "../../src/standards/content/standard-content";

/**
 * A complete unified standard for "Выдача разрешения на строительство" (Градостроительный
 * кодекс РФ, ст. 51: documents — ч. 7 and 7.1, term of 5 working days — ч. 11, refusal
 * grounds — ч. 13, free of charge — ч. 15). It is a TEST fixture, not a seed: the structure
 * follows the law, while pinpoints, the municipal regulation, the MFC agreement, the typo /
 * duplicate / withdrawal procedures and their forms are illustrative. Act ids are fake:
 * global ids are opaque strings for the pure rules.
 */

export const ACT = {
  grk: "act-grk", // Градостроительный кодекс РФ от 29.12.2004 № 190-ФЗ
  gk: "act-gk", // Гражданский кодекс РФ, часть первая
  nk: "act-nk", // Налоговый кодекс РФ, часть вторая
  fz210: "act-210fz", // Федеральный закон от 27.07.2010 № 210-ФЗ
  fz131: "act-131fz", // Федеральный закон от 06.10.2003 № 131-ФЗ
  fz63: "act-63fz", // Федеральный закон от 06.04.2011 № 63-ФЗ «Об электронной подписи»
  fz181: "act-181fz", // Федеральный закон от 24.11.1995 № 181-ФЗ
  minstroy: "act-minstroy-446", // приказ Минстроя России от 03.06.2022 № 446/пр (формы разрешения)
  regulation: "act-regulation", // муниципальный административный регламент (иллюстративный)
  regionalFee: "act-regional-fee", // региональный акт о плате (только для тестов)
  govDecree: "act-gov-decree", // постановление Правительства РФ (только для тестов)
} as const;

export const ACTS: ReadonlyMap<string, ActFacts> = new Map<string, ActFacts>([
  [ACT.grk, { type: LegalActType.CODE, federal: true }],
  [ACT.gk, { type: LegalActType.CODE, federal: true }],
  [ACT.nk, { type: LegalActType.CODE, federal: true, taxCode: true }],
  [ACT.fz210, { type: LegalActType.FEDERAL_LAW, federal: true }],
  [ACT.fz131, { type: LegalActType.FEDERAL_LAW, federal: true }],
  [ACT.fz63, { type: LegalActType.FEDERAL_LAW, federal: true }],
  [ACT.fz181, { type: LegalActType.FEDERAL_LAW, federal: true }],
  [ACT.minstroy, { type: LegalActType.FEDERAL_BODY_ACT, federal: true }],
  [ACT.regulation, { type: LegalActType.MUNICIPAL_ACT, federal: false }],
  [ACT.regionalFee, { type: LegalActType.REGIONAL_ACT, federal: false }],
  [ACT.govDecree, { type: LegalActType.GOVERNMENT_DECREE, federal: true }],
]);

export function ctxFor(profile: StandardKind = StandardKind.UNIFIED, acts = ACTS, authorities?: ReadonlySet<string>): EvaluationContext {
  return { profile, acts, ...(authorities ? { authorities } : {}) };
}

/** The authorities the golden standard refers to, as the service would find them registered. */
export const AUTHORITIES: ReadonlySet<string> = new Set(["authority-city-administration"]);

const grk = (part?: string, item?: string) => ({ key: `ref-grk-51-${part ?? ""}-${item ?? ""}`, actId: ACT.grk, article: "51", part: part ?? null, item: item ?? null });
const regulation = (note: string) => ({ key: `ref-reg-${note}`, actId: ACT.regulation, note });

/** A fresh array each time: tests change one list without touching the others. */
const allChannels = () => [Channel.IN_PERSON, Channel.MFC, Channel.EPGU];

/** A fresh copy of the complete standard each call: tests damage it freely. */
export function goldenStandard(): StandardContent {
  return {
    name: {
      fullName: "Выдача разрешения на строительство объекта капитального строительства (в том числе внесение изменений в разрешение на строительство)",
      shortName: "Выдача разрешения на строительство",
      legalBases: [grk()],
    },
    provider: {
      authorityId: "authority-city-administration",
      responsibleUnit: "Управление архитектуры и градостроительства администрации городского округа",
      participants: [{ key: "participant-rosreestr", name: "Управление Росреестра по субъекту Российской Федерации", role: "Представление сведений ЕГРН по межведомственному запросу" }],
      mfcParticipation: MfcParticipation.ACCEPTANCE_AND_ISSUE,
      mfcAgreement: "Соглашение о взаимодействии между администрацией городского округа и ГАУ «МФЦ» от 10.01.2024 № 1",
      mfcMayRefuseAcceptance: false,
    },
    results: {
      items: [
        {
          key: "result-permit",
          name: "Разрешение на строительство",
          kind: ResultKind.DOCUMENT_ELECTRONIC,
          positive: true,
          document: "Разрешение на строительство по форме, утверждённой приказом Минстроя России от 03.06.2022 № 446/пр",
          deliveryChannels: allChannels(),
        },
        {
          key: "result-refusal",
          name: "Решение об отказе в выдаче разрешения на строительство",
          kind: ResultKind.DOCUMENT_ELECTRONIC,
          positive: false,
          deliveryChannels: allChannels(),
        },
      ],
      registryModel: false,
    },
    term: {
      value: 5,
      unit: TermUnit.WORKING_DAYS,
      startEvent: TermStart.REQUEST_RECEIPT,
      legalBases: [grk("11")],
      includesInteragency: true,
      resultIssueTerm: { value: 1, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.DECISION },
    },
    legalBases: {
      items: [
        { key: "lb-grk", actId: ACT.grk, article: "51", role: LegalBasisRole.ESTABLISHES_POWER },
        { key: "lb-131fz", actId: ACT.fz131, article: "16", part: "1", item: "26", role: LegalBasisRole.ESTABLISHES_POWER },
        { key: "lb-210fz", actId: ACT.fz210, role: LegalBasisRole.OTHER },
        { key: "lb-regulation", actId: ACT.regulation, role: LegalBasisRole.REGULATION },
      ],
    },
    documents: {
      applicantDocuments: {
        items: [
          { key: "doc-request", name: "Заявление о выдаче разрешения на строительство", form: DocumentForm.ORIGINAL, copies: 1, isRequestForm: true, legalBases: [grk("7")] },
          {
            key: "doc-identity",
            name: "Документ, удостоверяющий личность заявителя или его представителя",
            form: DocumentForm.ORIGINAL_FOR_INSPECTION,
            originalReturned: true,
            personalStorage: true,
            holderName: "МВД России",
            legalBases: [{ key: "ref-210-7-6", actId: ACT.fz210, article: "7", part: "6", item: "1" }],
          },
          {
            key: "doc-power-of-attorney",
            name: "Документ, подтверждающий полномочия представителя заявителя (доверенность)",
            form: DocumentForm.ORIGINAL_FOR_INSPECTION,
            condition: "При обращении представителя заявителя",
            legalBases: [{ key: "ref-gk-185", actId: ACT.gk, article: "185" }],
          },
          {
            key: "doc-project",
            name: "Результаты инженерных изысканий и материалы утверждённой проектной документации",
            requirements: "Представляются, если сведения о них отсутствуют в едином государственном реестре заключений экспертизы проектной документации",
            form: DocumentForm.ELECTRONIC_DOCUMENT,
            necessaryServiceResult: true,
            legalBases: [grk("7", "3")],
          },
        ],
      },
      interagencyDocuments: {
        items: [
          {
            key: "doc-land-title",
            name: "Правоустанавливающие документы на земельный участок (сведения ЕГРН)",
            form: DocumentForm.INFORMATION,
            holderName: "Федеральная служба государственной регистрации, кадастра и картографии",
            holderResource: "Единый государственный реестр недвижимости",
            legalBases: [grk("7", "1")],
          },
          {
            key: "doc-gpzu",
            name: "Градостроительный план земельного участка",
            form: DocumentForm.INFORMATION,
            holderAuthorityId: "authority-city-administration",
            holderName: "Администрация городского округа",
            holderResource: "Государственная информационная система обеспечения градостроительной деятельности",
            legalBases: [grk("7", "2")],
          },
          {
            key: "doc-expertise",
            name: "Положительное заключение экспертизы проектной документации",
            form: DocumentForm.INFORMATION,
            holderName: "Организация, проводившая экспертизу проектной документации",
            holderResource: "Единый государственный реестр заключений экспертизы проектной документации",
            legalBases: [grk("7", "4")],
          },
        ],
      },
    },
    acceptanceRefusalGrounds: {
      items: [
        {
          key: "arg-wrong-body",
          text: "Заявление представлено в орган, в полномочия которого не входит выдача разрешения на строительство",
          legalBases: [grk("4")],
        },
        {
          key: "arg-signature",
          text: "Несоблюдение условий признания действительности усиленной квалифицированной электронной подписи, установленных статьёй 11 Федерального закона «Об электронной подписи»",
          legalBases: [{ key: "ref-63fz-11", actId: ACT.fz63, article: "11" }],
          channels: [Channel.EPGU],
        },
        {
          key: "arg-form",
          text: "Неполное заполнение обязательных полей заявления, в том числе интерактивной формы на ЕПГУ",
          legalBases: [regulation("п. 2.7")],
        },
      ],
    },
    suspensionAndRefusal: {
      suspensionGrounds: { items: [], noneStated: true, noneStatement: "Основания для приостановления предоставления услуги законодательством не предусмотрены" },
      refusalGrounds: {
        items: [
          { key: "rg-no-documents", text: "Отсутствие документов, предусмотренных частью 7 статьи 51 Градостроительного кодекса Российской Федерации", legalBases: [grk("13")] },
          {
            key: "rg-gpzu",
            text: "Несоответствие представленных документов требованиям к строительству, установленным на дату выдачи градостроительного плана земельного участка",
            legalBases: [grk("13")],
          },
          {
            key: "rg-permitted-use",
            text: "Несоответствие планируемого объекта разрешённому использованию земельного участка или ограничениям, установленным земельным законодательством",
            legalBases: [grk("13")],
          },
        ],
      },
    },
    fee: { free: true, freeLegalBases: [grk("15")], items: [] },
    queueTime: { submissionMinutes: 15, resultMinutes: 15, appointmentMinutes: 5 },
    registrationTerms: {
      items: [
        { key: "reg-in-person", channel: Channel.IN_PERSON, sameDay: true },
        {
          key: "reg-mfc",
          channel: Channel.MFC,
          term: { value: 1, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.REQUEST_RECEIPT },
          nonWorkingDayRule: "Не позднее рабочего дня, следующего за днём поступления запроса из МФЦ",
        },
        {
          key: "reg-epgu",
          channel: Channel.EPGU,
          term: { value: 1, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.REQUEST_RECEIPT },
          nonWorkingDayRule: "Запрос, поступивший в нерабочее время, регистрируется в первый рабочий день",
        },
      ],
    },
    premises: {
      premises: "Помещения размещаются на первом этаже здания, оборудуются системой кондиционирования, противопожарной системой и средствами пожаротушения, туалетом для посетителей.",
      waitingHall: "Зал ожидания оборудуется стульями (не менее 5 мест), электронной системой управления очередью и питьевой водой.",
      fillingPlaces: "Места для заполнения запросов оборудуются столами, стульями, бланками заявлений и письменными принадлежностями.",
      informationStands: "На информационных стендах размещаются перечень документов, образцы заполнения заявлений, график приёма, сроки предоставления услуги и порядок обжалования.",
      accessibility: Object.values(AccessibilityProvision),
      accessibilityNote: "Обеспечивается в соответствии со статьёй 15 Федерального закона № 181-ФЗ.",
      disabledParkingPercent: 10,
      legalBases: [{ key: "ref-181fz-15", actId: ACT.fz181, article: "15" }],
    },
    indicators: {
      items: [
        {
          key: "ind-interactions",
          name: "Количество взаимодействий заявителя с должностными лицами при предоставлении услуги и их продолжительность",
          type: IndicatorType.ACCESSIBILITY,
          target: "не более 2 взаимодействий продолжительностью не более 15 минут",
        },
        { key: "ind-mfc", name: "Возможность получения услуги в МФЦ", type: IndicatorType.ACCESSIBILITY, target: "да" },
        { key: "ind-extraterritorial", name: "Возможность получения услуги по экстерриториальному принципу", type: IndicatorType.ACCESSIBILITY, target: "нет" },
        { key: "ind-complex", name: "Возможность получения услуги в составе комплексного запроса", type: IndicatorType.ACCESSIBILITY, target: "да" },
        {
          key: "ind-progress",
          name: "Возможность получения информации о ходе предоставления услуги, в том числе с использованием информационно-коммуникационных технологий",
          type: IndicatorType.ACCESSIBILITY,
          target: "да",
        },
        { key: "ind-timeliness", name: "Доля запросов, рассмотренных в установленный срок", type: IndicatorType.QUALITY, target: "100", unit: "%" },
      ],
    },
    otherRequirements: {
      necessaryServices: [
        {
          key: "ns-design",
          name: "Подготовка проектной документации",
          provider: "Индивидуальные предприниматели или юридические лица — члены саморегулируемой организации в области архитектурно-строительного проектирования",
          paid: true,
          legalBases: [{ key: "ref-grk-48", actId: ACT.grk, article: "48" }],
        },
      ],
      informationSystems: [InformationSystem.EPGU, InformationSystem.SMEV, InformationSystem.ESIA, InformationSystem.DEPARTMENTAL, InformationSystem.MFC_SYSTEM],
      mfcAvailable: true,
      mfcInFull: false,
      electronicAvailable: true,
      electronicStages: [
        ElectronicStage.INFORMATION,
        ElectronicStage.APPOINTMENT,
        ElectronicStage.REQUEST_FORMATION,
        ElectronicStage.REQUEST_SUBMISSION,
        ElectronicStage.PROGRESS,
        ElectronicStage.RESULT,
        ElectronicStage.QUALITY_EVALUATION,
        ElectronicStage.APPEAL,
      ],
      electronicSignature: SignatureKind.SIMPLE,
      fileFormats: "pdf, jpg, xml",
      extraterritorial: false,
      complexRequest: true,
      proactive: false,
    },
    applicants: {
      items: [
        {
          key: "applicant-developer",
          name: "Застройщики: физические лица, индивидуальные предприниматели и юридические лица",
          legalForm: ApplicantLegalForm.ANY,
          description: "Лица, обеспечивающие на принадлежащем им земельном участке строительство или реконструкцию объекта капитального строительства",
        },
      ],
      representativeAllowed: true,
    },
    submissionChannels: { channels: allChannels() },
    progressInformation: { channels: [Channel.EPGU, Channel.IN_PERSON, Channel.PHONE] },
    typoCorrection: {
      procedure: "Заявитель подаёт заявление об исправлении опечаток и ошибок в выданном разрешении; при их подтверждении выдаётся исправленное разрешение.",
      channels: allChannels(),
      term: { value: 5, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.APPLICANT_REQUEST },
      refusalGrounds: { items: [{ key: "typo-rg-none-found", text: "Отсутствие опечаток и ошибок в выданном разрешении на строительство", legalBases: [regulation("п. 3.10")] }] },
      legalBases: [regulation("п. 3.9")],
    },
    duplicateIssue: {
      procedure: "Заявитель подаёт заявление о выдаче дубликата разрешения на строительство; дубликат выдаётся с отметкой «дубликат».",
      channels: allChannels(),
      term: { value: 5, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.APPLICANT_REQUEST },
      refusalGrounds: { items: [{ key: "dup-rg-not-applicant", text: "Заявление о выдаче дубликата подано лицом, которому разрешение на строительство не выдавалось", legalBases: [regulation("п. 3.12")] }] },
      legalBases: [regulation("п. 3.11")],
    },
    leaveWithoutConsideration: {
      procedure: "Заявитель до принятия решения вправе подать заявление об оставлении запроса без рассмотрения; запрос и документы возвращаются заявителю.",
      channels: allChannels(),
      term: { value: 1, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.APPLICANT_REQUEST },
      refusalGrounds: { items: [], noneStated: true },
      legalBases: [regulation("п. 3.13")],
    },
    forms: {
      request: { title: "Заявление о выдаче разрешения на строительство", reference: "Приложение № 1 к административному регламенту", approvedBy: regulation("прил. 1") },
      result: { title: "Разрешение на строительство", reference: "Приказ Минстроя России от 03.06.2022 № 446/пр", approvedBy: { key: "ref-minstroy", actId: ACT.minstroy } },
      typoCorrection: { title: "Заявление об исправлении допущенных опечаток и ошибок", reference: "Приложение № 3 к административному регламенту", approvedBy: regulation("прил. 3") },
      duplicate: { title: "Заявление о выдаче дубликата разрешения на строительство", reference: "Приложение № 4 к административному регламенту", approvedBy: regulation("прил. 4") },
      withdrawal: { title: "Заявление об оставлении запроса без рассмотрения", reference: "Приложение № 5 к административному регламенту", approvedBy: regulation("прил. 5") },
    },
    resultDelivery: { channels: allChannels() },
  };
}

/** Finds a list item by key (tests damage items by key, as issues address them). */
export function byKey<T extends { key?: string | null }>(items: T[] | null | undefined, key: string): T {
  const item = items?.find((i) => i.key === key);
  if (!item) throw new Error(`no item with key ${key}`);
  return item;
}
