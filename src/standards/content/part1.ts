import { ContentType } from "./content-type";
import { KeyedItem, LegalReference, Term, GroundList } from "./common";
import { Section, withWording } from "./wording";
import { GovernmentLevel } from "../../shared/enums";
import {
  BoolField,
  EnumField,
  EnumListField,
  IntField,
  LIMITS,
  MoneyField,
  NestedField,
  NestedListField,
  RefField,
  StringListField,
  TextField,
} from "../../shared/validation/fields";
import {
  AccessibilityProvision,
  Channel,
  DocumentForm,
  ElectronicStage,
  FeeKind,
  IndicatorType,
  InformationSystem,
  LegalBasisRole,
  MfcParticipation,
  PaymentMethod,
  PaymentTiming,
  ResultKind,
  SignatureKind,
} from "./enums";

/* Art. 14 part 1 of Federal Law 210-FZ, items 1-14. */

@ContentType("ServiceNameSection", "п. 1 ч. 1 ст. 14: наименование услуги. Item 1: service name.")
export class ServiceNameSection extends Section {
  @TextField("Полное наименование услуги в формулировке нормативного правового акта. Full name as worded in the legal act.", 2000)
  fullName?: string | null;

  @TextField("Краткое наименование. Short name.", 500)
  shortName?: string | null;

  @StringListField("Ключевые слова для поиска на порталах (например, «ИЖС», «стройка»). Search keywords.", 50, 200)
  keywords?: string[] | null;

  @NestedListField(() => LegalReference, "Акт, из которого взята формулировка наименования. Source of the wording.", 10)
  legalBases?: LegalReference[] | null;
}

@ContentType("Participant", "Орган или организация, участвующие в предоставлении услуги. A participating body or organisation.")
export class Participant extends KeyedItem {
  @RefField("Орган власти из реестра (Authority), если он зарегистрирован. Registered authority, if any.")
  authorityId?: string | null;

  @TextField("Наименование органа или организации. Name.")
  name?: string | null;

  @TextField("Роль в предоставлении услуги. Role.", LIMITS.note)
  role?: string | null;
}

@ContentType("ProviderSection", "п. 2 ч. 1 ст. 14: наименование органа, предоставляющего услугу. Item 2: providing body.")
export class ProviderSection extends Section {
  @RefField("Орган, предоставляющий услугу (Authority). The providing authority.")
  authorityId?: string | null;

  @TextField(
    "Вид органа, если акт называет предоставляющий орган не по имени, а как класс (например, «органы местного самоуправления муниципальных районов», «государственные архивы субъекта Российской Федерации»). The kind of body, when the act names the provider as a class.",
  )
  providerClass?: string | null;

  @EnumField(
    GovernmentLevel,
    "Уровень, полномочие которого осуществляет орган, если оно ему передано (делегировано): например, FEDERAL для полномочия Российской Федерации, переданного органам государственной власти субъектов. The level whose power the body exercises when the power is delegated.",
  )
  delegatedFrom?: GovernmentLevel | null;

  @NestedListField(() => LegalReference, "Акт (норма), которым полномочие передано. The act delegating the power.", 10)
  delegationBases?: LegalReference[] | null;

  @TextField("Структурное подразделение, ответственное за предоставление. Responsible unit.")
  responsibleUnit?: string | null;

  @NestedListField(() => Participant, "Органы и организации, участвующие в предоставлении. Participating bodies.", 50)
  participants?: Participant[] | null;

  @BoolField("Явно указано, что иные органы не участвуют. Explicit statement that no other bodies take part.")
  participantsNoneStated?: boolean | null;

  @EnumField(MfcParticipation, "Участие МФЦ. MFC participation.")
  mfcParticipation?: MfcParticipation | null;

  @TextField("Соглашение о взаимодействии с МФЦ (реквизиты). MFC interaction agreement.", LIMITS.note)
  mfcAgreement?: string | null;

  @BoolField("Вправе ли МФЦ отказать в приёме запроса. Whether the MFC may refuse acceptance.")
  mfcMayRefuseAcceptance?: boolean | null;
}

