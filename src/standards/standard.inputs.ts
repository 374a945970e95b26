import { Field, ID, InputType } from "type-graphql";
import { LocalDateResolver } from "../shared/scalars/dates";
import { OptionalText } from "../shared/validation/fields";

@InputType({ description: "Реквизиты публикации версии. Publication of a version." })
export class StandardVersionPublishInput {
  @Field(() => LocalDateResolver, {
    description: "Дата вступления в силу, ГГГГ-ММ-ДД (может быть в будущем: до неё действует предыдущая версия). Effective from (YYYY-MM-DD); may be in the future.",
  })
  effectiveFrom: string;

  @Field(() => String, { nullable: true, description: "Что изменено и почему. Change note." })
  @OptionalText(4000)
  changeNote?: string | null;

  @Field(() => ID, {
    description: "Нормативный правовой акт, утвердивший регламент или изменения в него (LegalAct). The approving act.",
  })
  approvingActId: string;
}
