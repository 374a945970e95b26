import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { byIdLoader } from "../shared/loader";
import { StandardVersion, StandardVersionStatus } from "./standard-version.entity";

export function standardLoaders(ds: DataSource) {
  const repo = ds.getRepository(StandardVersion);
  return {
    standardVersionById: byIdLoader(ds, StandardVersion),
    /** The open draft (DRAFT or IN_REVIEW) of each service, if any. */
    openDraftByServiceId: new DataLoader<string, StandardVersion | null>(async (serviceIds) => {
      const rows = await repo
        .createQueryBuilder("v")
        .distinctOn(["v.serviceId"])
        .where("v.serviceId IN (:...ids)", { ids: serviceIds })
        .andWhere("v.status IN (:...open)", { open: [StandardVersionStatus.DRAFT, StandardVersionStatus.IN_REVIEW] })
        .orderBy("v.serviceId")
        .addOrderBy("v.number", "DESC")
        .getMany();
      const byService = new Map(rows.map((r) => [r.serviceId, r]));
      return serviceIds.map((id) => byService.get(id) ?? null);
    }),
    /** The highest-numbered version of each service, whatever its status. */
    latestVersionByServiceId: new DataLoader<string, StandardVersion | null>(async (serviceIds) => {
      const rows = await repo
        .createQueryBuilder("v")
        .distinctOn(["v.serviceId"])
        .where("v.serviceId IN (:...ids)", { ids: serviceIds })
        .orderBy("v.serviceId")
        .addOrderBy("v.number", "DESC")
        .getMany();
      const byService = new Map(rows.map((r) => [r.serviceId, r]));
      return serviceIds.map((id) => byService.get(id) ?? null);
    }),
  };
}
