import type { DataSource, EntityManager } from "typeorm";
import { StandardVersion, StandardVersionStatus } from "./standard-version.entity";
import { authorizeVersion, lockService, lockVersion, type StandardService } from "./standard.service";
import type { Viewer } from "../auth/viewer";
import { Role } from "../auth/auth.entities";
import { forbidden } from "../auth/errors";
import { Authority } from "../authorities/authority.entity";
import type { CompletenessService } from "../completeness/completeness.service";
import { Severity } from "../completeness/types";
import { LegalAct } from "../legal-acts/legal-act.entity";
import { DomainError } from "../shared/errors/domain-error";
import { requireFields } from "../shared/errors/require";
import { decodeId } from "../shared/relay/global-id";
import { today } from "../shared/dates";
import type { Loaders } from "../loaders";
import { recordPublication, recordWithdrawal } from "../sync/feed/change-feed";
import { refuseIncomplete } from "./completeness-gate";
import { Service } from "../services/service.entity";
import { isUniqueViolation } from "../legal-acts/legal-act.service";
import { AuditEntry } from "../history/audit-entry.entity";
import { EARLIEST_EFFECTIVE_FROM, latestEffectiveFrom } from "./version-state";

export interface PublishInput {
  effectiveFrom?: string | null;
  changeNote?: string | null;
  approvingActId?: string | null;
}

const TITLE: Record<StandardVersionStatus, string> = {
  DRAFT: "черновик",
  IN_REVIEW: "на согласовании",
  PUBLISHED: "опубликована",
  WITHDRAWN: "отозвана",
};

/** Actions through which a person takes part in writing a version (four-eyes: they may not publish it). */
const AUTHORING_ACTIONS = ["serviceCreate", "standardDraftCreate", "standardDraftUpdate", "standardDraftSubmit"];

/**
 * The life of a version: DRAFT → IN_REVIEW → PUBLISHED, IN_REVIEW → DRAFT (returned with
 * remarks), PUBLISHED → WITHDRAWN. Publishing a successor ends a published version's force
 * at the successor's effective date (its effectiveTo); it stays PUBLISHED. Each transition
 * locks the service row, so operations on one service never interleave; the database
 * trigger and the unique indexes hold the same rules if code ever gets them wrong.
 */
export class LifecycleService {
  constructor(
    private readonly ds: DataSource,
    private readonly loaders: Loaders,
    private readonly standards: StandardService,
    private readonly completeness: CompletenessService,
    private readonly viewer: Viewer,
  ) {}

  /** Sends a draft for review; refused with INCOMPLETE while its completeness check reports any ERROR. */
  submit(globalId: string): Promise<StandardVersion> {
    return this.transition(globalId, Role.REGISTRAR, "standardDraftSubmit", StandardVersionStatus.DRAFT, async (em, version, service) => {
      await refuseIncomplete(this.completeness, em, version, service.kind);
      version.status = StandardVersionStatus.IN_REVIEW;
      version.submittedAt = new Date();
      version.submittedBy = this.viewer.name;
      return { status: { before: "DRAFT", after: "IN_REVIEW" } };
    });
  }

  returnToDraft(globalId: string, remarks: string | null | undefined): Promise<StandardVersion> {
    requireFields({ remarks }, []);
    return this.transition(globalId, Role.APPROVER, "standardDraftReturn", StandardVersionStatus.IN_REVIEW, async (em, version) => {
      version.status = StandardVersionStatus.DRAFT;
      version.reviewRemarks = remarks!.trim();
      return { status: { before: "IN_REVIEW", after: "DRAFT" }, remarks: version.reviewRemarks };
    });
  }

