import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { Node } from "./node";
import { fromGlobalId } from "./global-id";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Любой объект по глобальному идентификатору (Relay). Any node by global id." })
  async node(@Arg("id", () => ID, { description: "Глобальный идентификатор. Global id." }) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const decoded = fromGlobalId(id);
    if (!decoded) return null;
    const loader = {
      Authority: ctx.loaders.authorityById,
      LegalAct: ctx.loaders.legalActById,
      Service: ctx.loaders.serviceById,
      StandardVersion: ctx.loaders.standardVersionById,
    }[decoded.type];
    return loader ? ((await loader.load(decoded.id)) as Node | null) : null;
  }
}
