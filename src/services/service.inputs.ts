import { ArgsType, Field, ID, InputType } from "type-graphql";
import { LocalDateResolver } from "../shared/scalars/dates";
import { IsOptional, Matches, MaxLength, ValidateNested } from "class-validator";
import { Channel, ApplicantLegalForm } from "../standards/content/enums";
import { describeEnum } from "../shared/enum";
import { OrderDirection } from "../shared/relay/connection";
import { GovernmentLevel } from "../shared/enums";
import { StandardKind } from "./service.entity";
import { OptionalText } from "../shared/validation/fields";
import { ConnectionArgs } from "../shared/relay/connection";

@InputType({ description: "Новая услуга. A new service." })
export class ServiceCreateInput {
  @Field(() => String, { nullable: true, description: "Реестровый номер (уникальный): цифры, латиница, точка, дефис. Registry number." })
  @IsOptional()
  @Matches(/^[0-9A-Za-z][0-9A-Za-z.\-_/]{0,63}$/, {
    message: "Реестровый номер: до 64 символов — цифры, латинские буквы, точка, дефис, подчёркивание, косая черта",
  })
  registryNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Наименование услуги. Name." })
  @OptionalText(2000)
  name?: string | null;

  @Field(() => ID, { nullable: true, description: "Орган, предоставляющий услугу. Providing authority." })
  authorityId?: string | null;

  @Field(() => GovernmentLevel, { nullable: true, description: "Уровень услуги (по умолчанию — уровень органа). Level (default: the authority's)." })
  level?: GovernmentLevel | null;

  @Field(() => StandardKind, { nullable: true, description: "Вид стандарта (по умолчанию REGULAR). Kind (default REGULAR)." })
  kind?: StandardKind | null;
}

@InputType({ description: "Фильтр каталога услуг. Service catalogue filter." })
export class ServiceFilter {
  @Field(() => ID, { nullable: true, description: "Орган, предоставляющий услугу. Providing authority." })
  authorityId?: string | null;

  @Field({ nullable: true, description: "Включая подчинённые органы. Include subordinate authorities." })
  includeSubordinate?: boolean;

  @Field(() => GovernmentLevel, { nullable: true, description: "Уровень услуги. Level." })
  level?: GovernmentLevel | null;

  @Field(() => StandardKind, { nullable: true, description: "Вид стандарта. Kind of standard." })
  kind?: StandardKind | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Территория: код ОКТМО или его начало (2 цифры — субъект, 5 — район или городской округ). Находит услуги органов этой территории и органов, чья территория её включает (в том числе федеральных). Territory (OKTMO prefix).",
  })
  @IsOptional()
  @Matches(/^\d{2,11}$/, { message: "Территория задаётся кодом ОКТМО или его началом: от 2 до 11 цифр" })
  territory?: string | null;

  @Field(() => Channel, { nullable: true, description: "Доступен способ подачи запроса (в действующем стандарте). Submission channel available." })
  channel?: Channel | null;

  @Field(() => Boolean, { nullable: true, description: "Доступна подача в электронной форме (ЕПГУ, региональный портал, сайт, e-mail). Electronic submission available." })
  electronic?: boolean | null;

  @Field(() => ApplicantLegalForm, { nullable: true, description: "Категория заявителя (ANY подходит любой). Applicant category." })
  applicantLegalForm?: ApplicantLegalForm | null;

  @Field(() => Boolean, { nullable: true, description: "true — только бесплатные, false — только платные. Free or paid." })
  free?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Предоставляется по экстерриториальному принципу. Extraterritorial." })
  extraterritorial?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Только услуги с действующим стандартом (для анонимных запросов всегда true; фильтры по содержанию и поиск применяются к действующей версии). Only services with a standard in force.",
  })
  inForce?: boolean | null;
}

export enum ServiceOrderField {
  NAME = "NAME",
  RELEVANCE = "RELEVANCE",
  UPDATED = "UPDATED",
}
describeEnum(ServiceOrderField, "ServiceOrderField", "Порядок каталога. Catalogue order.", {
  NAME: "По наименованию. By name.",
  RELEVANCE: "По релевантности поиску (только с search). By search relevance.",
  UPDATED: "По дате публикации действующей версии. By publication of the version in force.",
});

@InputType({ description: "Порядок каталога услуг. Catalogue order." })
export class ServiceOrder {
  @Field(() => ServiceOrderField, { description: "Поле. Field." })
  field: ServiceOrderField;

  @Field(() => OrderDirection, { nullable: true, description: "Направление (по умолчанию: по возрастанию для NAME, по убыванию для остальных). Direction." })
  direction?: OrderDirection | null;
}

@ArgsType()
export class ServicesArgs extends ConnectionArgs {
  @Field(() => ServiceFilter, { nullable: true, description: "Фильтр. Filter." })
  @IsOptional()
  @ValidateNested()
  filter?: ServiceFilter | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "Только услуги со стандартом, действовавшим на эту дату; поле standard вернёт эту версию. Only services with a standard in force on this date.",
  })
  asOf?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Полнотекстовый поиск по-русски (со словоформами) по наименованию, ключевым словам и результатам действующего стандарта. Russian full-text search.",
  })
  @IsOptional()
  @MaxLength(200, { message: "Поисковый запрос не длиннее 200 символов" })
  search?: string | null;

  @Field(() => ServiceOrder, { nullable: true, description: "Порядок (по умолчанию: RELEVANCE при поиске, иначе NAME). Order." })
  orderBy?: ServiceOrder | null;
}
