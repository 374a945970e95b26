import { IsNull, type DataSource, type EntityManager } from "typeorm";
import { ApiToken, Role, RoleAssignment, User } from "./auth.entities";
import { Viewer } from "./viewer";
import { unauthenticated } from "./errors";
import { sha256 } from "../shared/canonical-json";
import { DomainError } from "../shared/errors/domain-error";
import { requireFields } from "../shared/errors/require";
import { decodeId } from "../shared/relay/global-id";
import { isForeignKeyViolation, isUniqueViolation } from "../legal-acts/legal-act.service";
import { Authority } from "../authorities/authority.entity";
import { recordAudit } from "../history/audit";
import type { ConnectionArgs } from "../shared/relay/connection";
import { paginate } from "../shared/relay/keyset";
import { tokenConfig } from "../config";

/** Tokens start with it (the database's issue_api_token writes it). */
export const TOKEN_PREFIX = "rsr_";

/** When a new token expires unless told otherwise: TOKEN_DEFAULT_TTL_DAYS from now (0: never). */
export function defaultTokenExpiry(now = Date.now()): Date | null {
  return tokenConfig.defaultTtlDays > 0 ? new Date(now + tokenConfig.defaultTtlDays * 86_400_000) : null;
}

export interface RoleInput {
  role?: Role | null;
  authorityId?: string | null;
  includeSubordinates?: boolean | null;
}

/** Bearer tokens and the users and roles behind them. */
export class AuthService {
  constructor(private readonly ds: DataSource) {}

