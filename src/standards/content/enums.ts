import { describeEnum } from "../../shared/enum";

export enum TermUnit {
  WORKING_DAYS = "WORKING_DAYS",
  CALENDAR_DAYS = "CALENDAR_DAYS",
  HOURS = "HOURS",
  MINUTES = "MINUTES",
  MONTHS = "MONTHS",
}
describeEnum(TermUnit, "TermUnit", "Единица срока. Unit of a term; a bare number without a unit is not a term.", {
  WORKING_DAYS: "Рабочие дни. Working days.",
  CALENDAR_DAYS: "Календарные дни. Calendar days.",
  HOURS: "Часы. Hours.",
  MINUTES: "Минуты. Minutes.",
  MONTHS: "Месяцы. Months.",
});

export enum TermStart {
  REQUEST_REGISTRATION = "REQUEST_REGISTRATION",
  DAY_AFTER_REGISTRATION = "DAY_AFTER_REGISTRATION",
  REQUEST_RECEIPT = "REQUEST_RECEIPT",
  INTERAGENCY_ANSWERS_RECEIPT = "INTERAGENCY_ANSWERS_RECEIPT",
  DECISION = "DECISION",
  APPLICANT_REQUEST = "APPLICANT_REQUEST",
  OTHER = "OTHER",
}
describeEnum(TermStart, "TermStart", "Событие, с которого исчисляется срок. Event from which a term is counted.", {
  REQUEST_REGISTRATION: "Со дня регистрации запроса (в том числе поданного через МФЦ, почтой или ЕПГУ). From registration of the request.",
  DAY_AFTER_REGISTRATION: "Со дня, следующего за днём регистрации запроса. From the day after registration.",
  REQUEST_RECEIPT: "Со дня поступления (подачи) запроса. From receipt of the request.",
  INTERAGENCY_ANSWERS_RECEIPT: "Со дня получения ответов на межведомственные запросы (устаревшая практика). From receipt of interagency answers (legacy).",
  DECISION: "Со дня принятия решения. From the decision.",
  APPLICANT_REQUEST: "С момента обращения заявителя. From the applicant's request (e.g. for typo correction).",
  OTHER: "Иное событие (указывается в пояснении). Other event, described in startNote.",
});

export enum Channel {
  IN_PERSON = "IN_PERSON",
  MFC = "MFC",
  POST = "POST",
  EPGU = "EPGU",
  REGIONAL_PORTAL = "REGIONAL_PORTAL",
  OFFICIAL_SITE = "OFFICIAL_SITE",
  EMAIL = "EMAIL",
  PHONE = "PHONE",
}
describeEnum(Channel, "Channel", "Способ взаимодействия с заявителем (подача запроса, информирование, выдача результата). Channel of interaction with the applicant.", {
  IN_PERSON: "Лично в органе, предоставляющем услугу. In person at the providing body.",
  MFC: "Через многофункциональный центр (МФЦ). Through a multifunctional centre.",
  POST: "Почтовым отправлением. By post.",
  EPGU: "Через Единый портал государственных и муниципальных услуг (функций) (ЕПГУ), в электронной форме. Through the federal portal Gosuslugi, electronically.",
  REGIONAL_PORTAL: "Через региональный портал государственных и муниципальных услуг. Through a regional portal.",
  OFFICIAL_SITE: "Через официальный сайт органа. Through the body's official website.",
  EMAIL: "По электронной почте. By e-mail.",
  PHONE: "По телефону (только для информирования). By phone (information only).",
});

export const ELECTRONIC_CHANNELS: readonly Channel[] = [Channel.EPGU, Channel.REGIONAL_PORTAL, Channel.OFFICIAL_SITE, Channel.EMAIL];

