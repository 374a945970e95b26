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

@InputType({ description: "Новая услуга (обязательны реестровый номер, наименование и орган). A new service." })
export class ServiceCreateInput {
  @Field(() => String, {
    description:
      "Реестровый номер, уникальный в реестре: от 1 до 64 символов — цифры, латинские буквы, точка, дефис, подчёркивание, косая черта; начинается с цифры или буквы (например «5800000000161234567» или «SEED-58-PNZ-GRK51»). Registry number: 1-64 of [0-9A-Za-z._/-], unique.",
  })
  @Matches(/^[0-9A-Za-z][0-9A-Za-z.\-_/]{0,63}$/, {
    message: "Реестровый номер: до 64 символов — цифры, латинские буквы, точка, дефис, подчёркивание, косая черта",
  })
  registryNumber: string;

  @Field(() => String, { description: "Наименование услуги (не пустое, до 2000 символов). Name." })
  @OptionalText(2000)
  name: string;

  @Field(() => ID, { description: "Орган, предоставляющий услугу (Authority). Providing authority." })
  authorityId: string;

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
      "Территория заявителя: код ОКТМО или его начало, от 2 до 11 цифр («56» или «56000000» — Пензенская область, «56701000» — город Пенза, «56701000001» — населённый пункт г Пенза). Находит услуги органов, чья территория лежит в ней (их код начинается с неё), и органов, чья территория её включает: городского округа или района, субъекта, федеральных органов без кода ОКТМО (вся страна). Territory (OKTMO code or prefix): services of authorities inside it and of those whose territory contains it.",
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

  @Field(() => GovernmentLevel, {
    nullable: true,
    description:
      "Орган осуществляет переданное полномочие этого уровня (например, FEDERAL — полномочие Российской Федерации, переданное органам субъектов), по действующему стандарту. Delegated powers of this level.",
  })
  delegatedFrom?: GovernmentLevel | null;

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
      "Поиск по-русски по наименованию, ключевым словам и результатам действующего стандарта: все слова со словоформами, последнее — как начало слова (поиск по мере ввода), сокращения и разговорные слова из словаря синонимов (ЗАГС, ИЖС, МФЦ, стройка…), слово с минусом исключается; если ничего не найдено — нечёткое совпадение с наименованием (опечатки). Russian search: stemming, prefix of the last word, synonyms, trigram fallback.",
  })
  @IsOptional()
  @MaxLength(200, { message: "Поисковый запрос не длиннее 200 символов" })
  search?: string | null;

  @Field(() => ServiceOrder, { nullable: true, description: "Порядок (по умолчанию: RELEVANCE при поиске, иначе NAME). Order." })
  orderBy?: ServiceOrder | null;
}
