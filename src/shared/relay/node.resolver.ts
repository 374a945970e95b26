import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { Node } from "./node";
import { fromGlobalId } from "./global-id";
import { Role } from "../../auth/auth.entities";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Любой объект по глобальному идентификатору (Relay). Any node by global id." })
  async node(@Arg("id", () => ID, { description: "Глобальный идентификатор. Global id." }) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const decoded = fromGlobalId(id);
    if (!decoded) return null;
    switch (decoded.type) {
      case "Authority":
        return ctx.loaders.authorityById.load(decoded.id);
      case "LegalAct":
        return ctx.loaders.legalActById.load(decoded.id);
      case "Service":
        return ctx.services.services.get(decoded.id);
      case "StandardVersion":
        return ctx.services.history.visibleVersion(decoded.id);
      case "AuditEntry": {
        const page = await ctx.services.history.auditLog({}, { first: 1 }, decoded.id);
        return page.edges[0]?.node ?? null;
      }
      case "User":
        return ctx.viewer.has(Role.ADMIN, null) || ctx.viewer.userId === decoded.id ? ctx.loaders.userById.load(decoded.id) : null;
      default:
        return null;
    }
  }
}