  /**
   * The viewer of a request: anonymous without an Authorization header; a user for a
   * valid token; UNAUTHENTICATED for a malformed, unknown, revoked or expired token.
   */
  async authenticate(authorization: string | undefined): Promise<Viewer> {
    if (!authorization) return Viewer.anonymous();
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!m) throw unauthenticated("Заголовок Authorization должен иметь вид: Bearer <токен>");
    const rows: { token_id: string; user_id: string; login: string; last_used_at: Date | null }[] = await this.ds.query(
      `SELECT t.id AS token_id, u.id AS user_id, u.login, t.last_used_at
         FROM api_token t JOIN app_user u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()) AND u.active`,
      [sha256(m[1])],
    );
    if (rows.length === 0) throw unauthenticated("Токен недействителен, отозван или истёк");
    const { token_id, user_id, login, last_used_at } = rows[0];
    if (!last_used_at || Date.now() - last_used_at.getTime() > 3_600_000) {
      await this.ds.query("UPDATE api_token SET last_used_at = now() WHERE id = $1", [token_id]);
    }
    return this.viewerOf(user_id, login);
  }

  /** Expands the user's role assignments to the authority ids they cover. */
  async viewerOf(userId: string, login: string): Promise<Viewer> {
    const rows: { role: Role; authority_id: string | null }[] = await this.ds.query(
      `WITH RECURSIVE scope(role, authority_id, subordinates) AS (
         SELECT role, authority_id, include_subordinates FROM role_assignment WHERE user_id = $1
         UNION
         SELECT s.role, a.id, true FROM scope s JOIN authority a ON a.parent_id = s.authority_id WHERE s.subordinates
       )
       SELECT DISTINCT role, authority_id FROM scope`,
      [userId],
    );
    const scopes = new Map<Role, Set<string>>();
    let admin = false;
    for (const row of rows) {
      if (row.role === Role.ADMIN) admin = true;
      else if (row.authority_id) {
        const set = scopes.get(row.role) ?? new Set<string>();
        set.add(row.authority_id);
        scopes.set(row.role, set);
      }
    }
    return Viewer.user(login, userId, scopes, admin);
  }

  async createUser(input: { login?: string | null; name?: string | null; roles?: RoleInput[] | null }, viewer: Viewer): Promise<User> {
    viewer.require(Role.ADMIN);
    requireFields({ login: input.login, name: input.name }, ["input"]);
    try {
      return await this.ds.transaction(async (em) => {
        const user = await em.save(em.create(User, { login: input.login!.trim(), name: input.name!.trim(), active: true }));
        for (const [i, r] of (input.roles ?? []).entries()) {
          await em.save(em.create(RoleAssignment, { userId: user.id, ...this.assignment(r, ["input", "roles", String(i)]) }));
        }
        await recordAudit(em, viewer.name, {
          action: "userCreate",
          entityType: "User",
          entityId: user.id,
          changes: { login: user.login, name: user.name, roles: input.roles ?? [] },
        });
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError("TAKEN", "Пользователь с таким логином уже есть", ["input", "login"]);
      if (isForeignKeyViolation(error)) throw new DomainError("NOT_FOUND", "Орган власти не найден", ["input", "roles"]);
      throw error;
    }
  }

  async grantRole(userGlobalId: string, input: RoleInput, viewer: Viewer): Promise<User> {
    viewer.require(Role.ADMIN);
    const userId = decodeId("User", userGlobalId, ["userId"]);
    return this.ds.transaction(async (em) => {
      const authorityId = input.authorityId ? decodeId("Authority", input.authorityId, ["input", "authorityId"]) : null;
      if (authorityId && !(await em.existsBy(Authority, { id: authorityId }))) {
        throw new DomainError("NOT_FOUND", "Орган власти не найден", ["input", "authorityId"]);
      }
      const user = await em.findOneBy(User, { id: userId });
      if (!user) throw new DomainError("NOT_FOUND", "Пользователь не найден", ["userId"]);
      const assignment = this.assignment(input, ["input"]);
      const existing = await em.findOneBy(RoleAssignment, {
        userId,
        role: assignment.role,
        authorityId: assignment.authorityId === null ? IsNull() : assignment.authorityId,
      });
      if (existing) {
        existing.includeSubordinates = assignment.includeSubordinates;
        await em.save(existing);
      } else {
        await em.save(em.create(RoleAssignment, { userId, ...assignment }));
      }
      await recordAudit(em, viewer.name, { action: "userRoleGrant", entityType: "User", entityId: userId, authorityId: assignment.authorityId, changes: assignment });
      return user;
    });
  }

  async revokeRole(userGlobalId: string, input: RoleInput, viewer: Viewer): Promise<User> {
    viewer.require(Role.ADMIN);
    const userId = decodeId("User", userGlobalId, ["userId"]);
    return this.ds.transaction(async (em) => {
      const user = await em.findOneBy(User, { id: userId });
      if (!user) throw new DomainError("NOT_FOUND", "Пользователь не найден", ["userId"]);
      const assignment = this.assignment(input, ["input"]);
      const qb = em.createQueryBuilder().delete().from(RoleAssignment).where("user_id = :userId AND role = :role", { userId, role: assignment.role });
      if (assignment.authorityId) qb.andWhere("authority_id = :a", { a: assignment.authorityId });
      else qb.andWhere("authority_id IS NULL");
      await qb.execute();
      await recordAudit(em, viewer.name, { action: "userRoleRevoke", entityType: "User", entityId: userId, authorityId: assignment.authorityId, changes: assignment });
      return user;
    });
  }

  /** Creates a token and returns its value once; only its SHA-256 is stored. */
  async createToken(
    input: { userId?: string | null; name?: string | null; expiresAt?: Date | null },
    viewer: Viewer,
  ): Promise<{ token: string; apiToken: ApiToken }> {
    viewer.require(Role.ADMIN);
    requireFields({ userId: input.userId, name: input.name }, ["input"]);
    const userId = decodeId("User", input.userId!, ["input", "userId"]);
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw new DomainError("INVALID", "Срок действия должен быть в будущем", ["input", "expiresAt"]);
    }
    const expiresAt = input.expiresAt ?? defaultTokenExpiry();
    return this.ds.transaction(async (em) => {
      const user = await em.findOneBy(User, { id: userId });
      if (!user) throw new DomainError("NOT_FOUND", "Пользователь не найден", ["input", "userId"]);
      if (!user.active) throw new DomainError("INVALID", "Пользователь деактивирован: токен ему не выпускается", ["input", "userId"]);
      const issued = await issueToken(em, userId, input.name!.trim(), expiresAt);
      await recordAudit(em, viewer.name, {
        action: "apiTokenCreate",
        entityType: "ApiToken",
        entityId: issued.apiToken.id,
        changes: { userId: input.userId, name: issued.apiToken.name, prefix: issued.apiToken.prefix, expiresAt: issued.apiToken.expiresAt },
      });
      return issued;
    });
  }

  /** Revokes a token: by an administrator, or by its owner. */
  async revokeToken(tokenGlobalId: string, viewer: Viewer): Promise<ApiToken> {
    viewer.requireAuthenticated();
    const id = decodeId("ApiToken", tokenGlobalId, ["id"]);
    return this.ds.transaction(async (em) => {
      const token = await em.findOne(ApiToken, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!token || !(viewer.has(Role.ADMIN, null) || token.userId === viewer.userId)) viewer.require(Role.ADMIN);
      if (!token) throw new DomainError("NOT_FOUND", "Токен не найден", ["id"]);
      if (!token.revokedAt) {
        token.revokedAt = new Date();
        await em.save(token);
        await recordAudit(em, viewer.name, { action: "apiTokenRevoke", entityType: "ApiToken", entityId: id, changes: { prefix: token.prefix } });
      }
      return token;
    });
  }

  /**
   * Deactivates a user (ADMIN): every token of theirs stops at once, since authentication
   * checks the user's state on each request; `active: true` reactivates (tokens that have not
   * expired or been revoked then work again).
   */
  async setActive(userGlobalId: string, active: boolean, viewer: Viewer): Promise<User> {
    viewer.require(Role.ADMIN);
    const userId = decodeId("User", userGlobalId, ["userId"]);
    return this.ds.transaction(async (em) => {
      const user = await em.findOne(User, { where: { id: userId }, lock: { mode: "pessimistic_write" } });
      if (!user) throw new DomainError("NOT_FOUND", "Пользователь не найден", ["userId"]);
      if (user.active !== active) {
        user.active = active;
        await em.save(user);
        await recordAudit(em, viewer.name, {
          action: active ? "userActivate" : "userDeactivate",
          entityType: "User",
          entityId: userId,
          changes: { login: user.login, active: { before: !active, after: active } },
        });
      }
      return user;
    });
  }

  users(args: ConnectionArgs, viewer: Viewer) {
    viewer.require(Role.ADMIN);
    const qb = this.ds.getRepository(User).createQueryBuilder("u");
    return paginate(qb, args, [{ expr: "u.login", direction: "ASC", value: (u) => u.login }]);
  }

  private assignment(input: RoleInput, path: string[]): { role: Role; authorityId: string | null; includeSubordinates: boolean } {
    requireFields({ role: input.role }, path);
    if (input.role === Role.ADMIN) return { role: Role.ADMIN, authorityId: null, includeSubordinates: false };
    requireFields({ authorityId: input.authorityId }, path);
    return { role: input.role!, authorityId: decodeId("Authority", input.authorityId!, [...path, "authorityId"]), includeSubordinates: !!input.includeSubordinates };
  }
}

/**
 * A new token, generated by the database (issue_api_token: 366 random bits, SECURITY DEFINER):
 * the app's role may not insert a token, so nobody chooses a token's hash. Shown once; stored as
 * SHA-256 with a short prefix for recognition.
 */
export async function issueToken(em: EntityManager, userId: string, name: string, expiresAt: Date | null): Promise<{ token: string; apiToken: ApiToken }> {
  const [row]: { token_id: string; token: string }[] = await em.query("SELECT token_id, token FROM issue_api_token($1, $2, $3)", [userId, name, expiresAt]);
  return { token: row.token, apiToken: await em.findOneByOrFail(ApiToken, { id: row.token_id }) };
}