export enum DocumentForm {
  ORIGINAL = "ORIGINAL",
  COPY = "COPY",
  NOTARISED_COPY = "NOTARISED_COPY",
  CERTIFIED_COPY = "CERTIFIED_COPY",
  ORIGINAL_FOR_INSPECTION = "ORIGINAL_FOR_INSPECTION",
  ELECTRONIC_IMAGE = "ELECTRONIC_IMAGE",
  ELECTRONIC_DOCUMENT = "ELECTRONIC_DOCUMENT",
  INFORMATION = "INFORMATION",
}
describeEnum(DocumentForm, "DocumentForm", "Форма представления документа. Form in which a document is presented.", {
  ORIGINAL: "Подлинник. Original.",
  COPY: "Копия. Copy.",
  NOTARISED_COPY: "Нотариально удостоверенная копия. Notarised copy.",
  CERTIFIED_COPY: "Копия, заверенная в установленном порядке. Certified copy.",
  ORIGINAL_FOR_INSPECTION: "Подлинник для обозрения (возвращается заявителю) с копией. Original shown and returned, with a copy.",
  ELECTRONIC_IMAGE: "Электронный образ документа. Electronic image (scan).",
  ELECTRONIC_DOCUMENT: "Электронный документ, подписанный электронной подписью. Electronic document with an e-signature.",
  INFORMATION: "Сведения (без представления документа). Information, not a document.",
});

export enum ResultKind {
  DOCUMENT_PAPER = "DOCUMENT_PAPER",
  DOCUMENT_ELECTRONIC = "DOCUMENT_ELECTRONIC",
  REGISTRY_RECORD = "REGISTRY_RECORD",
  ACTION = "ACTION",
}
describeEnum(ResultKind, "ResultKind", "Вид результата предоставления услуги. Kind of result.", {
  DOCUMENT_PAPER: "Документ на бумажном носителе. Paper document.",
  DOCUMENT_ELECTRONIC: "Электронный документ. Electronic document.",
  REGISTRY_RECORD: "Реестровая запись. Registry record.",
  ACTION: "Действие (например, постановка на учёт). Action.",
});

export enum FeeKind {
  STATE_DUTY = "STATE_DUTY",
  FEE = "FEE",
}
describeEnum(FeeKind, "FeeKind", "Вид платы. Kind of payment.", {
  STATE_DUTY: "Государственная пошлина (гл. 25.3 НК РФ). State duty under the Tax Code.",
  FEE: "Иная плата, предусмотренная нормативным правовым актом. Another fee set by a legal act.",
});

export enum PaymentMethod {
  CASH = "CASH",
  BANK_TRANSFER = "BANK_TRANSFER",
  EPGU_ONLINE = "EPGU_ONLINE",
  MFC_TERMINAL = "MFC_TERMINAL",
}
describeEnum(PaymentMethod, "PaymentMethod", "Способ внесения платы. Way of paying.", {
  CASH: "Наличными через кредитную организацию. In cash through a bank.",
  BANK_TRANSFER: "Безналичный перевод. Bank transfer.",
  EPGU_ONLINE: "Онлайн через ЕПГУ. Online through the portal.",
  MFC_TERMINAL: "Через платёжный терминал в МФЦ. Payment terminal at an MFC.",
});

export enum PaymentTiming {
  BEFORE_SUBMISSION = "BEFORE_SUBMISSION",
  BEFORE_ISSUE = "BEFORE_ISSUE",
}
describeEnum(PaymentTiming, "PaymentTiming", "Момент внесения платы. When the fee is paid.", {
  BEFORE_SUBMISSION: "До подачи запроса. Before submitting the request.",
  BEFORE_ISSUE: "До выдачи результата. Before the result is issued.",
});

export enum IndicatorType {
  ACCESSIBILITY = "ACCESSIBILITY",
  QUALITY = "QUALITY",
}
describeEnum(IndicatorType, "IndicatorType", "Вид показателя. Kind of indicator.", {
  ACCESSIBILITY: "Показатель доступности. Accessibility indicator.",
  QUALITY: "Показатель качества. Quality indicator.",
});

