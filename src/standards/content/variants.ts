import { ContentType } from "./content-type";
import { KeyedItem, LegalReference, Term } from "./common";
import { RegistrationTerm } from "./part1";
import { RepresentationRule } from "./part2";
import { Section, withWording } from "./wording";
import {
  BoolField,
  EnumField,
  EnumListField,
  IntField,
  KeyRefField,
  KeyRefListField,
  LIMITS,
  NestedField,
  NestedListField,
  TextField,
} from "../../shared/validation/fields";
import { describeEnum } from "../../shared/enum";
import { Channel, DocumentForm } from "./enums";

/*
 * Variants of provision and applicant profiling under the Rules approved by Government
 * Decree No. 1228 of 20.07.2021: section III of a regulation lists the variants, describes
 * profiling (the annex: a table of applicant attributes and a table of value combinations,
 * each combination leading to one variant) and has one subsection per variant.
 *
 * A variant does not copy the service-level lists of the standard: it selects their items
 * by key (documents, grounds, fees, results, applicant categories), and states only what is
 * its own (term, registration terms, channels, delivery, procedures, identification). A field
 * a variant leaves empty (null) takes the service-level value; a standard without variants
 * is one implicit variant with every service-level value.
 */

export enum ProfilingSubject {
  APPLICANT = "APPLICANT",
  OBJECT = "OBJECT",
}
describeEnum(ProfilingSubject, "ProfilingSubject", "Чей это признак. Whose attribute it is.", {
  APPLICANT: "Признак заявителя. An attribute of the applicant.",
  OBJECT: "Признак принадлежащего заявителю объекта. An attribute of the applicant's object.",
});

export enum ProfilingMethod {
  ORAL_QUESTIONNAIRE = "ORAL_QUESTIONNAIRE",
  DOCUMENT_REVIEW = "DOCUMENT_REVIEW",
  EPGU_EXPERT_SYSTEM = "EPGU_EXPERT_SYSTEM",
}
describeEnum(ProfilingMethod, "ProfilingMethod", "Способ профилирования заявителя. Way of profiling the applicant.", {
  ORAL_QUESTIONNAIRE: "Опрос (устное анкетирование) заявителя. Oral questionnaire.",
  DOCUMENT_REVIEW: "Рассмотрение документов (сведений), представленных заявителем. Review of the applicant's documents.",
  EPGU_EXPERT_SYSTEM: "Прохождение заявителем экспертной системы Единого портала. The portal's expert system.",
});

export enum VariantCommunicationForm {
  ORAL = "ORAL",
  WRITTEN = "WRITTEN",
  ELECTRONIC = "ELECTRONIC",
}
describeEnum(VariantCommunicationForm, "VariantCommunicationForm", "Форма, в которой вариант доводится до заявителя. How the variant is communicated.", {
  ORAL: "В устной форме (при личном обращении). Orally.",
  WRITTEN: "В письменной форме. In writing.",
  ELECTRONIC: "В электронной форме (в личном кабинете на Едином портале). Electronically.",
});

export enum VariantKind {
  MAIN = "MAIN",
  TYPO_CORRECTION = "TYPO_CORRECTION",
  DUPLICATE = "DUPLICATE",
  LEAVE_WITHOUT_CONSIDERATION = "LEAVE_WITHOUT_CONSIDERATION",
}
describeEnum(VariantKind, "VariantKind", "Вид варианта предоставления услуги. Kind of variant.", {
  MAIN: "Вариант получения результата услуги. A variant yielding the service's result.",
  TYPO_CORRECTION: "Исправление допущенных опечаток и ошибок в выданных документах (п. 5 ч. 2 ст. 14). Correcting typos.",
  DUPLICATE: "Выдача дубликата документа (п. 6 ч. 2 ст. 14). Issuing a duplicate.",
  LEAVE_WITHOUT_CONSIDERATION: "Оставление запроса без рассмотрения (п. 7 ч. 2 ст. 14). Leaving the request without consideration.",
});

export enum ProcedureKind {
  RECEPTION = "RECEPTION",
  INTERAGENCY = "INTERAGENCY",
  SUSPENSION = "SUSPENSION",
  DECISION = "DECISION",
  RESULT_DELIVERY = "RESULT_DELIVERY",
  ADDITIONAL_INFORMATION = "ADDITIONAL_INFORMATION",
  PROACTIVE = "PROACTIVE",
  OTHER = "OTHER",
}
describeEnum(ProcedureKind, "ProcedureKind", "Административная процедура варианта. An administrative procedure of a variant.", {
  RECEPTION: "Приём запроса и документов. Reception of the request and documents.",
  INTERAGENCY: "Межведомственное информационное взаимодействие. Interagency requests.",
  SUSPENSION: "Приостановление предоставления услуги. Suspension.",
  DECISION: "Принятие решения о предоставлении (об отказе в предоставлении) услуги. The decision.",
  RESULT_DELIVERY: "Предоставление результата. Delivery of the result.",
  ADDITIONAL_INFORMATION: "Получение дополнительных сведений от заявителя. Additional information from the applicant.",
  PROACTIVE: "Предоставление услуги в упреждающем (проактивном) режиме. Proactive mode.",
  OTHER: "Иная процедура (указывается в наименовании). Another procedure, named.",
});

