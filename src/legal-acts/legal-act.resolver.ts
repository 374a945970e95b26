import { Arg, Args, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { LegalAct } from "./legal-act.entity";
import { LegalActInput, LegalActUpdateInput, LegalActsArgs } from "./legal-act.inputs";
import { Connection } from "../shared/relay/connection";
import { Payload, ok } from "../shared/errors/payload";

export const LegalActConnection = Connection(LegalAct, "LegalAct", "нормативные правовые акты");
const LegalActCreateBase = Payload("LegalActCreate", "legalAct", LegalAct, "Внесённый акт (или уже внесённый с теми же реквизитами). The created act, or the one already registered.");

@ObjectType("LegalActCreatePayload", { description: "Результат legalActCreate. Result of legalActCreate." })
class LegalActCreatePayload extends LegalActCreateBase {
  @Field(() => Boolean, {
    nullable: true,
    description:
      "true — акт с такими видом, органом, номером и датой уже был в реестре и возвращён без изменений; false — внесён сейчас. Whether the act was already registered.",
  })
  existing: boolean | null;
}
const LegalActUpdatePayload = Payload("LegalActUpdate", "legalAct", LegalAct, "Изменённый акт. The updated legal act.");

@Resolver(() => LegalAct)
export class LegalActResolver {
  @Query(() => LegalActConnection, { description: "Нормативные правовые акты, новые первыми; с поиском. Legal acts, newest first, searchable." })
  async legalActs(@Args() args: LegalActsArgs, @Ctx() ctx: Context) {
    return LegalActConnection.from(await ctx.services.legalActs.list(args));
  }

  @Mutation(() => LegalActCreatePayload, {
    description:
      "Внести нормативный правовой акт (регистраторы и администраторы). Акт с теми же видом, органом, номером и датой не дублируется: возвращается внесённый ранее (existing: true). Register a legal act; an existing one is returned.",
  })
  async legalActCreate(@Arg("input", () => LegalActInput, { description: "Данные. Input data." }) input: LegalActInput, @Ctx() ctx: Context) {
    const { act, existing } = await ctx.services.legalActs.create(input);
    return { ...ok("legalAct", act), existing };
  }

  @Mutation(() => LegalActUpdatePayload, {
    description:
      "Изменить запись акта: наименование, ссылку, действующую редакцию и список изменяющих актов (реквизиты акта не меняются). Update an act's title, link, edition and amendments.",
  })
  async legalActUpdate(
    @Arg("id", () => ID, { description: "Акт. The act." }) id: string,
    @Arg("input", () => LegalActUpdateInput, { description: "Изменяемые поля. Fields to change." }) input: LegalActUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return ok("legalAct", await ctx.services.legalActs.update(id, input));
  }
}
