import type { ServiceRegistry } from "../services/service.service";
import type { HistoryService } from "../history/history.service";
import type { StandardVersion } from "../standards/standard-version.entity";
import { DomainError } from "../shared/errors/domain-error";
import { tryDecodeId } from "../shared/relay/global-id";
import { today } from "../shared/dates";
import { requirementsOf, type Requirements } from "./requirements";
import { resolveVariant, VariantResolutionStatus, type ProfilingAnswer } from "./resolve";
import { hasVariants, serviceResults, variantByKey } from "./view";
import type { ServiceStandardArgs, VariantResolution } from "./variant.types";

/**
 * The portal's reads of variants: the version in force of a service (by id or registry
 * number, as of a date, with the visibility rules of every public read), then the pure
 * resolution and requirements over its content.
 */
export class VariantService {
  constructor(
    private readonly registry: ServiceRegistry,
    private readonly history: HistoryService,
  ) {}

  /** The version in force on `asOf` (today by default) of a visible service; null when there is none. */
  async versionInForce(args: ServiceStandardArgs): Promise<StandardVersion | null> {
    const byId = args.serviceId != null;
    if (byId === (args.registryNumber != null)) {
      throw new DomainError("INVALID", "Укажите услугу одним способом: serviceId или registryNumber", [byId ? "registryNumber" : "serviceId"]);
    }
    const date = args.asOf ?? today();
    let service;
    if (byId) {
      const uuid = tryDecodeId("Service", args.serviceId!);
      service = uuid ? await this.registry.get(uuid, [date]) : null;
    } else {
      service = await this.registry.byRegistryNumber(args.registryNumber!, [date]);
    }
    return service ? this.history.inForce(service.id, date) : null;
  }

  async resolve(version: StandardVersion, resultKey: string | null | undefined, answers: readonly ProfilingAnswer[]): Promise<VariantResolution> {
    const content = await this.history.content(version);
    const resolution = resolveVariant(content, resultKey, answers);
    const results = serviceResults(content);
    return {
      status: resolution.status,
      version,
      result: resolution.resultKey ? (results.get(resolution.resultKey) ?? null) : null,
      variant: resolution.variant,
      candidates: resolution.candidates,
      nextAttribute: resolution.nextAttribute,
      nextValues: resolution.nextValues,
      results: resolution.resultKeys.map((k) => results.get(k)).filter((r) => !!r) as VariantResolution["results"],
      requirements: resolution.status === VariantResolutionStatus.RESOLVED ? requirementsOf(content, resolution.variant) : null,
    };
  }

  async requirements(version: StandardVersion, variantKey: string | null | undefined): Promise<Requirements> {
    const content = await this.history.content(version);
    if (variantKey == null) {
      if (hasVariants(content)) throw new DomainError("REQUIRED", "У стандарта есть варианты предоставления: укажите вариант (variantKey)", ["variantKey"]);
      return requirementsOf(content, null);
    }
    const variant = variantByKey(content, variantKey);
    if (!variant) throw new DomainError("NOT_FOUND", "Вариант с таким ключом в стандарте не найден", ["variantKey"]);
    return requirementsOf(content, variant);
  }
}
