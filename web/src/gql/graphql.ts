/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Условие доступности для инвалидов (ст. 15 Федерального закона № 181-ФЗ). Accessibility provision for disabled persons. */
export type AccessibilityProvision =
  /** Сопровождение инвалидов со стойкими нарушениями зрения и самостоятельного передвижения. Accompaniment of persons with vision or mobility impairments. */
  | 'ASSISTANCE_VISION_MOBILITY'
  /** Беспрепятственный доступ к зданию и помещениям. Unimpeded access to the building. */
  | 'BUILDING_ACCESS'
  /** Не менее 10% (не менее одного) мест для парковки транспорта инвалидов. At least 10% (one) parking places for disabled persons. */
  | 'DISABLED_PARKING'
  /** Надлежащее размещение оборудования и носителей информации. Proper placement of equipment and information. */
  | 'EQUIPMENT_PLACEMENT'
  /** Допуск собаки-проводника. Guide dogs admitted. */
  | 'GUIDE_DOG'
  /** Самостоятельное передвижение по территории, вход и выход, посадка в транспорт, в том числе с креслом-коляской. Independent movement, entry and exit. */
  | 'INDEPENDENT_MOVEMENT'
  /** Пандусы, расширенные проходы, поручни. Ramps, widened passages, handrails. */
  | 'RAMPS_AND_PASSAGES'
  /** Допуск сурдопереводчика и тифлосурдопереводчика. Sign-language and tactile interpreters admitted. */
  | 'SIGN_LANGUAGE_INTERPRETER'
  /** Дублирование звуковой и зрительной информации, надписей и знаков, в том числе шрифтом Брайля. Duplication of sound and visual information, incl. Braille. */
  | 'SOUND_VISUAL_DUPLICATION'
  /** Помощь работников в преодолении барьеров. Staff assistance in overcoming barriers. */
  | 'STAFF_ASSISTANCE';

/** Новый токен доступа. A new API token. */
export type ApiTokenCreateInput = {
  /** Срок действия; по умолчанию — через TOKEN_DEFAULT_TTL_DAYS дней (90). Expiry; by default TOKEN_DEFAULT_TTL_DAYS (90) days from now. */
  expiresAt?: string | null | undefined;
  /** Назначение токена (не пустое, до 200 символов). Name. */
  name: string;
  /** Пользователь. User. */
  userId: string | number;
};

/** Категория заявителей. A category of applicants. */
export type ApplicantCategoryInput = {
  /** Описание признаков. Description. */
  description?: string | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Правовой статус. Legal form. */
  legalForm?: ApplicantLegalForm | null | undefined;
  /** Наименование категории. Name. */
  name?: string | null | undefined;
};

/** Правовой статус заявителя. Legal form of an applicant. */
export type ApplicantLegalForm =
  /** Физические и юридические лица. Individuals and legal entities. */
  | 'ANY'
  /** Иностранный гражданин или лицо без гражданства. Foreign national or stateless person. */
  | 'FOREIGN_INDIVIDUAL'
  /** Физическое лицо. Individual. */
  | 'INDIVIDUAL'
  /** Индивидуальный предприниматель. Individual entrepreneur. */
  | 'INDIVIDUAL_ENTREPRENEUR'
  /** Юридическое лицо. Legal entity. */
  | 'LEGAL_ENTITY';