export enum AccessibilityProvision {
  BUILDING_ACCESS = "BUILDING_ACCESS",
  INDEPENDENT_MOVEMENT = "INDEPENDENT_MOVEMENT",
  ASSISTANCE_VISION_MOBILITY = "ASSISTANCE_VISION_MOBILITY",
  EQUIPMENT_PLACEMENT = "EQUIPMENT_PLACEMENT",
  SOUND_VISUAL_DUPLICATION = "SOUND_VISUAL_DUPLICATION",
  SIGN_LANGUAGE_INTERPRETER = "SIGN_LANGUAGE_INTERPRETER",
  GUIDE_DOG = "GUIDE_DOG",
  DISABLED_PARKING = "DISABLED_PARKING",
  RAMPS_AND_PASSAGES = "RAMPS_AND_PASSAGES",
  STAFF_ASSISTANCE = "STAFF_ASSISTANCE",
}
describeEnum(
  AccessibilityProvision,
  "AccessibilityProvision",
  "Условие доступности для инвалидов (ст. 15 Федерального закона № 181-ФЗ). Accessibility provision for disabled persons.",
  {
    BUILDING_ACCESS: "Беспрепятственный доступ к зданию и помещениям. Unimpeded access to the building.",
    INDEPENDENT_MOVEMENT: "Самостоятельное передвижение по территории, вход и выход, посадка в транспорт, в том числе с креслом-коляской. Independent movement, entry and exit.",
    ASSISTANCE_VISION_MOBILITY: "Сопровождение инвалидов со стойкими нарушениями зрения и самостоятельного передвижения. Accompaniment of persons with vision or mobility impairments.",
    EQUIPMENT_PLACEMENT: "Надлежащее размещение оборудования и носителей информации. Proper placement of equipment and information.",
    SOUND_VISUAL_DUPLICATION: "Дублирование звуковой и зрительной информации, надписей и знаков, в том числе шрифтом Брайля. Duplication of sound and visual information, incl. Braille.",
    SIGN_LANGUAGE_INTERPRETER: "Допуск сурдопереводчика и тифлосурдопереводчика. Sign-language and tactile interpreters admitted.",
    GUIDE_DOG: "Допуск собаки-проводника. Guide dogs admitted.",
    DISABLED_PARKING: "Не менее 10% (не менее одного) мест для парковки транспорта инвалидов. At least 10% (one) parking places for disabled persons.",
    RAMPS_AND_PASSAGES: "Пандусы, расширенные проходы, поручни. Ramps, widened passages, handrails.",
    STAFF_ASSISTANCE: "Помощь работников в преодолении барьеров. Staff assistance in overcoming barriers.",
  },
);

export enum ApplicantLegalForm {
  INDIVIDUAL = "INDIVIDUAL",
  INDIVIDUAL_ENTREPRENEUR = "INDIVIDUAL_ENTREPRENEUR",
  LEGAL_ENTITY = "LEGAL_ENTITY",
  FOREIGN_INDIVIDUAL = "FOREIGN_INDIVIDUAL",
  ANY = "ANY",
}
describeEnum(ApplicantLegalForm, "ApplicantLegalForm", "Правовой статус заявителя. Legal form of an applicant.", {
  INDIVIDUAL: "Физическое лицо. Individual.",
  INDIVIDUAL_ENTREPRENEUR: "Индивидуальный предприниматель. Individual entrepreneur.",
  LEGAL_ENTITY: "Юридическое лицо. Legal entity.",
  FOREIGN_INDIVIDUAL: "Иностранный гражданин или лицо без гражданства. Foreign national or stateless person.",
  ANY: "Физические и юридические лица. Individuals and legal entities.",
});

export enum MfcParticipation {
  NONE = "NONE",
  ACCEPTANCE_ONLY = "ACCEPTANCE_ONLY",
  ACCEPTANCE_AND_ISSUE = "ACCEPTANCE_AND_ISSUE",
  FULL = "FULL",
}
describeEnum(MfcParticipation, "MfcParticipation", "Участие МФЦ в предоставлении услуги. Participation of multifunctional centres.", {
  NONE: "МФЦ не участвует. No MFC participation.",
  ACCEPTANCE_ONLY: "МФЦ только принимает запрос (результат выдаёт орган). The MFC accepts requests only.",
  ACCEPTANCE_AND_ISSUE: "МФЦ принимает запрос и выдаёт результат. The MFC accepts requests and issues results.",
  FULL: "Услуга предоставляется в МФЦ в полном объёме. Provided at the MFC in full.",
});

