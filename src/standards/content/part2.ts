import { ContentType } from "./content-type";
import { GroundList, KeyedItem, LegalReference, Term } from "./common";
import { BoolField, EnumField, EnumListField, LIMITS, NestedField, NestedListField, TextField } from "../../shared/validation/fields";
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

@ContentType("ApplicantsSection", "п. 1 ч. 2 ст. 14: состав (перечень) заявителей. Part 2 item 1: applicants.")
export class ApplicantsSection {
  @NestedListField(() => ApplicantCategory, "Категории заявителей. Categories.", 50)
  items?: ApplicantCategory[] | null;

  @BoolField("Допускается обращение представителя заявителя. Representatives allowed.")
  representativeAllowed?: boolean | null;
}

@ContentType("ChannelsSection", "Перечень способов взаимодействия с пояснением. A list of channels with a note.")
export class ChannelsSection {
  @EnumListField(Channel, "Способы. Channels.")
  channels?: Channel[] | null;

  @TextField("Пояснение. Note.", LIMITS.text)
  note?: string | null;
}

@ContentType(
  "AuxiliaryProcedure",
  "Порядок вспомогательной процедуры (исправление опечаток, выдача дубликата, оставление запроса без рассмотрения). An auxiliary procedure.",
)
export class AuxiliaryProcedure {
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
export class FormsSection {
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
