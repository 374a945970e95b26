import { randomBytes, timingSafeEqual } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { Role, User } from "../auth.entities";
import { Viewer } from "../viewer";
import { AuthService } from "../auth.service";
import { sessionConfig } from "../../config";
import { sha256 } from "../../shared/canonical-json";
import { DomainError } from "../../shared/errors/domain-error";
import { requireFields } from "../../shared/errors/require";
import { decodeId } from "../../shared/relay/global-id";
import { recordAudit } from "../../history/audit";
import { UserCredential, UserSession } from "./session.entities";
import { dummyHash, generateTemporaryPassword, hashPassword, passwordIssues, verifyPassword } from "./password";

export const SESSION_COOKIE = "rsr_session";

/** The browser session behind a request (cookie-authenticated requests only). */
export interface SessionState {
  id: string;
  userId: string;
  /** Derived from the cookie's token: a mutation must echo it in the X-CSRF-Token header. */
  csrfToken: string;
  expiresAt: Date;
  mustChangePassword: boolean;
}

/** The CSRF token of a session: a hash of its secret cookie token (nothing extra to store). */
export function csrfTokenOf(sessionToken: string): string {
  return sha256(`csrf:${sessionToken}`);
}

export function sameToken(a: string | undefined | null, b: string): boolean {
  if (!a || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** The Set-Cookie value that carries a session token (or clears it). */
export function sessionCookie(token: string | null): string {
  const parts = [`${SESSION_COOKIE}=${token ?? ""}`, "Path=/", "HttpOnly", "SameSite=Strict"];
  if (token === null) parts.push("Max-Age=0");
  if (sessionConfig.secureCookie) parts.push("Secure");
  return parts.join("; ");
}

export function readSessionCookie(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
    }
  }
  return null;
}

const minutes = (n: number) => n * 60_000;

/**
 * Password sign-in and browser sessions. Passwords are Argon2id hashes; a temporary
 * password set by an administrator must be changed at the first sign-in (until then the
 * session carries no roles). Failed sign-ins of one login are counted: after
 * `maxFailures` in a row the login is locked for 1, 2, 4 … up to 15 minutes.
 * Sessions end after `idleMinutes` without activity, `maxHours` after sign-in, at
 * sign-out, when the password changes, or when ended by the user or an administrator.
 */
export class SessionService {
  constructor(private readonly ds: DataSource) {}

  async signIn(login: string | null | undefined, password: string | null | undefined, userAgent: string | null): Promise<{ token: string; state: SessionState; user: User }> {
    requireFields({ login, password }, ["input"]);
    const name = login!.trim();
    const [throttle] = await this.ds.query(`SELECT locked_until FROM sign_in_throttle WHERE login = $1 AND locked_until > now()`, [name]);
    if (throttle) throw lockedError(throttle.locked_until);

    const rows: { id: string; password_hash: string; must_change: boolean }[] = await this.ds.query(
      `SELECT u.id, c.password_hash, c.must_change FROM app_user u JOIN user_credential c ON c.user_id = u.id WHERE u.login = $1 AND u.active`,
      [name],
    );
    const ok = await verifyPassword(rows[0]?.password_hash ?? (await dummyHash()), password!);
    if (!rows[0] || !ok) {
      const [{ locked_until }] = await this.ds.query(
        `INSERT INTO sign_in_throttle (login, failures, last_failure_at) VALUES ($1, 1, now())
         ON CONFLICT (login) DO UPDATE SET
           failures = CASE WHEN sign_in_throttle.last_failure_at < now() - interval '1 hour' THEN 1 ELSE sign_in_throttle.failures + 1 END,
           last_failure_at = now(),
           locked_until = CASE WHEN sign_in_throttle.last_failure_at >= now() - interval '1 hour' AND sign_in_throttle.failures + 1 >= $2
             THEN now() + least(interval '15 minutes', interval '1 minute' * power(2, sign_in_throttle.failures + 1 - $2)) END
         RETURNING locked_until`,
        [name, sessionConfig.maxFailures],
      );
      if (locked_until) throw lockedError(locked_until);
      throw new DomainError("INVALID_CREDENTIALS", "Неверный логин или пароль", ["input", "password"]);
    }
    await this.ds.query(`DELETE FROM sign_in_throttle WHERE login = $1`, [name]);
    return this.ds.transaction(async (em) => {
      const user = await em.findOneByOrFail(User, { id: rows[0].id });
      const { token, session } = await this.open(em, user.id, userAgent);
      await recordAudit(em, user.login, { action: "signIn", entityType: "User", entityId: user.id, changes: { session: session.id } });
      return { token, user, state: this.stateOf(session, token, rows[0].must_change) };
    });
  }