export enum SignatureKind {
  NONE = "NONE",
  SIMPLE = "SIMPLE",
  ENHANCED_UNQUALIFIED = "ENHANCED_UNQUALIFIED",
  QUALIFIED = "QUALIFIED",
}
describeEnum(SignatureKind, "SignatureKind", "Вид электронной подписи запроса (Федеральный закон № 63-ФЗ). Kind of electronic signature.", {
  NONE: "Подпись не требуется. No signature required.",
  SIMPLE: "Простая электронная подпись (в том числе через ЕСИА). Simple e-signature.",
  ENHANCED_UNQUALIFIED: "Усиленная неквалифицированная электронная подпись. Enhanced unqualified e-signature.",
  QUALIFIED: "Усиленная квалифицированная электронная подпись. Qualified e-signature.",
});

export enum ElectronicStage {
  INFORMATION = "INFORMATION",
  APPOINTMENT = "APPOINTMENT",
  REQUEST_FORMATION = "REQUEST_FORMATION",
  REQUEST_SUBMISSION = "REQUEST_SUBMISSION",
  PAYMENT = "PAYMENT",
  PROGRESS = "PROGRESS",
  RESULT = "RESULT",
  QUALITY_EVALUATION = "QUALITY_EVALUATION",
  APPEAL = "APPEAL",
}
describeEnum(ElectronicStage, "ElectronicStage", "Действие, доступное заявителю в электронной форме. A step available to the applicant electronically.", {
  INFORMATION: "Получение информации о порядке и сроках. Information on procedure and terms.",
  APPOINTMENT: "Запись на приём. Booking an appointment.",
  REQUEST_FORMATION: "Формирование запроса. Forming the request.",
  REQUEST_SUBMISSION: "Приём и регистрация запроса и документов. Acceptance and registration of the request.",
  PAYMENT: "Оплата государственной пошлины или иной платы. Paying the duty or fee.",
  PROGRESS: "Получение сведений о ходе рассмотрения запроса. Progress information.",
  RESULT: "Получение результата. Receiving the result.",
  QUALITY_EVALUATION: "Оценка качества предоставления услуги. Quality evaluation.",
  APPEAL: "Досудебное (внесудебное) обжалование. Pre-trial appeal.",
});

export enum InformationSystem {
  EPGU = "EPGU",
  REGIONAL_PORTAL = "REGIONAL_PORTAL",
  SMEV = "SMEV",
  GIS_GMP = "GIS_GMP",
  ESIA = "ESIA",
  DEPARTMENTAL = "DEPARTMENTAL",
  MFC_SYSTEM = "MFC_SYSTEM",
}
describeEnum(InformationSystem, "InformationSystem", "Информационная система, используемая при предоставлении услуги. Information system used.", {
  EPGU: "Единый портал государственных и муниципальных услуг (функций). Federal portal.",
  REGIONAL_PORTAL: "Региональный портал государственных и муниципальных услуг. Regional portal.",
  SMEV: "Система межведомственного электронного взаимодействия (СМЭВ). Interagency exchange system.",
  GIS_GMP: "Государственная информационная система о государственных и муниципальных платежах (ГИС ГМП). State payments system.",
  ESIA: "Единая система идентификации и аутентификации (ЕСИА). Federal identity system.",
  DEPARTMENTAL: "Ведомственная информационная система органа. Departmental system of the body.",
  MFC_SYSTEM: "Автоматизированная информационная система МФЦ. MFC information system.",
});

export enum LegalBasisRole {
  ESTABLISHES_POWER = "ESTABLISHES_POWER",
  REGULATION = "REGULATION",
  SETS_TERM = "SETS_TERM",
  SETS_DOCUMENTS = "SETS_DOCUMENTS",
  SETS_GROUNDS = "SETS_GROUNDS",
  SETS_FEE = "SETS_FEE",
  OTHER = "OTHER",
}
describeEnum(LegalBasisRole, "LegalBasisRole", "Роль нормативного правового акта в правовых основаниях. Role of a legal act among the legal bases.", {
  ESTABLISHES_POWER: "Устанавливает полномочие органа по предоставлению услуги. Establishes the body's power.",
  REGULATION: "Административный регламент (акт, утверждающий стандарт). The administrative regulation.",
  SETS_TERM: "Устанавливает срок. Sets the term.",
  SETS_DOCUMENTS: "Устанавливает перечень документов. Sets the documents.",
  SETS_GROUNDS: "Устанавливает основания для отказа или приостановления. Sets refusal or suspension grounds.",
  SETS_FEE: "Устанавливает плату. Sets the fee.",
  OTHER: "Иное. Other.",
});