/** п. 1 ч. 2 ст. 14: состав (перечень) заявителей. Part 2 item 1: applicants. */
export type ApplicantsSectionInput = {
  /** Категории заявителей. Categories. */
  items?: Array<ApplicantCategoryInput> | null | undefined;
  /** Как действует представитель: по способам подачи, где акт это различает, с документом о полномочиях. How a representative applies, per channel. */
  representation?: Array<RepresentationRuleInput> | null | undefined;
  /** Допускается обращение представителя заявителя. Representatives allowed. */
  representativeAllowed?: boolean | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Вид нарушения цепочки журнала аудита. How the audit chain is broken. */
export type AuditChainBreak =
  /** Запись изменена после записи: её хеш не совпадает с содержимым. The entry was changed after it was written. */
  | 'ALTERED'
  /** Запись не содержит хеша предыдущей: запись перед ней удалена или эта вставлена в обход журнала. A preceding entry was removed, or this one was inserted around the chain. */
  | 'BROKEN_LINK'
  /** Последние записи журнала удалены: конец цепочки не совпадает с последней записью. Entries were removed from the end. */
  | 'TRUNCATED';

/** Фильтр журнала аудита. Audit log filter. */
export type AuditLogFilter = {
  /** Действие (имя операции), например standardVersionPublish. Action (operation name). */
  action?: string | null | undefined;
  /** Кто выполнил действие. Actor. */
  actor?: string | null | undefined;
  /** Орган власти (владелец услуги). Authority owning the service. */
  authorityId?: string | number | null | undefined;
  /** С момента (включительно). From (inclusive). */
  from?: string | null | undefined;
  /** Включая подчинённые органы. Include subordinate authorities. */
  includeSubordinate?: boolean | null | undefined;
  /** Услуга. Service. */
  serviceId?: string | number | null | undefined;
  /** До момента (не включая). To (exclusive). */
  to?: string | null | undefined;
};

/** Новый орган власти (обязательны наименование и уровень). A new authority. */
export type AuthorityInput = {
  /** Принцип четырёх глаз (по умолчанию включён): направивший на согласование не публикует. Four-eyes rule (default on). */
  fourEyes?: boolean | null | undefined;
  /** Уровень власти. Level. */
  level: GovernmentLevel;
  /** Полное наименование (не пустое, до 1000 символов). Full name. */
  name: string;
  /** Код ОКТМО территории органа: 8 цифр — муниципальное образование или субъект (первые 2 цифры — субъект РФ: «56000000» — Пензенская область, «56701000» — город Пенза), 11 цифр — населённый пункт («56701000001»). OKTMO code: 8 digits (municipality or region), 11 (settlement). */
  oktmo?: string | null | undefined;
  /** Вышестоящий орган. Parent authority. */
  parentId?: string | number | null | undefined;
  /** Краткое наименование. Short name. */
  shortName?: string | null | undefined;
};

/** Порядок вспомогательной процедуры (исправление опечаток, выдача дубликата, оставление запроса без рассмотрения). An auxiliary procedure. */
export type AuxiliaryProcedureInput = {
  /** Способы подачи заявления. Channels. */
  channels?: Array<Channel> | null | undefined;
  /** Нормативные основания. Legal bases. */
  legalBases?: Array<LegalReferenceInput> | null | undefined;
  /** Процедура не применяется (с указанием основания). Not applicable. */
  notApplicable?: boolean | null | undefined;
  /** Описание порядка. Procedure. */
  procedure?: string | null | undefined;
  /** Исчерпывающий перечень оснований для отказа. Exhaustive refusal grounds. */
  refusalGrounds?: GroundListInput | null | undefined;
  /** Срок. Term. */
  term?: TermInput | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Вид изменения. Kind of change. */
export type ChangeKind =
  /** Добавлено. Added. */
  | 'ADDED'
  /** Изменено. Changed. */
  | 'CHANGED'
  /** Удалено (исключено). Removed. */
  | 'REMOVED';

/** Способ взаимодействия с заявителем (подача запроса, информирование, выдача результата). Channel of interaction with the applicant. */
export type Channel =
  /** По электронной почте. By e-mail. */
  | 'EMAIL'
  /** Через Единый портал государственных и муниципальных услуг (функций) (ЕПГУ), в электронной форме. Through the federal portal Gosuslugi, electronically. */
  | 'EPGU'
  /** Лично в органе, предоставляющем услугу. In person at the providing body. */
  | 'IN_PERSON'
  /** Через многофункциональный центр (МФЦ). Through a multifunctional centre. */
  | 'MFC'
  /** Через официальный сайт органа. Through the body's official website. */
  | 'OFFICIAL_SITE'
  /** По телефону (только для информирования). By phone (information only). */
  | 'PHONE'
  /** Почтовым отправлением. By post. */
  | 'POST'
  /** Через региональный портал государственных и муниципальных услуг. Through a regional portal. */
  | 'REGIONAL_PORTAL';

/** Способ установления личности заявителя при подаче запроса указанными способами. Identification per channel. */
export type ChannelIdentificationInput = {
  /** Способы подачи. Channels. */
  channels?: Array<Channel> | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Способы установления личности. Ways of identification. */
  methods?: Array<IdentificationMethod> | null | undefined;
  /** Пояснение. Note. */
  note?: string | null | undefined;
};

/** Перечень способов взаимодействия с пояснением. A list of channels with a note. */
export type ChannelsSectionInput = {
  /** Способы. Channels. */
  channels?: Array<Channel> | null | undefined;
  /** Пояснение. Note. */
  note?: string | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Требование к документу при подаче одним или несколькими способами (подлинник, копия, не представляется). Requirement to a document per channel. */
export type DocumentChannelRequirementInput = {
  /** Способы подачи, к которым относится требование (пусто: ко всем). Channels (empty: all). */
  channels?: Array<Channel> | null | undefined;
  /** Форма представления. Form. */
  form?: DocumentForm | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Документ при подаче этим способом не представляется. Not submitted through these channels. */
  notSubmitted?: boolean | null | undefined;
  /** Пояснение. Note. */
  note?: string | null | undefined;
};

/** Форма представления документа. Form in which a document is presented. */
export type DocumentForm =
  /** Копия, заверенная в установленном порядке. Certified copy. */
  | 'CERTIFIED_COPY'
  /** Копия. Copy. */
  | 'COPY'
  /** Электронный документ, подписанный электронной подписью. Electronic document with an e-signature. */
  | 'ELECTRONIC_DOCUMENT'
  /** Электронный образ документа. Electronic image (scan). */
  | 'ELECTRONIC_IMAGE'
  /** Сведения (без представления документа). Information, not a document. */
  | 'INFORMATION'
  /** Нотариально удостоверенная копия. Notarised copy. */
  | 'NOTARISED_COPY'
  /** Подлинник. Original. */
  | 'ORIGINAL'
  /** Подлинник для обозрения (возвращается заявителю) с копией. Original shown and returned, with a copy. */
  | 'ORIGINAL_FOR_INSPECTION';

/** Исчерпывающий перечень документов или явное указание, что их нет. An exhaustive document list, or the none statement. */
export type DocumentListInput = {
  /** Документы. Documents. */
  items?: Array<RequiredDocumentInput> | null | undefined;
  /** Явно указано, что документы не требуются (не предусмотрены). The explicit none statement. */
  noneStated?: boolean | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** п. 6 ч. 1 ст. 14: исчерпывающий перечень документов с разделением на представляемые заявителем самостоятельно и получаемые в порядке межведомственного взаимодействия. Item 6: documents, applicant / interagency. */
export type DocumentsSectionInput = {
  /** Документы, которые заявитель должен представить самостоятельно. Documents the applicant must submit. */
  applicantDocuments?: DocumentListInput | null | undefined;
  /** Документы, которые заявитель вправе представить по собственной инициативе, так как они запрашиваются в порядке межведомственного взаимодействия. Documents obtained by interagency request (the applicant may submit them). */
  interagencyDocuments?: DocumentListInput | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Действие, доступное заявителю в электронной форме. A step available to the applicant electronically. */
export type ElectronicStage =
  /** Досудебное (внесудебное) обжалование. Pre-trial appeal. */
  | 'APPEAL'
  /** Запись на приём. Booking an appointment. */
  | 'APPOINTMENT'
  /** Получение информации о порядке и сроках. Information on procedure and terms. */
  | 'INFORMATION'
  /** Оплата государственной пошлины или иной платы. Paying the duty or fee. */
  | 'PAYMENT'
  /** Получение сведений о ходе рассмотрения запроса. Progress information. */
  | 'PROGRESS'
  /** Оценка качества предоставления услуги. Quality evaluation. */
  | 'QUALITY_EVALUATION'
  /** Формирование запроса. Forming the request. */
  | 'REQUEST_FORMATION'
  /** Приём и регистрация запроса и документов. Acceptance and registration of the request. */
  | 'REQUEST_SUBMISSION'
  /** Получение результата. Receiving the result. */
  | 'RESULT';

/** Состояние элемента стандарта. State of an element. */
export type ElementStatusKind =
  /** Заполнен и без ошибок. Filled and valid. */
  | 'FILLED'
  /** Заполнен с ошибками. Filled with errors. */
  | 'INVALID'
  /** Не заполнен, хотя обязателен. Missing though required. */
  | 'MISSING'
  /** Не заполнен и не обязателен для этого вида стандарта. Empty and not required. */
  | 'NOT_REQUIRED';

/** Плата (государственная пошлина или иная плата). A fee or state duty. */
export type FeeInput = {
  /** Размер в рублях. Amount in roubles. */
  amount?: string | null | undefined;
  /** Норма, устанавливающая размер, если размер указан ссылкой на неё, а не числом (например, подп. 24 п. 1 ст. 333.33 НК РФ). The norm that sets the amount, when the amount is given by reference. */
  amountBases?: Array<LegalReferenceInput> | null | undefined;
  /** Льготы и освобождения. Exemptions. */
  exemptions?: string | null | undefined;
  /** Порядок расчёта, если размер не фиксирован. Formula if the amount is not fixed. */
  formula?: string | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Вид платы. Kind. */
  kind?: FeeKind | null | undefined;
  /** Нормативные основания взимания. Legal bases. */
  legalBases?: Array<LegalReferenceInput> | null | undefined;
  /** Наименование (за что взимается). What is paid for. */
  name?: string | null | undefined;
  /** Способы внесения платы. Payment methods. */
  paymentMethods?: Array<PaymentMethod> | null | undefined;
  /** Когда вносится плата. When it is paid. */
  timing?: PaymentTiming | null | undefined;
};

/** Вид платы. Kind of payment. */
export type FeeKind =
  /** Иная плата, предусмотренная нормативным правовым актом. Another fee set by a legal act. */
  | 'FEE'
  /** Государственная пошлина (гл. 25.3 НК РФ). State duty under the Tax Code. */
  | 'STATE_DUTY';

/** п. 9 ч. 1 ст. 14 (и п. 3 ч. 2 ст. 14 для единого стандарта): размер платы и способы её взимания. Item 9 (and part 2 item 3): fee. */
export type FeeSectionInput = {
  /** Услуга предоставляется бесплатно (явное указание). Explicitly free of charge. */
  free?: boolean | null | undefined;
  /** Основание бесплатности. Legal basis of being free. */
  freeLegalBases?: Array<LegalReferenceInput> | null | undefined;
  /** Платежи. Fees. */
  items?: Array<FeeInput> | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Плата в варианте: выбор платежей услуги по ключам или «бесплатно». The variant's fee, selected by key, or free. */
export type FeeSelectionInput = {
  /** Ключи платежей из перечня услуги (Fee.key). Keys of service-level fees. */
  feeKeys?: Array<string | number> | null | undefined;
  /** Вариант предоставляется бесплатно. Free of charge. */
  free?: boolean | null | undefined;
  /** Основание бесплатности варианта. Legal basis of being free. */
  freeLegalBases?: Array<LegalReferenceInput> | null | undefined;
};

/** Форма (шаблон) документа. A form template. */
export type FormTemplateInput = {
  /** Акт, утвердивший форму. Approving act. */
  approvedBy?: LegalReferenceInput | null | undefined;
  /** Федеральный закон, освобождающий от установления формы. Exemption by federal law. */
  exemptionBasis?: LegalReferenceInput | null | undefined;
  /** Ссылка на шаблон или приложение к регламенту. Link or annex reference. */
  reference?: string | null | undefined;
  /** Наименование формы. Title. */
  title?: string | null | undefined;
};

/** п. 8 ч. 2 ст. 14: формы запроса, результата и заявлений. Part 2 item 8: forms. */
export type FormsSectionInput = {
  /** Форма заявления о выдаче дубликата. Duplicate application. */
  duplicate?: FormTemplateInput | null | undefined;
  /** Форма запроса о предоставлении услуги. Request form. */
  request?: FormTemplateInput | null | undefined;
  /** Форма документа, являющегося результатом. Result document form. */
  result?: FormTemplateInput | null | undefined;
  /** Форма заявления об исправлении опечаток и ошибок. Typo correction application. */
  typoCorrection?: FormTemplateInput | null | undefined;
  /** Форма заявления об оставлении запроса без рассмотрения. Withdrawal application. */
  withdrawal?: FormTemplateInput | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Уровень публичной власти. Level of government. */
export type GovernmentLevel =
  /** Федеральный. Federal. */
  | 'FEDERAL'
  /** Муниципальный. Municipal. */
  | 'MUNICIPAL'
  /** Региональный (субъект Российской Федерации). Regional. */
  | 'REGIONAL';

/** Основание (для отказа в приёме документов, приостановления, отказа). A ground for refusal or suspension. */
export type GroundInput = {
  /** Способы подачи, к которым применяется основание (пусто: ко всем). Channels it applies to (empty: all). */
  channels?: Array<Channel> | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Нормативные основания. Legal bases. */
  legalBases?: Array<LegalReferenceInput> | null | undefined;
  /** Максимальный срок приостановления (для оснований приостановления). Maximum suspension term. */
  maxTerm?: TermInput | null | undefined;
  /** Пояснение. Note. */
  note?: string | null | undefined;
  /** Формулировка основания. Wording of the ground. */
  text?: string | null | undefined;
};

/** Исчерпывающий перечень оснований: элементы или явное указание, что оснований нет. An exhaustive list of grounds, or the explicit statement that there are none. */
export type GroundListInput = {
  /** Основания. Grounds. */
  items?: Array<GroundInput> | null | undefined;
  /** Явно указано, что оснований нет («основания отсутствуют»). The explicit none statement. */
  noneStated?: boolean | null | undefined;
  /** Текст указания об отсутствии оснований. Wording of the none statement. */
  noneStatement?: string | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Основания варианта: выбор по ключам из перечня оснований услуги или явное указание, что их нет. The variant's grounds, selected by key, or none. */
export type GroundSelectionInput = {
  /** Ключи оснований из перечня услуги (Ground.key). Keys of service-level grounds. */
  groundKeys?: Array<string | number> | null | undefined;
  /** Явно указано, что оснований нет. The explicit none statement. */
  noneStated?: boolean | null | undefined;
  /** Текст указания об отсутствии оснований. Wording of the none statement. */
  noneStatement?: string | null | undefined;
};

/** Способ установления личности (идентификации) заявителя. Way of identifying the applicant. */
export type IdentificationMethod =
  /** Единая биометрическая система. Biometric identification. */
  | 'BIOMETRICS'
  /** Единая система идентификации и аутентификации (ЕСИА). The federal identity system. */
  | 'ESIA'
  /** Документ, удостоверяющий личность. An identity document. */
  | 'IDENTITY_DOCUMENT'
  /** Установление личности не требуется. Not required. */
  | 'NOT_REQUIRED'
  /** Иной способ (указывается в пояснении). Another way, in the note. */
  | 'OTHER'
  /** Усиленная квалифицированная электронная подпись. A qualified e-signature. */
  | 'QUALIFIED_SIGNATURE';

/** Показатель доступности или качества. An accessibility or quality indicator. */
export type IndicatorInput = {
  /** Порядок расчёта. Formula. */
  formula?: string | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Наименование показателя. Name. */
  name?: string | null | undefined;
  /** Целевое значение. Target value. */
  target?: string | null | undefined;
  /** Вид показателя. Kind. */
  type?: IndicatorType | null | undefined;
  /** Единица измерения. Unit. */
  unit?: string | null | undefined;
};

/** Вид показателя. Kind of indicator. */
export type IndicatorType =
  /** Показатель доступности. Accessibility indicator. */
  | 'ACCESSIBILITY'
  /** Показатель качества. Quality indicator. */
  | 'QUALITY';

/** п. 13 ч. 1 ст. 14: показатели доступности и качества услуги. Item 13: accessibility and quality indicators. */
export type IndicatorsSectionInput = {
  /** Показатели. Indicators. */
  items?: Array<IndicatorInput> | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Информационная система, используемая при предоставлении услуги. Information system used. */
export type InformationSystem =
  /** Ведомственная информационная система органа. Departmental system of the body. */
  | 'DEPARTMENTAL'
  /** Единый портал государственных и муниципальных услуг (функций). Federal portal. */
  | 'EPGU'
  /** Единая система идентификации и аутентификации (ЕСИА). Federal identity system. */
  | 'ESIA'
  /** Государственная информационная система о государственных и муниципальных платежах (ГИС ГМП). State payments system. */
  | 'GIS_GMP'
  /** Автоматизированная информационная система МФЦ. MFC information system. */
  | 'MFC_SYSTEM'
  /** Региональный портал государственных и муниципальных услуг. Regional portal. */
  | 'REGIONAL_PORTAL'
  /** Система межведомственного электронного взаимодействия (СМЭВ). Interagency exchange system. */
  | 'SMEV';

/** Акт, которым внесены изменения: номер и дата (вид и орган — если отличаются от изменяемого акта). An amending act. */
export type LegalActAmendmentInput = {
  /** Дата принятия (ГГГГ-ММ-ДД). Date. */
  date?: string | null | undefined;
  /** Орган, принявший акт, если отличается. Issuer, if different. */
  issuer?: string | null | undefined;
  /** Номер. Number. */
  number?: string | null | undefined;
  /** Наименование, если известно. Title, if known. */
  title?: string | null | undefined;
  /** Вид акта, если отличается от вида изменяемого акта. Type, if different. */
  type?: LegalActType | null | undefined;
  /** Ссылка на публикацию. Publication link. */
  url?: string | null | undefined;
};

/** Реквизиты нормативного правового акта: обязательны вид, орган, номер и дата; наименование — если приведено в источнике. Legal act requisites; the title is optional. */
export type LegalActInput = {
  /** Акты, которыми внесены изменения (список изменяющих документов): номер и дата каждого. Amending acts. */
  amendments?: Array<LegalActAmendmentInput> | null | undefined;
  /** Дата принятия (ГГГГ-ММ-ДД). Date (YYYY-MM-DD). */
  date: string;
  /** Дата действующей редакции («в ред. от …»). Date of the current edition. */
  editionDate?: string | null | undefined;
  /** Орган, принявший акт (до 500 символов). Issuer. */
  issuer: string;
  /** Номер акта без знака «№», например «210-ФЗ» (до 100 символов; ведущий «№» отбрасывается). Number. */
  number: string;
  /** Наименование, если оно приведено в источнике (может отсутствовать). Title, if the source gives it. */
  title?: string | null | undefined;
  /** Вид акта. Type. */
  type: LegalActType;
  /** Ссылка на официальное опубликование. Link. */
  url?: string | null | undefined;
};

/** Вид нормативного правового акта. Type of legal act. */
export type LegalActType =
  /** Кодекс Российской Федерации. Federal code. */
  | 'CODE'
  /** Конституция Российской Федерации. The Constitution. */
  | 'CONSTITUTION'
  /** Акт федерального органа исполнительной власти (приказ и т.п.). Act of a federal executive body. */
  | 'FEDERAL_BODY_ACT'
  /** Федеральный конституционный закон. Federal constitutional law. */
  | 'FEDERAL_CONSTITUTIONAL_LAW'
  /** Федеральный закон. Federal law. */
  | 'FEDERAL_LAW'
  /** Постановление Правительства Российской Федерации. Government decree. */
  | 'GOVERNMENT_DECREE'
  /** Распоряжение Правительства Российской Федерации. Government order. */
  | 'GOVERNMENT_ORDER'
  /** Муниципальный правовой акт. Municipal act. */
  | 'MUNICIPAL_ACT'
  /** Указ Президента Российской Федерации. Presidential decree. */
  | 'PRESIDENTIAL_DECREE'
  /** Иной нормативный правовой акт субъекта Российской Федерации. Other regional act. */
  | 'REGIONAL_ACT'
  /** Закон субъекта Российской Федерации. Regional law. */
  | 'REGIONAL_LAW';

/** п. 5 ч. 1 ст. 14: правовые основания для предоставления услуги. Item 5: legal bases. */
export type LegalBasesSectionInput = {
  /** Акты. Acts. */
  items?: Array<LegalBasisInput> | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Нормативный правовой акт, регулирующий предоставление услуги. A legal act regulating the service. */
export type LegalBasisInput = {
  /** Идентификатор акта (LegalAct). Id of the legal act. */
  actId?: string | number | null | undefined;
  /** Статья, например "51". Article. */
  article?: string | null | undefined;
  /** Пункт, например "2". Item. */
  item?: string | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Уточнение (абзац, приложение и т.п.). Further precision. */
  note?: string | null | undefined;
  /** Часть, например "7". Part. */
  part?: string | null | undefined;
  /** Роль акта. Role of the act. */
  role?: LegalBasisRole | null | undefined;
  /** Подпункт, например "24" (подп. 24 п. 1 ст. 333.33). Subitem. */
  subitem?: string | null | undefined;
};

/** Роль нормативного правового акта в правовых основаниях. Role of a legal act among the legal bases. */
export type LegalBasisRole =
  /** Устанавливает полномочие органа по предоставлению услуги. Establishes the body's power. */
  | 'ESTABLISHES_POWER'
  /** Иное. Other. */
  | 'OTHER'
  /** Административный регламент (акт, утверждающий стандарт). The administrative regulation. */
  | 'REGULATION'
  /** Устанавливает перечень документов. Sets the documents. */
  | 'SETS_DOCUMENTS'
  /** Устанавливает плату. Sets the fee. */
  | 'SETS_FEE'
  /** Устанавливает основания для отказа или приостановления. Sets refusal or suspension grounds. */
  | 'SETS_GROUNDS'
  /** Устанавливает срок. Sets the term. */
  | 'SETS_TERM';

/** Ссылка на нормативный правовой акт с точностью до статьи, части, пункта. Reference to a legal act down to article, part and item. */
export type LegalReferenceInput = {
  /** Идентификатор акта (LegalAct). Id of the legal act. */
  actId?: string | number | null | undefined;
  /** Статья, например "51". Article. */
  article?: string | null | undefined;
  /** Пункт, например "2". Item. */
  item?: string | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Уточнение (абзац, приложение и т.п.). Further precision. */
  note?: string | null | undefined;
  /** Часть, например "7". Part. */
  part?: string | null | undefined;
  /** Подпункт, например "24" (подп. 24 п. 1 ст. 333.33). Subitem. */
  subitem?: string | null | undefined;
};

/** Участие МФЦ в предоставлении услуги. Participation of multifunctional centres. */
export type MfcParticipation =
  /** МФЦ принимает запрос и выдаёт результат. The MFC accepts requests and issues results. */
  | 'ACCEPTANCE_AND_ISSUE'
  /** МФЦ только принимает запрос (результат выдаёт орган). The MFC accepts requests only. */
  | 'ACCEPTANCE_ONLY'
  /** Услуга предоставляется в МФЦ в полном объёме. Provided at the MFC in full. */
  | 'FULL'
  /** МФЦ не участвует. No MFC participation. */
  | 'NONE';

/** Необходимая и обязательная услуга (ст. 9 Федерального закона № 210-ФЗ). A necessary and mandatory service. */
export type NecessaryServiceInput = {
  /** Размер платы, рублей. Fee, roubles. */
  amount?: string | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Нормативные основания. Legal bases. */
  legalBases?: Array<LegalReferenceInput> | null | undefined;
  /** Наименование. Name. */
  name?: string | null | undefined;
  /** Оказывается за плату. Paid. */
  paid?: boolean | null | undefined;
  /** Кто оказывает. Provider. */
  provider?: string | null | undefined;
};

/** п. 14 ч. 1 ст. 14: иные требования, в том числе учитывающие особенности предоставления услуги в МФЦ и в электронной форме. Item 14: other requirements (MFC and electronic form). */
export type OtherRequirementsSectionInput = {
  /** Может быть получена в составе комплексного запроса (ст. 15.1). Complex request. */
  complexRequest?: boolean | null | undefined;
  /** Услуга доступна в электронной форме. Available electronically. */
  electronicAvailable?: boolean | null | undefined;
  /** Вид электронной подписи запроса. Kind of e-signature. */
  electronicSignature?: SignatureKind | null | undefined;
  /** Действия, доступные в электронной форме. Electronic stages. */
  electronicStages?: Array<ElectronicStage> | null | undefined;
  /** Предоставляется по экстерриториальному принципу. Extraterritorial principle. */
  extraterritorial?: boolean | null | undefined;
  /** Допустимые форматы электронных документов. Accepted file formats. */
  fileFormats?: string | null | undefined;
  /** Используемые информационные системы. Information systems used. */
  informationSystems?: Array<InformationSystem> | null | undefined;
  /** Услуга доступна в МФЦ. Available at MFCs. */
  mfcAvailable?: boolean | null | undefined;
  /** В МФЦ в полном объёме. At MFCs in full. */
  mfcInFull?: boolean | null | undefined;
  /** Необходимые и обязательные услуги. Necessary and mandatory services. */
  necessaryServices?: Array<NecessaryServiceInput> | null | undefined;
  /** Явно указано, что необходимые и обязательные услуги не требуются. Explicitly none required. */
  necessaryServicesNoneStated?: boolean | null | undefined;
  /** Иные требования. Other requirements. */
  note?: string | null | undefined;
  /** Предоставляется в упреждающем (проактивном) режиме (ст. 7.3). Proactive mode. */
  proactive?: boolean | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Орган или организация, участвующие в предоставлении услуги. A participating body or organisation. */
export type ParticipantInput = {
  /** Орган власти из реестра (Authority), если он зарегистрирован. Registered authority, if any. */
  authorityId?: string | number | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Наименование органа или организации. Name. */
  name?: string | null | undefined;
  /** Роль в предоставлении услуги. Role. */
  role?: string | null | undefined;
};

/** Смена собственного пароля. Change of one's own password. */
export type PasswordChangeInput = {
  /** Текущий (или временный) пароль. Current or temporary password. */
  currentPassword?: string | null | undefined;
  /** Новый пароль: не короче 10 символов, не совпадает с логином. New password. */
  newPassword?: string | null | undefined;
};

/** Способ внесения платы. Way of paying. */
export type PaymentMethod =
  /** Безналичный перевод. Bank transfer. */
  | 'BANK_TRANSFER'
  /** Наличными через кредитную организацию. In cash through a bank. */
  | 'CASH'
  /** Онлайн через ЕПГУ. Online through the portal. */
  | 'EPGU_ONLINE'
  /** Через платёжный терминал в МФЦ. Payment terminal at an MFC. */
  | 'MFC_TERMINAL';

/** Момент внесения платы. When the fee is paid. */
export type PaymentTiming =
  /** До выдачи результата. Before the result is issued. */
  | 'BEFORE_ISSUE'
  /** До подачи запроса. Before submitting the request. */
  | 'BEFORE_SUBMISSION';

/** п. 12 ч. 1 ст. 14: требования к помещениям, залу ожидания, местам для заполнения запросов, информационным стендам, в том числе к обеспечению доступности для инвалидов. Item 12: premises and accessibility. */
export type PremisesSectionInput = {
  /** Обеспечиваемые условия доступности для инвалидов. Accessibility provisions. */
  accessibility?: Array<AccessibilityProvision> | null | undefined;
  /** Иные условия доступности. Other accessibility conditions. */
  accessibilityNote?: string | null | undefined;
  /** Доля мест для парковки транспорта инвалидов, %. Share of disabled parking, %. */
  disabledParkingPercent?: number | null | undefined;
  /** Требования к местам для заполнения запросов. Places to fill in requests. */
  fillingPlaces?: string | null | undefined;
  /** Требования к информационным стендам (образцы заполнения, перечень документов). Information stands. */
  informationStands?: string | null | undefined;
  /** Нормативные основания. Legal bases. */
  legalBases?: Array<LegalReferenceInput> | null | undefined;
  /** Требования к помещениям. Premises. */
  premises?: string | null | undefined;
  /** Требования к залу ожидания. Waiting hall. */
  waitingHall?: string | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Административная процедура варианта. An administrative procedure of a variant. */
export type ProcedureKind =
  /** Получение дополнительных сведений от заявителя. Additional information from the applicant. */
  | 'ADDITIONAL_INFORMATION'
  /** Принятие решения о предоставлении (об отказе в предоставлении) услуги. The decision. */
  | 'DECISION'
  /** Межведомственное информационное взаимодействие. Interagency requests. */
  | 'INTERAGENCY'
  /** Иная процедура (указывается в наименовании). Another procedure, named. */
  | 'OTHER'
  /** Предоставление услуги в упреждающем (проактивном) режиме. Proactive mode. */
  | 'PROACTIVE'
  /** Приём запроса и документов. Reception of the request and documents. */
  | 'RECEPTION'
  /** Предоставление результата. Delivery of the result. */
  | 'RESULT_DELIVERY'
  /** Приостановление предоставления услуги. Suspension. */
  | 'SUSPENSION';

/** Признак заявителя (принадлежащего ему объекта) из приложения к регламенту. A profiling attribute. */
export type ProfilingAttributeInput = {
  /** Номер признака в таблице, например «1». Number in the table. */
  code?: string | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Признак в формулировке регламента. Wording of the attribute. */
  name?: string | null | undefined;
  /** Вопрос, который задаётся заявителю. The question asked. */
  question?: string | null | undefined;
  /** Чей это признак: заявителя или его объекта. Whose attribute. */
  subject?: ProfilingSubject | null | undefined;
  /** Значения признака; ключи значений уникальны во всём профилировании. Values; their keys are unique across profiling. */
  values?: Array<ProfilingValueInput> | null | undefined;
};

/** Способ профилирования заявителя. Way of profiling the applicant. */
export type ProfilingMethod =
  /** Рассмотрение документов (сведений), представленных заявителем. Review of the applicant's documents. */
  | 'DOCUMENT_REVIEW'
  /** Прохождение заявителем экспертной системы Единого портала. The portal's expert system. */
  | 'EPGU_EXPERT_SYSTEM'
  /** Опрос (устное анкетирование) заявителя. Oral questionnaire. */
  | 'ORAL_QUESTIONNAIRE';

/** Профилирование заявителя (Правила, утв. постановлением Правительства РФ от 20.07.2021 № 1228): признаки, способы и места профилирования. Applicant profiling. */
export type ProfilingSectionInput = {
  /** Приложение к регламенту с перечнем признаков и комбинаций. The annex. */
  annex?: string | null | undefined;
  /** Признаки заявителей (таблица 1 приложения к регламенту), в порядке вопросов. Attributes, in the order they are asked. */
  attributes?: Array<ProfilingAttributeInput> | null | undefined;
  /** В какой форме вариант доводится до заявителя. How the variant is communicated. */
  communication?: Array<VariantCommunicationForm> | null | undefined;
  /** Недопустимые сочетания значений признаков (например, несовершеннолетний обращается только через законного представителя): ни к какому варианту не ведут и полноту комбинаций не нарушают. Inadmissible combinations. */
  excludedCombinations?: Array<VariantCombinationInput> | null | undefined;
  /** Нормативные основания. Legal bases. */
  legalBases?: Array<LegalReferenceInput> | null | undefined;
  /** Способы определения варианта. Ways of determining the variant. */
  methods?: Array<ProfilingMethod> | null | undefined;
  /** Где проводится профилирование. Where profiling is done. */
  places?: Array<Channel> | null | undefined;
  /** Порядок определения и предъявления варианта. Procedure of profiling. */
  procedure?: string | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Чей это признак. Whose attribute it is. */
export type ProfilingSubject =
  /** Признак заявителя. An attribute of the applicant. */
  | 'APPLICANT'
  /** Признак принадлежащего заявителю объекта. An attribute of the applicant's object. */
  | 'OBJECT';

/** Значение признака заявителя (объекта). A value of a profiling attribute. */
export type ProfilingValueInput = {
  /** Номер значения в таблице признаков, например «1». Number in the table. */
  code?: string | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Значение признака в формулировке регламента. Wording of the value. */
  name?: string | null | undefined;
};

/** п. 2 ч. 1 ст. 14: наименование органа, предоставляющего услугу. Item 2: providing body. */
export type ProviderSectionInput = {
  /** Орган, предоставляющий услугу (Authority). The providing authority. */
  authorityId?: string | number | null | undefined;
  /** Уровень, полномочие которого осуществляет орган, если оно ему передано (делегировано): например, FEDERAL для полномочия Российской Федерации, переданного органам государственной власти субъектов. The level whose power the body exercises when the power is delegated. */
  delegatedFrom?: GovernmentLevel | null | undefined;
  /** Акт (норма), которым полномочие передано. The act delegating the power. */
  delegationBases?: Array<LegalReferenceInput> | null | undefined;
  /** Соглашение о взаимодействии с МФЦ (реквизиты). MFC interaction agreement. */
  mfcAgreement?: string | null | undefined;
  /** Вправе ли МФЦ отказать в приёме запроса. Whether the MFC may refuse acceptance. */
  mfcMayRefuseAcceptance?: boolean | null | undefined;
  /** Участие МФЦ. MFC participation. */
  mfcParticipation?: MfcParticipation | null | undefined;
  /** Органы и организации, участвующие в предоставлении. Participating bodies. */
  participants?: Array<ParticipantInput> | null | undefined;
  /** Явно указано, что иные органы не участвуют. Explicit statement that no other bodies take part. */
  participantsNoneStated?: boolean | null | undefined;
  /** Вид органа, если акт называет предоставляющий орган не по имени, а как класс (например, «органы местного самоуправления муниципальных районов», «государственные архивы субъекта Российской Федерации»). The kind of body, when the act names the provider as a class. */
  providerClass?: string | null | undefined;
  /** Структурное подразделение, ответственное за предоставление. Responsible unit. */
  responsibleUnit?: string | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** п. 4 ч. 1 ст. 14: срок предоставления услуги. Item 4: term of provision. */
export type ProvisionTermInput = {
  /** Срок включает межведомственное взаимодействие. The term includes interagency requests. */
  includesInteragency?: boolean | null | undefined;
  /** Нормативные основания срока. Legal bases of the term. */
  legalBases?: Array<LegalReferenceInput> | null | undefined;
  /** Пояснение. Note. */
  note?: string | null | undefined;
  /** Срок выдачи (направления) результата после принятия решения. Term to issue the result after the decision. */
  resultIssueTerm?: TermInput | null | undefined;
  /** С какого события исчисляется срок. Start event. */
  startEvent?: TermStart | null | undefined;
  /** Пояснение к началу отсчёта (обязательно при OTHER). Note on the start event. */
  startNote?: string | null | undefined;
  /** Единица срока (рабочие или календарные дни и т.п.). Unit. */
  unit?: TermUnit | null | undefined;
  /** Значение срока (целое неотрицательное число). Value. */
  value?: number | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** п. 10 ч. 1 ст. 14: максимальный срок ожидания в очереди при подаче запроса и при получении результата. Item 10: maximum queue time. */
export type QueueTimeSectionInput = {
  /** По предварительной записи, минут. With an appointment, minutes. */
  appointmentMinutes?: number | null | undefined;
  /** Один срок ожидания и при подаче запроса, и при получении результата, минут (если акт указывает одно значение для обоих случаев). One wait for both, minutes, when the act gives one value. */
  commonMinutes?: number | null | undefined;
  /** Личный приём не осуществляется (очереди нет). No in-person channel. */
  noInPersonChannel?: boolean | null | undefined;
  /** При получении результата, минут. When receiving the result, minutes. */
  resultMinutes?: number | null | undefined;
  /** При подаче запроса, минут. When submitting, minutes. */
  submissionMinutes?: number | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Срок регистрации запроса для одного способа подачи или для всех способов. Registration term for one channel or for all; it runs from receipt of the request. */
export type RegistrationTermInput = {
  /** Срок относится ко всем способам подачи запроса (в том числе добавленным позже); срок для отдельного способа, указанный рядом, действует для него вместо этого. Applies to every submission channel; a term for one channel given beside it takes precedence for that channel. */
  allChannels?: boolean | null | undefined;
  /** Способ подачи. Channel. */
  channel?: Channel | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Порядок регистрации запроса, поступившего в нерабочее время. Rule for non-working days. */
  nonWorkingDayRule?: string | null | undefined;
  /** Регистрация в день поступления. Registered on the day of receipt. */
  sameDay?: boolean | null | undefined;
  /** Срок регистрации, если не в день поступления (исчисляется с поступления запроса). Term, if not the same day (counted from receipt). */
  term?: TermInput | null | undefined;
};

/** п. 11 ч. 1 ст. 14: срок регистрации запроса заявителя. Item 11: registration term. */
export type RegistrationTermsSectionInput = {
  /** Сроки по способам подачи. Terms per channel. */
  items?: Array<RegistrationTermInput> | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Формулировка нормативного правового акта (регламента, карточки услуги), из которой внесён элемент: дословный текст, номер пункта и источник. The verbatim wording an element was entered from: text, item number and source. */
export type RegulationTextInput = {
  /** Акт-источник формулировки (LegalAct). The source act. */
  actId?: string | number | null | undefined;
  /** Номер пункта (подпункта, абзаца) в акте, например «п. 2.6.1». Item number in the act. */
  clause?: string | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Дословный текст пункта (сохраняется без изменений, в том числе сокращения вида «[...]»). Verbatim text, stored exactly as given. */
  text?: string | null | undefined;
  /** Адрес публикации текста в сети Интернет (http или https). Where the text is published online. */
  url?: string | null | undefined;
};

/** Обращение через представителя (не способ подачи, а то, кто подаёт запрос): допускается ли оно при подаче указанными способами и каким документом подтверждаются полномочия. Applying through a representative, per channel: whether it is allowed and the document confirming the authority. */
export type RepresentationRuleInput = {
  /** Запрос может подать представитель заявителя. A representative may apply. */
  allowed?: boolean | null | undefined;
  /** Документы, подтверждающие полномочия представителя (ключи документов из перечня услуги, RequiredDocument.key), например доверенность. Documents confirming the authority, by key. */
  authorityDocumentKeys?: Array<string | number> | null | undefined;
  /** Требования к подтверждению полномочий при подаче этими способами (например, доверенность, подписанная усиленной квалифицированной электронной подписью нотариуса). Requirements to the authority document. */
  authorityRequirements?: string | null | undefined;
  /** Способы подачи, к которым относится правило (пусто: ко всем). Channels it applies to (empty: all). */
  channels?: Array<Channel> | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Пояснение. Note. */
  note?: string | null | undefined;
  /** Представитель может также получить результат. The representative may also receive the result. */
  receivesResult?: boolean | null | undefined;
};

/** Документ (сведения), необходимый для предоставления услуги. A document needed for the service. */
export type RequiredDocumentInput = {
  /** Условие представления (например, только для представителя). Condition. */
  condition?: string | null | undefined;
  /** Количество экземпляров. Number of copies. */
  copies?: number | null | undefined;
  /** Форма представления. Form. */
  form?: DocumentForm | null | undefined;
  /** Орган, в распоряжении которого находится документ (Authority), если зарегистрирован. Holder body, if registered. */
  holderAuthorityId?: string | number | null | undefined;
  /** Наименование органа (организации), в распоряжении которого находится документ. Holder body name. */
  holderName?: string | null | undefined;
  /** Информационный ресурс или вид сведений СМЭВ, из которого документ запрашивается. Information resource / SMEV service. */
  holderResource?: string | null | undefined;
  /** Это запрос (заявление) о предоставлении услуги. This is the request form itself. */
  isRequestForm?: boolean | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Нормативные основания требования документа. Legal bases. */
  legalBases?: Array<LegalReferenceInput> | null | undefined;
  /** Наименование документа. Name. */
  name?: string | null | undefined;
  /** Документ является результатом необходимой и обязательной услуги (ст. 9). Result of a necessary and mandatory service. */
  necessaryServiceResult?: boolean | null | undefined;
  /** Подлинник возвращается заявителю. The original is returned. */
  originalReturned?: boolean | null | undefined;
  /** Документ входит в перечень ч. 6 ст. 7 Федерального закона № 210-ФЗ (документы личного хранения), поэтому может требоваться от заявителя, хотя находится в распоряжении органа. On the Art. 7 part 6 list. */
  personalStorage?: boolean | null | undefined;
  /** Требования к документу (содержание, срок действия, перевод). Requirements. */
  requirements?: string | null | undefined;
};

/** Вид результата предоставления услуги. Kind of result. */
export type ResultKind =
  /** Действие (например, постановка на учёт). Action. */
  | 'ACTION'
  /** Электронный документ. Electronic document. */
  | 'DOCUMENT_ELECTRONIC'
  /** Документ на бумажном носителе. Paper document. */
  | 'DOCUMENT_PAPER'
  /** Реестровая запись. Registry record. */
  | 'REGISTRY_RECORD';

/** п. 3 ч. 1 ст. 14: результат предоставления услуги. Item 3: results. */
export type ResultsSectionInput = {
  /** Результаты. Results. */
  items?: Array<ServiceResultInput> | null | undefined;
  /** Предусмотрена ли реестровая модель учёта результатов (false: явно не предусмотрена). Whether results are registry records. */
  registryModel?: boolean | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Роль пользователя. A user's role. */
export type Role =
  /** Администратор: органы власти, акты, пользователи и токены (без привязки к органу). Manages authorities, legal acts, users and tokens. */
  | 'ADMIN'
  /** Согласующий: возвращает, публикует и отзывает версии своего органа. Returns, publishes and withdraws versions. */
  | 'APPROVER'
  /** Аудитор: читает всё, включая черновики, замечания и журнал аудита, по назначенным органам. Reads everything in scope. */
  | 'AUDITOR'
  /** Регистратор: создаёт услуги, редактирует и направляет на согласование черновики своего органа. Creates services, edits and submits drafts. */
  | 'REGISTRAR';

/** Роль пользователя в органе власти. A role in an authority. */
export type RoleAssignmentInput = {
  /** Орган власти (не нужен для ADMIN). Authority (not for ADMIN). */
  authorityId?: string | number | null | undefined;
  /** Распространить на подчинённые органы. Include subordinates. */
  includeSubordinates?: boolean | null | undefined;
  /** Роль. Role. */
  role: Role;
};

/** Новая услуга (обязательны реестровый номер, наименование и орган). A new service. */
export type ServiceCreateInput = {
  /** Орган, предоставляющий услугу (Authority). Providing authority. */
  authorityId: string | number;
  /** Вид стандарта (по умолчанию REGULAR). Kind (default REGULAR). */
  kind?: StandardKind | null | undefined;
  /** Уровень услуги (по умолчанию — уровень органа). Level (default: the authority's). */
  level?: GovernmentLevel | null | undefined;
  /** Наименование услуги (не пустое, до 2000 символов). Name. */
  name: string;
  /** Реестровый номер, уникальный в реестре: от 1 до 64 символов — цифры, латинские буквы, точка, дефис, подчёркивание, косая черта; начинается с цифры или буквы (например «5800000000161234567» или «SEED-58-PNZ-GRK51»). Registry number: 1-64 of [0-9A-Za-z._/-], unique. */
  registryNumber: string;
};

/** п. 1 ч. 1 ст. 14: наименование услуги. Item 1: service name. */
export type ServiceNameSectionInput = {
  /** Полное наименование услуги в формулировке нормативного правового акта. Full name as worded in the legal act. */
  fullName?: string | null | undefined;
  /** Ключевые слова для поиска на порталах (например, «ИЖС», «стройка»). Search keywords. */
  keywords?: Array<string> | null | undefined;
  /** Акт, из которого взята формулировка наименования. Source of the wording. */
  legalBases?: Array<LegalReferenceInput> | null | undefined;
  /** Краткое наименование. Short name. */
  shortName?: string | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Результат предоставления услуги. A result of the service. */
export type ServiceResultInput = {
  /** Способы получения этого результата. Ways to receive this result. */
  deliveryChannels?: Array<Channel> | null | undefined;
  /** Документ, содержащий решение, и его реквизиты. Decision document and its requisites. */
  document?: string | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Вид результата. Kind. */
  kind?: ResultKind | null | undefined;
  /** Наименование результата. Name of the result. */
  name?: string | null | undefined;
  /** Положительный результат (false: решение об отказе). Positive result (false: refusal). */
  positive?: boolean | null | undefined;
  /** Информационный ресурс, в котором формируется реестровая запись. Registry where the record is kept. */
  registryResource?: string | null | undefined;
};

/** Серьёзность замечания о полноте. Severity of a completeness issue. */
export type Severity =
  /** Ошибка: нарушено требование закона, публикация невозможна. Error: blocks publication. */
  | 'ERROR'
  /** Предупреждение: норма практики или неподтверждённое требование; не блокирует. Warning: shown, not blocking. */
  | 'WARNING';

/** Вход по логину и паролю. Sign-in with login and password. */
export type SignInInput = {
  /** Логин. Login. */
  login?: string | null | undefined;
  /** Пароль. Password. */
  password?: string | null | undefined;
};

/** Вид электронной подписи запроса (Федеральный закон № 63-ФЗ). Kind of electronic signature. */
export type SignatureKind =
  /** Усиленная неквалифицированная электронная подпись. Enhanced unqualified e-signature. */
  | 'ENHANCED_UNQUALIFIED'
  /** Подпись не требуется. No signature required. */
  | 'NONE'
  /** Усиленная квалифицированная электронная подпись. Qualified e-signature. */
  | 'QUALIFIED'
  /** Простая электронная подпись (в том числе через ЕСИА). Simple e-signature. */
  | 'SIMPLE';

/** Содержание стандарта предоставления услуги: все элементы ст. 14 Федерального закона № 210-ФЗ. The content of a standard: every element of Art. 14. */
export type StandardContentInput = {
  /** ART14_1_7 — исчерпывающий перечень оснований для отказа в приёме документов. Grounds to refuse acceptance. */
  acceptanceRefusalGrounds?: GroundListInput | null | undefined;
  /** ART14_2_1 — заявители. Applicants. */
  applicants?: ApplicantsSectionInput | null | undefined;
  /** ART14_1_6 — исчерпывающий перечень документов (заявителя и межведомственных). Documents. */
  documents?: DocumentsSectionInput | null | undefined;
  /** ART14_2_6 — порядок выдачи дубликата. Duplicates. */
  duplicateIssue?: AuxiliaryProcedureInput | null | undefined;
  /** ART14_1_9 (и ART14_2_3) — размер платы и способы её взимания. Fee. */
  fee?: FeeSectionInput | null | undefined;
  /** ART14_2_8 — формы запроса, результата и заявлений. Forms. */
  forms?: FormsSectionInput | null | undefined;
  /** ART14_1_13 — показатели доступности и качества. Quality indicators. */
  indicators?: IndicatorsSectionInput | null | undefined;
  /** ART14_2_7 — порядок оставления запроса без рассмотрения. Leaving a request without consideration. */
  leaveWithoutConsideration?: AuxiliaryProcedureInput | null | undefined;
  /** ART14_1_5 — правовые основания для предоставления услуги. Legal bases. */
  legalBases?: LegalBasesSectionInput | null | undefined;
  /** ART14_1_1 — наименование услуги. Service name. */
  name?: ServiceNameSectionInput | null | undefined;
  /** ART14_1_14 — иные требования (МФЦ, электронная форма). Other requirements. */
  otherRequirements?: OtherRequirementsSectionInput | null | undefined;
  /** ART14_1_12 — требования к помещениям и доступности для инвалидов. Premises and accessibility. */
  premises?: PremisesSectionInput | null | undefined;
  /** Профилирование заявителя: признаки и их значения, способы и места профилирования (постановление Правительства РФ от 20.07.2021 № 1228). Applicant profiling (Decree 1228). */
  profiling?: ProfilingSectionInput | null | undefined;
  /** ART14_2_4 — порядок получения сведений о ходе рассмотрения запроса. Progress information. */
  progressInformation?: ChannelsSectionInput | null | undefined;
  /** ART14_1_2 — наименование органа, предоставляющего услугу. Providing body. */
  provider?: ProviderSectionInput | null | undefined;
  /** ART14_1_10 — максимальный срок ожидания в очереди. Queue waiting time. */
  queueTime?: QueueTimeSectionInput | null | undefined;
  /** ART14_1_11 — срок регистрации запроса. Registration term. */
  registrationTerms?: RegistrationTermsSectionInput | null | undefined;
  /** ART14_2_9 — способы направления заявителю результата. Result delivery channels. */
  resultDelivery?: ChannelsSectionInput | null | undefined;
  /** ART14_1_3 — результат предоставления услуги. Results. */
  results?: ResultsSectionInput | null | undefined;
  /** ART14_2_2 — способы направления запроса. Submission channels. */
  submissionChannels?: ChannelsSectionInput | null | undefined;
  /** ART14_1_8 — основания для приостановления и отказа в предоставлении услуги. Suspension and refusal grounds. */
  suspensionAndRefusal?: SuspensionAndRefusalSectionInput | null | undefined;
  /** ART14_1_4 — срок предоставления услуги. Term of provision. */
  term?: ProvisionTermInput | null | undefined;
  /** ART14_2_5 — порядок исправления опечаток и ошибок. Typo correction. */
  typoCorrection?: AuxiliaryProcedureInput | null | undefined;
  /** Варианты предоставления услуги (постановление Правительства РФ от 20.07.2021 № 1228); без вариантов стандарт — один неявный вариант со значениями услуги. Variants of provision; none means one implicit variant. */
  variants?: Array<VariantInput> | null | undefined;
};

/** Элемент стандарта предоставления услуги (ст. 14 Федерального закона № 210-ФЗ): ART14_<часть>_<пункт>. An element of the standard: Art. 14 part, item. */
export type StandardElement =
  /** п. 1 ч. 1 ст. 14: Наименование услуги. Service name. */
  | 'ART14_1_1'
  /** п. 2 ч. 1 ст. 14: Наименование органа, предоставляющего услугу. Providing body. */
  | 'ART14_1_2'
  /** п. 3 ч. 1 ст. 14: Результат предоставления услуги. Results. */
  | 'ART14_1_3'
  /** п. 4 ч. 1 ст. 14: Срок предоставления услуги. Term of provision. */
  | 'ART14_1_4'
  /** п. 5 ч. 1 ст. 14: Правовые основания для предоставления услуги. Legal bases. */
  | 'ART14_1_5'
  /** п. 6 ч. 1 ст. 14: Исчерпывающий перечень документов с разделением на представляемые заявителем и получаемые по межведомственным запросам. Documents (applicant / interagency). */
  | 'ART14_1_6'
  /** п. 7 ч. 1 ст. 14: Исчерпывающий перечень оснований для отказа в приёме документов. Grounds to refuse acceptance of documents. */
  | 'ART14_1_7'
  /** п. 8 ч. 1 ст. 14: Исчерпывающий перечень оснований для приостановления или отказа в предоставлении услуги. Grounds to suspend or refuse. */
  | 'ART14_1_8'
  /** п. 9 ч. 1 ст. 14: Размер платы, взимаемой с заявителя, и способы её взимания. Fee and ways of charging. */
  | 'ART14_1_9'
  /** п. 10 ч. 1 ст. 14: Максимальный срок ожидания в очереди при подаче запроса и при получении результата. Maximum queue waiting time. */
  | 'ART14_1_10'
  /** п. 11 ч. 1 ст. 14: Срок регистрации запроса заявителя. Registration term of the request. */
  | 'ART14_1_11'
  /** п. 12 ч. 1 ст. 14: Требования к помещениям, залу ожидания, местам для заполнения запросов, информационным стендам, доступность для инвалидов. Premises and accessibility. */
  | 'ART14_1_12'
  /** п. 13 ч. 1 ст. 14: Показатели доступности и качества услуги. Accessibility and quality indicators. */
  | 'ART14_1_13'
  /** п. 14 ч. 1 ст. 14: Иные требования, в том числе особенности предоставления в МФЦ и в электронной форме. Other requirements (MFC, electronic form). */
  | 'ART14_1_14'
  /** п. 1 ч. 2 ст. 14: Заявители. Applicants. */
  | 'ART14_2_1'
  /** п. 2 ч. 2 ст. 14: Способы направления запроса. Submission channels. */
  | 'ART14_2_2'
  /** п. 3 ч. 2 ст. 14: Размер платы и способы её взимания в случаях, предусмотренных федеральными законами. Fee under federal acts. */
  | 'ART14_2_3'
  /** п. 4 ч. 2 ст. 14: Порядок получения сведений о ходе рассмотрения запроса, в том числе в электронной форме. Progress information. */
  | 'ART14_2_4'
  /** п. 5 ч. 2 ст. 14: Порядок исправления допущенных опечаток и ошибок. Typo correction. */
  | 'ART14_2_5'
  /** п. 6 ч. 2 ст. 14: Порядок выдачи дубликата. Issuing duplicates. */
  | 'ART14_2_6'
  /** п. 7 ч. 2 ст. 14: Порядок оставления запроса без рассмотрения. Leaving a request without consideration. */
  | 'ART14_2_7'
  /** п. 8 ч. 2 ст. 14: Формы запроса, результата и заявлений. Forms. */
  | 'ART14_2_8'
  /** п. 9 ч. 2 ст. 14: Способы направления заявителю результата. Result delivery channels. */
  | 'ART14_2_9';

/** Вид стандарта, определяющий обязательные элементы. Kind of standard: which elements are required. */
export type StandardKind =
  /** Стандарт предоставления услуги (ч. 1 ст. 14): обязательны элементы части 1. Regular standard: part 1 required. */
  | 'REGULAR'
  /** Единый стандарт (ч. 1 и ч. 2 ст. 14): обязательны все 23 элемента. Unified standard: all 23 elements required. */
  | 'UNIFIED';

/** Реквизиты публикации версии. Publication of a version. */
export type StandardVersionPublishInput = {
  /** Нормативный правовой акт, утвердивший регламент или изменения в него (LegalAct). The approving act. */
  approvingActId: string | number;
  /** Что изменено и почему. Change note. */
  changeNote?: string | null | undefined;
  /** Дата вступления в силу, ГГГГ-ММ-ДД (может быть в будущем: до неё действует предыдущая версия). Effective from (YYYY-MM-DD); may be in the future. */
  effectiveFrom: string;
};

/** Состояние версии на сегодня (вычисляется из статуса и периода действия). Where the version stands today, computed from its status and period of force. */
export type StandardVersionState =
  /** Черновик. Draft. */
  | 'DRAFT'
  /** Действует сегодня (в том числе если уже опубликована следующая версия с будущей датой). In force today, even when a successor is scheduled. */
  | 'IN_FORCE'
  /** На согласовании. In review. */
  | 'IN_REVIEW'
  /** Опубликована, вступает в силу позже (effectiveFrom в будущем). Published, comes into force on effectiveFrom. */
  | 'SCHEDULED'
  /** Действие прекращено: с effectiveTo действует следующая версия. No longer in force: its successor is in force since effectiveTo. */
  | 'SUPERSEDED'
  /** Отозвана: действие прекращено с момента отзыва (или версия так и не вступила в силу). Withdrawn: its force ended at withdrawal, or it never came into force. */
  | 'WITHDRAWN';

/** Этап жизненного цикла версии (что с ней сделано, независимо от даты); действует ли она сегодня — поле state. Lifecycle stage of a version, independent of the date; see `state` for today. */
export type StandardVersionStatus =
  /** Черновик (редактируется). Draft, editable. */
  | 'DRAFT'
  /** На согласовании. In review. */
  | 'IN_REVIEW'
  /** Опубликована: действует с effectiveFrom до effectiveTo (не включая; null — бессрочно). Published: in force from effectiveFrom until effectiveTo (exclusive; null: open-ended). */
  | 'PUBLISHED'
  /** Отозвана (с указанием причины): действие прекращено с момента отзыва. Withdrawn, with a reason: force ended at withdrawal. */
  | 'WITHDRAWN';

/** п. 8 ч. 1 ст. 14: исчерпывающие перечни оснований для приостановления и для отказа в предоставлении услуги. Item 8: suspension and refusal grounds. */
export type SuspensionAndRefusalSectionInput = {
  /** Основания для отказа в предоставлении услуги. Refusal grounds. */
  refusalGrounds?: GroundListInput | null | undefined;
  /** Основания для приостановления. Suspension grounds. */
  suspensionGrounds?: GroundListInput | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Срок: значение, единица и событие начала отсчёта. A term: value, unit and start event. */
export type TermInput = {
  /** Нормативные основания срока. Legal bases of the term. */
  legalBases?: Array<LegalReferenceInput> | null | undefined;
  /** С какого события исчисляется срок. Start event. */
  startEvent?: TermStart | null | undefined;
  /** Пояснение к началу отсчёта (обязательно при OTHER). Note on the start event. */
  startNote?: string | null | undefined;
  /** Единица срока (рабочие или календарные дни и т.п.). Unit. */
  unit?: TermUnit | null | undefined;
  /** Значение срока (целое неотрицательное число). Value. */
  value?: number | null | undefined;
};

/** Событие, с которого исчисляется срок. Event from which a term is counted. */
export type TermStart =
  /** С момента обращения заявителя. From the applicant's request (e.g. for typo correction). */
  | 'APPLICANT_REQUEST'
  /** Со дня, следующего за днём регистрации запроса. From the day after registration. */
  | 'DAY_AFTER_REGISTRATION'
  /** Со дня принятия решения. From the decision. */
  | 'DECISION'
  /** Со дня получения ответов на межведомственные запросы (устаревшая практика). From receipt of interagency answers (legacy). */
  | 'INTERAGENCY_ANSWERS_RECEIPT'
  /** Иное событие (указывается в пояснении). Other event, described in startNote. */
  | 'OTHER'
  /** Со дня поступления (подачи) запроса. From receipt of the request. */
  | 'REQUEST_RECEIPT'
  /** Со дня регистрации запроса (в том числе поданного через МФЦ, почтой или ЕПГУ). From registration of the request. */
  | 'REQUEST_REGISTRATION';

/** Единица срока. Unit of a term; a bare number without a unit is not a term. */
export type TermUnit =
  /** Календарные дни. Calendar days. */
  | 'CALENDAR_DAYS'
  /** Часы. Hours. */
  | 'HOURS'
  /** Минуты. Minutes. */
  | 'MINUTES'
  /** Месяцы. Months. */
  | 'MONTHS'
  /** Рабочие дни. Working days. */
  | 'WORKING_DAYS';

/** Новый пользователь. A new user. */
export type UserCreateInput = {
  /** Логин: латиница, цифры, . _ - (до 100 символов). Login. */
  login: string;
  /** Имя (не пустое, до 300 символов). Name. */
  name: string;
  /** Роли. Roles. */
  roles?: Array<RoleAssignmentInput> | null | undefined;
};

/** Код ошибки ввода (стабильный, для программ). Code of a user error; stable, for programs. */
export type UserErrorCode =
  /** Конкурирующее изменение; повторите операцию. A concurrent change; retry. */
  | 'CONFLICT'
  /** Повторяющийся ключ элемента списка. Two list items share one key. */
  | 'DUPLICATE_KEY'
  /** Стандарт неполон: есть ошибки проверки полноты. The standard has completeness errors. */
  | 'INCOMPLETE'
  /** Недопустимое значение. The value is not acceptable. */
  | 'INVALID'
  /** Неверный логин или пароль. Wrong login or password. */
  | 'INVALID_CREDENTIALS'
  /** Некорректный идентификатор. A malformed id or an id of another type. */
  | 'INVALID_ID'
  /** Недопустимый переход статуса. The status transition is not allowed. */
  | 'INVALID_TRANSITION'
  /** Версия не является черновиком и не может изменяться. The version is not an editable draft. */
  | 'NOT_EDITABLE'
  /** Объект не найден. The referenced object does not exist. */
  | 'NOT_FOUND'
  /** Число вне допустимого диапазона. A number is out of range. */
  | 'OUT_OF_RANGE'
  /** Обязательное поле не заполнено. A required field is missing. */
  | 'REQUIRED'
  /** Черновик уже изменён другим пользователем. The draft has changed since the given revision. */
  | 'STALE_REVISION'
  /** Значение уже занято (должно быть уникальным). The value must be unique and is taken. */
  | 'TAKEN'
  /** Слишком длинная строка или список. A string or list is too long. */
  | 'TOO_LONG'
  /** Слишком много неудачных попыток входа; вход временно заблокирован. Too many failed sign-ins; locked for a while. */
  | 'TOO_MANY_ATTEMPTS';

/** Комбинация значений признаков (строка таблицы 2 приложения), ведущая к варианту. A combination of attribute values leading to the variant. */
export type VariantCombinationInput = {
  /** Номер строки в таблице комбинаций. Row number. */
  code?: string | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Комбинация в формулировке регламента. Wording in the regulation. */
  note?: string | null | undefined;
  /** Ключи значений признаков (ProfilingValue.key). Несколько значений одного признака означают «любое из них»; не названный признак — любое его значение. Value keys; several values of one attribute mean any of them, an attribute not named means any value. */
  valueKeys?: Array<string | number> | null | undefined;
};

/** Форма, в которой вариант доводится до заявителя. How the variant is communicated. */
export type VariantCommunicationForm =
  /** В электронной форме (в личном кабинете на Едином портале). Electronically. */
  | 'ELECTRONIC'
  /** В устной форме (при личном обращении). Orally. */
  | 'ORAL'
  /** В письменной форме. In writing. */
  | 'WRITTEN';

/** Документ, требуемый в варианте: выбран по ключу из перечня документов услуги. A document of the variant, selected by key. */
export type VariantDocumentInput = {
  /** Требования к документу по способам подачи. Requirements per channel. */
  channelRequirements?: Array<DocumentChannelRequirementInput> | null | undefined;
  /** Условие представления в этом варианте. Condition in this variant. */
  condition?: string | null | undefined;
  /** Ключ документа из перечня документов услуги (RequiredDocument.key). Key of the service-level document. */
  documentKey?: string | number | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
};

/** Документы варианта (выбор из перечня услуги) или явное указание, что документы не требуются. The variant's documents, or the none statement. */
export type VariantDocumentListInput = {
  /** Документы. Documents. */
  items?: Array<VariantDocumentInput> | null | undefined;
  /** Явно указано, что представление документов не требуется. The explicit none statement. */
  noneStated?: boolean | null | undefined;
};

/** Вариант предоставления услуги (подраздел раздела III регламента по Правилам № 1228). Пустое поле означает значение, указанное для услуги в целом. A variant of provision; an empty field takes the service-level value. */
export type VariantInput = {
  /** Основания для отказа в приёме документов. Grounds to refuse acceptance. */
  acceptanceRefusalGrounds?: GroundSelectionInput | null | undefined;
  /** Категории заявителей варианта (ApplicantCategory.key; пусто: все категории услуги). Applicant categories (empty: all). */
  applicantCategoryKeys?: Array<string | number> | null | undefined;
  /** Комбинации значений признаков, ведущие к варианту (пусто: вариант подходит любому заявителю, обратившемуся за его результатом). Combinations leading to it (empty: any applicant asking for its result). */
  combinations?: Array<VariantCombinationInput> | null | undefined;
  /** Документы, необходимые для предоставления варианта. Documents. */
  documents?: VariantDocumentListInput | null | undefined;
  /** Запрос принимается по выбору заявителя независимо от его места жительства (экстерриториальный принцип). Extraterritorial reception. */
  extraterritorial?: boolean | null | undefined;
  /** Плата. Fee. */
  fee?: FeeSelectionInput | null | undefined;
  /** Способы установления личности по способам подачи. Identification per channel. */
  identification?: Array<ChannelIdentificationInput> | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Вид варианта. Kind. */
  kind?: VariantKind | null | undefined;
  /** Наименование варианта. Name. */
  name?: string | null | undefined;
  /** Пояснение. Note. */
  note?: string | null | undefined;
  /** Номер варианта в регламенте. Number. */
  number?: number | null | undefined;
  /** Административные процедуры. Procedures. */
  procedures?: Array<VariantProcedureInput> | null | undefined;
  /** Основания для отказа в предоставлении. Refusal grounds. */
  refusalGrounds?: GroundSelectionInput | null | undefined;
  /** Сроки регистрации запроса по способам подачи. Registration terms per channel. */
  registrationTerms?: Array<RegistrationTermInput> | null | undefined;
  /** Как действует представитель в этом варианте, по способам подачи. How a representative applies in this variant. */
  representation?: Array<RepresentationRuleInput> | null | undefined;
  /** Запрос может подать представитель заявителя. Representatives allowed. */
  representativeAllowed?: boolean | null | undefined;
  /** Предоставление результата. Result delivery. */
  resultDelivery?: VariantResultDeliveryInput | null | undefined;
  /** Результат, за которым обращается заявитель (ServiceResult.key). The result it yields. */
  resultKey?: string | number | null | undefined;
  /** Способы подачи запроса. Submission channels. */
  submissionChannels?: Array<Channel> | null | undefined;
  /** Основания для приостановления. Suspension grounds. */
  suspensionGrounds?: GroundSelectionInput | null | undefined;
  /** Максимальный срок предоставления варианта. Maximum term of the variant. */
  term?: TermInput | null | undefined;
  /** Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element. */
  wording?: Array<RegulationTextInput> | null | undefined;
};

/** Вид варианта предоставления услуги. Kind of variant. */
export type VariantKind =
  /** Выдача дубликата документа (п. 6 ч. 2 ст. 14). Issuing a duplicate. */
  | 'DUPLICATE'
  /** Оставление запроса без рассмотрения (п. 7 ч. 2 ст. 14). Leaving the request without consideration. */
  | 'LEAVE_WITHOUT_CONSIDERATION'
  /** Вариант получения результата услуги. A variant yielding the service's result. */
  | 'MAIN'
  /** Исправление допущенных опечаток и ошибок в выданных документах (п. 5 ч. 2 ст. 14). Correcting typos. */
  | 'TYPO_CORRECTION';

/** Административная процедура варианта: включена или не приведена с указанием причины. A procedure of the variant: included, or omitted with the reason. */
export type VariantProcedureInput = {
  /** Описание. Description. */
  description?: string | null | undefined;
  /** Процедура входит в вариант (false: не приводится). Included (false: omitted). */
  included?: boolean | null | undefined;
  /** Стабильный ключ элемента списка (UUID; назначается сервером, если не задан; сохраняется в новых версиях). Stable item key. */
  key?: string | number | null | undefined;
  /** Вид процедуры. Kind. */
  kind?: ProcedureKind | null | undefined;
  /** Наименование процедуры в формулировке регламента. Name. */
  name?: string | null | undefined;
  /** Почему процедура не приводится (например, «не предусмотрена законодательством»). Reason for omitting it. */
  omittedReason?: string | null | undefined;
  /** Максимальный срок процедуры. Maximum duration. */
  term?: TermInput | null | undefined;
};

/** Предоставление результата варианта. Delivery of the variant's result. */
export type VariantResultDeliveryInput = {
  /** Способы получения результата. Delivery channels. */
  channels?: Array<Channel> | null | undefined;
  /** Результат может быть предоставлен по выбору заявителя независимо от его места жительства (пребывания). Extraterritorial delivery. */
  extraterritorial?: boolean | null | undefined;
  /** Пояснение. Note. */
  note?: string | null | undefined;
  /** Срок предоставления результата, исчисляемый со дня принятия решения. Term from the decision. */
  term?: TermInput | null | undefined;
};

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { ended: boolean, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type SessionQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionQuery = { currentSession: { id: string, mustChangePassword: boolean, csrfToken: string, expiresAt: string, user: { id: string, login: string, name: string } } | null, viewer: { authenticated: boolean, login: string | null, roles: Array<{ role: Role, authorities: Array<{ id: string, name: string }> }> } };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { currentSession: { id: string, expiresAt: string, user: { id: string, login: string, name: string, sessions: Array<{ id: string, createdAt: string, lastSeenAt: string, expiresAt: string, userAgent: string | null, current: boolean }> } } | null };

export type MySessionEndMutationVariables = Exact<{
  id: string | number;
}>;


export type MySessionEndMutation = { sessionEnd: { session: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PasswordChangeMutationVariables = Exact<{
  input: PasswordChangeInput;
}>;


export type PasswordChangeMutation = { passwordChange: { session: { id: string, mustChangePassword: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { session: { id: string, mustChangePassword: boolean, csrfToken: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AuthorityCreateMutationVariables = Exact<{
  input: AuthorityInput;
}>;


export type AuthorityCreateMutation = { authorityCreate: { authority: { id: string, name: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UserCreateMutationVariables = Exact<{
  input: UserCreateInput;
}>;


export type UserCreateMutation = { userCreate: { user: { id: string, login: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UserPasswordResetMutationVariables = Exact<{
  userId: string | number;
}>;


export type UserPasswordResetMutation = { userPasswordReset: { temporaryPassword: string | null, user: { id: string, login: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UserRoleGrantMutationVariables = Exact<{
  userId: string | number;
  input: RoleAssignmentInput;
}>;


export type UserRoleGrantMutation = { userRoleGrant: { user: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TokenCreateMutationVariables = Exact<{
  input: ApiTokenCreateInput;
}>;


export type TokenCreateMutation = { apiTokenCreate: { token: string | null, apiToken: { id: string, prefix: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TokenRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type TokenRevokeMutation = { apiTokenRevoke: { apiToken: { id: string, revokedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SessionEndMutationVariables = Exact<{
  id: string | number;
}>;


export type SessionEndMutation = { sessionEnd: { session: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UserDeactivateMutationVariables = Exact<{
  userId: string | number;
}>;


export type UserDeactivateMutation = { userDeactivate: { user: { id: string, active: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UserActivateMutationVariables = Exact<{
  userId: string | number;
}>;


export type UserActivateMutation = { userActivate: { user: { id: string, active: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UserRoleRevokeMutationVariables = Exact<{
  userId: string | number;
  input: RoleAssignmentInput;
}>;


export type UserRoleRevokeMutation = { userRoleRevoke: { user: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AuthorityTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorityTreeQuery = { authorities: { totalCount: number, edges: Array<{ node: { id: string, name: string, shortName: string | null, level: GovernmentLevel, oktmo: string | null, parent: { id: string } | null } }> } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: { edges: Array<{ node: { id: string, login: string, name: string, active: boolean, roles: Array<{ role: Role, includeSubordinates: boolean, authority: { id: string, name: string } | null }>, tokens: Array<{ id: string, name: string, prefix: string, createdAt: string, expiresAt: string | null, revokedAt: string | null }>, sessions: Array<{ id: string, lastSeenAt: string, userAgent: string | null, current: boolean }> } }> } };

export type CompletenessDeskQueryVariables = Exact<{
  authorityId: string | number;
  includeSubordinate: boolean;
}>;


export type CompletenessDeskQuery = { completenessSummary: { includeSubordinate: boolean, authority: { id: string, name: string }, drafts: { complete: number, incomplete: number }, published: { complete: number, incomplete: number }, topFailingRules: Array<{ count: number, rule: { code: string, description: string, legalReference: string } }>, failing: Array<{ registryNumber: string, serviceName: string, authorityName: string, score: number, version: { id: string, number: number, state: StandardVersionState, effectiveFrom: string | null }, issues: Array<{ rule: string, message: string, legalReference: string, element: StandardElement }> }> } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, occurredAt: string, actor: string | null, action: string, entityType: string, service: { id: string, name: string, registryNumber: string } | null, standardVersion: { id: string, number: number } | null } }> } };

export type AuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditChainQuery = { auditChainVerification: { valid: boolean, entries: number, headSeq: string | null, headHash: string | null, firstBroken: { seq: string, kind: AuditChainBreak, message: string } | null } };

export type AuditServicesQueryVariables = Exact<{
  authorityId: string | number;
  includeSubordinate?: boolean | null | undefined;
}>;


export type AuditServicesQuery = { services: { edges: Array<{ node: { id: string, name: string, registryNumber: string } }> } };

export type CompareSearchQueryVariables = Exact<{
  search: string;
  inForce: boolean;
}>;


export type CompareSearchQuery = { services: { totalCount: number, edges: Array<{ node: { id: string, name: string, registryNumber: string, authority: { id: string, name: string }, current: { id: string, number: number, effectiveFrom: string | null } | null } }> } };

export type ServiceVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceVersionsQuery = { service: { id: string, name: string, versions: { edges: Array<{ node: { id: string, number: number, status: StandardVersionStatus, state: StandardVersionState, effectiveFrom: string | null } }> } } | null };

export type VersionDiffQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type VersionDiffQuery = { standardDiff: { from: { id: string, number: number }, to: { id: string, number: number }, changes: Array<{ element: StandardElement, kind: ChangeKind, path: Array<string>, summary: string }> } };

export type CrossBodyCompareQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type CrossBodyCompareQuery = { standardCompare: { versions: Array<{ id: string, number: number, effectiveFrom: string | null, service: { id: string, name: string, registryNumber: string, authority: { id: string, name: string } } }>, rows: Array<{ element: StandardElement, label: string, path: Array<string>, cells: Array<{ value: string | null, outlier: boolean }> }> } };

export type PublicCatalogueQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PublicCatalogueQuery = { services: { totalCount: number, edges: Array<{ node: { id: string, registryNumber: string, name: string, authority: { id: string, name: string }, current: { id: string, effectiveFrom: string | null } | null } }> } };

export type ServiceCreateMutationVariables = Exact<{
  input: ServiceCreateInput;
}>;


export type ServiceCreateMutation = { serviceCreate: { service: { id: string, draft: { id: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ServiceListQueryVariables = Exact<{
  authorityId: string | number;
}>;


export type ServiceListQuery = { services: { totalCount: number, edges: Array<{ node: { id: string, registryNumber: string, name: string, kind: StandardKind, current: { id: string, state: StandardVersionState, effectiveFrom: string | null, completeness: { score: number } } | null, latestVersion: { id: string, state: StandardVersionState, effectiveFrom: string | null } | null, draft: { id: string, status: StandardVersionStatus, state: StandardVersionState, effectiveFrom: string | null, revision: number, completeness: { score: number, complete: boolean } } | null } }> } };

export type DraftCreateMutationVariables = Exact<{
  serviceId: string | number;
}>;


export type DraftCreateMutation = { standardDraftCreate: { standardVersion: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AllAuthoritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AllAuthoritiesQuery = { authorities: { edges: Array<{ node: { id: string, name: string, parent: { id: string } | null } }> } };

export type StandardContentFieldsFragment = { name: { fullName: string | null, shortName: string | null, keywords: Array<string> | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, provider: { authorityId: string | null, providerClass: string | null, delegatedFrom: GovernmentLevel | null, responsibleUnit: string | null, participantsNoneStated: boolean | null, mfcParticipation: MfcParticipation | null, mfcAgreement: string | null, mfcMayRefuseAcceptance: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, delegationBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, participants: Array<{ key: string | null, authorityId: string | null, name: string | null, role: string | null }> | null } | null, results: { registryModel: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, name: string | null, kind: ResultKind | null, positive: boolean | null, document: string | null, registryResource: string | null, deliveryChannels: Array<Channel> | null }> | null } | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, includesInteragency: boolean | null, note: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, resultIssueTerm: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null } | null, legalBases: { wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null, role: LegalBasisRole | null }> | null } | null, documents: { wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, applicantDocuments: { noneStated: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, name: string | null, requirements: string | null, form: DocumentForm | null, copies: number | null, originalReturned: boolean | null, condition: string | null, isRequestForm: boolean | null, personalStorage: boolean | null, holderAuthorityId: string | null, holderName: string | null, holderResource: string | null, necessaryServiceResult: boolean | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null }> | null } | null, interagencyDocuments: { noneStated: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, name: string | null, requirements: string | null, form: DocumentForm | null, copies: number | null, originalReturned: boolean | null, condition: string | null, isRequestForm: boolean | null, personalStorage: boolean | null, holderAuthorityId: string | null, holderName: string | null, holderResource: string | null, necessaryServiceResult: boolean | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null }> | null } | null } | null, acceptanceRefusalGrounds: { noneStated: boolean | null, noneStatement: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, text: string | null, channels: Array<Channel> | null, note: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, maxTerm: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null } | null, suspensionAndRefusal: { wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, suspensionGrounds: { noneStated: boolean | null, noneStatement: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, text: string | null, channels: Array<Channel> | null, note: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, maxTerm: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null } | null, refusalGrounds: { noneStated: boolean | null, noneStatement: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, text: string | null, channels: Array<Channel> | null, note: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, maxTerm: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null } | null } | null, fee: { free: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, freeLegalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, items: Array<{ key: string | null, kind: FeeKind | null, name: string | null, amount: string | null, formula: string | null, exemptions: string | null, paymentMethods: Array<PaymentMethod> | null, timing: PaymentTiming | null, amountBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null }> | null } | null, queueTime: { commonMinutes: number | null, submissionMinutes: number | null, resultMinutes: number | null, appointmentMinutes: number | null, noInPersonChannel: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null } | null, registrationTerms: { wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, channel: Channel | null, allChannels: boolean | null, sameDay: boolean | null, nonWorkingDayRule: string | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null } | null, premises: { premises: string | null, waitingHall: string | null, fillingPlaces: string | null, informationStands: string | null, accessibility: Array<AccessibilityProvision> | null, accessibilityNote: string | null, disabledParkingPercent: number | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, indicators: { wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, name: string | null, type: IndicatorType | null, target: string | null, unit: string | null, formula: string | null }> | null } | null, otherRequirements: { necessaryServicesNoneStated: boolean | null, informationSystems: Array<InformationSystem> | null, mfcAvailable: boolean | null, mfcInFull: boolean | null, electronicAvailable: boolean | null, electronicStages: Array<ElectronicStage> | null, electronicSignature: SignatureKind | null, fileFormats: string | null, extraterritorial: boolean | null, complexRequest: boolean | null, proactive: boolean | null, note: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, necessaryServices: Array<{ key: string | null, name: string | null, provider: string | null, paid: boolean | null, amount: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null }> | null } | null, applicants: { representativeAllowed: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, name: string | null, legalForm: ApplicantLegalForm | null, description: string | null }> | null, representation: Array<{ key: string | null, channels: Array<Channel> | null, allowed: boolean | null, authorityDocumentKeys: Array<string> | null, authorityRequirements: string | null, receivesResult: boolean | null, note: string | null }> | null } | null, submissionChannels: { channels: Array<Channel> | null, note: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null } | null, progressInformation: { channels: Array<Channel> | null, note: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null } | null, typoCorrection: { procedure: string | null, channels: Array<Channel> | null, notApplicable: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, refusalGrounds: { noneStated: boolean | null, noneStatement: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, text: string | null, channels: Array<Channel> | null, note: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, maxTerm: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null } | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, duplicateIssue: { procedure: string | null, channels: Array<Channel> | null, notApplicable: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, refusalGrounds: { noneStated: boolean | null, noneStatement: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, text: string | null, channels: Array<Channel> | null, note: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, maxTerm: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null } | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, leaveWithoutConsideration: { procedure: string | null, channels: Array<Channel> | null, notApplicable: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, refusalGrounds: { noneStated: boolean | null, noneStatement: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, text: string | null, channels: Array<Channel> | null, note: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, maxTerm: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null } | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, forms: { wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, request: { title: string | null, reference: string | null, approvedBy: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null, exemptionBasis: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null } | null, result: { title: string | null, reference: string | null, approvedBy: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null, exemptionBasis: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null } | null, typoCorrection: { title: string | null, reference: string | null, approvedBy: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null, exemptionBasis: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null } | null, duplicate: { title: string | null, reference: string | null, approvedBy: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null, exemptionBasis: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null } | null, withdrawal: { title: string | null, reference: string | null, approvedBy: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null, exemptionBasis: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null } | null } | null, resultDelivery: { channels: Array<Channel> | null, note: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null } | null, profiling: { methods: Array<ProfilingMethod> | null, places: Array<Channel> | null, communication: Array<VariantCommunicationForm> | null, procedure: string | null, annex: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, attributes: Array<{ key: string | null, code: string | null, name: string | null, subject: ProfilingSubject | null, question: string | null, values: Array<{ key: string | null, code: string | null, name: string | null }> | null }> | null, excludedCombinations: Array<{ key: string | null, code: string | null, valueKeys: Array<string> | null, note: string | null }> | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, variants: Array<{ key: string | null, number: number | null, name: string | null, kind: VariantKind | null, resultKey: string | null, applicantCategoryKeys: Array<string> | null, submissionChannels: Array<Channel> | null, representativeAllowed: boolean | null, extraterritorial: boolean | null, note: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, combinations: Array<{ key: string | null, code: string | null, valueKeys: Array<string> | null, note: string | null }> | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, registrationTerms: Array<{ key: string | null, channel: Channel | null, allChannels: boolean | null, sameDay: boolean | null, nonWorkingDayRule: string | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null, resultDelivery: { channels: Array<Channel> | null, extraterritorial: boolean | null, note: string | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null } | null, documents: { noneStated: boolean | null, items: Array<{ key: string | null, documentKey: string | null, condition: string | null, channelRequirements: Array<{ key: string | null, channels: Array<Channel> | null, form: DocumentForm | null, notSubmitted: boolean | null, note: string | null }> | null }> | null } | null, acceptanceRefusalGrounds: { groundKeys: Array<string> | null, noneStated: boolean | null, noneStatement: string | null } | null, suspensionGrounds: { groundKeys: Array<string> | null, noneStated: boolean | null, noneStatement: string | null } | null, refusalGrounds: { groundKeys: Array<string> | null, noneStated: boolean | null, noneStatement: string | null } | null, fee: { free: boolean | null, feeKeys: Array<string> | null, freeLegalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, procedures: Array<{ key: string | null, kind: ProcedureKind | null, name: string | null, included: boolean | null, omittedReason: string | null, description: string | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null, identification: Array<{ key: string | null, channels: Array<Channel> | null, methods: Array<IdentificationMethod> | null, note: string | null }> | null, representation: Array<{ key: string | null, channels: Array<Channel> | null, allowed: boolean | null, authorityDocumentKeys: Array<string> | null, authorityRequirements: string | null, receivesResult: boolean | null, note: string | null }> | null }> | null };

export type LegalActSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  id: string | number;
  hasId: boolean;
}>;


export type LegalActSearchQuery = { legalActs: { edges: Array<{ node: { id: string, type: LegalActType, title: string | null, issuer: string, number: string, date: string, editionDate: string | null } }> }, selected?:
    | { id: string, type: LegalActType, title: string | null, issuer: string, number: string, date: string, editionDate: string | null }
    | Record<PropertyKey, never>
   | null };

export type LegalActLabelFragment = { id: string, type: LegalActType, title: string | null, issuer: string, number: string, date: string, editionDate: string | null };

export type LegalActCreateMutationVariables = Exact<{
  input: LegalActInput;
}>;


export type LegalActCreateMutation = { legalActCreate: { legalAct: { id: string, type: LegalActType, title: string | null, issuer: string, number: string, date: string, editionDate: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AuthorityOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorityOptionsQuery = { authorities: { edges: Array<{ node: { id: string, name: string, oktmo: string | null } }> } };

export type CompletenessFieldsFragment = { complete: boolean, score: number, elements: Array<{ element: StandardElement, status: ElementStatusKind }>, issues: Array<{ rule: string, element: StandardElement, severity: Severity, path: Array<string>, message: string, legalReference: string }> };

export type StandardElementsQueryVariables = Exact<{ [key: string]: never; }>;


export type StandardElementsQuery = { standardElements: Array<{ code: StandardElement, part: number, item: number, section: string, titleRu: string, legalReference: string }> };

export type DraftQueryVariables = Exact<{
  id: string | number;
}>;


export type DraftQuery = { standardVersion: { id: string, number: number, status: StandardVersionStatus, state: StandardVersionState, effectiveFrom: string | null, revision: number, updatedAt: string, reviewRemarks: string | null, service: { id: string, name: string, registryNumber: string, kind: StandardKind, authority: { id: string, name: string }, current: { id: string } | null }, content: { name: { fullName: string | null, shortName: string | null, keywords: Array<string> | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, provider: { authorityId: string | null, providerClass: string | null, delegatedFrom: GovernmentLevel | null, responsibleUnit: string | null, participantsNoneStated: boolean | null, mfcParticipation: MfcParticipation | null, mfcAgreement: string | null, mfcMayRefuseAcceptance: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, delegationBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, participants: Array<{ key: string | null, authorityId: string | null, name: string | null, role: string | null }> | null } | null, results: { registryModel: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, name: string | null, kind: ResultKind | null, positive: boolean | null, document: string | null, registryResource: string | null, deliveryChannels: Array<Channel> | null }> | null } | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, includesInteragency: boolean | null, note: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, resultIssueTerm: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null } | null, legalBases: { wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null, role: LegalBasisRole | null }> | null } | null, documents: { wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, applicantDocuments: { noneStated: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, name: string | null, requirements: string | null, form: DocumentForm | null, copies: number | null, originalReturned: boolean | null, condition: string | null, isRequestForm: boolean | null, personalStorage: boolean | null, holderAuthorityId: string | null, holderName: string | null, holderResource: string | null, necessaryServiceResult: boolean | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null }> | null } | null, interagencyDocuments: { noneStated: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, name: string | null, requirements: string | null, form: DocumentForm | null, copies: number | null, originalReturned: boolean | null, condition: string | null, isRequestForm: boolean | null, personalStorage: boolean | null, holderAuthorityId: string | null, holderName: string | null, holderResource: string | null, necessaryServiceResult: boolean | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null }> | null } | null } | null, acceptanceRefusalGrounds: { noneStated: boolean | null, noneStatement: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, text: string | null, channels: Array<Channel> | null, note: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, maxTerm: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null } | null, suspensionAndRefusal: { wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, suspensionGrounds: { noneStated: boolean | null, noneStatement: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, text: string | null, channels: Array<Channel> | null, note: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, maxTerm: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null } | null, refusalGrounds: { noneStated: boolean | null, noneStatement: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, text: string | null, channels: Array<Channel> | null, note: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, maxTerm: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null } | null } | null, fee: { free: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, freeLegalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, items: Array<{ key: string | null, kind: FeeKind | null, name: string | null, amount: string | null, formula: string | null, exemptions: string | null, paymentMethods: Array<PaymentMethod> | null, timing: PaymentTiming | null, amountBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null }> | null } | null, queueTime: { commonMinutes: number | null, submissionMinutes: number | null, resultMinutes: number | null, appointmentMinutes: number | null, noInPersonChannel: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null } | null, registrationTerms: { wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, channel: Channel | null, allChannels: boolean | null, sameDay: boolean | null, nonWorkingDayRule: string | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null } | null, premises: { premises: string | null, waitingHall: string | null, fillingPlaces: string | null, informationStands: string | null, accessibility: Array<AccessibilityProvision> | null, accessibilityNote: string | null, disabledParkingPercent: number | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, indicators: { wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, name: string | null, type: IndicatorType | null, target: string | null, unit: string | null, formula: string | null }> | null } | null, otherRequirements: { necessaryServicesNoneStated: boolean | null, informationSystems: Array<InformationSystem> | null, mfcAvailable: boolean | null, mfcInFull: boolean | null, electronicAvailable: boolean | null, electronicStages: Array<ElectronicStage> | null, electronicSignature: SignatureKind | null, fileFormats: string | null, extraterritorial: boolean | null, complexRequest: boolean | null, proactive: boolean | null, note: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, necessaryServices: Array<{ key: string | null, name: string | null, provider: string | null, paid: boolean | null, amount: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null }> | null } | null, applicants: { representativeAllowed: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, name: string | null, legalForm: ApplicantLegalForm | null, description: string | null }> | null, representation: Array<{ key: string | null, channels: Array<Channel> | null, allowed: boolean | null, authorityDocumentKeys: Array<string> | null, authorityRequirements: string | null, receivesResult: boolean | null, note: string | null }> | null } | null, submissionChannels: { channels: Array<Channel> | null, note: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null } | null, progressInformation: { channels: Array<Channel> | null, note: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null } | null, typoCorrection: { procedure: string | null, channels: Array<Channel> | null, notApplicable: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, refusalGrounds: { noneStated: boolean | null, noneStatement: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, text: string | null, channels: Array<Channel> | null, note: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, maxTerm: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null } | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, duplicateIssue: { procedure: string | null, channels: Array<Channel> | null, notApplicable: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, refusalGrounds: { noneStated: boolean | null, noneStatement: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, text: string | null, channels: Array<Channel> | null, note: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, maxTerm: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null } | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, leaveWithoutConsideration: { procedure: string | null, channels: Array<Channel> | null, notApplicable: boolean | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, refusalGrounds: { noneStated: boolean | null, noneStatement: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, items: Array<{ key: string | null, text: string | null, channels: Array<Channel> | null, note: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null, maxTerm: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null } | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, forms: { wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, request: { title: string | null, reference: string | null, approvedBy: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null, exemptionBasis: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null } | null, result: { title: string | null, reference: string | null, approvedBy: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null, exemptionBasis: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null } | null, typoCorrection: { title: string | null, reference: string | null, approvedBy: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null, exemptionBasis: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null } | null, duplicate: { title: string | null, reference: string | null, approvedBy: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null, exemptionBasis: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null } | null, withdrawal: { title: string | null, reference: string | null, approvedBy: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null, exemptionBasis: { key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null } | null } | null } | null, resultDelivery: { channels: Array<Channel> | null, note: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null } | null, profiling: { methods: Array<ProfilingMethod> | null, places: Array<Channel> | null, communication: Array<VariantCommunicationForm> | null, procedure: string | null, annex: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, attributes: Array<{ key: string | null, code: string | null, name: string | null, subject: ProfilingSubject | null, question: string | null, values: Array<{ key: string | null, code: string | null, name: string | null }> | null }> | null, excludedCombinations: Array<{ key: string | null, code: string | null, valueKeys: Array<string> | null, note: string | null }> | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, variants: Array<{ key: string | null, number: number | null, name: string | null, kind: VariantKind | null, resultKey: string | null, applicantCategoryKeys: Array<string> | null, submissionChannels: Array<Channel> | null, representativeAllowed: boolean | null, extraterritorial: boolean | null, note: string | null, wording: Array<{ key: string | null, clause: string | null, text: string | null, actId: string | null, url: string | null }> | null, combinations: Array<{ key: string | null, code: string | null, valueKeys: Array<string> | null, note: string | null }> | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, registrationTerms: Array<{ key: string | null, channel: Channel | null, allChannels: boolean | null, sameDay: boolean | null, nonWorkingDayRule: string | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null, resultDelivery: { channels: Array<Channel> | null, extraterritorial: boolean | null, note: string | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null } | null, documents: { noneStated: boolean | null, items: Array<{ key: string | null, documentKey: string | null, condition: string | null, channelRequirements: Array<{ key: string | null, channels: Array<Channel> | null, form: DocumentForm | null, notSubmitted: boolean | null, note: string | null }> | null }> | null } | null, acceptanceRefusalGrounds: { groundKeys: Array<string> | null, noneStated: boolean | null, noneStatement: string | null } | null, suspensionGrounds: { groundKeys: Array<string> | null, noneStated: boolean | null, noneStatement: string | null } | null, refusalGrounds: { groundKeys: Array<string> | null, noneStated: boolean | null, noneStatement: string | null } | null, fee: { free: boolean | null, feeKeys: Array<string> | null, freeLegalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null, procedures: Array<{ key: string | null, kind: ProcedureKind | null, name: string | null, included: boolean | null, omittedReason: string | null, description: string | null, term: { value: number | null, unit: TermUnit | null, startEvent: TermStart | null, startNote: string | null, legalBases: Array<{ key: string | null, actId: string | null, article: string | null, part: string | null, item: string | null, subitem: string | null, note: string | null }> | null } | null }> | null, identification: Array<{ key: string | null, channels: Array<Channel> | null, methods: Array<IdentificationMethod> | null, note: string | null }> | null, representation: Array<{ key: string | null, channels: Array<Channel> | null, allowed: boolean | null, authorityDocumentKeys: Array<string> | null, authorityRequirements: string | null, receivesResult: boolean | null, note: string | null }> | null }> | null }, completeness: { complete: boolean, score: number, elements: Array<{ element: StandardElement, status: ElementStatusKind }>, issues: Array<{ rule: string, element: StandardElement, severity: Severity, path: Array<string>, message: string, legalReference: string }> } } | null };

export type DraftUpdateMutationVariables = Exact<{
  id: string | number;
  expectedRevision: number;
  input: StandardContentInput;
}>;


export type DraftUpdateMutation = { standardDraftUpdate: { standardVersion: { id: string, revision: number, updatedAt: string, status: StandardVersionStatus, completeness: { complete: boolean, score: number, elements: Array<{ element: StandardElement, status: ElementStatusKind }>, issues: Array<{ rule: string, element: StandardElement, severity: Severity, path: Array<string>, message: string, legalReference: string }> } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ValidateQueryVariables = Exact<{
  input: StandardContentInput;
  profile: StandardKind;
}>;


export type ValidateQuery = { standardValidate: { complete: boolean, score: number, elements: Array<{ element: StandardElement, status: ElementStatusKind }>, issues: Array<{ rule: string, element: StandardElement, severity: Severity, path: Array<string>, message: string, legalReference: string }> } };

export type DraftSubmitMutationVariables = Exact<{
  id: string | number;
}>;


export type DraftSubmitMutation = { standardDraftSubmit: { standardVersion: { id: string, status: StandardVersionStatus, submittedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ActNameQueryVariables = Exact<{
  id: string | number;
}>;


export type ActNameQuery = { node:
    | { id: string, type: LegalActType, title: string | null, issuer: string, number: string, date: string, editionDate: string | null }
    | Record<PropertyKey, never>
   | null };

export type ReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewQuery = { standardVersion: { id: string, number: number, status: StandardVersionStatus, state: StandardVersionState, submittedBy: string | null, submittedAt: string | null, effectiveFrom: string | null, service: { id: string, name: string, registryNumber: string, kind: StandardKind, current: { id: string, number: number, effectiveFrom: string | null } | null }, completeness: { complete: boolean, score: number, elements: Array<{ element: StandardElement, status: ElementStatusKind }>, issues: Array<{ rule: string, element: StandardElement, severity: Severity, path: Array<string>, message: string, legalReference: string }> } } | null };

export type ReviewDiffQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type ReviewDiffQuery = { standardDiff: { changes: Array<{ element: StandardElement, kind: ChangeKind, path: Array<string>, summary: string, before: unknown, after: unknown }> } };

export type DraftReturnMutationVariables = Exact<{
  id: string | number;
  remarks: string;
}>;


export type DraftReturnMutation = { standardDraftReturn: { standardVersion: { id: string, status: StandardVersionStatus } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type VersionPublishMutationVariables = Exact<{
  id: string | number;
  input: StandardVersionPublishInput;
}>;


export type VersionPublishMutation = { standardVersionPublish: { standardVersion: { id: string, status: StandardVersionStatus, state: StandardVersionState, effectiveFrom: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueQuery = { reviewQueue: { totalCount: number, edges: Array<{ node: { id: string, number: number, submittedAt: string | null, submittedBy: string | null, completeness: { score: number, complete: boolean }, service: { id: string, name: string, registryNumber: string, authority: { id: string, name: string } } } }> } };

export const StandardContentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StandardContentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandardContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorityId"}},{"kind":"Field","name":{"kind":"Name","value":"providerClass"}},{"kind":"Field","name":{"kind":"Name","value":"delegatedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"delegationBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"authorityId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participantsNoneStated"}},{"kind":"Field","name":{"kind":"Name","value":"mfcParticipation"}},{"kind":"Field","name":{"kind":"Name","value":"mfcAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"mfcMayRefuseAcceptance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"registryResource"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryChannels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registryModel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"includesInteragency"}},{"kind":"Field","name":{"kind":"Name","value":"resultIssueTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicantDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"originalReturned"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"isRequestForm"}},{"kind":"Field","name":{"kind":"Name","value":"personalStorage"}},{"kind":"Field","name":{"kind":"Name","value":"holderAuthorityId"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"holderResource"}},{"kind":"Field","name":{"kind":"Name","value":"necessaryServiceResult"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interagencyDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"originalReturned"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"isRequestForm"}},{"kind":"Field","name":{"kind":"Name","value":"personalStorage"}},{"kind":"Field","name":{"kind":"Name","value":"holderAuthorityId"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"holderResource"}},{"kind":"Field","name":{"kind":"Name","value":"necessaryServiceResult"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceRefusalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"maxTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspensionAndRefusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspensionGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"maxTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"maxTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"freeLegalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"amountBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exemptions"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"timing"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commonMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"submissionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resultMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"noInPersonChannel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"allChannels"}},{"kind":"Field","name":{"kind":"Name","value":"sameDay"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDayRule"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"premises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"premises"}},{"kind":"Field","name":{"kind":"Name","value":"waitingHall"}},{"kind":"Field","name":{"kind":"Name","value":"fillingPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"informationStands"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNote"}},{"kind":"Field","name":{"kind":"Name","value":"disabledParkingPercent"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"necessaryServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"necessaryServicesNoneStated"}},{"kind":"Field","name":{"kind":"Name","value":"informationSystems"}},{"kind":"Field","name":{"kind":"Name","value":"mfcAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"mfcInFull"}},{"kind":"Field","name":{"kind":"Name","value":"electronicAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"electronicStages"}},{"kind":"Field","name":{"kind":"Name","value":"electronicSignature"}},{"kind":"Field","name":{"kind":"Name","value":"fileFormats"}},{"kind":"Field","name":{"kind":"Name","value":"extraterritorial"}},{"kind":"Field","name":{"kind":"Name","value":"complexRequest"}},{"kind":"Field","name":{"kind":"Name","value":"proactive"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representativeAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"representation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDocumentKeys"}},{"kind":"Field","name":{"kind":"Name","value":"authorityRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"receivesResult"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submissionChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"typoCorrection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"maxTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"maxTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leaveWithoutConsideration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"maxTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"forms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exemptionBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exemptionBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"typoCorrection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exemptionBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exemptionBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exemptionBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludedCombinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"valueKeys"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"communication"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"annex"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"resultKey"}},{"kind":"Field","name":{"kind":"Name","value":"combinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"valueKeys"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicantCategoryKeys"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"allChannels"}},{"kind":"Field","name":{"kind":"Name","value":"sameDay"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDayRule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submissionChannels"}},{"kind":"Field","name":{"kind":"Name","value":"resultDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extraterritorial"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"documentKey"}},{"kind":"Field","name":{"kind":"Name","value":"channelRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"notSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceRefusalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groundKeys"}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspensionGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groundKeys"}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groundKeys"}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"feeKeys"}},{"kind":"Field","name":{"kind":"Name","value":"freeLegalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"included"}},{"kind":"Field","name":{"kind":"Name","value":"omittedReason"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representativeAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"representation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDocumentKeys"}},{"kind":"Field","name":{"kind":"Name","value":"authorityRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"receivesResult"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extraterritorial"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<StandardContentFieldsFragment, unknown>;
export const LegalActLabelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LegalActLabel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalAct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"editionDate"}}]}}]} as unknown as DocumentNode<LegalActLabelFragment, unknown>;
export const CompletenessFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompletenessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Completeness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}}]}}]}}]} as unknown as DocumentNode<CompletenessFieldsFragment, unknown>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"csrfToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticated"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const MySessionEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MySessionEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionEnd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MySessionEndMutation, MySessionEndMutationVariables>;
export const PasswordChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PasswordChangeMutation, PasswordChangeMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"csrfToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const AuthorityCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorityCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorityCreateMutation, AuthorityCreateMutationVariables>;
export const UserCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UserCreateMutation, UserCreateMutationVariables>;
export const UserPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UserPasswordResetMutation, UserPasswordResetMutationVariables>;
export const UserRoleGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserRoleGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userRoleGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UserRoleGrantMutation, UserRoleGrantMutationVariables>;
export const TokenCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TokenCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiTokenCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokenCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TokenCreateMutation, TokenCreateMutationVariables>;
export const TokenRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TokenRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokenRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TokenRevokeMutation, TokenRevokeMutationVariables>;
export const SessionEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionEnd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SessionEndMutation, SessionEndMutationVariables>;
export const UserDeactivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserDeactivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userDeactivate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UserDeactivateMutation, UserDeactivateMutationVariables>;
export const UserActivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserActivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userActivate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UserActivateMutation, UserActivateMutationVariables>;
export const UserRoleRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserRoleRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userRoleRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UserRoleRevokeMutation, UserRoleRevokeMutationVariables>;
export const AuthorityTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"oktmo"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthorityTreeQuery, AuthorityTreeQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"includeSubordinates"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CompletenessDeskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompletenessDesk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSubordinate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completenessSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"authorityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSubordinate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSubordinate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"includeSubordinate"}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"incomplete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"incomplete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topFailingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"authorityName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}},{"kind":"Field","name":{"kind":"Name","value":"element"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompletenessDeskQuery, CompletenessDeskQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standardVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditChainVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"headSeq"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"firstBroken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AuditChainQuery, AuditChainQueryVariables>;
export const AuditServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSubordinate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"authorityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorityId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"includeSubordinate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSubordinate"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"inForce"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditServicesQuery, AuditServicesQueryVariables>;
export const CompareSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inForce"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"inForce"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inForce"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompareSearchQuery, CompareSearchQueryVariables>;
export const ServiceVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceVersionsQuery, ServiceVersionsQueryVariables>;
export const VersionDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VersionDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<VersionDiffQuery, VersionDiffQueryVariables>;
export const CrossBodyCompareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossBodyCompare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardCompare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"outlier"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrossBodyCompareQuery, CrossBodyCompareQueryVariables>;
export const PublicCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"inForce"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicCatalogueQuery, PublicCatalogueQueryVariables>;
export const ServiceCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ServiceCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceCreateMutation, ServiceCreateMutationVariables>;
export const ServiceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"authorityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorityId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"inForce"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceListQuery, ServiceListQueryVariables>;
export const DraftCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardDraftCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DraftCreateMutation, DraftCreateMutationVariables>;
export const AllAuthoritiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllAuthorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AllAuthoritiesQuery, AllAuthoritiesQueryVariables>;
export const LegalActSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalActSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalActs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LegalActLabel"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"selected"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasId"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalAct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LegalActLabel"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LegalActLabel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalAct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"editionDate"}}]}}]} as unknown as DocumentNode<LegalActSearchQuery, LegalActSearchQueryVariables>;
export const LegalActCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LegalActCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalActInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalActCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalAct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LegalActLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LegalActLabel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalAct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"editionDate"}}]}}]} as unknown as DocumentNode<LegalActCreateMutation, LegalActCreateMutationVariables>;
export const AuthorityOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"oktmo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthorityOptionsQuery, AuthorityOptionsQueryVariables>;
export const StandardElementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StandardElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"titleRu"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}}]}}]}}]} as unknown as DocumentNode<StandardElementsQuery, StandardElementsQueryVariables>;
export const DraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Draft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRemarks"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StandardContentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompletenessFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StandardContentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandardContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorityId"}},{"kind":"Field","name":{"kind":"Name","value":"providerClass"}},{"kind":"Field","name":{"kind":"Name","value":"delegatedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"delegationBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"authorityId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participantsNoneStated"}},{"kind":"Field","name":{"kind":"Name","value":"mfcParticipation"}},{"kind":"Field","name":{"kind":"Name","value":"mfcAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"mfcMayRefuseAcceptance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"positive"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"registryResource"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryChannels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registryModel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"includesInteragency"}},{"kind":"Field","name":{"kind":"Name","value":"resultIssueTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicantDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"originalReturned"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"isRequestForm"}},{"kind":"Field","name":{"kind":"Name","value":"personalStorage"}},{"kind":"Field","name":{"kind":"Name","value":"holderAuthorityId"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"holderResource"}},{"kind":"Field","name":{"kind":"Name","value":"necessaryServiceResult"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interagencyDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"originalReturned"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"isRequestForm"}},{"kind":"Field","name":{"kind":"Name","value":"personalStorage"}},{"kind":"Field","name":{"kind":"Name","value":"holderAuthorityId"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"holderResource"}},{"kind":"Field","name":{"kind":"Name","value":"necessaryServiceResult"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceRefusalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"maxTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspensionAndRefusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspensionGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"maxTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"maxTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"freeLegalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"amountBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exemptions"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"timing"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commonMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"submissionMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resultMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"noInPersonChannel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"allChannels"}},{"kind":"Field","name":{"kind":"Name","value":"sameDay"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDayRule"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"premises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"premises"}},{"kind":"Field","name":{"kind":"Name","value":"waitingHall"}},{"kind":"Field","name":{"kind":"Name","value":"fillingPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"informationStands"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNote"}},{"kind":"Field","name":{"kind":"Name","value":"disabledParkingPercent"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"necessaryServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"necessaryServicesNoneStated"}},{"kind":"Field","name":{"kind":"Name","value":"informationSystems"}},{"kind":"Field","name":{"kind":"Name","value":"mfcAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"mfcInFull"}},{"kind":"Field","name":{"kind":"Name","value":"electronicAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"electronicStages"}},{"kind":"Field","name":{"kind":"Name","value":"electronicSignature"}},{"kind":"Field","name":{"kind":"Name","value":"fileFormats"}},{"kind":"Field","name":{"kind":"Name","value":"extraterritorial"}},{"kind":"Field","name":{"kind":"Name","value":"complexRequest"}},{"kind":"Field","name":{"kind":"Name","value":"proactive"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representativeAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"representation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDocumentKeys"}},{"kind":"Field","name":{"kind":"Name","value":"authorityRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"receivesResult"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submissionChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"typoCorrection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"maxTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"maxTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leaveWithoutConsideration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"maxTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"forms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exemptionBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exemptionBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"typoCorrection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exemptionBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exemptionBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exemptionBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludedCombinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"valueKeys"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"communication"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"annex"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"wording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"resultKey"}},{"kind":"Field","name":{"kind":"Name","value":"combinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"valueKeys"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicantCategoryKeys"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"allChannels"}},{"kind":"Field","name":{"kind":"Name","value":"sameDay"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonWorkingDayRule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submissionChannels"}},{"kind":"Field","name":{"kind":"Name","value":"resultDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extraterritorial"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"documentKey"}},{"kind":"Field","name":{"kind":"Name","value":"channelRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"notSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceRefusalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groundKeys"}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspensionGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groundKeys"}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groundKeys"}},{"kind":"Field","name":{"kind":"Name","value":"noneStated"}},{"kind":"Field","name":{"kind":"Name","value":"noneStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"feeKeys"}},{"kind":"Field","name":{"kind":"Name","value":"freeLegalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"included"}},{"kind":"Field","name":{"kind":"Name","value":"omittedReason"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startEvent"}},{"kind":"Field","name":{"kind":"Name","value":"startNote"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actId"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"subitem"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representativeAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"representation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDocumentKeys"}},{"kind":"Field","name":{"kind":"Name","value":"authorityRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"receivesResult"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extraterritorial"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompletenessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Completeness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}}]}}]}}]} as unknown as DocumentNode<DraftQuery, DraftQueryVariables>;
export const DraftUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StandardContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardDraftUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompletenessFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompletenessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Completeness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}}]}}]}}]} as unknown as DocumentNode<DraftUpdateMutation, DraftUpdateMutationVariables>;
export const ValidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Validate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StandardContentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StandardKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardValidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompletenessFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompletenessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Completeness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}}]}}]}}]} as unknown as DocumentNode<ValidateQuery, ValidateQueryVariables>;
export const DraftSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardDraftSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DraftSubmitMutation, DraftSubmitMutationVariables>;
export const ActNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalAct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LegalActLabel"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LegalActLabel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalAct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"editionDate"}}]}}]} as unknown as DocumentNode<ActNameQuery, ActNameQueryVariables>;
export const ReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Review"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompletenessFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompletenessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Completeness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}}]}}]}}]} as unknown as DocumentNode<ReviewQuery, ReviewQueryVariables>;
export const ReviewDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewDiffQuery, ReviewDiffQueryVariables>;
export const DraftReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"remarks"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardDraftReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"remarks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"remarks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DraftReturnMutation, DraftReturnMutationVariables>;
export const VersionPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VersionPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StandardVersionPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardVersionPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VersionPublishMutation, VersionPublishMutationVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;