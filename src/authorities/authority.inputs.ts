import { Field, ID, InputType } from "type-graphql";
import { IsOptional, Matches } from "class-validator";
import { GovernmentLevel } from "../shared/enums";
import { OptionalText } from "../shared/validation/fields";

@InputType({ description: "Данные органа власти (при изменении передаются только изменяемые поля). Authority data; on update only changed fields." })
export class AuthorityInput {
  @Field(() => String, { nullable: true, description: "Полное наименование (обязательно при создании). Full name." })
  @OptionalText(1000)
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Краткое наименование. Short name." })
  @OptionalText(300)
  shortName?: string | null;

  @Field(() => GovernmentLevel, { nullable: true, description: "Уровень власти (обязателен при создании). Level." })
  level?: GovernmentLevel | null;

  @Field(() => String, { nullable: true, description: "Код ОКТМО: 8 или 11 цифр. OKTMO code." })
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