  /** The viewer of a session token, extending the session on activity; null when unknown, ended or expired. */
  async authenticate(token: string, auth: AuthService): Promise<{ viewer: Viewer; state: SessionState } | null> {
    const rows: { id: string; user_id: string; login: string; must_change: boolean; last_seen_at: Date; expires_at: Date; absolute_expires_at: Date }[] =
      await this.ds.query(
        `SELECT s.id, s.user_id, u.login, coalesce(c.must_change, false) AS must_change, s.last_seen_at, s.expires_at, s.absolute_expires_at
           FROM user_session s JOIN app_user u ON u.id = s.user_id LEFT JOIN user_credential c ON c.user_id = u.id
          WHERE s.token_hash = $1 AND s.ended_at IS NULL AND s.expires_at > now() AND s.absolute_expires_at > now() AND u.active`,
        [sha256(token)],
      );
    const row = rows[0];
    if (!row) return null;
    let expiresAt = row.expires_at;
    if (Date.now() - row.last_seen_at.getTime() > 60_000) {
      expiresAt = new Date(Math.min(Date.now() + minutes(sessionConfig.idleMinutes), row.absolute_expires_at.getTime()));
      await this.ds.query(`UPDATE user_session SET last_seen_at = now(), expires_at = $2 WHERE id = $1`, [row.id, expiresAt]);
    }
    const state: SessionState = { id: row.id, userId: row.user_id, csrfToken: csrfTokenOf(token), expiresAt, mustChangePassword: row.must_change };
    const viewer = row.must_change ? Viewer.user(row.login, row.user_id, new Map(), false) : await auth.viewerOf(row.user_id, row.login);
    return { viewer, state };
  }

  async signOut(state: SessionState | undefined, viewer: Viewer): Promise<boolean> {
    if (!state) return false;
    await this.ds.transaction(async (em) => {
      await em.update(UserSession, { id: state.id }, { endedAt: new Date() });
      await recordAudit(em, viewer.name, { action: "signOut", entityType: "User", entityId: state.userId, changes: { session: state.id } });
    });
    return true;
  }

  /** Changes the viewer's own password; the other sessions of the user end, this one goes on. */
  async changePassword(viewer: Viewer, state: SessionState | undefined, current: string | null | undefined, next: string | null | undefined): Promise<SessionState | null> {
    viewer.requireAuthenticated();
    if (!viewer.userId) throw new DomainError("INVALID", "Пароль есть только у пользователей", null);
    requireFields({ currentPassword: current, newPassword: next }, ["input"]);
    return this.ds.transaction(async (em) => {
      const credential = await em.findOne(UserCredential, { where: { userId: viewer.userId! }, lock: { mode: "pessimistic_write" } });
      if (!credential || !(await verifyPassword(credential.passwordHash, current!))) {
        throw new DomainError("INVALID_CREDENTIALS", "Текущий пароль указан неверно", ["input", "currentPassword"]);
      }
      const issues = passwordIssues(next!, viewer.name ?? "", ["input", "newPassword"]);
      if (!issues.length && next === current) issues.push({ code: "INVALID", message: "Новый пароль должен отличаться от текущего", field: ["input", "newPassword"] });
      if (issues.length) throw DomainError.of(issues);
      credential.passwordHash = await hashPassword(next!);
      credential.mustChange = false;
      credential.changedAt = new Date();
      await em.save(credential);
      const qb = em.createQueryBuilder().update(UserSession).set({ endedAt: () => "now()" }).where("user_id = :u AND ended_at IS NULL", { u: viewer.userId });
      if (state) qb.andWhere("id <> :s", { s: state.id });
      await qb.execute();
      await recordAudit(em, viewer.name, { action: "passwordChange", entityType: "User", entityId: viewer.userId!, changes: {} });
      return state ? { ...state, mustChangePassword: false } : null;
    });
  }

