import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { byIdLoader } from "../shared/loader";
import { StandardVersion, StandardVersionStatus } from "./standard-version.entity";
import type { StandardContent } from "./content/standard-content";

export function standardLoaders(ds: DataSource) {
  const repo = ds.getRepository(StandardVersion);
  return {
    standardVersionById: byIdLoader(ds, StandardVersion),
    /** Versions without their content (catalogue pages); `content` is then loaded on demand. */
    versionSummaryById: new DataLoader<string, StandardVersion | null>(async (ids) => {
      const columns = ds.getMetadata(StandardVersion).columns.filter((c) => c.propertyName !== "content").map((c) => `v.${c.propertyName}`);
      const rows = await repo.createQueryBuilder("v").select(columns).where("v.id IN (:...ids)", { ids }).getMany();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** The content of versions read as summaries. */
    versionContentById: new DataLoader<string, StandardContent | null>(async (ids) => {
      const rows: { id: string; content: StandardContent }[] = await ds.query("SELECT id, content FROM standard_version WHERE id = ANY($1::uuid[])", [ids]);
      const byId = new Map(rows.map((r) => [r.id, r.content]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    versionInForce: inForceLoader(ds),
    /**
     * Stored texts of versions' complete content (src/http/content-rendering.ts), keys
     * "versionId|shape"; null when none is stored for that shape.
     */
    contentRendering: new DataLoader<string, string | null>(async (keys) => {
      const pairs = keys.map((k) => k.split("|"));
      const rows: { version_id: string; shape: string; body: string }[] = await ds.query(
        "SELECT version_id, shape, body FROM content_rendering WHERE (version_id, shape) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))",
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      const found = new Map(rows.map((r) => [`${r.version_id}|${r.shape}`, r.body]));
      return keys.map((k) => found.get(k) ?? null);
    }),
    /** Keys "serviceId|number". */
    versionByNumber: new DataLoader<string, StandardVersion | null>(async (keys) => {
      const pairs = keys.map((k) => k.split("|"));
      const rows = await repo
        .createQueryBuilder("v")
        .where("(v.serviceId, v.number) IN (SELECT * FROM unnest(:serviceIds::uuid[], :numbers::int[]))", {
          serviceIds: pairs.map((p) => p[0]),
          numbers: pairs.map((p) => Number(p[1])),
        })
        .getMany();
      const found = new Map(rows.map((r) => [`${r.serviceId}|${r.number}`, r]));
      return keys.map((k) => found.get(k) ?? null);
    }),
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
    /** Whether each service has ever had a published version (public visibility). */
    everPublishedByServiceId: new DataLoader<string, boolean>(async (serviceIds) => {
      const rows: { service_id: string }[] = await ds.query(
        "SELECT DISTINCT service_id FROM standard_version WHERE service_id = ANY($1::uuid[]) AND status = ANY($2::standard_version_status[])",
        [serviceIds, IN_FORCE_STATUSES],
      );
      const found = new Set(rows.map((r) => r.service_id));
      return serviceIds.map((id) => found.has(id));
    }),
    /** The highest-numbered published (or withdrawn) version of each service. */
    latestPublishedByServiceId: new DataLoader<string, StandardVersion | null>(async (serviceIds) => {
      const rows = await repo
        .createQueryBuilder("v")
        .distinctOn(["v.serviceId"])
        .where("v.serviceId IN (:...ids)", { ids: serviceIds })
        .andWhere("v.status IN (:...published)", { published: IN_FORCE_STATUSES })
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

/** Versions that have been published at some point (public; their content is frozen). */
export const IN_FORCE_STATUSES = [StandardVersionStatus.PUBLISHED, StandardVersionStatus.WITHDRAWN];

/**
 * The one definition of "in force on a date" for a version aliased `alias`: published at
 * some point and effective_from <= date < effective_to (open-ended when effective_to is
 * null). `dateParam` is a parameter placeholder: `$2` in plain SQL, `:asOf` in a query builder.
 */
export function inForceSql(alias: string, dateParam: string): string {
  const statuses = IN_FORCE_STATUSES.map((s) => `'${s}'`).join(", ");
  return `${alias}.status IN (${statuses}) AND ${alias}.effective_from <= ${dateParam} AND (${alias}.effective_to IS NULL OR ${alias}.effective_to > ${dateParam})`;
}

/**
 * The version of each service in force on a date: published at some point, with
 * effective_from <= date < effective_to (open-ended when effective_to is null).
 * Keys are "serviceId|YYYY-MM-DD"; one query per distinct date in a batch.
 */
export function inForceLoader(ds: DataSource) {
  return new DataLoader<string, StandardVersion | null>(async (keys) => {
    const byDate = new Map<string, string[]>();
    for (const key of keys) {
      const [serviceId, date] = key.split("|");
      byDate.set(date, [...(byDate.get(date) ?? []), serviceId]);
    }
    const found = new Map<string, StandardVersion>();
    for (const [date, serviceIds] of byDate) {
      const rows = await inForceQuery(ds, serviceIds, date).getMany();
      for (const row of rows) found.set(`${row.serviceId}|${date}`, row);
    }
    return keys.map((k) => found.get(k) ?? null);
  });
}

export function inForceQuery(ds: DataSource, serviceIds: string[], date: string) {
  return ds
    .getRepository(StandardVersion)
    .createQueryBuilder("v")
    .distinctOn(["v.serviceId"])
    .where("v.serviceId IN (:...serviceIds)", { serviceIds })
    .andWhere(inForceSql("v", ":asOf"), { asOf: date })
    .orderBy("v.serviceId")
    .addOrderBy("v.effectiveFrom", "DESC")
    .addOrderBy("v.number", "DESC");
}
