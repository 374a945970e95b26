import { ArgsType, Field, InputType } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUrl, MaxLength, ValidateNested } from "class-validator";
import { LocalDateResolver } from "../shared/scalars/dates";
import { LegalActAmendment, LegalActType } from "./legal-act.entity";
import { OptionalText } from "../shared/validation/fields";
import { ConnectionArgs } from "../shared/relay/connection";

const MAX_AMENDMENTS = 300;

@InputType({
  description:
    "Реквизиты нормативного правового акта: обязательны вид, орган, номер и дата; наименование — если приведено в источнике. Legal act requisites; the title is optional.",
})
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

  @Field(() => String, { nullable: true, description: "Наименование, если оно приведено в источнике (может отсутствовать). Title, if the source gives it." })
  @OptionalText(2000)
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Ссылка на официальное опубликование. Link." })
  @IsOptional()
  @MaxLength(2000, { message: "Длина текста не должна превышать 2000 символов" })
  @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "Ссылка должна быть адресом http(s)" })
  url?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Дата действующей редакции («в ред. от …»). Date of the current edition." })
  editionDate?: string | null;

  @Field(() => [LegalActAmendment], {
    nullable: true,
    description: "Акты, которыми внесены изменения (список изменяющих документов): номер и дата каждого. Amending acts.",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_AMENDMENTS, { message: `Список не может содержать более ${MAX_AMENDMENTS} элементов` })
  @ValidateNested({ each: true })
  amendments?: LegalActAmendment[] | null;
}

@InputType({
  description:
    "Изменение записи акта: наименование, ссылка, действующая редакция и изменяющие акты (вид, орган, номер и дата не меняются); переданные поля заменяют сохранённые. Update of an act's record.",
})
export class LegalActUpdateInput {
  @Field(() => String, { nullable: true, description: "Наименование. Title." })
  @OptionalText(2000)
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Ссылка на официальное опубликование. Link." })
  @IsOptional()
  @MaxLength(2000, { message: "Длина текста не должна превышать 2000 символов" })
  @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "Ссылка должна быть адресом http(s)" })
  url?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Дата действующей редакции («в ред. от …»). Date of the current edition." })
  editionDate?: string | null;

  @Field(() => [LegalActAmendment], { nullable: true, description: "Полный список изменяющих актов (заменяет сохранённый). The full list of amending acts." })
  @IsOptional()
  @ArrayMaxSize(MAX_AMENDMENTS, { message: `Список не может содержать более ${MAX_AMENDMENTS} элементов` })
  @ValidateNested({ each: true })
  amendments?: LegalActAmendment[] | null;
}

@ArgsType()
export class LegalActsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Поиск по наименованию и номеру (с учётом словоформ). Search by title and number." })
  @IsOptional()
  @MaxLength(200, { message: "Поисковый запрос не длиннее 200 символов" })
  search?: string | null;
}
