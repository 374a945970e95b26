import type { DataSource } from "typeorm";
import { Authority } from "./authority.entity";
import type { AuthorityInput, AuthorityUpdateInput } from "./authority.inputs";
import type { Loaders } from "../loaders";
import { DomainError } from "../shared/errors/domain-error";
import { requireFields } from "../shared/errors/require";
import { decodeId } from "../shared/relay/global-id";
import type { ConnectionArgs } from "../shared/relay/connection";
import { paginate } from "../shared/relay/keyset";
import { fieldChanges, recordAudit } from "../history/audit";
import type { Viewer } from "../auth/viewer";
import { Role } from "../auth/auth.entities";

const AUDITED: (keyof Authority)[] = ["name", "shortName", "level", "oktmo", "parentId", "fourEyes"];

export class AuthorityService {
  constructor(
    private readonly ds: DataSource,
    private readonly loaders: Loaders,
    private readonly viewer: Viewer,
  ) {}

  async create(input: AuthorityInput): Promise<Authority> {
    this.viewer.require(Role.ADMIN);
    requireFields({ name: input.name, level: input.level }, ["input"]);
    const parentId = await this.resolveParent(input.parentId, null);
    return this.ds.transaction(async (em) => {
      const authority = await em.save(
        em.create(Authority, {
          name: input.name!.trim(),
          shortName: input.shortName?.trim() || null,
          level: input.level!,
          oktmo: input.oktmo ?? null,
          parentId,
          fourEyes: input.fourEyes ?? true,
        }),
      );
      await recordAudit(em, this.viewer.name, {
        action: "authorityCreate",
        entityType: "Authority",
        entityId: authority.id,
        authorityId: authority.id,
        changes: fieldChanges<Authority>({}, authority, AUDITED),
      });
      return authority;
    });
  }

  /** Partial update: fields present in the input change, absent ones stay; null clears an optional field. */
  async update(globalId: string, input: AuthorityUpdateInput): Promise<Authority> {
    this.viewer.require(Role.ADMIN);
    const id = decodeId("Authority", globalId, ["id"]);
    return this.ds.transaction(async (em) => {
      const authority = await em.findOne(Authority, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!authority) throw new DomainError("NOT_FOUND", "Орган власти не найден", ["id"]);
      const before: Partial<Authority> = { ...authority };
      if (input.name !== undefined) {
        requireFields({ name: input.name }, ["input"]);
        authority.name = input.name!.trim();
      }
      if (input.level !== undefined) {
        requireFields({ level: input.level }, ["input"]);
        authority.level = input.level!;
      }
      if (input.shortName !== undefined) authority.shortName = input.shortName?.trim() || null;
      if (input.oktmo !== undefined) authority.oktmo = input.oktmo ?? null;
      if (input.parentId !== undefined) authority.parentId = await this.resolveParent(input.parentId, id);
      if (input.fourEyes != null) authority.fourEyes = input.fourEyes;
      const saved = await em.save(authority);
      await recordAudit(em, this.viewer.name, {
        action: "authorityUpdate",
        entityType: "Authority",
        entityId: id,
        authorityId: id,
        changes: fieldChanges(before, saved, AUDITED),
      });
      this.loaders.authorityById.clear(id);
      return saved;
    });
  }


  list(args: ConnectionArgs) {
    const qb = this.ds.getRepository(Authority).createQueryBuilder("a");
    return paginate(qb, args, [
      { expr: "a.name", direction: "ASC", value: (a) => a.name },
      { expr: "a.id", direction: "ASC", value: (a) => a.id },
    ]);
  }

  /** The ids a filter "authority (optionally with subordinates)" covers; the id is a global id checked on `field`. */
  async scopeIds(globalId: string, includeSubordinate: boolean | null | undefined, field: string[]): Promise<string[]> {
    const id = decodeId("Authority", globalId, field);
    return includeSubordinate ? this.subtreeIds(id) : [id];
  }

  /** Ids of the authority and all its subordinates (for filters "with subordinates"). */
  async subtreeIds(rootId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `WITH RECURSIVE tree AS (
         SELECT id FROM authority WHERE id = $1
         UNION SELECT a.id FROM authority a JOIN tree t ON a.parent_id = t.id)
       SELECT id FROM tree`,
      [rootId],
    );
    return rows.map((r) => r.id);
  }

  private async resolveParent(parentGlobalId: string | null | undefined, selfId: string | null): Promise<string | null> {
    if (parentGlobalId == null) return null;
    const parentId = decodeId("Authority", parentGlobalId, ["input", "parentId"]);
    const parent = await this.loaders.authorityById.load(parentId);
    if (!parent) throw new DomainError("NOT_FOUND", "Вышестоящий орган не найден", ["input", "parentId"]);
    if (selfId && (await this.subtreeIds(selfId)).includes(parentId)) {
      throw new DomainError("INVALID", "Орган не может быть подчинён сам себе или своему подчинённому", ["input", "parentId"]);
    }
    return parentId;
  }
}