export enum IdentificationMethod {
  IDENTITY_DOCUMENT = "IDENTITY_DOCUMENT",
  ESIA = "ESIA",
  QUALIFIED_SIGNATURE = "QUALIFIED_SIGNATURE",
  BIOMETRICS = "BIOMETRICS",
  NOT_REQUIRED = "NOT_REQUIRED",
  OTHER = "OTHER",
}
describeEnum(IdentificationMethod, "IdentificationMethod", "Способ установления личности (идентификации) заявителя. Way of identifying the applicant.", {
  IDENTITY_DOCUMENT: "Документ, удостоверяющий личность. An identity document.",
  ESIA: "Единая система идентификации и аутентификации (ЕСИА). The federal identity system.",
  QUALIFIED_SIGNATURE: "Усиленная квалифицированная электронная подпись. A qualified e-signature.",
  BIOMETRICS: "Единая биометрическая система. Biometric identification.",
  NOT_REQUIRED: "Установление личности не требуется. Not required.",
  OTHER: "Иной способ (указывается в пояснении). Another way, in the note.",
});

/* ---------------------------------------------------------------- profiling */

@ContentType("ProfilingValue", "Значение признака заявителя (объекта). A value of a profiling attribute.")
export class ProfilingValue extends KeyedItem {
  @TextField("Номер значения в таблице признаков, например «1». Number in the table.", 50)
  code?: string | null;

  @TextField("Значение признака в формулировке регламента. Wording of the value.", LIMITS.note)
  name?: string | null;
}

@ContentType("ProfilingAttribute", "Признак заявителя (принадлежащего ему объекта) из приложения к регламенту. A profiling attribute.")
export class ProfilingAttribute extends KeyedItem {
  @TextField("Номер признака в таблице, например «1». Number in the table.", 50)
  code?: string | null;

  @TextField("Признак в формулировке регламента. Wording of the attribute.", LIMITS.note)
  name?: string | null;

  @EnumField(ProfilingSubject, "Чей это признак: заявителя или его объекта. Whose attribute.")
  subject?: ProfilingSubject | null;

  @TextField("Вопрос, который задаётся заявителю. The question asked.", LIMITS.note)
  question?: string | null;

  @NestedListField(() => ProfilingValue, "Значения признака; ключи значений уникальны во всём профилировании. Values; their keys are unique across profiling.", 50)
  values?: ProfilingValue[] | null;
}

@ContentType(
  "ProfilingSection",
  "Профилирование заявителя (Правила, утв. постановлением Правительства РФ от 20.07.2021 № 1228): признаки, способы и места профилирования. Applicant profiling.",
)
export class ProfilingSection extends Section {
  @NestedListField(() => ProfilingAttribute, "Признаки заявителей (таблица 1 приложения к регламенту), в порядке вопросов. Attributes, in the order they are asked.", 50)
  attributes?: ProfilingAttribute[] | null;

  @NestedListField(
    () => VariantCombination,
    "Недопустимые сочетания значений признаков (например, несовершеннолетний обращается только через законного представителя): ни к какому варианту не ведут и полноту комбинаций не нарушают. Inadmissible combinations.",
    100,
  )
  excludedCombinations?: VariantCombination[] | null;

  @EnumListField(ProfilingMethod, "Способы определения варианта. Ways of determining the variant.")
  methods?: ProfilingMethod[] | null;

  @EnumListField(Channel, "Где проводится профилирование. Where profiling is done.")
  places?: Channel[] | null;

  @EnumListField(VariantCommunicationForm, "В какой форме вариант доводится до заявителя. How the variant is communicated.")
  communication?: VariantCommunicationForm[] | null;

  @TextField("Порядок определения и предъявления варианта. Procedure of profiling.", LIMITS.text)
  procedure?: string | null;

  @TextField("Приложение к регламенту с перечнем признаков и комбинаций. The annex.", 500)
  annex?: string | null;

  @NestedListField(() => LegalReference, "Нормативные основания. Legal bases.", 20)
  legalBases?: LegalReference[] | null;
}

