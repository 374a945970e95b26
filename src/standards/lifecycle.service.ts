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

export interface PublishInput {
  effectiveFrom?: string | null;
  changeNote?: string | null;
  approvingActId?: string | null;
}

const TITLE: Record<StandardVersionStatus, string> = {
  DRAFT: "черновик",
  IN_REVIEW: "на согласовании",
  PUBLISHED: "опубликована",
  SUPERSEDED: "заменена",
  WITHDRAWN: "отозвана",
};

/**
 * The life of a version: DRAFT → IN_REVIEW → PUBLISHED → SUPERSEDED, IN_REVIEW → DRAFT
 * (returned with remarks), PUBLISHED → WITHDRAWN. Each transition locks the service
 * row, so operations on one service never interleave; the database trigger and the
 * unique indexes hold the same rules if code ever gets them wrong.
 */
export class LifecycleService {
  constructor(
    private readonly ds: DataSource,
    private readonly loaders: Loaders,
    private readonly standards: StandardService,
    private readonly completeness: CompletenessService,
    private readonly viewer: Viewer,
  ) {}

  submit(globalId: string): Promise<StandardVersion> {
    return this.transition(globalId, Role.REGISTRAR, "standardDraftSubmit", StandardVersionStatus.DRAFT, async (em, version) => {
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
      if (authority.fourEyes && !this.viewer.isSystem && version.submittedBy === this.viewer.name) {
        throw forbidden("Принцип четырёх глаз: версию, направленную вами на согласование, публикует другой согласующий");
      }
      requireFields({ effectiveFrom: input.effectiveFrom, approvingActId: input.approvingActId }, ["input"]);
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
        where: [
          { serviceId: version.serviceId, status: StandardVersionStatus.PUBLISHED },
          { serviceId: version.serviceId, status: StandardVersionStatus.SUPERSEDED },
        ],
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
      const predecessor = published.find((v) => v.status === StandardVersionStatus.PUBLISHED);
      if (predecessor) {
        predecessor.status = StandardVersionStatus.SUPERSEDED;
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
      version.publishedAt = new Date();
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
   * Withdraws a published version from today. A version withdrawn before its
   * effective date never comes into force, and the version it was to replace is
   * reinstated.
   */
  withdraw(globalId: string, reason: string | null | undefined): Promise<StandardVersion> {
    requireFields({ reason }, []);
    return this.transition(globalId, Role.APPROVER, "standardVersionWithdraw", StandardVersionStatus.PUBLISHED, async (em, version, service) => {
      const now = today();
      const scheduled = version.effectiveFrom! > now;
      version.status = StandardVersionStatus.WITHDRAWN;
      version.withdrawalReason = reason!.trim();
      version.withdrawnAt = new Date();
      version.effectiveTo = scheduled ? version.effectiveFrom : now;
      await em.save(version);
      let reinstated: StandardVersion | null = null;
      if (scheduled) {
        reinstated = await em.findOneBy(StandardVersion, {
          serviceId: version.serviceId,
          status: StandardVersionStatus.SUPERSEDED,
          effectiveTo: version.effectiveFrom!,
        });
        if (reinstated) {
          reinstated.status = StandardVersionStatus.PUBLISHED;
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
      const saved = await em.save(version);
      await this.standards.audit(em, action, saved, saved.contentHash, changes, service);
      return saved;
    });
    this.loaders.standardVersionById.clear(result.id).prime(result.id, result);
    return result;
  }
}
