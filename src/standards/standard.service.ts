import { In, type DataSource, type EntityManager } from "typeorm";
import { StandardVersion, StandardVersionStatus } from "./standard-version.entity";
import type { StandardContent } from "./content/standard-content";
import { assignKeys, collectReferences, mergeSections, type ContentJson } from "./content/content-tools";
import type { Loaders } from "../loaders";
import { Authority } from "../authorities/authority.entity";
import { LegalAct } from "../legal-acts/legal-act.entity";
import { Service } from "../services/service.entity";
import { DomainError, type DomainIssue } from "../shared/errors/domain-error";
import { decodeId, fromGlobalId, typeTitle } from "../shared/relay/global-id";
import { contentHash, normalizeContent } from "../shared/canonical-json";
import { isUniqueViolation } from "../legal-acts/legal-act.service";
import { recordAudit } from "../history/audit";
import { diffContent } from "../history/diff";
import { actCitations } from "../history/act-citations";
import { getContentModel } from "../history/content-model-cache";
import type { Viewer } from "../auth/viewer";
import type { CompletenessService } from "../completeness/completeness.service";
import { Role } from "../auth/auth.entities";
import { forbidden } from "../auth/errors";

export const EDITABLE = StandardVersionStatus.DRAFT;
/** Versions that have been published at some point (their content is frozen). */
export const PUBLISHED_FAMILY = [StandardVersionStatus.PUBLISHED, StandardVersionStatus.WITHDRAWN];

/** Drafts: creating the next draft of a service and editing it under optimistic locking. */
export class StandardService {
  constructor(
    private readonly ds: DataSource,
    private readonly loaders: Loaders,
    private readonly viewer: Viewer,
    private readonly completeness: CompletenessService,
  ) {}

  /**
   * Replaces the sections present in `input` (partial update). Refused with
   * STALE_REVISION when the draft changed since `expectedRevision`, and with
   * NOT_EDITABLE when the version is no longer a draft; nothing is written then.
   */
  async updateDraft(globalId: string, input: StandardContent, expectedRevision: number): Promise<StandardVersion> {
    this.viewer.requireAuthenticated();
    const id = decodeId("StandardVersion", globalId, ["id"]);
    const { service } = await authorizeVersion(this.ds.manager, this.viewer, id, Role.REGISTRAR);
    await this.checkReferences(input);
    this.checkProvider(input, service);
    const model = await getContentModel();
    const version = await this.ds.transaction(async (em) => {
      const draft = await lockVersion(em, id);
      if (draft.status !== EDITABLE) {
        throw new DomainError("NOT_EDITABLE", `Изменять можно только черновик; эта версия имеет статус ${draft.status}`, ["id"]);
      }
      if (draft.revision !== expectedRevision) {
        throw new DomainError(
          "STALE_REVISION",
          `Черновик уже изменён (текущая ревизия ${draft.revision}, ожидалась ${expectedRevision}); обновите данные и повторите`,
          ["expectedRevision"],
        );
      }
      const before = draft.content as unknown as ContentJson;
      const content = mergeSections(before, input);
      const keyIssues = assignKeys(content);
      if (keyIssues.length > 0) throw DomainError.of(keyIssues.map((i) => ({ ...i, field: ["input", ...(i.field ?? [])] })));
      const hashBefore = draft.contentHash;
      draft.content = content as StandardContent;
      draft.contentHash = contentHash(content);
      draft.revision += 1;
      const saved = await em.save(draft);
      const service = await em.findOneByOrFail(Service, { id: saved.serviceId });
      await this.completeness.record(em, saved, service.kind);
      await this.audit(em, "standardDraftUpdate", saved, hashBefore, {
        revision: saved.revision,
        changes: diffContent(model, before, content, { acts: await actCitations(this.loaders, [before, content]) }).map(({ element, path, kind, summary }) => ({ element, path, kind, summary })),
      });
      return saved;
    });
    this.loaders.standardVersionById.prime(version.id, version);
    return version;
  }

