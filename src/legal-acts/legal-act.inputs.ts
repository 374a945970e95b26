import { ArgsType, Field, InputType } from "type-graphql";
import { IsOptional, IsUrl, MaxLength } from "class-validator";
import { LocalDateResolver } from "../shared/scalars/dates";
import { LegalActType } from "./legal-act.entity";
import { OptionalText } from "../shared/validation/fields";
import { ConnectionArgs } from "../shared/relay/connection";

@InputType({ description: "Реквизиты нормативного правового акта (обязательны вид, орган, номер, дата и наименование). Legal act requisites." })
export class LegalActInput {
  @Field(() => LegalActType, { description: "Вид акта. Type." })
  type: LegalActType;

  @Field(() => String, { description: "Орган, принявший акт (до 500 символов). Issuer." })
  @OptionalText(500)
  issuer: string;

  @Field(() => String, { description: "Номер акта без знака «№», например «210-ФЗ» (до 100 символов; ведущий «№» отбрасывается). Number." })
  @OptionalText(100)
  number: string;

  @Field(() => LocalDateResolver, { description: "Дата принятия (ГГГГ-ММ-ДД). Date (YYYY-MM-DD)." })
  date: string;

  @Field(() => String, { description: "Наименование (до 2000 символов). Title." })
  @OptionalText(2000)
  title: string;

  @Field(() => String, { nullable: true, description: "Ссылка на официальное опубликование. Link." })
  @IsOptional()
  @MaxLength(2000, { message: "Длина текста не должна превышать 2000 символов" })
  @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "Ссылка должна быть адресом http(s)" })
  url?: string | null;
}

@ArgsType()
export class LegalActsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Поиск по наименованию и номеру (с учётом словоформ). Search by title and number." })
  @IsOptional()
  @MaxLength(200, { message: "Поисковый запрос не длиннее 200 символов" })
  search?: string | null;
}