  /**
   * Publishes a reviewed version from `effectiveFrom` (possibly in the future: the
   * previous version stays in force until then). Refused with INCOMPLETE while the
   * completeness check reports any ERROR.
   */
  publish(globalId: string, input: PublishInput): Promise<StandardVersion> {
    return this.transition(globalId, Role.APPROVER, "standardVersionPublish", StandardVersionStatus.IN_REVIEW, async (em, version, service) => {
      const authority = await em.findOneByOrFail(Authority, { id: service.authorityId });
      if (authority.fourEyes && !this.viewer.isSystem && (await this.authors(em, version)).has(this.viewer.name!)) {
        throw forbidden("Принцип четырёх глаз: версию, которую вы создавали, редактировали или направляли на согласование, публикует другой согласующий");
      }
      requireFields({ effectiveFrom: input.effectiveFrom, approvingActId: input.approvingActId }, ["input"]);
      const latestAllowed = latestEffectiveFrom(today());
      if (input.effectiveFrom! < EARLIEST_EFFECTIVE_FROM || input.effectiveFrom! > latestAllowed) {
        throw new DomainError(
          "OUT_OF_RANGE",
          `Дата вступления в силу должна быть не раньше 27.07.2010 (Федеральный закон № 210-ФЗ) и не позже ${latestAllowed.split("-").reverse().join(".")} (не более 5 лет вперёд)`,
          ["input", "effectiveFrom"],
        );
      }
      const actId = decodeId("LegalAct", input.approvingActId!, ["input", "approvingActId"]);
      if (!(await em.existsBy(LegalAct, { id: actId }))) {
        throw new DomainError("NOT_FOUND", "Утверждающий нормативный правовой акт не найден", ["input", "approvingActId"]);
      }
      const report = await this.completeness.evaluate(version.content, service.kind, em);
      await this.completeness.record(em, version, service.kind, report);
      const errors = report.issues.filter((i) => i.severity === Severity.ERROR);
      if (errors.length > 0) {
        throw DomainError.of(errors.map((i) => ({ code: "INCOMPLETE", message: `${i.message} (${i.legalReference})`, field: ["content", ...i.path] })));
      }
      const effectiveFrom = input.effectiveFrom!;
      const published = await em.find(StandardVersion, {
        where: { serviceId: version.serviceId, status: StandardVersionStatus.PUBLISHED },
        order: { effectiveFrom: "DESC" },
      });
      const latestStart = published[0]?.effectiveFrom;
      if (latestStart && effectiveFrom < latestStart) {
        throw new DomainError(
          "INVALID",
          `Дата вступления в силу не может быть раньше даты вступления в силу предыдущей версии (${latestStart})`,
          ["input", "effectiveFrom"],
        );
      }
      // the open-ended version stays in force until the new one's effective date
      const predecessor = published.find((v) => v.effectiveTo === null);
      if (predecessor) {
        predecessor.effectiveTo = effectiveFrom;
        await em.save(predecessor);
      }
      // the registry name follows the latest published standard
      const fullName = version.content.name?.fullName?.trim();
      const renamed = fullName && fullName !== service.name ? { before: service.name, after: fullName } : null;
      if (renamed) {
        service.name = fullName!;
        await em.save(service);
      }
      version.status = StandardVersionStatus.PUBLISHED;
      version.effectiveFrom = effectiveFrom;
      // the database stamps the moment of publication (standard_version_guard)
      version.publishedAt = null;
      version.publishedBy = this.viewer.name;
      version.changeNote = input.changeNote?.trim() || null;
      version.approvingActId = actId;
      await recordPublication(em, service, version, renamed?.before);
      return {
        status: { before: "IN_REVIEW", after: "PUBLISHED" },
        effectiveFrom,
        approvingActId: input.approvingActId,
        changeNote: version.changeNote,
        superseded: predecessor ? { versionId: predecessor.id, number: predecessor.number, effectiveTo: effectiveFrom } : null,
        serviceName: renamed,
      };
    });
  }