@ContentType("ServiceResult", "Результат предоставления услуги. A result of the service.")
export class ServiceResult extends KeyedItem {
  @TextField("Наименование результата. Name of the result.", LIMITS.note)
  name?: string | null;

  @EnumField(ResultKind, "Вид результата. Kind.")
  kind?: ResultKind | null;

  @BoolField("Положительный результат (false: решение об отказе). Positive result (false: refusal).")
  positive?: boolean | null;

  @TextField("Документ, содержащий решение, и его реквизиты. Decision document and its requisites.", LIMITS.note)
  document?: string | null;

  @TextField("Информационный ресурс, в котором формируется реестровая запись. Registry where the record is kept.", 500)
  registryResource?: string | null;

  @EnumListField(Channel, "Способы получения этого результата. Ways to receive this result.")
  deliveryChannels?: Channel[] | null;
}

@ContentType("ResultsSection", "п. 3 ч. 1 ст. 14: результат предоставления услуги. Item 3: results.")
export class ResultsSection extends Section {
  @NestedListField(() => ServiceResult, "Результаты. Results.", 50)
  items?: ServiceResult[] | null;

  @BoolField("Предусмотрена ли реестровая модель учёта результатов (false: явно не предусмотрена). Whether results are registry records.")
  registryModel?: boolean | null;
}

@ContentType("ProvisionTerm", "п. 4 ч. 1 ст. 14: срок предоставления услуги. Item 4: term of provision.")
export class ProvisionTerm extends withWording(Term, "WordedTerm") {
  @BoolField("Срок включает межведомственное взаимодействие. The term includes interagency requests.")
  includesInteragency?: boolean | null;

  @NestedField(() => Term, "Срок выдачи (направления) результата после принятия решения. Term to issue the result after the decision.")
  resultIssueTerm?: Term | null;

  @TextField("Пояснение. Note.", LIMITS.note)
  note?: string | null;
}

@ContentType("LegalBasis", "Нормативный правовой акт, регулирующий предоставление услуги. A legal act regulating the service.")
export class LegalBasis extends LegalReference {
  @EnumField(LegalBasisRole, "Роль акта. Role of the act.")
  role?: LegalBasisRole | null;
}

@ContentType("LegalBasesSection", "п. 5 ч. 1 ст. 14: правовые основания для предоставления услуги. Item 5: legal bases.")
export class LegalBasesSection extends Section {
  @NestedListField(() => LegalBasis, "Акты. Acts.", 100)
  items?: LegalBasis[] | null;
}

@ContentType("RequiredDocument", "Документ (сведения), необходимый для предоставления услуги. A document needed for the service.")
export class RequiredDocument extends KeyedItem {
  @TextField("Наименование документа. Name.", LIMITS.note)
  name?: string | null;

  @TextField("Требования к документу (содержание, срок действия, перевод). Requirements.", LIMITS.text)
  requirements?: string | null;

  @EnumField(DocumentForm, "Форма представления. Form.")
  form?: DocumentForm | null;

  @IntField("Количество экземпляров. Number of copies.", 1, 100)
  copies?: number | null;

  @BoolField("Подлинник возвращается заявителю. The original is returned.")
  originalReturned?: boolean | null;

  @TextField("Условие представления (например, только для представителя). Condition.", LIMITS.note)
  condition?: string | null;

  @BoolField("Это запрос (заявление) о предоставлении услуги. This is the request form itself.")
  isRequestForm?: boolean | null;

  @BoolField(
    "Документ входит в перечень ч. 6 ст. 7 Федерального закона № 210-ФЗ (документы личного хранения), поэтому может требоваться от заявителя, хотя находится в распоряжении органа. On the Art. 7 part 6 list.",
  )
  personalStorage?: boolean | null;

  @RefField("Орган, в распоряжении которого находится документ (Authority), если зарегистрирован. Holder body, if registered.")
  holderAuthorityId?: string | null;

