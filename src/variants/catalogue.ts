import DataLoader from "dataloader";
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { ApplicantLegalForm, ELECTRONIC_CHANNELS } from "../standards/content/enums";
import type { ServiceFilter } from "../services/service.inputs";
import type { DatedService } from "../history/history.resolver";
import type { VariantKind } from "../standards/content/variants";
import type { CatalogueVariantMatch } from "./variant.types";

/**
 * The catalogue's filters on what a variant offers (Decree 1228): a service matches when
 * one variant of its version in force offers everything the filter asks (the same variant:
 * a channel of one variant and the free of charge of another do not make a match). Each
 * published version has its variants' rows in catalog_variant (one implicit row without
 * variants), kept by a trigger; the filter is one EXISTS over them, and the page then
 * says which variants matched.
 */

/** A service listed by the catalogue, with the filter it was listed by (its per-variant criteria). */
export type CatalogueService = DatedService & { variantFilter?: ServiceFilter };

type Condition = { sql: string; params: Record<string, unknown> };

/** Conditions on a variant row (alias cv) for the filter's per-variant criteria. */
function variantConditions(filter: ServiceFilter): Condition[] {
  const conditions: Condition[] = [];
  if (filter.channel) conditions.push({ sql: "cv.channels @> ARRAY[:variantChannel]::text[]", params: { variantChannel: filter.channel } });
  if (filter.electronic != null) {
    const overlap = "cv.channels && :variantElectronic::text[]";
    conditions.push({ sql: filter.electronic ? overlap : `NOT (${overlap})`, params: { variantElectronic: [...ELECTRONIC_CHANNELS] } });
  }
  if (filter.applicantLegalForm) {
    conditions.push({
      sql: "cv.applicant_forms && ARRAY[:variantApplicantForm, :variantAnyApplicant]::text[]",
      params: { variantApplicantForm: filter.applicantLegalForm, variantAnyApplicant: ApplicantLegalForm.ANY },
    });
  }
  if (filter.free != null) conditions.push({ sql: "cv.free = :variantFree", params: { variantFree: filter.free } });
  if (filter.extraterritorial != null) conditions.push({ sql: "cv.extraterritorial = :variantExtraterritorial", params: { variantExtraterritorial: filter.extraterritorial } });
  return conditions;
}

export function hasVariantFilter(filter: ServiceFilter): boolean {
  return variantConditions(filter).length > 0;
}

/**
 * Restricts catalogue rows (alias c) to versions with a variant that offers what the filter
 * asks. A channel (or any electronic one) is first looked for in the union of the variants'
 * channels on the catalogue row (c.variant_channels, read with the row, e.g. from
 * idx_catalog_entry_authority); when it is the only per-variant criterion that answers it
 * exactly (some variant offers it), otherwise the one-variant EXISTS follows for the rows it keeps.
 */
export function applyVariantFilters(qb: SelectQueryBuilder<ObjectLiteral>, filter: ServiceFilter): void {
  const conditions = variantConditions(filter);
  if (conditions.length === 0) return;
  if (filter.channel) qb.andWhere("c.variant_channels @> ARRAY[:unionChannel]::text[]", { unionChannel: filter.channel });
  if (filter.electronic === true) qb.andWhere("c.variant_channels && :unionElectronic::text[]", { unionElectronic: [...ELECTRONIC_CHANNELS] });
  if (conditions.length === 1 && (filter.channel || filter.electronic === true)) return;
  qb.andWhere(
    `EXISTS (SELECT 1 FROM catalog_variant cv WHERE cv.version_id = c.version_id AND ${conditions.map((c) => c.sql).join(" AND ")})`,
    Object.assign({}, ...conditions.map((c) => c.params)),
  );
}

/** The variants (with keys: not the implicit one) of the page's versions that match the filter, by version id. */
export async function matchedVariants(ds: DataSource, versionIds: string[], filter: ServiceFilter): Promise<Map<string, CatalogueVariantMatch[]>> {
  const byVersion = new Map<string, CatalogueVariantMatch[]>(versionIds.map((id) => [id, []]));
  const conditions = variantConditions(filter);
  if (versionIds.length === 0 || conditions.length === 0) return byVersion;
  const qb = ds
    .createQueryBuilder()
    .select(["cv.version_id AS version_id", "cv.variant_key AS key", "cv.number AS number", "cv.name AS name", "cv.kind AS kind"])
    .from("catalog_variant", "cv")
    .where("cv.version_id = ANY(:pageVersionIds::uuid[])", { pageVersionIds: versionIds })
    .andWhere("cv.variant_key IS NOT NULL")
    .orderBy("cv.version_id")
    .addOrderBy("cv.ordinal");
  for (const c of conditions) qb.andWhere(c.sql, c.params);
  const rows: { version_id: string; key: string; number: number | null; name: string | null; kind: string | null }[] = await qb.getRawMany();
  for (const r of rows) byVersion.get(r.version_id)?.push({ key: r.key, number: r.number, name: r.name, kind: r.kind as VariantKind | null });
  return byVersion;
}

/**
 * The variants that matched, loaded only when a client asks for them: one query per page
 * (keys "<filter JSON>|<version id>", one query per distinct filter in a batch).
 */
export function matchedVariantsLoader(ds: DataSource) {
  return new DataLoader<string, CatalogueVariantMatch[]>(async (keys) => {
    const byFilter = new Map<string, string[]>();
    for (const key of keys) {
      const at = key.lastIndexOf("|");
      byFilter.set(key.slice(0, at), [...(byFilter.get(key.slice(0, at)) ?? []), key.slice(at + 1)]);
    }
    const found = new Map<string, CatalogueVariantMatch[]>();
    for (const [filter, versionIds] of byFilter) {
      for (const [versionId, matches] of await matchedVariants(ds, versionIds, JSON.parse(filter) as ServiceFilter)) found.set(`${filter}|${versionId}`, matches);
    }
    return keys.map((k) => found.get(k) ?? []);
  });
}

/** The loader key of a listed service's matched variants, or null when the listing had no per-variant criteria. */
export function matchedVariantsKey(service: CatalogueService): string | null {
  if (!service.variantFilter || !service.inForceVersionId || !hasVariantFilter(service.variantFilter)) return null;
  const { channel, electronic, applicantLegalForm, free, extraterritorial } = service.variantFilter;
  return `${JSON.stringify({ channel, electronic, applicantLegalForm, free, extraterritorial })}|${service.inForceVersionId}`;
}
