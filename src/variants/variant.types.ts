import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { LocalDateResolver } from "../shared/scalars/dates";
import { ArrayMaxSize, IsOptional, Matches, MaxLength, ValidateNested } from "class-validator";
import { GroundList, LegalReference, Term } from "../standards/content/common";
import { Channel } from "../standards/content/enums";
import { FeeSection, RegistrationTerm, ServiceResult } from "../standards/content/part1";
import { RepresentationRule } from "../standards/content/part2";
import {
  ChannelIdentification,
  DocumentChannelRequirement,
  ProfilingAttribute,
  ProfilingValue,
  Variant,
  VariantKind,
  VariantResultDelivery,
} from "../standards/content/variants";
import { StandardVersion } from "../standards/standard-version.entity";
import { VariantResolutionStatus } from "./resolve";
import { DocumentCategory } from "./view";


const KEY = /^[A-Za-z0-9_.:-]{1,64}$/;
const KEY_MESSAGE = "Ключ: от 1 до 64 символов (латиница, цифры, _ . : -)";

@InputType("ProfilingAnswerInput", { description: "Ответ заявителя на вопрос профилирования. An answer to a profiling question." })
export class ProfilingAnswerInput {
  @Field(() => ID, { description: "Ключ признака (ProfilingAttribute.key). Attribute key." })
  @Matches(KEY, { message: KEY_MESSAGE })
  attributeKey: string;

  @Field(() => ID, { description: "Ключ выбранного значения (ProfilingValue.key). Value key." })
  @Matches(KEY, { message: KEY_MESSAGE })
  valueKey: string;
}

@ArgsType()
export class ServiceStandardArgs {
  @Field(() => ID, { nullable: true, description: "Услуга (либо registryNumber). The service (or registryNumber)." })
  serviceId?: string | null;

  @Field(() => String, { nullable: true, description: "Реестровый номер услуги (либо serviceId). Registry number (or serviceId)." })
  @IsOptional()
  @MaxLength(64, { message: "Реестровый номер не длиннее 64 символов" })
  registryNumber?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Дата, на которую действует стандарт (по умолчанию — сегодня). As of date (default: today)." })
  asOf?: string | null;
}

@ArgsType()
export class VariantResolveArgs extends ServiceStandardArgs {
  @Field(() => ID, {
    nullable: true,
    description: "Результат, за которым обращается заявитель (ServiceResult.key); можно не указывать, если у вариантов один результат. The result asked for.",
  })
  @IsOptional()
  @Matches(KEY, { message: KEY_MESSAGE })
  resultKey?: string | null;

  @Field(() => [ProfilingAnswerInput], { nullable: true, description: "Ответы на вопросы профилирования, данные до сих пор. The answers so far." })
  @IsOptional()
  @ArrayMaxSize(50, { message: "Не более 50 ответов" })
  @ValidateNested({ each: true })
  answers?: ProfilingAnswerInput[] | null;
}

@ArgsType()
export class RequirementsArgs extends ServiceStandardArgs {
  @Field(() => ID, { nullable: true, description: "Вариант (Variant.key); не указывается, если у стандарта нет вариантов. The variant." })
  @IsOptional()
  @Matches(KEY, { message: KEY_MESSAGE })
  variantKey?: string | null;
}

@ObjectType("RequirementDocument", { simpleResolvers: true, description: "Документ, который нужен заявителю варианта. A document an applicant of the variant needs." })
export class RequirementDocument {
  @Field(() => ID, { nullable: true, description: "Ключ документа в перечне услуги. Key of the document." })
  key: string | null;

  @Field(() => String, { nullable: true, description: "Наименование. Name." })
  name: string | null;

  @Field(() => DocumentCategory, { description: "Представляет заявитель или запрашивает орган. Who provides it." })
  category: DocumentCategory;

  @Field(() => String, { nullable: true, description: "Требования к документу. Requirements." })
  requirements: string | null;

  @Field(() => String, { nullable: true, description: "Условие представления. Condition." })
  condition: string | null;

  @Field(() => Int, { nullable: true, description: "Количество экземпляров. Copies." })
  copies: number | null;

  @Field(() => Boolean, { nullable: true, description: "Подлинник возвращается. The original is returned." })
  originalReturned: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Это запрос (заявление). The request form." })
  isRequestForm: boolean | null;

  @Field(() => String, { nullable: true, description: "Орган, в распоряжении которого находится документ. Holder body." })
  holderName: string | null;

  @Field(() => [DocumentChannelRequirement], { description: "Форма по способам подачи (без способов — для всех). Form per channel (no channels: every channel)." })
  forms: DocumentChannelRequirement[];

  @Field(() => [LegalReference], { description: "Нормативные основания. Legal bases." })
  legalBases: LegalReference[];
}

