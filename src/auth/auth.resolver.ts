import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { ApiToken, Role, RoleAssignment, User } from "./auth.entities";
import { ApiTokenCreateInput, RoleAssignmentInput, UserCreateInput } from "./auth.inputs";
import { Authority } from "../authorities/authority.entity";
import { Connection, ConnectionArgs } from "../shared/relay/connection";
import { Payload, ok } from "../shared/errors/payload";
import { UserError } from "../shared/errors/user-error";

export const UserConnection = Connection(User, "User", "пользователи");
const UserCreatePayload = Payload("UserCreate", "user", User, "Созданный пользователь. The created user.");
const UserRoleGrantPayload = Payload("UserRoleGrant", "user", User, "Пользователь. The user.");
const UserRoleRevokePayload = Payload("UserRoleRevoke", "user", User, "Пользователь. The user.");
const ApiTokenRevokePayload = Payload("ApiTokenRevoke", "apiToken", ApiToken, "Отозванный токен. The revoked token.");
const UserDeactivatePayload = Payload("UserDeactivate", "user", User, "Деактивированный пользователь. The deactivated user.");
const UserActivatePayload = Payload("UserActivate", "user", User, "Активированный пользователь. The activated user.");

@ObjectType({ description: "Результат apiTokenCreate: значение токена показывается только здесь, один раз. Result of apiTokenCreate." })
class ApiTokenCreatePayload {
  @Field(() => String, { nullable: true, description: "Значение токена для заголовка Authorization: Bearer (больше нигде не показывается). The token, shown once." })
  token?: string | null;

  @Field(() => ApiToken, { nullable: true, description: "Сведения о токене. The token record." })
  apiToken?: ApiToken | null;

  @Field(() => [UserError], { description: "Ошибки ввода. User errors." })
  userErrors: UserError[];
}

@ObjectType({ description: "Роль текущего пользователя и органы, на которые она распространяется. A role of the viewer." })
class ViewerRole {
  @Field(() => Role, { description: "Роль. Role." })
  role: Role;

  authorityIds: string[];
}

@ObjectType({ description: "Кто выполняет запрос. The viewer of this request." })
class ViewerInfo {
  @Field({ description: "Передан действительный токен. Authenticated." })
  authenticated: boolean;

  @Field(() => String, { nullable: true, description: "Логин. Login." })
  login: string | null;

  @Field(() => [ViewerRole], { description: "Роли. Roles." })
  roles: ViewerRole[];
}

@Resolver(() => ViewerRole)
export class ViewerRoleResolver {
  @FieldResolver(() => [Authority], { description: "Органы власти (с учётом подчинённых). Authorities covered." })
  async authorities(@Root() role: ViewerRole, @Ctx() ctx: Context) {
    const all = await ctx.loaders.authorityById.loadMany(role.authorityIds);
    return all.filter((a): a is Authority => a instanceof Authority);
  }
}

@Resolver(() => User)
export class AuthResolver {
  @Query(() => ViewerInfo, { description: "Кто выполняет запрос (по токену). The viewer." })
  viewer(@Ctx() ctx: Context): ViewerInfo {
    return { authenticated: ctx.viewer.authenticated, login: ctx.viewer.name, roles: ctx.viewer.roles() };
  }

  @Query(() => UserConnection, { description: "Пользователи (только ADMIN). Users (ADMIN only)." })
  async users(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return UserConnection.from(await ctx.services.auth.users(args, ctx.viewer));
  }

  @FieldResolver(() => [RoleAssignment], { description: "Роли пользователя. The user's roles." })
  roles(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.loaders.rolesByUserId.load(user.id);
  }

  @FieldResolver(() => [ApiToken], { description: "Токены пользователя (только ADMIN или сам пользователь). The user's tokens." })
  tokens(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.viewer.has(Role.ADMIN, null) || ctx.viewer.userId === user.id ? ctx.loaders.tokensByUserId.load(user.id) : [];
  }

  @Mutation(() => UserCreatePayload, { description: "Создать пользователя с ролями (ADMIN). Create a user." })
  async userCreate(@Arg("input", () => UserCreateInput, { description: "Данные. Input data." }) input: UserCreateInput, @Ctx() ctx: Context) {
    return ok("user", await ctx.services.auth.createUser(input, ctx.viewer));
  }

  @Mutation(() => UserRoleGrantPayload, { description: "Назначить роль (ADMIN). Grant a role." })
  async userRoleGrant(
    @Arg("userId", () => ID, { description: "Пользователь. User." }) userId: string,
    @Arg("input", () => RoleAssignmentInput, { description: "Роль. Role." }) input: RoleAssignmentInput,
    @Ctx() ctx: Context,
  ) {
    return ok("user", await ctx.services.auth.grantRole(userId, input, ctx.viewer));
  }

  @Mutation(() => UserRoleRevokePayload, { description: "Снять роль (ADMIN). Revoke a role." })
  async userRoleRevoke(
    @Arg("userId", () => ID, { description: "Пользователь. User." }) userId: string,
    @Arg("input", () => RoleAssignmentInput, { description: "Роль. Role." }) input: RoleAssignmentInput,
    @Ctx() ctx: Context,
  ) {
    return ok("user", await ctx.services.auth.revokeRole(userId, input, ctx.viewer));
  }

  @Mutation(() => UserDeactivatePayload, {
    description: "Деактивировать пользователя (ADMIN): все его токены сразу перестают действовать, сеансы в браузере закрываются. Deactivate a user: all their tokens stop at once, their browser sessions end.",
  })
  async userDeactivate(@Arg("userId", () => ID, { description: "Пользователь. User." }) userId: string, @Ctx() ctx: Context) {
    return ok("user", await ctx.services.auth.setActive(userId, false, ctx.viewer));
  }

  @Mutation(() => UserActivatePayload, { description: "Снова активировать пользователя (ADMIN). Reactivate a user." })
  async userActivate(@Arg("userId", () => ID, { description: "Пользователь. User." }) userId: string, @Ctx() ctx: Context) {
    return ok("user", await ctx.services.auth.setActive(userId, true, ctx.viewer));
  }

  @Mutation(() => ApiTokenCreatePayload, { description: "Выпустить токен доступа (ADMIN); значение возвращается один раз. Issue a token." })
  async apiTokenCreate(@Arg("input", () => ApiTokenCreateInput, { description: "Данные. Input data." }) input: ApiTokenCreateInput, @Ctx() ctx: Context) {
    return { ...(await ctx.services.auth.createToken(input, ctx.viewer)), userErrors: [] };
  }

  @Mutation(() => ApiTokenRevokePayload, { description: "Отозвать токен (ADMIN или владелец). Revoke a token." })
  async apiTokenRevoke(@Arg("id", () => ID, { description: "Токен. Token." }) id: string, @Ctx() ctx: Context) {
    return ok("apiToken", await ctx.services.auth.revokeToken(id, ctx.viewer));
  }
}

@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @FieldResolver(() => Authority, { nullable: true, description: "Орган власти (null для ADMIN). Authority." })
  authority(@Root() assignment: RoleAssignment, @Ctx() ctx: Context) {
    return assignment.authorityId ? ctx.loaders.authorityById.load(assignment.authorityId) : null;
  }
}