  /**
   * Opens the next draft of a service, copied from its latest published version
   * (item keys preserved, so the next diff matches items by key). At most one open
   * draft per service (also enforced by a unique index).
   */
  async createDraft(serviceGlobalId: string): Promise<StandardVersion> {
    this.viewer.requireAuthenticated();
    const serviceId = decodeId("Service", serviceGlobalId, ["serviceId"]);
    const target = await this.loaders.serviceById.load(serviceId);
    if (!target && this.viewer.isSystem) throw new DomainError("NOT_FOUND", "Услуга не найдена", ["serviceId"]);
    this.viewer.require(Role.REGISTRAR, target?.authorityId);
    try {
      return await this.ds.transaction(async (em) => {
        const service = await lockService(em, serviceId, ["serviceId"]);
        const versions = await em.find(StandardVersion, { where: { serviceId }, order: { number: "DESC" } });
        if (versions.some((v) => v.status === StandardVersionStatus.DRAFT || v.status === StandardVersionStatus.IN_REVIEW)) {
          throw new DomainError("CONFLICT", "У услуги уже есть открытый черновик; завершите или опубликуйте его", ["serviceId"]);
        }
        const base = versions.find((v) => PUBLISHED_FAMILY.includes(v.status));
        const content = normalizeContent(base?.content ?? {}) as StandardContent;
        const draft = await em.save(
          em.create(StandardVersion, {
            serviceId,
            number: (versions[0]?.number ?? 0) + 1,
            status: StandardVersionStatus.DRAFT,
            content,
            contentHash: contentHash(content),
            revision: 1,
            basedOnId: base?.id ?? null,
            createdBy: this.viewer.name,
          }),
        );
        await this.completeness.record(em, draft, service.kind);
        await this.audit(em, "standardDraftCreate", draft, null, { basedOnVersion: base?.number ?? null, number: draft.number }, service);
        return draft;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError("CONFLICT", "У услуги уже есть открытый черновик; завершите или опубликуйте его", ["serviceId"]);
      }
      throw error;
    }
  }

  async audit(
    em: EntityManager,
    action: string,
    version: StandardVersion,
    hashBefore: string | null,
    changes: unknown,
    service?: Service,
  ): Promise<void> {
    const owner = service ?? (await em.findOneByOrFail(Service, { id: version.serviceId }));
    await recordAudit(em, this.viewer.name, {
      action,
      entityType: "StandardVersion",
      entityId: version.id,
      serviceId: version.serviceId,
      versionId: version.id,
      authorityId: owner.authorityId,
      hashBefore,
      hashAfter: version.contentHash,
      changes,
    });
  }

  /**
   * The providing body is the service's authority, or one within the editor's scope: a
   * registrar of one body cannot name another body as the provider of its standard.
   */
  private checkProvider(input: StandardContent, service: Service): void {
    const providerId = input.provider?.authorityId;
    if (!providerId) return;
    const authorityId = decodeId("Authority", providerId, ["input", "provider", "authorityId"]);
    if (authorityId === service.authorityId || this.viewer.has(Role.REGISTRAR, authorityId)) return;
    throw new DomainError(
      "INVALID",
      "Предоставляющим услугу органом может быть только орган власти услуги или орган в пределах ваших полномочий",
      ["input", "provider", "authorityId"],
    );
  }

  /** Every legal act and authority the input refers to must exist (NOT_FOUND / INVALID_ID with the field path). */
  private async checkReferences(input: StandardContent): Promise<void> {
    const refs = collectReferences(JSON.parse(JSON.stringify(input)), ["input"]);
    if (refs.length === 0) return;
    const issues: DomainIssue[] = [];
    const wanted = { LegalAct: new Map<string, string[][]>(), Authority: new Map<string, string[][]>() };
    for (const ref of refs) {
      const decoded = fromGlobalId(ref.id);
      if (!decoded || decoded.type !== ref.kind) {
        issues.push({ code: "INVALID_ID", message: `Некорректный идентификатор: ожидался идентификатор объекта «${typeTitle[ref.kind]}»`, field: ref.path });
        continue;
      }
      const paths = wanted[ref.kind].get(decoded.id) ?? [];
      paths.push(ref.path);
      wanted[ref.kind].set(decoded.id, paths);
    }
    const found = {
      LegalAct: await this.existingIds(LegalAct, [...wanted.LegalAct.keys()]),
      Authority: await this.existingIds(Authority, [...wanted.Authority.keys()]),
    };
    for (const kind of ["LegalAct", "Authority"] as const) {
      for (const [id, paths] of wanted[kind]) {
        if (found[kind].has(id)) continue;
        const message = kind === "LegalAct" ? "Нормативный правовой акт не найден в реестре" : "Орган власти не найден в реестре";
        for (const field of paths) issues.push({ code: "NOT_FOUND", message, field });
      }
    }
    if (issues.length > 0) throw DomainError.of(issues);
  }

  private async existingIds(entity: typeof LegalAct | typeof Authority, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.ds.getRepository(entity).find({ select: { id: true }, where: { id: In(ids) } });
    return new Set(rows.map((r) => r.id));
  }
}

/**
 * Authorizes a change of a version by the viewer: FORBIDDEN without `role` on the
 * service's authority. A missing version is FORBIDDEN as well (only the system viewer
 * gets NOT_FOUND), so that nobody learns whether it exists.
 */
export async function authorizeVersion(em: EntityManager, viewer: Viewer, id: string, role: Role): Promise<{ version: StandardVersion; service: Service }> {
  const version = await em.findOneBy(StandardVersion, { id });
  const service = version ? await em.findOneBy(Service, { id: version.serviceId }) : null;
  if (!version || !service) {
    if (viewer.isSystem) throw new DomainError("NOT_FOUND", "Версия стандарта не найдена", ["id"]);
    throw forbidden();
  }
  viewer.require(role, service.authorityId);
  return { version, service };
}

/** SELECT ... FOR UPDATE of a version, or NOT_FOUND on ["id"]. */
export async function lockVersion(em: EntityManager, id: string): Promise<StandardVersion> {
  const version = await em.findOne(StandardVersion, { where: { id }, lock: { mode: "pessimistic_write" } });
  if (!version) throw new DomainError("NOT_FOUND", "Версия стандарта не найдена", ["id"]);
  return version;
}

/** Serialises lifecycle operations of one service: SELECT ... FOR UPDATE of the service row. */
export async function lockService(em: EntityManager, id: string, field: string[]): Promise<Service> {
  const service = await em.findOne(Service, { where: { id }, lock: { mode: "pessimistic_write" } });
  if (!service) throw new DomainError("NOT_FOUND", "Услуга не найдена", field);
  return service;
}