@ObjectType("VariantRequirements", {
  simpleResolvers: true,
  description: "Что нужно заявителю варианта: документы, срок, плата, куда подать, где получить. What an applicant of a variant needs.",
})
export class VariantRequirements {
  @Field(() => Variant, { nullable: true, description: "Вариант (null — у стандарта нет вариантов). The variant (null: the standard as a whole)." })
  variant: Variant | null;

  @Field(() => ServiceResult, { nullable: true, description: "Результат варианта. The variant's result." })
  result: ServiceResult | null;

  @Field(() => [RequirementDocument], { description: "Документы: сначала представляемые заявителем, затем запрашиваемые органом. Documents." })
  documents: RequirementDocument[];

  @Field(() => Boolean, { description: "Явно указано, что документы не требуются. No documents are required." })
  documentsNoneStated: boolean;

  @Field(() => Term, { nullable: true, description: "Максимальный срок. Maximum term." })
  term: Term | null;

  @Field(() => [RegistrationTerm], { description: "Сроки регистрации запроса по способам подачи. Registration terms." })
  registrationTerms: RegistrationTerm[];

  @Field(() => [Channel], { description: "Куда подать запрос. Where to submit." })
  submissionChannels: Channel[];

  @Field(() => VariantResultDelivery, { description: "Где и в какой срок получить результат. Where and when to receive the result." })
  resultDelivery: VariantResultDelivery;

  @Field(() => FeeSection, { nullable: true, description: "Плата. Fee." })
  fee: FeeSection | null;

  @Field(() => GroundList, { nullable: true, description: "Основания для отказа в приёме документов. Grounds to refuse acceptance." })
  acceptanceRefusalGrounds: GroundList | null;

  @Field(() => GroundList, { nullable: true, description: "Основания для приостановления. Suspension grounds." })
  suspensionGrounds: GroundList | null;

  @Field(() => GroundList, { nullable: true, description: "Основания для отказа. Refusal grounds." })
  refusalGrounds: GroundList | null;

  @Field(() => [ChannelIdentification], { description: "Как устанавливается личность заявителя. Identification per channel." })
  identification: ChannelIdentification[];

  @Field(() => Boolean, { nullable: true, description: "Может ли обратиться представитель. Representatives allowed." })
  representativeAllowed: boolean | null;

  @Field(() => [RepresentationRule], { description: "Как действует представитель (по способам подачи, с документом о полномочиях). How a representative applies." })
  representation: RepresentationRule[];

  @Field(() => Boolean, { nullable: true, description: "Экстерриториальный принцип. Extraterritorial." })
  extraterritorial: boolean | null;
}

@ObjectType("VariantResolution", {
  simpleResolvers: true,
  description: "Определение варианта по результату и ответам: вариант или следующий вопрос. The variant, or the next question.",
})
export class VariantResolution {
  @Field(() => VariantResolutionStatus, { description: "Итог. Outcome." })
  status: VariantResolutionStatus;

  @Field(() => StandardVersion, { description: "Версия стандарта, по которой определён вариант. The version used." })
  version: StandardVersion;

  @Field(() => ServiceResult, { nullable: true, description: "Результат, за которым обращается заявитель. The result asked for." })
  result: ServiceResult | null;

  @Field(() => Variant, { nullable: true, description: "Вариант (при RESOLVED; null — у стандарта нет вариантов). The variant." })
  variant: Variant | null;

  @Field(() => [Variant], { description: "Варианты, которые ещё возможны. Variants still possible." })
  candidates: Variant[];

  @Field(() => ProfilingAttribute, { nullable: true, description: "Следующий вопрос (при QUESTION). The next attribute to ask." })
  nextAttribute: ProfilingAttribute | null;

  @Field(() => [ProfilingValue], { description: "Значения следующего признака, ведущие к варианту. Values of the next attribute that lead to a variant." })
  nextValues: ProfilingValue[];

  @Field(() => [ServiceResult], { description: "Результаты, из которых выбирает заявитель (при RESULT_REQUIRED). Results to choose from." })
  results: ServiceResult[];

  @Field(() => VariantRequirements, { nullable: true, description: "Что нужно заявителю (при RESOLVED). What the applicant needs." })
  requirements: VariantRequirements | null;
}

@ObjectType("CatalogueVariantMatch", { simpleResolvers: true, description: "Вариант, подходящий под фильтр каталога. A variant matching the catalogue filter." })
export class CatalogueVariantMatch {
  @Field(() => ID, { description: "Ключ варианта. Variant key." })
  key: string;

  @Field(() => Int, { nullable: true, description: "Номер. Number." })
  number: number | null;

  @Field(() => String, { nullable: true, description: "Наименование. Name." })
  name: string | null;

  @Field(() => VariantKind, { nullable: true, description: "Вид. Kind." })
  kind: VariantKind | null;
}