  @TextField("Наименование органа (организации), в распоряжении которого находится документ. Holder body name.")
  holderName?: string | null;

  @TextField("Информационный ресурс или вид сведений СМЭВ, из которого документ запрашивается. Information resource / SMEV service.", 500)
  holderResource?: string | null;

  @BoolField("Документ является результатом необходимой и обязательной услуги (ст. 9). Result of a necessary and mandatory service.")
  necessaryServiceResult?: boolean | null;

  @NestedListField(() => LegalReference, "Нормативные основания требования документа. Legal bases.", 20)
  legalBases?: LegalReference[] | null;
}

@ContentType("DocumentList", "Исчерпывающий перечень документов или явное указание, что их нет. An exhaustive document list, or the none statement.")
export class DocumentList extends Section {
  @NestedListField(() => RequiredDocument, "Документы. Documents.")
  items?: RequiredDocument[] | null;

  @BoolField("Явно указано, что документы не требуются (не предусмотрены). The explicit none statement.")
  noneStated?: boolean | null;
}

@ContentType(
  "DocumentsSection",
  "п. 6 ч. 1 ст. 14: исчерпывающий перечень документов с разделением на представляемые заявителем самостоятельно и получаемые в порядке межведомственного взаимодействия. Item 6: documents, applicant / interagency.",
)
export class DocumentsSection extends Section {
  @NestedField(() => DocumentList, "Документы, которые заявитель должен представить самостоятельно. Documents the applicant must submit.")
  applicantDocuments?: DocumentList | null;

  @NestedField(
    () => DocumentList,
    "Документы, которые заявитель вправе представить по собственной инициативе, так как они запрашиваются в порядке межведомственного взаимодействия. Documents obtained by interagency request (the applicant may submit them).",
  )
  interagencyDocuments?: DocumentList | null;
}

@ContentType(
  "SuspensionAndRefusalSection",
  "п. 8 ч. 1 ст. 14: исчерпывающие перечни оснований для приостановления и для отказа в предоставлении услуги. Item 8: suspension and refusal grounds.",
)
export class SuspensionAndRefusalSection extends Section {
  @NestedField(() => GroundList, "Основания для приостановления. Suspension grounds.")
  suspensionGrounds?: GroundList | null;

  @NestedField(() => GroundList, "Основания для отказа в предоставлении услуги. Refusal grounds.")
  refusalGrounds?: GroundList | null;
}

@ContentType("Fee", "Плата (государственная пошлина или иная плата). A fee or state duty.")
export class Fee extends KeyedItem {
  @EnumField(FeeKind, "Вид платы. Kind.")
  kind?: FeeKind | null;

  @TextField("Наименование (за что взимается). What is paid for.", LIMITS.note)
  name?: string | null;

  @MoneyField("Размер в рублях. Amount in roubles.")
  amount?: string | null;

  @TextField("Порядок расчёта, если размер не фиксирован. Formula if the amount is not fixed.", LIMITS.note)
  formula?: string | null;

  @NestedListField(
    () => LegalReference,
    "Норма, устанавливающая размер, если размер указан ссылкой на неё, а не числом (например, подп. 24 п. 1 ст. 333.33 НК РФ). The norm that sets the amount, when the amount is given by reference.",
    10,
  )
  amountBases?: LegalReference[] | null;

  @TextField("Льготы и освобождения. Exemptions.", LIMITS.note)
  exemptions?: string | null;

  @EnumListField(PaymentMethod, "Способы внесения платы. Payment methods.")
  paymentMethods?: PaymentMethod[] | null;

  @EnumField(PaymentTiming, "Когда вносится плата. When it is paid.")
  timing?: PaymentTiming | null;

  @NestedListField(() => LegalReference, "Нормативные основания взимания. Legal bases.", 20)
  legalBases?: LegalReference[] | null;
}

