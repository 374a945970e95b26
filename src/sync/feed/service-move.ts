import type { DataSource } from "typeorm";
import type { Viewer } from "../../auth/viewer";
import { Role } from "../../auth/auth.entities";
import { Authority } from "../../authorities/authority.entity";
import { Service } from "../../services/service.entity";
import { lockService } from "../../standards/standard.service";
import { DomainError } from "../../shared/errors/domain-error";
import { requireFields } from "../../shared/errors/require";
import { decodeId } from "../../shared/relay/global-id";
import { recordAudit } from "../../history/audit";
import { recordMove } from "./change-feed";
import { isUniqueViolation } from "../../legal-acts/legal-act.service";

/**
 * An administrator moves a service to another body (a reorganisation: the service keeps
 * its registry number and history). Public once the service has been published: the feed
 * gets SERVICE_MOVED, which matches filters on either body. The one change of a
 * service's authority the database lets through, and only by the function service_move
 * (migration 1796159000000-change-feed).
 */
export async function moveService(ds: DataSource, viewer: Viewer, serviceGlobalId: string, authorityGlobalId: string | null | undefined): Promise<Service> {
  viewer.require(Role.ADMIN);
  requireFields({ authorityId: authorityGlobalId }, []);
  const serviceId = decodeId("Service", serviceGlobalId, ["id"]);
  const authorityId = decodeId("Authority", authorityGlobalId!, ["authorityId"]);
  return ds.transaction(async (em) => {
    const service = await lockService(em, serviceId, ["id"]);
    if (!(await em.existsBy(Authority, { id: authorityId }))) throw new DomainError("NOT_FOUND", "Орган власти не найден", ["authorityId"]);
    if (service.authorityId === authorityId) throw new DomainError("INVALID", "Услуга уже относится к этому органу власти", ["authorityId"]);
    const previous = service.authorityId;
    try {
      // the app may not change a service's authority; service_move (SECURITY DEFINER) may
      await em.query(`SELECT service_move($1, $2)`, [service.id, authorityId]);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError("TAKEN", `У этого органа власти уже есть услуга с реестровым номером ${service.registryNumber}`, ["authorityId"]);
      }
      throw error;
    }
    Object.assign(service, await em.findOneByOrFail(Service, { id: service.id }));
    await recordAudit(em, viewer.name, {
      action: "serviceMove",
      entityType: "Service",
      entityId: service.id,
      serviceId: service.id,
      authorityId,
      changes: { authorityId: { before: previous, after: authorityId } },
    });
    const [published] = await em.query(`SELECT 1 FROM standard_version WHERE service_id = $1 AND published_at IS NOT NULL LIMIT 1`, [service.id]);
    if (published) await recordMove(em, service, previous);
    return service;
  });
}