/* ---------------------------------------------------------------- variants */

@ContentType(
  "VariantCombination",
  "Комбинация значений признаков (строка таблицы 2 приложения), ведущая к варианту. A combination of attribute values leading to the variant.",
)
export class VariantCombination extends KeyedItem {
  @TextField("Номер строки в таблице комбинаций. Row number.", 50)
  code?: string | null;

  @KeyRefListField(
    "Ключи значений признаков (ProfilingValue.key). Несколько значений одного признака означают «любое из них»; не названный признак — любое его значение. Value keys; several values of one attribute mean any of them, an attribute not named means any value.",
    50,
  )
  valueKeys?: string[] | null;

  @TextField("Комбинация в формулировке регламента. Wording in the regulation.", LIMITS.note)
  note?: string | null;
}

@ContentType(
  "DocumentChannelRequirement",
  "Требование к документу при подаче одним или несколькими способами (подлинник, копия, не представляется). Requirement to a document per channel.",
)
export class DocumentChannelRequirement extends KeyedItem {
  @EnumListField(Channel, "Способы подачи, к которым относится требование (пусто: ко всем). Channels (empty: all).")
  channels?: Channel[] | null;

  @EnumField(DocumentForm, "Форма представления. Form.")
  form?: DocumentForm | null;

  @BoolField("Документ при подаче этим способом не представляется. Not submitted through these channels.")
  notSubmitted?: boolean | null;

  @TextField("Пояснение. Note.", LIMITS.note)
  note?: string | null;
}

@ContentType("VariantDocument", "Документ, требуемый в варианте: выбран по ключу из перечня документов услуги. A document of the variant, selected by key.")
export class VariantDocument extends KeyedItem {
  @KeyRefField("Ключ документа из перечня документов услуги (RequiredDocument.key). Key of the service-level document.")
  documentKey?: string | null;

  @NestedListField(() => DocumentChannelRequirement, "Требования к документу по способам подачи. Requirements per channel.", 20)
  channelRequirements?: DocumentChannelRequirement[] | null;

  @TextField("Условие представления в этом варианте. Condition in this variant.", LIMITS.note)
  condition?: string | null;
}

@ContentType(
  "VariantDocumentList",
  "Документы варианта (выбор из перечня услуги) или явное указание, что документы не требуются. The variant's documents, or the none statement.",
)
export class VariantDocumentList {
  @NestedListField(() => VariantDocument, "Документы. Documents.", 100)
  items?: VariantDocument[] | null;

  @BoolField("Явно указано, что представление документов не требуется. The explicit none statement.")
  noneStated?: boolean | null;
}

@ContentType(
  "GroundSelection",
  "Основания варианта: выбор по ключам из перечня оснований услуги или явное указание, что их нет. The variant's grounds, selected by key, or none.",
)
export class GroundSelection {
  @KeyRefListField("Ключи оснований из перечня услуги (Ground.key). Keys of service-level grounds.")
  groundKeys?: string[] | null;

  @BoolField("Явно указано, что оснований нет. The explicit none statement.")
  noneStated?: boolean | null;

  @TextField("Текст указания об отсутствии оснований. Wording of the none statement.", LIMITS.note)
  noneStatement?: string | null;
}

@ContentType("FeeSelection", "Плата в варианте: выбор платежей услуги по ключам или «бесплатно». The variant's fee, selected by key, or free.")
export class FeeSelection {
  @BoolField("Вариант предоставляется бесплатно. Free of charge.")
  free?: boolean | null;

  @KeyRefListField("Ключи платежей из перечня услуги (Fee.key). Keys of service-level fees.", 50)
  feeKeys?: string[] | null;

  @NestedListField(() => LegalReference, "Основание бесплатности варианта. Legal basis of being free.", 10)
  freeLegalBases?: LegalReference[] | null;
}

@ContentType("VariantResultDelivery", "Предоставление результата варианта. Delivery of the variant's result.")
export class VariantResultDelivery {
  @EnumListField(Channel, "Способы получения результата. Delivery channels.")
  channels?: Channel[] | null;

  @NestedField(() => Term, "Срок предоставления результата, исчисляемый со дня принятия решения. Term from the decision.")
  term?: Term | null;

  @BoolField("Результат может быть предоставлен по выбору заявителя независимо от его места жительства (пребывания). Extraterritorial delivery.")
  extraterritorial?: boolean | null;

  @TextField("Пояснение. Note.", LIMITS.note)
  note?: string | null;
}

@ContentType(
  "VariantProcedure",
  "Административная процедура варианта: включена или не приведена с указанием причины. A procedure of the variant: included, or omitted with the reason.",
)
export class VariantProcedure extends KeyedItem {
  @EnumField(ProcedureKind, "Вид процедуры. Kind.")
  kind?: ProcedureKind | null;

