import type { DataSource } from "typeorm";
import { StandardVersion } from "../standards/standard-version.entity";
import type { Loaders } from "../loaders";
import { AuditEntry } from "./audit-entry.entity";
import { diffContent, type ContentChange } from "./diff";
import { compareContents, type ComparedRow } from "./compare";
import { getContentModel } from "./content-model-cache";
import { actCitations } from "./act-citations";
import { DomainError } from "../shared/errors/domain-error";
import { decodeId, fromGlobalId } from "../shared/relay/global-id";
import { collectAuthorityIds } from "../standards/content/content-tools";
import type { ConnectionArgs } from "../shared/relay/connection";
import { paginate } from "../shared/relay/keyset";
import { today } from "../shared/dates";
import type { AuthorityService } from "../authorities/authority.service";
import type { Viewer } from "../auth/viewer";
import { IN_FORCE_STATUSES } from "../standards/standard.loaders";
import type { Service } from "../services/service.entity";
import type { StandardContent } from "../standards/content/standard-content";
import { verifyAuditChain, type ChainReport } from "./audit-chain";
import { forbidden } from "../auth/errors";

export interface AuditFilter {
  serviceId?: string | null;
  authorityId?: string | null;
  includeSubordinate?: boolean | null;
  actor?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Most versions one comparison takes. */
export const MAX_COMPARED = 50;
/** Most audit entries one export carries (narrow the filter for more). */
export const MAX_AUDIT_EXPORT = 100_000;

/** History: what was in force when, the versions of a service, diffs, and the audit log. */
export class HistoryService {
  constructor(
    private readonly ds: DataSource,
    private readonly loaders: Loaders,
    private readonly authorities: AuthorityService,
    private readonly viewer: Viewer,
  ) {}

  /** A version visible to the viewer: published at some point, or internal to the viewer's authorities. */
  async visibleVersion(id: string): Promise<StandardVersion | null> {
    const version = await this.loaders.standardVersionById.load(id);
    return version && (await this.canSee(version)) ? version : null;
  }

  async canSee(version: StandardVersion): Promise<boolean> {
    if (IN_FORCE_STATUSES.includes(version.status)) return true;
    const service = await this.loaders.serviceById.load(version.serviceId);
    return !!service && this.viewer.canSeeInternals(service.authorityId);
  }

  /**
   * The version of the service in force on `date` (today by default). A service listed
   * by the catalogue already knows that version's id for its listing date.
   */
  inForce(serviceId: string, date: string = today(), listed?: { asOf?: string; inForceVersionId?: string }): Promise<StandardVersion | null> {
    if (listed?.inForceVersionId && listed.asOf === date) return this.loaders.versionSummaryById.load(listed.inForceVersionId);
    return this.loaders.versionInForce.load(`${serviceId}|${date}`);
  }

  versions(service: Service, args: ConnectionArgs) {
    const qb = this.ds.getRepository(StandardVersion).createQueryBuilder("v").where("v.serviceId = :serviceId", { serviceId: service.id });
    if (!this.viewer.canSeeInternals(service.authorityId)) qb.andWhere("v.status IN (:...published)", { published: IN_FORCE_STATUSES });
    return paginate(qb, args, [{ expr: "v.number", direction: "DESC", value: (v) => v.number }]);
  }

  /** Field-level diff between two versions of one service. */
  async diff(fromGlobalId: string, toGlobalId: string): Promise<{ from: StandardVersion; to: StandardVersion; changes: ContentChange[] }> {
    const [from, to] = await Promise.all([
      this.loadVersion(fromGlobalId, "fromVersionId"),
      this.loadVersion(toGlobalId, "toVersionId"),
    ]);
    if (from.serviceId !== to.serviceId) {
      throw new DomainError("INVALID", "Сравнивать можно только версии стандарта одной услуги", ["toVersionId"]);
    }
    const model = await getContentModel();
    const acts = await actCitations(this.loaders, [from.content, to.content]);
    return { from, to, changes: diffContent(model, from.content as never, to.content as never, { acts }) };
  }

  /** The content of a version, also when it was read as a summary (without content). */
  async content(version: StandardVersion): Promise<StandardContent> {
    return version.content !== undefined ? version.content : ((await this.loaders.versionContentById.load(version.id)) ?? {});
  }

  /** Changes against the version numbered just before this one; null for the first version. */
  async changesFromPrevious(version: StandardVersion): Promise<ContentChange[] | null> {
    if (version.number <= 1) return null;
    const previous = await this.loaders.versionByNumber.load(`${version.serviceId}|${version.number - 1}`);
    if (!previous) return null;
    const content = await this.content(version);
    const acts = await actCitations(this.loaders, [previous.content, content]);
    return diffContent(await getContentModel(), previous.content as never, content as never, { acts });
  }

