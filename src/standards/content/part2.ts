import { ContentType } from "./content-type";
import { GroundList, KeyedItem, LegalReference, Term } from "./common";
import { BoolField, EnumField, EnumListField, KeyRefListField, LIMITS, NestedField, NestedListField, TextField } from "../../shared/validation/fields";
import { Section } from "./wording";
import { ApplicantLegalForm, Channel } from "./enums";

/* Art. 14 part 2 of Federal Law 210-FZ (the unified standard), items 1-9; item 3 (fee) shares FeeSection. */

@ContentType("ApplicantCategory", "Категория заявителей. A category of applicants.")
export class ApplicantCategory extends KeyedItem {
  @TextField("Наименование категории. Name.", LIMITS.note)
  name?: string | null;

  @EnumField(ApplicantLegalForm, "Правовой статус. Legal form.")
  legalForm?: ApplicantLegalForm | null;

  @TextField("Описание признаков. Description.", LIMITS.note)
  description?: string | null;
}

@ContentType(
  "RepresentationRule",
  "Обращение через представителя (не способ подачи, а то, кто подаёт запрос): допускается ли оно при подаче указанными способами и каким документом подтверждаются полномочия. Applying through a representative, per channel: whether it is allowed and the document confirming the authority.",
)
export class RepresentationRule extends KeyedItem {
  @EnumListField(Channel, "Способы подачи, к которым относится правило (пусто: ко всем). Channels it applies to (empty: all).")
  channels?: Channel[] | null;

  @BoolField("Запрос может подать представитель заявителя. A representative may apply.")
  allowed?: boolean | null;

  @KeyRefListField(
    "Документы, подтверждающие полномочия представителя (ключи документов из перечня услуги, RequiredDocument.key), например доверенность. Documents confirming the authority, by key.",
    20,
  )
  authorityDocumentKeys?: string[] | null;

  @TextField(
    "Требования к подтверждению полномочий при подаче этими способами (например, доверенность, подписанная усиленной квалифицированной электронной подписью нотариуса). Requirements to the authority document.",
    LIMITS.note,
  )
  authorityRequirements?: string | null;

  @BoolField("Представитель может также получить результат. The representative may also receive the result.")
  receivesResult?: boolean | null;

  @TextField("Пояснение. Note.", LIMITS.note)
  note?: string | null;
}

@ContentType("ApplicantsSection", "п. 1 ч. 2 ст. 14: состав (перечень) заявителей. Part 2 item 1: applicants.")
export class ApplicantsSection extends Section {
  @NestedListField(() => ApplicantCategory, "Категории заявителей. Categories.", 50)
  items?: ApplicantCategory[] | null;

  @BoolField("Допускается обращение представителя заявителя. Representatives allowed.")
  representativeAllowed?: boolean | null;

  @NestedListField(
    () => RepresentationRule,
    "Как действует представитель: по способам подачи, где акт это различает, с документом о полномочиях. How a representative applies, per channel.",
    20,
  )
  representation?: RepresentationRule[] | null;
}

@ContentType("ChannelsSection", "Перечень способов взаимодействия с пояснением. A list of channels with a note.")
export class ChannelsSection extends Section {
  @EnumListField(Channel, "Способы. Channels.")
  channels?: Channel[] | null;

  @TextField("Пояснение. Note.", LIMITS.text)
  note?: string | null;
}

@ContentType(
  "AuxiliaryProcedure",
  "Порядок вспомогательной процедуры (исправление опечаток, выдача дубликата, оставление запроса без рассмотрения). An auxiliary procedure.",
)
export class AuxiliaryProcedure extends Section {
  @TextField("Описание порядка. Procedure.", LIMITS.text)
  procedure?: string | null;

  @EnumListField(Channel, "Способы подачи заявления. Channels.")
  channels?: Channel[] | null;

  @NestedField(() => Term, "Срок. Term.")
  term?: Term | null;

  @NestedField(() => GroundList, "Исчерпывающий перечень оснований для отказа. Exhaustive refusal grounds.")
  refusalGrounds?: GroundList | null;

  @BoolField("Процедура не применяется (с указанием основания). Not applicable.")
  notApplicable?: boolean | null;

  @NestedListField(() => LegalReference, "Нормативные основания. Legal bases.", 20)
  legalBases?: LegalReference[] | null;
}

@ContentType("FormTemplate", "Форма (шаблон) документа. A form template.")
export class FormTemplate {
  @TextField("Наименование формы. Title.", LIMITS.note)
  title?: string | null;

  @TextField("Ссылка на шаблон или приложение к регламенту. Link or annex reference.", LIMITS.note)
  reference?: string | null;

  @NestedField(() => LegalReference, "Акт, утвердивший форму. Approving act.")
  approvedBy?: LegalReference | null;

  @NestedField(() => LegalReference, "Федеральный закон, освобождающий от установления формы. Exemption by federal law.")
  exemptionBasis?: LegalReference | null;
}

@ContentType("FormsSection", "п. 8 ч. 2 ст. 14: формы запроса, результата и заявлений. Part 2 item 8: forms.")
export class FormsSection extends Section {
  @NestedField(() => FormTemplate, "Форма запроса о предоставлении услуги. Request form.")
  request?: FormTemplate | null;

  @NestedField(() => FormTemplate, "Форма документа, являющегося результатом. Result document form.")
  result?: FormTemplate | null;

  @NestedField(() => FormTemplate, "Форма заявления об исправлении опечаток и ошибок. Typo correction application.")
  typoCorrection?: FormTemplate | null;

  @NestedField(() => FormTemplate, "Форма заявления о выдаче дубликата. Duplicate application.")
  duplicate?: FormTemplate | null;

  @NestedField(() => FormTemplate, "Форма заявления об оставлении запроса без рассмотрения. Withdrawal application.")
  withdrawal?: FormTemplate | null;
}
