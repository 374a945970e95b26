import { ArgsType, Field, ID, InputType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { IsOptional, Matches, ValidateNested } from "class-validator";
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
}