@ContentType(
  "FeeSection",
  "п. 9 ч. 1 ст. 14 (и п. 3 ч. 2 ст. 14 для единого стандарта): размер платы и способы её взимания. Item 9 (and part 2 item 3): fee.",
)
export class FeeSection extends Section {
  @BoolField("Услуга предоставляется бесплатно (явное указание). Explicitly free of charge.")
  free?: boolean | null;

  @NestedListField(() => LegalReference, "Основание бесплатности. Legal basis of being free.", 10)
  freeLegalBases?: LegalReference[] | null;

  @NestedListField(() => Fee, "Платежи. Fees.", 50)
  items?: Fee[] | null;
}

@ContentType(
  "QueueTimeSection",
  "п. 10 ч. 1 ст. 14: максимальный срок ожидания в очереди при подаче запроса и при получении результата. Item 10: maximum queue time.",
)
export class QueueTimeSection extends Section {
  @IntField(
    "Один срок ожидания и при подаче запроса, и при получении результата, минут (если акт указывает одно значение для обоих случаев). One wait for both, minutes, when the act gives one value.",
    0,
    1440,
  )
  commonMinutes?: number | null;

  @IntField("При подаче запроса, минут. When submitting, minutes.", 0, 1440)
  submissionMinutes?: number | null;

  @IntField("При получении результата, минут. When receiving the result, minutes.", 0, 1440)
  resultMinutes?: number | null;

  @IntField("По предварительной записи, минут. With an appointment, minutes.", 0, 1440)
  appointmentMinutes?: number | null;

  @BoolField("Личный приём не осуществляется (очереди нет). No in-person channel.")
  noInPersonChannel?: boolean | null;
}

@ContentType("RegistrationTerm", "Срок регистрации запроса для одного способа подачи или для всех способов. Registration term for one channel or for all; it runs from receipt of the request.")
export class RegistrationTerm extends KeyedItem {
  @EnumField(Channel, "Способ подачи. Channel.")
  channel?: Channel | null;

  @BoolField(
    "Срок относится ко всем способам подачи запроса (в том числе добавленным позже); срок для отдельного способа, указанный рядом, действует для него вместо этого. Applies to every submission channel; a term for one channel given beside it takes precedence for that channel.",
  )
  allChannels?: boolean | null;

  @BoolField("Регистрация в день поступления. Registered on the day of receipt.")
  sameDay?: boolean | null;

  @NestedField(() => Term, "Срок регистрации, если не в день поступления (исчисляется с поступления запроса). Term, if not the same day (counted from receipt).")
  term?: Term | null;

  @TextField("Порядок регистрации запроса, поступившего в нерабочее время. Rule for non-working days.", LIMITS.note)
  nonWorkingDayRule?: string | null;
}

@ContentType("RegistrationTermsSection", "п. 11 ч. 1 ст. 14: срок регистрации запроса заявителя. Item 11: registration term.")
export class RegistrationTermsSection extends Section {
  @NestedListField(() => RegistrationTerm, "Сроки по способам подачи. Terms per channel.", 20)
  items?: RegistrationTerm[] | null;
}

@ContentType(
  "PremisesSection",
  "п. 12 ч. 1 ст. 14: требования к помещениям, залу ожидания, местам для заполнения запросов, информационным стендам, в том числе к обеспечению доступности для инвалидов. Item 12: premises and accessibility.",
)
export class PremisesSection extends Section {
  @TextField("Требования к помещениям. Premises.", LIMITS.text)
  premises?: string | null;

  @TextField("Требования к залу ожидания. Waiting hall.", LIMITS.text)
  waitingHall?: string | null;

  @TextField("Требования к местам для заполнения запросов. Places to fill in requests.", LIMITS.text)
  fillingPlaces?: string | null;

  @TextField("Требования к информационным стендам (образцы заполнения, перечень документов). Information stands.", LIMITS.text)
  informationStands?: string | null;

  @EnumListField(AccessibilityProvision, "Обеспечиваемые условия доступности для инвалидов. Accessibility provisions.")
  accessibility?: AccessibilityProvision[] | null;

  @TextField("Иные условия доступности. Other accessibility conditions.", LIMITS.text)
  accessibilityNote?: string | null;

