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

/** A service's identity in the registry: registry number, body, level, kind. */
export class ServiceRegistry {
  constructor(
    private readonly ds: DataSource,
    private readonly loaders: Loaders,
    private readonly authorities: AuthorityService,
  ) {}

  /** Creates the service and its first draft, pre-filled with the name and the providing body. */
  async create(input: ServiceCreateInput, actor: string | null): Promise<Service> {
    requireFields({ registryNumber: input.registryNumber, name: input.name, authorityId: input.authorityId }, ["input"]);
    const authorityId = decodeId("Authority", input.authorityId!, ["input", "authorityId"]);
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
        await em.save(
          em.create(StandardVersion, {
            serviceId: service.id,
            number: 1,
            status: StandardVersionStatus.DRAFT,
            content,
            contentHash: contentHash(content),
            revision: 1,
            createdBy: actor,
          }),
        );
        return service;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError("TAKEN", "Услуга с таким реестровым номером уже есть", ["input", "registryNumber"]);
      }
      throw error;
    }
  }

  async byRegistryNumber(registryNumber: string): Promise<Service | null> {
    const service = await this.ds.getRepository(Service).findOneBy({ registryNumber });
    if (service) this.loaders.serviceById.prime(service.id, service);
    return service;
  }

  async list(args: ServicesArgs) {
    const qb = this.ds.getRepository(Service).createQueryBuilder("s");
    const filter = args.filter;
    if (filter?.authorityId) {
      const authorityId = decodeId("Authority", filter.authorityId, ["filter", "authorityId"]);
      const ids = filter.includeSubordinate ? await this.authorities.subtreeIds(authorityId) : [authorityId];
      qb.andWhere("s.authorityId IN (:...authorityIds)", { authorityIds: ids });
    }
    if (filter?.level) qb.andWhere("s.level = :level", { level: filter.level });
    if (filter?.kind) qb.andWhere("s.kind = :kind", { kind: filter.kind });
    return paginate(qb, args, [
      { expr: "s.name", direction: "ASC", value: (s) => s.name },
      { expr: "s.id", direction: "ASC", value: (s) => s.id },
    ]);
  }
}