  /**
   * Several versions compared field by field (versions of different services: the same
   * service of several bodies; or of one service), 2 to 50, each visible to the viewer.
   */
  async compare(globalIds: string[]): Promise<{ versions: StandardVersion[]; rows: ComparedRow[] }> {
    if (globalIds.length < 2 || globalIds.length > MAX_COMPARED) {
      throw new DomainError("OUT_OF_RANGE", `Для сравнения укажите от 2 до ${MAX_COMPARED} версий стандарта`, ["versionIds"]);
    }
    const versions: StandardVersion[] = [];
    for (const [i, globalId] of globalIds.entries()) {
      const id = decodeId("StandardVersion", globalId, ["versionIds", String(i)]);
      const version = await this.visibleVersion(id);
      if (!version) throw new DomainError("NOT_FOUND", "Версия стандарта не найдена", ["versionIds", String(i)]);
      if (versions.some((v) => v.id === version.id)) throw new DomainError("INVALID", "Версия указана для сравнения дважды", ["versionIds", String(i)]);
      versions.push(version);
    }
    const contents = await Promise.all(versions.map((v) => this.content(v)));
    const acts = await actCitations(this.loaders, contents);
    const authorityIds = new Set<string>();
    for (const content of contents) collectAuthorityIds(content, authorityIds);
    const names = new Map<string, string>();
    await Promise.all(
      [...authorityIds].map(async (globalId) => {
        const decoded = fromGlobalId(globalId);
        const authority = decoded?.type === "Authority" ? await this.loaders.authorityById.load(decoded.id) : null;
        if (authority) names.set(globalId, authority.name);
      }),
    );
    return { versions, rows: compareContents(await getContentModel(), contents as never, { acts, authorities: (id) => names.get(id) }) };
  }

  async auditLog(filter: AuditFilter, args: ConnectionArgs, entryId?: string) {
    const qb = await this.auditQuery(filter, entryId);
    // newest first, in insertion order
    return paginate(qb, args, [{ expr: "e.seq", direction: "DESC", value: (e) => e.seq }]);
  }

  /** The audit entries of the filter visible to the viewer, newest first, at most `limit` (for exports). */
  async auditEntries(filter: AuditFilter, limit = MAX_AUDIT_EXPORT): Promise<AuditEntry[]> {
    this.viewer.requireAuthenticated();
    const qb = await this.auditQuery(filter);
    return qb.orderBy("e.seq", "DESC").limit(limit).getMany();
  }

  private async auditQuery(filter: AuditFilter, entryId?: string) {
    const qb = this.ds.getRepository(AuditEntry).createQueryBuilder("e");
    if (entryId) qb.andWhere("e.id = :entryId", { entryId });
    const scope = this.viewer.auditScope();
    if (scope) {
      // auditors read their authorities' entries, administrators the administrative ones; others nothing
      const visible: string[] = [];
      if (scope.authorities.size) visible.push("e.authorityId IN (:...auditScope)");
      if (scope.administrative) visible.push("e.serviceId IS NULL");
      qb.andWhere(visible.length ? `(${visible.join(" OR ")})` : "false", { auditScope: [...scope.authorities] });
    }
    if (filter.serviceId) qb.andWhere("e.serviceId = :serviceId", { serviceId: decodeId("Service", filter.serviceId, ["filter", "serviceId"]) });
    if (filter.authorityId) {
      const ids = await this.authorities.scopeIds(filter.authorityId, filter.includeSubordinate, ["filter", "authorityId"]);
      qb.andWhere("e.authorityId IN (:...authorityIds)", { authorityIds: ids });
    }
    if (filter.actor) qb.andWhere("e.actor = :actor", { actor: filter.actor });
    if (filter.action) qb.andWhere("e.action = :action", { action: filter.action });
    if (filter.from) qb.andWhere("e.occurredAt >= :from", { from: filter.from });
    if (filter.to) qb.andWhere("e.occurredAt < :to", { to: filter.to });
    return qb;
  }

  /** Verifies the audit log's hash chain (administrators and auditors). */
  async verifyAuditChain(): Promise<ChainReport> {
    this.viewer.requireAuthenticated();
    if (!this.viewer.mayVerifyAudit) throw forbidden();
    return verifyAuditChain(this.ds);
  }

  private async loadVersion(globalId: string, field: string): Promise<StandardVersion> {
    const id = decodeId("StandardVersion", globalId, [field]);
    const version = await this.visibleVersion(id);
    if (!version) throw new DomainError("NOT_FOUND", "Версия стандарта не найдена", [field]);
    return version;
  }
}