  /** ADMIN: a new temporary password for a user (returned once); the user's sessions end. */
  async resetPassword(userGlobalId: string, viewer: Viewer): Promise<{ temporaryPassword: string; user: User }> {
    viewer.require(Role.ADMIN);
    const userId = decodeId("User", userGlobalId, ["userId"]);
    return this.ds.transaction(async (em) => {
      const user = await em.findOneBy(User, { id: userId });
      if (!user) throw new DomainError("NOT_FOUND", "Пользователь не найден", ["userId"]);
      const temporaryPassword = await setTemporaryPassword(em, user.id);
      await recordAudit(em, viewer.name, { action: "userPasswordReset", entityType: "User", entityId: user.id, changes: {} });
      return { temporaryPassword, user };
    });
  }

  /** Sessions of a user that are still open (ADMIN or the user). */
  async openSessions(userId: string, viewer: Viewer): Promise<UserSession[]> {
    if (!(viewer.has(Role.ADMIN, null) || viewer.userId === userId)) return [];
    return this.ds
      .getRepository(UserSession)
      .createQueryBuilder("s")
      .where("s.user_id = :userId AND s.ended_at IS NULL AND s.expires_at > now() AND s.absolute_expires_at > now()", { userId })
      .orderBy("s.last_seen_at", "DESC")
      .getMany();
  }

  /** Ends a session (ADMIN or its owner). */
  async endSession(sessionGlobalId: string, viewer: Viewer): Promise<UserSession> {
    viewer.requireAuthenticated();
    const id = decodeId("UserSession", sessionGlobalId, ["id"]);
    return this.ds.transaction(async (em) => {
      const session = await em.findOneBy(UserSession, { id });
      if (!session || !(viewer.has(Role.ADMIN, null) || session.userId === viewer.userId)) viewer.require(Role.ADMIN);
      if (!session) throw new DomainError("NOT_FOUND", "Сеанс не найден", ["id"]);
      if (!session.endedAt) {
        session.endedAt = new Date();
        await em.save(session);
        await recordAudit(em, viewer.name, { action: "sessionEnd", entityType: "User", entityId: session.userId, changes: { session: id } });
      }
      return session;
    });
  }

  private async open(em: EntityManager, userId: string, userAgent: string | null): Promise<{ token: string; session: UserSession }> {
    const token = randomBytes(32).toString("base64url");
    const now = Date.now();
    const absolute = new Date(now + sessionConfig.maxHours * 3_600_000);
    const session = await em.save(
      em.create(UserSession, {
        userId,
        tokenHash: sha256(token),
        lastSeenAt: new Date(now),
        expiresAt: new Date(Math.min(now + minutes(sessionConfig.idleMinutes), absolute.getTime())),
        absoluteExpiresAt: absolute,
        userAgent: userAgent ? userAgent.slice(0, 300) : null,
      }),
    );
    return { token, session };
  }

  private stateOf(session: UserSession, token: string, mustChange: boolean): SessionState {
    return { id: session.id, userId: session.userId, csrfToken: csrfTokenOf(token), expiresAt: session.expiresAt, mustChangePassword: mustChange };
  }
}

/** Sets a temporary password (generated unless given) that must be changed at sign-in; ends the user's sessions. */
export async function setTemporaryPassword(em: EntityManager, userId: string, password = generateTemporaryPassword()): Promise<string> {
  await em.save(em.create(UserCredential, { userId, passwordHash: await hashPassword(password), mustChange: true, changedAt: new Date() }));
  await endUserSessions(em, userId);
  return password;
}

/** Ends every open session of a user (a new temporary password, deactivation). */
export async function endUserSessions(em: EntityManager, userId: string): Promise<void> {
  await em.createQueryBuilder().update(UserSession).set({ endedAt: () => "now()" }).where("user_id = :userId AND ended_at IS NULL", { userId }).execute();
}

function lockedError(until: Date): DomainError {
  const wait = Math.max(1, Math.ceil((new Date(until).getTime() - Date.now()) / 60_000));
  return new DomainError("TOO_MANY_ATTEMPTS", `Слишком много неудачных попыток входа. Повторите через ${wait} мин.`, ["input", "login"]);
}
