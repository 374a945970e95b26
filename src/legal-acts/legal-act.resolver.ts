import { Arg, Args, Ctx, Mutation, Query, Resolver, UseMiddleware } from "type-graphql";
import type { Context } from "../context";
import { userErrorsMiddleware } from "../shared/errors/user-errors.middleware";
import { LegalAct } from "./legal-act.entity";
import { LegalActInput, LegalActsArgs } from "./legal-act.inputs";
import { Connection } from "../shared/relay/connection";
import { Payload, ok } from "../shared/errors/payload";

export const LegalActConnection = Connection(LegalAct, "LegalAct", "нормативные правовые акты");
const LegalActCreatePayload = Payload("LegalActCreate", "legalAct", LegalAct, "Внесённый акт. The created legal act.");

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
}