  @IntField("Доля мест для парковки транспорта инвалидов, %. Share of disabled parking, %.", 0, 100)
  disabledParkingPercent?: number | null;

  @NestedListField(() => LegalReference, "Нормативные основания. Legal bases.", 20)
  legalBases?: LegalReference[] | null;
}

@ContentType("Indicator", "Показатель доступности или качества. An accessibility or quality indicator.")
export class Indicator extends KeyedItem {
  @TextField("Наименование показателя. Name.", LIMITS.note)
  name?: string | null;

  @EnumField(IndicatorType, "Вид показателя. Kind.")
  type?: IndicatorType | null;

  @TextField("Целевое значение. Target value.", LIMITS.short)
  target?: string | null;

  @TextField("Единица измерения. Unit.", 100)
  unit?: string | null;

  @TextField("Порядок расчёта. Formula.", LIMITS.note)
  formula?: string | null;
}

@ContentType("IndicatorsSection", "п. 13 ч. 1 ст. 14: показатели доступности и качества услуги. Item 13: accessibility and quality indicators.")
export class IndicatorsSection extends Section {
  @NestedListField(() => Indicator, "Показатели. Indicators.", 50)
  items?: Indicator[] | null;
}

@ContentType("NecessaryService", "Необходимая и обязательная услуга (ст. 9 Федерального закона № 210-ФЗ). A necessary and mandatory service.")
export class NecessaryService extends KeyedItem {
  @TextField("Наименование. Name.", LIMITS.note)
  name?: string | null;

  @TextField("Кто оказывает. Provider.")
  provider?: string | null;

  @BoolField("Оказывается за плату. Paid.")
  paid?: boolean | null;

  @MoneyField("Размер платы, рублей. Fee, roubles.")
  amount?: string | null;

  @NestedListField(() => LegalReference, "Нормативные основания. Legal bases.", 20)
  legalBases?: LegalReference[] | null;
}

@ContentType(
  "OtherRequirementsSection",
  "п. 14 ч. 1 ст. 14: иные требования, в том числе учитывающие особенности предоставления услуги в МФЦ и в электронной форме. Item 14: other requirements (MFC and electronic form).",
)
export class OtherRequirementsSection extends Section {
  @NestedListField(() => NecessaryService, "Необходимые и обязательные услуги. Necessary and mandatory services.", 50)
  necessaryServices?: NecessaryService[] | null;

  @BoolField("Явно указано, что необходимые и обязательные услуги не требуются. Explicitly none required.")
  necessaryServicesNoneStated?: boolean | null;

  @EnumListField(InformationSystem, "Используемые информационные системы. Information systems used.")
  informationSystems?: InformationSystem[] | null;

  @BoolField("Услуга доступна в МФЦ. Available at MFCs.")
  mfcAvailable?: boolean | null;

  @BoolField("В МФЦ в полном объёме. At MFCs in full.")
  mfcInFull?: boolean | null;

  @BoolField("Услуга доступна в электронной форме. Available electronically.")
  electronicAvailable?: boolean | null;

  @EnumListField(ElectronicStage, "Действия, доступные в электронной форме. Electronic stages.")
  electronicStages?: ElectronicStage[] | null;

  @EnumField(SignatureKind, "Вид электронной подписи запроса. Kind of e-signature.")
  electronicSignature?: SignatureKind | null;

  @TextField("Допустимые форматы электронных документов. Accepted file formats.", 500)
  fileFormats?: string | null;

  @BoolField("Предоставляется по экстерриториальному принципу. Extraterritorial principle.")
  extraterritorial?: boolean | null;

  @BoolField("Может быть получена в составе комплексного запроса (ст. 15.1). Complex request.")
  complexRequest?: boolean | null;

  @BoolField("Предоставляется в упреждающем (проактивном) режиме (ст. 7.3). Proactive mode.")
  proactive?: boolean | null;

  @TextField("Иные требования. Other requirements.", LIMITS.text)
  note?: string | null;
}
