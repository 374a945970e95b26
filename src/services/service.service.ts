import type { DataSource } from "typeorm";
import { Service, StandardKind } from "./service.entity";
import type { ServiceCreateInput, ServicesArgs } from "./service.inputs";
import type { Loaders } from "../loaders";
import type { AuthorityService } from "../authorities/authority.service";
import { DomainError } from "../shared/errors/domain-error";
import { requireFields } from "../shared/errors/require";
import { decodeId, toGlobalId } from "../shared/relay/global-id";
import { paginate } from "../shared/relay/keyset";
import { isUniqueViolation } from "../legal-acts/legal-act.service";
import { StandardVersion, StandardVersionStatus } from "../standards/standard-version.entity";
import { contentHash } from "../shared/canonical-json";
import { IN_FORCE_STATUSES } from "../standards/standard.loaders";
import type { DatedService } from "../history/history.resolver";
import { recordAudit } from "../history/audit";
import type { Viewer } from "../auth/viewer";
import type { CompletenessService } from "../completeness/completeness.service";
import { Role } from "../auth/auth.entities";

/** A service's identity in the registry: registry number, body, level, kind. */
export class ServiceRegistry {
  constructor(
    private readonly ds: DataSource,
    private readonly loaders: Loaders,
    private readonly authorities: AuthorityService,
    private readonly viewer: Viewer,
    private readonly completeness: CompletenessService,
  ) {}

  /** Creates the service and its first draft, pre-filled with the name and the providing body. */
  async create(input: ServiceCreateInput): Promise<Service> {
    this.viewer.requireAuthenticated();
    requireFields({ registryNumber: input.registryNumber, name: input.name, authorityId: input.authorityId }, ["input"]);
    const authorityId = decodeId("Authority", input.authorityId!, ["input", "authorityId"]);
    this.viewer.require(Role.REGISTRAR, authorityId);
    const authority = await this.loaders.authorityById.load(authorityId);
    if (!authority) throw new DomainError("NOT_FOUND", "Орган власти не найден", ["input", "authorityId"]);
    const name = input.name!.trim();

    try {
      return await this.ds.transaction(async (em) => {
        const service = await em.save(
          em.create(Service, {
            registryNumber: input.registryNumber!,
            name,
            authorityId,
            level: input.level ?? authority.level,
            kind: input.kind ?? StandardKind.REGULAR,
          }),
        );
        const content = { name: { fullName: name }, provider: { authorityId: toGlobalId("Authority", authorityId) } };
        const draft = await em.save(
          em.create(StandardVersion, {
            serviceId: service.id,
            number: 1,
            status: StandardVersionStatus.DRAFT,
            content,
            contentHash: contentHash(content),
            revision: 1,
            createdBy: this.viewer.name,
          }),
        );
        await this.completeness.record(em, draft, service.kind);
        await recordAudit(em, this.viewer.name, {
          action: "serviceCreate",
          entityType: "Service",
          entityId: service.id,
          serviceId: service.id,
          versionId: draft.id,
          authorityId,
          hashAfter: draft.contentHash,
          changes: { registryNumber: service.registryNumber, name, level: service.level, kind: service.kind },
        });
        return service;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError("TAKEN", "Услуга с таким реестровым номером уже есть", ["input", "registryNumber"]);
      }
      throw error;
    }
  }

  /** A service, or null when it does not exist or the viewer may not see it (never published, foreign). */
  async get(id: string): Promise<Service | null> {
    return this.visible(await this.loaders.serviceById.load(id));
  }

  async byRegistryNumber(registryNumber: string): Promise<Service | null> {
    const service = await this.ds.getRepository(Service).findOneBy({ registryNumber });
    if (service) this.loaders.serviceById.prime(service.id, service);
    return this.visible(service);
  }

  /** Public: services with a published standard; internals: also the services of the viewer's authorities. */
  async visible(service: Service | null): Promise<Service | null> {
    if (!service) return null;
    if (this.viewer.canSeeInternals(service.authorityId)) return service;
    return (await this.loaders.everPublishedByServiceId.load(service.id)) ? service : null;
  }

  async list(args: ServicesArgs) {
    const qb = this.ds.getRepository(Service).createQueryBuilder("s");
    const scope = this.viewer.internalScope();
    if (scope) {
      const published = `EXISTS (SELECT 1 FROM standard_version pv WHERE pv.service_id = s.id AND pv.status IN (:...publishedFamily))`;
      if (scope.size) qb.andWhere(`(${published} OR s.authorityId IN (:...scope))`, { publishedFamily: IN_FORCE_STATUSES, scope: [...scope] });
      else qb.andWhere(published, { publishedFamily: IN_FORCE_STATUSES });
    }
    const filter = args.filter;
    if (filter?.authorityId) {
      const authorityId = decodeId("Authority", filter.authorityId, ["filter", "authorityId"]);
      const ids = filter.includeSubordinate ? await this.authorities.subtreeIds(authorityId) : [authorityId];
      qb.andWhere("s.authorityId IN (:...authorityIds)", { authorityIds: ids });
    }
    if (filter?.level) qb.andWhere("s.level = :level", { level: filter.level });
    if (filter?.kind) qb.andWhere("s.kind = :kind", { kind: filter.kind });
    if (args.asOf) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM standard_version v WHERE v.service_id = s.id AND v.status IN (:...inForce)
           AND v.effective_from <= :asOf AND (v.effective_to IS NULL OR v.effective_to > :asOf))`,
        { inForce: IN_FORCE_STATUSES, asOf: args.asOf },
      );
    }
    const page = await paginate(qb, args, [
      { expr: "s.name", direction: "ASC", value: (s) => s.name },
      { expr: "s.id", direction: "ASC", value: (s) => s.id },
    ]);
    if (args.asOf) for (const edge of page.edges) (edge.node as DatedService).asOf = args.asOf;
    return page;
  }
}
