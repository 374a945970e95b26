import { Arg, Args, Ctx, ID, Mutation, Query, Resolver, UseMiddleware } from "type-graphql";
import type { Context } from "../context";
import { userErrorsMiddleware } from "../shared/errors/user-errors.middleware";
import { LegalAct } from "./legal-act.entity";
import { LegalActInput, LegalActUpdateInput, LegalActsArgs } from "./legal-act.inputs";
import { Connection } from "../shared/relay/connection";
import { Payload, ok } from "../shared/errors/payload";

export const LegalActConnection = Connection(LegalAct, "LegalAct", "нормативные правовые акты");
const LegalActCreatePayload = Payload("LegalActCreate", "legalAct", LegalAct, "Внесённый акт. The created legal act.");
const LegalActUpdatePayload = Payload("LegalActUpdate", "legalAct", LegalAct, "Изменённый акт. The updated legal act.");

@Resolver(() => LegalAct)
@UseMiddleware(userErrorsMiddleware)
export class LegalActResolver {
  @Query(() => LegalActConnection, { description: "Нормативные правовые акты, новые первыми; с поиском. Legal acts, newest first, searchable." })
  async legalActs(@Args() args: LegalActsArgs, @Ctx() ctx: Context) {
    return LegalActConnection.from(await ctx.services.legalActs.list(args));
  }

  @Mutation(() => LegalActCreatePayload, { description: "Внести нормативный правовой акт. Register a legal act." })
  async legalActCreate(@Arg("input", () => LegalActInput, { description: "Данные. Input data." }) input: LegalActInput, @Ctx() ctx: Context) {
    return ok("legalAct", await ctx.services.legalActs.create(input));
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
