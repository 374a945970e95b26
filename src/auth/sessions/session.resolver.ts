import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { UserError } from "../../shared/errors/user-error";
import { DomainError } from "../../shared/errors/domain-error";
import { toGlobalId } from "../../shared/relay/global-id";
import { User } from "../auth.entities";
import { UserSession } from "./session.entities";
import { PasswordChangeInput, SignInInput } from "./session.inputs";
import { sessionCookie, type SessionState } from "./session.service";

@ObjectType("Session", { description: "Открытый сеанс пользователя в браузере. An open browser session." })
class SessionType {
  @Field(() => ID, { description: "Идентификатор сеанса. Session id." })
  id: string;

  @Field({ description: "Когда начат (вход). Signed in at." })
  createdAt: Date;

  @Field({ description: "Последняя активность (с точностью до минуты). Last activity." })
  lastSeenAt: Date;

  @Field({ description: "Когда закончится без активности. Expires at without activity." })
  expiresAt: Date;

  @Field(() => String, { nullable: true, description: "Браузер (User-Agent). Browser." })
  userAgent: string | null;

  @Field({ description: "Это сеанс текущего запроса. The session of this request." })
  current: boolean;
}

@ObjectType({ description: "Сеанс текущего запроса (вход по паролю через cookie). The session of this request." })
class CurrentSession {
  @Field(() => ID, { description: "Идентификатор сеанса. Session id." })
  id: string;

  @Field(() => User, { description: "Пользователь. The user." })
  user: User;

  @Field({ description: "Пароль временный: до его смены роли не действуют. The password must be changed first." })
  mustChangePassword: boolean;

  @Field({ description: "Значение для заголовка X-CSRF-Token, обязательного в мутациях этого сеанса. Token for the X-CSRF-Token header of mutations." })
  csrfToken: string;

  @Field({ description: "Когда сеанс закончится без активности (продлевается любым запросом). Expires at without activity." })
  expiresAt: Date;
}

@ObjectType({ description: "Результат signIn. Result of signIn." })
class SignInPayload {
  @Field(() => CurrentSession, { nullable: true, description: "Открытый сеанс (cookie установлена). The new session." })
  session?: CurrentSession | null;

  @Field(() => [UserError], { description: "Ошибки ввода (пусто при успехе). User errors; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Результат signOut. Result of signOut." })
class SignOutPayload {
  @Field({ description: "Сеанс закрыт (false: запрос был без сеанса). Whether a session was ended." })
  ended: boolean;

  @Field(() => [UserError], { description: "Ошибки ввода (пусто при успехе). User errors; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Результат passwordChange. Result of passwordChange." })
class PasswordChangePayload {
  @Field(() => CurrentSession, { nullable: true, description: "Текущий сеанс после смены пароля. The session after the change." })
  session?: CurrentSession | null;

  @Field(() => [UserError], { description: "Ошибки ввода (пусто при успехе). User errors; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Результат userPasswordReset: временный пароль показывается только здесь, один раз. Result of userPasswordReset." })
class UserPasswordResetPayload {
  @Field(() => String, { nullable: true, description: "Временный пароль; пользователь сменит его при первом входе. The temporary password, shown once." })
  temporaryPassword?: string | null;

  @Field(() => User, { nullable: true, description: "Пользователь. The user." })
  user?: User | null;

  @Field(() => [UserError], { description: "Ошибки ввода (пусто при успехе). User errors; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Результат sessionEnd. Result of sessionEnd." })
class SessionEndPayload {
  @Field(() => SessionType, { nullable: true, description: "Закрытый сеанс. The ended session." })
  session?: SessionType | null;

  @Field(() => [UserError], { description: "Ошибки ввода (пусто при успехе). User errors; empty on success." })
  userErrors: UserError[];
}

function sessionType(s: UserSession, ctx: Context): SessionType {
  return { id: toGlobalId("UserSession", s.id), createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, expiresAt: s.expiresAt, userAgent: s.userAgent, current: s.id === ctx.session?.id };
}

async function currentSession(state: SessionState, ctx: Context): Promise<CurrentSession> {
  const user = await ctx.loaders.userById.load(state.userId);
  if (!user) throw new Error("session of a missing user");
  return { id: toGlobalId("UserSession", state.id), user, mustChangePassword: state.mustChangePassword, csrfToken: state.csrfToken, expiresAt: state.expiresAt };
}

/**
 * Password sign-in for the web workspace. signIn sets an HttpOnly, SameSite=Strict
 * session cookie; every mutation of a cookie session must carry the session's CSRF
 * token in X-CSRF-Token (checked by the session plugin). Machine clients keep bearer tokens.
 */
@Resolver(() => User)
export class SessionResolver {
  @Query(() => CurrentSession, { nullable: true, description: "Сеанс текущего запроса (null без входа по паролю). The session of this request." })
  currentSession(@Ctx() ctx: Context) {
    return ctx.session ? currentSession(ctx.session, ctx) : null;
  }

  @Mutation(() => SignInPayload, { description: "Войти по логину и паролю: открывает сеанс и устанавливает cookie. Sign in." })
  async signIn(@Arg("input", () => SignInInput, { description: "Логин и пароль. Credentials." }) input: SignInInput, @Ctx() ctx: Context) {
    if (!ctx.http) throw new DomainError("INVALID", "Вход по паролю доступен только по HTTP", null);
    const { token, state } = await ctx.services.sessions.signIn(input.login, input.password, ctx.http.userAgent);
    ctx.http.setCookie = sessionCookie(token);
    return { session: await currentSession(state, ctx), userErrors: [] };
  }

  @Mutation(() => SignOutPayload, { description: "Выйти: закрывает сеанс текущего запроса и удаляет cookie. Sign out." })
  async signOut(@Ctx() ctx: Context) {
    const ended = await ctx.services.sessions.signOut(ctx.session, ctx.viewer);
    if (ctx.http) ctx.http.setCookie = sessionCookie(null);
    return { ended, userErrors: [] };
  }

  @Mutation(() => PasswordChangePayload, { description: "Сменить свой пароль (временный — обязательно); другие сеансы закрываются. Change one's password." })
  async passwordChange(@Arg("input", () => PasswordChangeInput, { description: "Пароли. Passwords." }) input: PasswordChangeInput, @Ctx() ctx: Context) {
    const state = await ctx.services.sessions.changePassword(ctx.viewer, ctx.session, input.currentPassword, input.newPassword);
    return { session: state ? await currentSession(state, ctx) : null, userErrors: [] };
  }

  @Mutation(() => UserPasswordResetPayload, { description: "Выдать пользователю временный пароль (ADMIN); его сеансы закрываются. Set a temporary password." })
  async userPasswordReset(@Arg("userId", () => ID, { description: "Пользователь. User." }) userId: string, @Ctx() ctx: Context) {
    return { ...(await ctx.services.sessions.resetPassword(userId, ctx.viewer)), userErrors: [] };
  }

  @Mutation(() => SessionEndPayload, { description: "Закрыть сеанс (ADMIN или владелец). End a session." })
  async sessionEnd(@Arg("id", () => ID, { description: "Сеанс. Session." }) id: string, @Ctx() ctx: Context) {
    return { session: sessionType(await ctx.services.sessions.endSession(id, ctx.viewer), ctx), userErrors: [] };
  }

  @FieldResolver(() => [SessionType], { description: "Открытые сеансы (ADMIN или сам пользователь). Open sessions." })
  async sessions(@Root() user: User, @Ctx() ctx: Context) {
    return (await ctx.services.sessions.openSessions(user.id, ctx.viewer)).map((s) => sessionType(s, ctx));
  }

}