  /**
   * Withdraws the latest published version from today (never from an earlier date). A
   * version withdrawn before its effective date never comes into force, and the version
   * it was to replace is reinstated.
   */
  withdraw(globalId: string, reason: string | null | undefined): Promise<StandardVersion> {
    requireFields({ reason }, []);
    return this.transition(globalId, Role.APPROVER, "standardVersionWithdraw", StandardVersionStatus.PUBLISHED, async (em, version, service) => {
      if (version.effectiveTo !== null) {
        throw new DomainError(
          "INVALID_TRANSITION",
          `Действие недоступно: версия заменена следующей (действует до ${version.effectiveTo.split("-").reverse().join(".")}); отозвать можно последнюю опубликованную версию`,
          ["id"],
        );
      }
      const now = today();
      const scheduled = version.effectiveFrom! > now;
      version.status = StandardVersionStatus.WITHDRAWN;
      version.withdrawalReason = reason!.trim();
      // the database stamps the moment of withdrawal (standard_version_guard)
      version.withdrawnAt = null;
      version.effectiveTo = scheduled ? version.effectiveFrom : now;
      await em.save(version);
      version.withdrawnAt = (await em.findOneByOrFail(StandardVersion, { id: version.id })).withdrawnAt;
      let reinstated: StandardVersion | null = null;
      if (scheduled) {
        reinstated = await em.findOneBy(StandardVersion, {
          serviceId: version.serviceId,
          status: StandardVersionStatus.PUBLISHED,
          effectiveTo: version.effectiveFrom!,
        });
        if (reinstated) {
          reinstated.effectiveTo = null;
          await em.save(reinstated);
        }
      }
      await recordWithdrawal(em, service, version, reinstated);
      return {
        status: { before: "PUBLISHED", after: "WITHDRAWN" },
        reason: version.withdrawalReason,
        effectiveTo: version.effectiveTo,
        reinstated: reinstated ? { versionId: reinstated.id, number: reinstated.number } : null,
      };
    });
  }

  /**
   * A publication or withdrawal changes what the service offers: its updatedAt moves (the
   * catalogue's UPDATED order, "changed since"), and its first publication makes it public,
   * which its registry number must allow (unique among published services).
   */
  private async touchService(em: EntityManager, service: Service, published: boolean): Promise<void> {
    const first = published && !service.firstPublishedAt;
    try {
      await em
        .createQueryBuilder()
        .update(Service)
        .set({ updatedAt: () => "now()", ...(first ? { firstPublishedAt: () => "now()" } : {}) })
        .where("id = :id", { id: service.id })
        .execute();
    } catch (error) {
      if (first && isUniqueViolation(error)) {
        throw new DomainError("TAKEN", `Услуга с реестровым номером ${service.registryNumber} уже опубликована другим органом власти`, ["id"]);
      }
      throw error;
    }
  }

  /** Everyone who created, edited or submitted the version, as the audit log and the version record it. */
  private async authors(em: EntityManager, version: StandardVersion): Promise<Set<string>> {
    const rows: { actor: string | null }[] = await em
      .getRepository(AuditEntry)
      .createQueryBuilder("e")
      .select("DISTINCT e.actor", "actor")
      .where("e.serviceId = :serviceId AND e.versionId = :versionId AND e.action IN (:...actions)", {
        serviceId: version.serviceId,
        versionId: version.id,
        actions: AUTHORING_ACTIONS,
      })
      .getRawMany();
    return new Set([version.createdBy, version.submittedBy, ...rows.map((r) => r.actor)].filter((a): a is string => !!a));
  }

  /** Locks the service and the version, checks the source status, applies the change and records it. */
  private async transition(
    globalId: string,
    role: Role,
    action: string,
    from: StandardVersionStatus,
    apply: (em: EntityManager, version: StandardVersion, service: Awaited<ReturnType<typeof lockService>>) => Promise<object>,
  ): Promise<StandardVersion> {
    this.viewer.requireAuthenticated();
    const id = decodeId("StandardVersion", globalId, ["id"]);
    const result = await this.ds.transaction(async (em) => {
      const { version: unlocked } = await authorizeVersion(em, this.viewer, id, role);
      const service = await lockService(em, unlocked.serviceId, ["id"]);
      const version = await lockVersion(em, id);
      if (version.status !== from) {
        throw new DomainError(
          "INVALID_TRANSITION",
          `Действие недоступно: версия имеет статус «${TITLE[version.status]}», а требуется «${TITLE[from]}»`,
          ["id"],
        );
      }
      const changes = await apply(em, version, service);
      await em.save(version);
      // read back what the database stamped (publication and withdrawal times)
      const saved = await em.findOneByOrFail(StandardVersion, { id });
      if (saved.status !== from && (saved.status === StandardVersionStatus.PUBLISHED || saved.status === StandardVersionStatus.WITHDRAWN)) {
        await this.touchService(em, service, saved.status === StandardVersionStatus.PUBLISHED);
      }
      await this.standards.audit(em, action, saved, saved.contentHash, changes, service);
      return saved;
    });
    this.loaders.standardVersionById.clear(result.id).prime(result.id, result);
    return result;
  }
}
