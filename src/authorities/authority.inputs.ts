import { Field, ID, InputType } from "type-graphql";
import { IsOptional, Matches } from "class-validator";
import { GovernmentLevel } from "../shared/enums";
import { OptionalText } from "../shared/validation/fields";

export const OKTMO_DESCRIPTION =
  "Код ОКТМО территории органа: 8 цифр — муниципальное образование или субъект (первые 2 цифры — субъект РФ: «56000000» — Пензенская область, «56701000» — город Пенза), 11 цифр — населённый пункт («56701000001»). OKTMO code: 8 digits (municipality or region), 11 (settlement).";

@InputType("AuthorityFieldsInput")
abstract class AuthorityFields {
  @Field(() => String, { nullable: true, description: "Краткое наименование. Short name." })
  @OptionalText(300)
  shortName?: string | null;

  @Field(() => String, { nullable: true, description: OKTMO_DESCRIPTION })
  @IsOptional()
  @Matches(/^(\d{8}|\d{11})$/, { message: "Код ОКТМО должен состоять из 8 или 11 цифр" })
  oktmo?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Принцип четырёх глаз (по умолчанию включён): направивший на согласование не публикует. Four-eyes rule (default on).",
  })
  fourEyes?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Вышестоящий орган. Parent authority." })
  parentId?: string | null;
}

@InputType({ description: "Новый орган власти (обязательны наименование и уровень). A new authority." })
export class AuthorityInput extends AuthorityFields {
  @Field(() => String, { description: "Полное наименование (не пустое, до 1000 символов). Full name." })
  @OptionalText(1000)
  name: string;

  @Field(() => GovernmentLevel, { description: "Уровень власти. Level." })
  level: GovernmentLevel;
}

@InputType({
  description: "Изменение органа власти: передаются только изменяемые поля, null очищает необязательное поле. Authority update; only changed fields.",
})
export class AuthorityUpdateInput extends AuthorityFields {
  @Field(() => String, { nullable: true, description: "Полное наименование (не пустое, до 1000 символов). Full name." })
  @OptionalText(1000)
  name?: string | null;

  @Field(() => GovernmentLevel, { nullable: true, description: "Уровень власти. Level." })
  level?: GovernmentLevel | null;
}