  @TextField("Наименование процедуры в формулировке регламента. Name.", LIMITS.note)
  name?: string | null;

  @BoolField("Процедура входит в вариант (false: не приводится). Included (false: omitted).")
  included?: boolean | null;

  @TextField("Почему процедура не приводится (например, «не предусмотрена законодательством»). Reason for omitting it.", LIMITS.note)
  omittedReason?: string | null;

  @NestedField(() => Term, "Максимальный срок процедуры. Maximum duration.")
  term?: Term | null;

  @TextField("Описание. Description.", LIMITS.text)
  description?: string | null;
}

@ContentType("ChannelIdentification", "Способ установления личности заявителя при подаче запроса указанными способами. Identification per channel.")
export class ChannelIdentification extends KeyedItem {
  @EnumListField(Channel, "Способы подачи. Channels.")
  channels?: Channel[] | null;

  @EnumListField(IdentificationMethod, "Способы установления личности. Ways of identification.")
  methods?: IdentificationMethod[] | null;

  @TextField("Пояснение. Note.", LIMITS.note)
  note?: string | null;
}

@ContentType(
  "Variant",
  "Вариант предоставления услуги (подраздел раздела III регламента по Правилам № 1228). Пустое поле означает значение, указанное для услуги в целом. A variant of provision; an empty field takes the service-level value.",
)
export class Variant extends withWording(KeyedItem, "WordedKeyedItem") {
  @IntField("Номер варианта в регламенте. Number.", 1, 1000)
  number?: number | null;

  @TextField("Наименование варианта. Name.", LIMITS.note)
  name?: string | null;

  @EnumField(VariantKind, "Вид варианта. Kind.")
  kind?: VariantKind | null;

  @KeyRefField("Результат, за которым обращается заявитель (ServiceResult.key). The result it yields.")
  resultKey?: string | null;

  @NestedListField(
    () => VariantCombination,
    "Комбинации значений признаков, ведущие к варианту (пусто: вариант подходит любому заявителю, обратившемуся за его результатом). Combinations leading to it (empty: any applicant asking for its result).",
    500,
  )
  combinations?: VariantCombination[] | null;

  @KeyRefListField("Категории заявителей варианта (ApplicantCategory.key; пусто: все категории услуги). Applicant categories (empty: all).", 50)
  applicantCategoryKeys?: string[] | null;

  @NestedField(() => Term, "Максимальный срок предоставления варианта. Maximum term of the variant.")
  term?: Term | null;

  @NestedListField(() => RegistrationTerm, "Сроки регистрации запроса по способам подачи. Registration terms per channel.", 20)
  registrationTerms?: RegistrationTerm[] | null;

  @EnumListField(Channel, "Способы подачи запроса. Submission channels.")
  submissionChannels?: Channel[] | null;

  @NestedField(() => VariantResultDelivery, "Предоставление результата. Result delivery.")
  resultDelivery?: VariantResultDelivery | null;

  @NestedField(() => VariantDocumentList, "Документы, необходимые для предоставления варианта. Documents.")
  documents?: VariantDocumentList | null;

  @NestedField(() => GroundSelection, "Основания для отказа в приёме документов. Grounds to refuse acceptance.")
  acceptanceRefusalGrounds?: GroundSelection | null;

  @NestedField(() => GroundSelection, "Основания для приостановления. Suspension grounds.")
  suspensionGrounds?: GroundSelection | null;

  @NestedField(() => GroundSelection, "Основания для отказа в предоставлении. Refusal grounds.")
  refusalGrounds?: GroundSelection | null;

  @NestedField(() => FeeSelection, "Плата. Fee.")
  fee?: FeeSelection | null;

  @NestedListField(() => VariantProcedure, "Административные процедуры. Procedures.", 30)
  procedures?: VariantProcedure[] | null;

  @NestedListField(() => ChannelIdentification, "Способы установления личности по способам подачи. Identification per channel.", 20)
  identification?: ChannelIdentification[] | null;

  @BoolField("Запрос может подать представитель заявителя. Representatives allowed.")
  representativeAllowed?: boolean | null;

  @NestedListField(() => RepresentationRule, "Как действует представитель в этом варианте, по способам подачи. How a representative applies in this variant.", 20)
  representation?: RepresentationRule[] | null;

  @BoolField("Запрос принимается по выбору заявителя независимо от его места жительства (экстерриториальный принцип). Extraterritorial reception.")
  extraterritorial?: boolean | null;

  @TextField("Пояснение. Note.", LIMITS.text)
  note?: string | null;
}
