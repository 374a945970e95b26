import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { Authority } from "./authority.entity";
import { AuthorityInput, AuthorityUpdateInput } from "./authority.inputs";
import { Connection, ConnectionArgs } from "../shared/relay/connection";
import { Payload, ok } from "../shared/errors/payload";
import { tryDecodeId } from "../shared/relay/global-id";

export const AuthorityConnection = Connection(Authority, "Authority", "органы власти");
const AuthorityCreatePayload = Payload("AuthorityCreate", "authority", Authority, "Созданный орган. The created authority.");
const AuthorityUpdatePayload = Payload("AuthorityUpdate", "authority", Authority, "Изменённый орган. The updated authority.");

@Resolver(() => Authority)
export class AuthorityResolver {
  @Query(() => Authority, { nullable: true, description: "Орган власти по идентификатору. An authority by id." })
  async authority(@Arg("id", () => ID, { description: "Идентификатор. Id." }) id: string, @Ctx() ctx: Context): Promise<Authority | null> {
    const uuid = tryDecodeId("Authority", id);
    return uuid ? ctx.loaders.authorityById.load(uuid) : null;
  }

  @Query(() => AuthorityConnection, { description: "Органы власти по алфавиту. Authorities by name." })
  async authorities(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return AuthorityConnection.from(await ctx.services.authorities.list(args));
  }

  @FieldResolver(() => Authority, { nullable: true, description: "Вышестоящий орган. Parent authority." })
  parent(@Root() authority: Authority, @Ctx() ctx: Context): Promise<Authority | null> | null {
    return authority.parentId ? ctx.loaders.authorityById.load(authority.parentId) : null;
  }

  @Mutation(() => AuthorityCreatePayload, { description: "Создать орган власти. Create an authority." })
  async authorityCreate(@Arg("input", () => AuthorityInput, { description: "Данные. Input data." }) input: AuthorityInput, @Ctx() ctx: Context) {
    return ok("authority", await ctx.services.authorities.create(input));
  }

  @Mutation(() => AuthorityUpdatePayload, { description: "Изменить орган власти (частично). Update an authority (partial)." })
  async authorityUpdate(
    @Arg("id", () => ID, { description: "Идентификатор органа. Authority id." }) id: string,
    @Arg("input", () => AuthorityUpdateInput, { description: "Изменяемые поля. Fields to change." }) input: AuthorityUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return ok("authority", await ctx.services.authorities.update(id, input));
  }
}
