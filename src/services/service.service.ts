import type { DataSource } from "typeorm";
import { Service, StandardKind } from "./service.entity";
import { CatalogEntry } from "./catalog-entry.entity";
import { Authority } from "../authorities/authority.entity";
import type { ServiceCreateInput, ServicesArgs } from "./service.inputs";
import type { Loaders } from "../loaders";
import type { AuthorityService } from "../authorities/authority.service";
import { DomainError } from "../shared/errors/domain-error";
import { requireFields } from "../shared/errors/require";
import { decodeId, toGlobalId } from "../shared/relay/global-id";
import { DEFAULT_PAGE_SIZE, paginate, type SortKey } from "../shared/relay/keyset";
import { hydrate, preparedQuery } from "../shared/prepared";
import type { Page } from "../shared/relay/connection";
import type { ObjectLiteral } from "typeorm";
import { type SelectQueryBuilder } from "typeorm";
import { ServiceOrderField, type ServiceFilter } from "./service.inputs";
import { OrderDirection } from "../shared/relay/connection";
import { today } from "../shared/dates";
import { isUniqueViolation } from "../legal-acts/legal-act.service";
import { StandardVersion, StandardVersionStatus } from "../standards/standard-version.entity";
import { contentHash } from "../shared/canonical-json";
import { IN_FORCE_STATUSES, inForceSql } from "../standards/standard.loaders";
import { recordAudit } from "../history/audit";
import type { Viewer } from "../auth/viewer";
import type { CompletenessService } from "../completeness/completeness.service";
import { Role } from "../auth/auth.entities";
import { correctedPlan, fullTextPlans, searchCondition, searchRank, type SearchPlan } from "./catalogue-search";

/** A search widens its words until it finds this many services (a page). */
const ENOUGH_RESULTS = 20;

/** SELECT count(*) of at most `limit` rows of the query: cheap however many rows match. */
function countUpTo(qb: SelectQueryBuilder<ObjectLiteral>, limit: number): [string, unknown[]] {
  const [sql, params] = qb.limit(limit).getQueryAndParameters();
  return [`SELECT count(*) AS n FROM (${sql}) counted`, params];
}
import { GovernmentLevel } from "../shared/enums";
import { oktmoTerritory } from "../authorities/oktmo";
import { applyVariantFilters, type CatalogueService } from "../variants/catalogue";

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
    // a published service's number is public; an unpublished one of another authority is not
    // revealed: numbers are unique within an authority and among published services
    const published = await this.ds.query("SELECT 1 FROM service WHERE registry_number = $1 AND first_published_at IS NOT NULL", [input.registryNumber]);
    if (published.length) throw new DomainError("TAKEN", "Услуга с таким реестровым номером уже опубликована в реестре", ["input", "registryNumber"]);

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
        throw new DomainError("TAKEN", "Услуга с таким реестровым номером уже есть в этом органе власти", ["input", "registryNumber"]);
      }
      throw error;
    }
  }

  /** A service, or null when it does not exist or the viewer may not see it (never published, foreign). */
  async get(id: string, dates: string[] = [today()], renderingShape: string | null = null, versionFields: ReadonlySet<string> | null = null): Promise<Service | null> {
    return this.visible(await this.findWithVersions("by-id", "s.id = $1", id, dates, renderingShape, versionFields));
  }

  /**
   * The service with this registry number: the published one (numbers are unique among
   * published services), else an unpublished one the viewer may see (unpublished services of
   * several authorities may share a number).
   */
  async byRegistryNumber(
    registryNumber: string,
    dates: string[] = [today()],
    renderingShape: string | null = null,
    versionFields: ReadonlySet<string> | null = null,
  ): Promise<Service | null> {
    const first = await this.visible(
      // the service is picked first, so that no sort runs over the wide row with its content (under
      // concurrency sorting it cost PostgreSQL three times the statement without; bench/README.md)
      await this.findWithVersions(
        "by-registry-number",
        "s.id = (SELECT f.id FROM service f WHERE f.registry_number = $1 ORDER BY f.first_published_at IS NULL, f.created_at, f.id LIMIT 1)",
        registryNumber,
        dates,
        renderingShape,
        versionFields,
      ),
    );
    if (first || !this.viewer.authenticated) return first;
    const scope = this.viewer.internalScope();
    const own: { id: string }[] = await this.ds.query(
      `SELECT id FROM service WHERE registry_number = $1 AND first_published_at IS NULL${scope ? " AND authority_id = ANY($2::uuid[])" : ""} ORDER BY created_at, id LIMIT 1`,
      scope ? [registryNumber, [...scope]] : [registryNumber],
    );
    return own.length ? this.get(own[0].id, dates, renderingShape, versionFields) : null;
  }

  /**
   * The portal's hot read in one prepared SQL statement: the service, its authority and
   * the versions in force on the dates the query asks for (today for `current`), primed
   * into the request's loaders so that `authority`, `current` and `standardAsOf` need no
   * further query. With a rendering shape, a version's stored text of the complete content
   * (content_rendering) comes instead of its content when there is one (src/http/content-rendering.ts).
   */
  private async findWithVersions(
    name: string,
    where: string,
    key: string,
    dates: string[],
    renderingShape: string | null,
    versionFields: ReadonlySet<string> | null,
  ): Promise<Service | null> {
    const rendered = renderingShape !== null;
    const columns = columnFields(this.ds);
    const content: VersionContent = rendered ? "rendered" : versionFields && [...versionFields].every((f) => columns.has(f)) ? "none" : "content";
    const [row] = await preparedQuery<Record<string, Record<string, unknown> | string | null>>(
      this.ds,
      `service-with-versions-${name}-${dates.length}-${content}`,
      serviceWithVersionsSql(this.ds, where, dates.length, content),
      rendered ? [key, ...dates, renderingShape] : [key, ...dates],
    );
    if (!row) return null;
    const service = hydrate(this.ds, Service, row.s as Record<string, unknown>);
    const authority = hydrate(this.ds, Authority, row.a as Record<string, unknown>);
    this.loaders.serviceById.prime(service.id, service);
    this.loaders.authorityById.prime(authority.id, authority);
    dates.forEach((date, i) => {
      const doc = row[`v${i}`] as Record<string, unknown> | null;
      const text = rendered ? (row[`r${i}`] as string | null) : null;
      // with a stored text, or when not asked for, the content is not read (it is loaded if something else asks for it)
      const withContent = content === "content" || (rendered && text === null);
      const version = doc ? hydrate(this.ds, StandardVersion, withContent ? { ...doc, content: row[`c${i}`] } : doc) : null;
      if (version && rendered) this.loaders.contentRendering.prime(`${version.id}|${renderingShape}`, text);
      this.loaders.versionInForce.prime(`${service.id}|${date}`, version);
      if (version) {
        // a version without its content is not what standardVersionById promises (diffs read it)
        if (version.content !== undefined) this.loaders.standardVersionById.prime(version.id, version);
        this.loaders.everPublishedByServiceId.prime(service.id, true);
      }
    });
    return service;
  }

  /** Public: services with a published standard; internals: also the services of the viewer's authorities. */
  async visible(service: Service | null): Promise<Service | null> {
    if (!service) return null;
    if (this.viewer.canSeeInternals(service.authorityId)) return service;
    return (await this.loaders.everPublishedByServiceId.load(service.id)) ? service : null;
  }

  /**
   * The catalogue. Portals (anonymous viewers, or any filter on the content, search or
   * asOf) list services with a standard in force on the date (today by default) and
   * filter that version; staff without such criteria list every service they may see.
   * Keyset pagination: stable while services are added.
   */
  async list(args: ServicesArgs): Promise<Page<Service>> {
    const filter = args.filter ?? {};
    const catalogue =
      !this.viewer.authenticated ||
      !!filter.inForce ||
      !!args.asOf ||
      !!args.search ||
      !!filter.territory ||
      !!filter.channel ||
      !!filter.applicantLegalForm ||
      filter.electronic != null ||
      filter.free != null ||
      filter.extraterritorial != null ||
      filter.delegatedFrom != null;
    return catalogue ? this.catalogue(args, filter) : this.registry(args, filter);
  }

  /**
   * The portal catalogue, in two steps: a narrow query over the catalogue rows of the
   * versions in force picks the page (service and version ids, sort keys), then the
   * services of the page are loaded by primary key.
   */
  private async catalogue(args: ServicesArgs, filter: ServiceFilter): Promise<Page<Service>> {
    const date = args.asOf ?? today();
    const search = args.search?.trim();
    const pageOf = async (plan: SearchPlan | null) => paginate(await this.catalogueQuery(filter, date, plan, args), args, orderKeys(args, true, plan), "raw");
    if (!search) return this.listed(await pageOf(null), date, filter);
    // The first full-text plan that finds a page of services answers; when none does, the
    // widest that finds any (each finds at least what the one before finds); when none
    // finds anything, the words corrected from the vocabulary. A plan's count is read from
    // its first page when that tells it, else counted (up to a page), so that every page of
    // one search uses the same plan.
    const size = (args.last ?? args.first) ?? DEFAULT_PAGE_SIZE;
    const firstPage = args.after == null && args.before == null;
    const found = async (plan: SearchPlan, page: Page<ObjectLiteral>) =>
      firstPage && size >= ENOUGH_RESULTS
        ? page.edges.length + (page.pageInfo.hasNextPage || page.pageInfo.hasPreviousPage ? 1 : 0)
        : Number((await this.ds.query(...countUpTo(await this.catalogueQuery(filter, date, plan, args), ENOUGH_RESULTS)))[0].n);
    let answer: Page<ObjectLiteral> | null = null;
    for (const plan of await fullTextPlans(this.ds, search)) {
      const page = await pageOf(plan);
      const count = await found(plan, page);
      if (count > 0) answer = page;
      if (count >= ENOUGH_RESULTS) break;
    }
    if (!answer) {
      const corrected = await correctedPlan(this.ds, search);
      answer = corrected ? await pageOf(corrected) : null;
    }
    return answer ? this.listed(answer, date, filter) : { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, count: async () => 0 };
  }

  /**
   * The catalogue rows in force on the date under the filters and the search (alias c). The
   * row carries its service's body and name, so the service (alias s) is joined only for the
   * level and kind filters and the NAME order without a territory (the service's name index).
   */
  private async catalogueQuery(filter: ServiceFilter, date: string, plan: SearchPlan | null, args: ServicesArgs) {
    const qb = this.ds
      .getRepository(CatalogEntry)
      .createQueryBuilder("c")
      .select("c.version_id", "version_id")
      .where(CATALOG_IN_FORCE_ON_DATE, { asOf: date });
    if (filter.level || filter.kind || servicesNameOrder(args)) qb.innerJoin(Service, "s", "s.id = c.serviceId");
    if (plan) qb.andWhere(searchCondition(plan), { searchQuery: plan.query });
    applyContentFilters(qb, filter);
    await this.applyServiceFilters(qb, filter, "c.authority_id");
    return qb;
  }

  /** The services of a catalogue page, each knowing its listing date, the version in force on it and the filter (for matchedVariants). */
  private async listed(page: Page<ObjectLiteral>, date: string, filter: ServiceFilter): Promise<Page<Service>> {
    const rows = page.edges.map((e) => e.node as unknown as { service_id: string; version_id: string });
    const services = await this.loaders.serviceById.loadMany(rows.map((r) => r.service_id));
    return {
      ...page,
      edges: page.edges.map((edge, i) => {
        const service = services[i] as CatalogueService;
        service.asOf = date;
        service.inForceVersionId = rows[i].version_id;
        service.variantFilter = filter;
        return { cursor: edge.cursor, node: service };
      }),
    };
  }

  /** Staff's registry view: every service they may see, with its authority, level and kind filters. */
  private async registry(args: ServicesArgs, filter: ServiceFilter): Promise<Page<Service>> {
    const qb = this.ds.getRepository(Service).createQueryBuilder("s");
    this.restrictToVisible(qb);
    await this.applyServiceFilters(qb, filter, "s.authorityId");
    return paginate(qb, args, orderKeys(args, false));
  }

  /** Filters on the service's identity; `authority` is the column of its body (the service's, or the catalogue row's copy). */
  private async applyServiceFilters(qb: SelectQueryBuilder<ObjectLiteral>, filter: ServiceFilter, authority: string) {
    if (filter.authorityId) {
      const ids = await this.authorities.scopeIds(filter.authorityId, filter.includeSubordinate, ["filter", "authorityId"]);
      qb.andWhere(`${authority} IN (:...authorityIds)`, { authorityIds: ids });
    }
    if (filter.level) qb.andWhere("s.level = :level", { level: filter.level });
    if (filter.kind) qb.andWhere("s.kind = :kind", { kind: filter.kind });
    if (filter.territory) {
      // authorities inside the territory, those whose territory contains it, and federal bodies without a code (the whole country)
      const { inside, containing } = oktmoTerritory(filter.territory);
      const around = containing.length ? " OR a.oktmo IN (:...territoryAround)" : "";
      qb.andWhere(
        `${authority} IN (SELECT a.id FROM authority a WHERE a.oktmo LIKE :territoryInside${around} OR (a.oktmo IS NULL AND a.level = :federal))`,
        { territoryInside: `${inside}%`, territoryAround: containing, federal: GovernmentLevel.FEDERAL },
      );
    }
  }

  /** Public: services with a published standard; staff: also the services of their authorities. */
  private restrictToVisible(qb: SelectQueryBuilder<Service>) {
    const scope = this.viewer.internalScope();
    if (!scope) return;
    const published = `EXISTS (SELECT 1 FROM standard_version pv WHERE pv.service_id = s.id AND pv.status IN (:...publishedFamily))`;
    if (scope.size) qb.andWhere(`(${published} OR s.authorityId IN (:...scope))`, { publishedFamily: IN_FORCE_STATUSES, scope: [...scope] });
    else qb.andWhere(published, { publishedFamily: IN_FORCE_STATUSES });
  }
}

/**
 * "In force on :asOf" for a catalogue row (alias c; rows exist only for published and
 * withdrawn versions): an open-ended row from its date on, or a row whose force ends
 * (superseded, withdrawn) inside its window. The same rule as inForceSql, split so that
 * each arm uses its partial index.
 */
const CATALOG_IN_FORCE_ON_DATE =
  "((c.effectiveTo IS NULL AND c.effectiveFrom <= :asOf) OR (c.effectiveTo > :asOf AND c.effectiveFrom <= :asOf))";

/** Filters on the catalogue row of the version in force (alias c), served by its GIN indexes. */
function applyContentFilters(qb: SelectQueryBuilder<ObjectLiteral>, filter: ServiceFilter) {
  // channel, electronic, applicant, free, extraterritorial: what one variant in force offers (Decree 1228)
  applyVariantFilters(qb, filter);
  // a power delegated from another level (the provider section of the version in force)
  if (filter.delegatedFrom) qb.andWhere("c.delegated_from = :delegatedFrom", { delegatedFrom: filter.delegatedFrom });
}

/** Whether the catalogue sorts by the service's name (its index): the NAME order without a territory. */
function servicesNameOrder(args: ServicesArgs): boolean {
  const field = args.orderBy?.field ?? (args.search ? ServiceOrderField.RELEVANCE : ServiceOrderField.NAME);
  return field === ServiceOrderField.NAME && !args.filter?.territory;
}

/**
 * Keyset sort keys for the requested order; each ends with the unique id. The
 * catalogue's keys read their values from raw columns (its rows are raw); the
 * registry's from its Service entities.
 */
function orderKeys(args: ServicesArgs, catalogue: boolean, plan: SearchPlan | null = null): SortKey<ObjectLiteral>[] {
  const field = args.orderBy?.field ?? (args.search ? ServiceOrderField.RELEVANCE : ServiceOrderField.NAME);
  const direction = args.orderBy?.direction ?? (field === ServiceOrderField.NAME ? OrderDirection.ASC : OrderDirection.DESC);
  const id: SortKey<ObjectLiteral> = catalogue
    ? { expr: "c.service_id", direction: "ASC", select: "service_id", value: (_s, raw) => String(raw.service_id) }
    : { expr: "s.id", direction: "ASC", value: (s) => String(s.id) };
  switch (field) {
    case ServiceOrderField.NAME: {
      // With a territory the candidates are few and best found from the territory's bodies:
      // their catalogue rows, names included, are read from idx_catalog_entry_authority alone
      // and the page is the first of them by name (walking the service's name index instead
      // filters most of 100,000 services away for a district).
      const name = catalogue && !servicesNameOrder(args) ? "c.name" : "s.name";
      return [catalogue ? { expr: name, direction, select: "name", value: (_s, raw) => String(raw.name) } : { expr: name, direction, value: (s) => String(s.name) }, id];
    }
    case ServiceOrderField.RELEVANCE:
      if (!catalogue || !args.search?.trim()) throw new DomainError("INVALID", "Порядок RELEVANCE возможен только вместе с поиском (search)", ["orderBy", "field"]);
      // float4 prints its shortest exact form, so the cursor value compares exactly
      return [{ expr: plan ? searchRank(plan) : "0::real", direction, select: "rank", value: (_s, raw) => Number(raw.rank) }, id];
    case ServiceOrderField.UPDATED: {
      // microseconds since the epoch: exact in a cursor, unlike a JS Date
      const column = catalogue ? "c.published_at" : "s.updated_at";
      return [{ expr: `floor(extract(epoch from ${column}) * 1000000)`, direction, select: "updated", value: (_s, raw) => String(raw.updated) }, id];
    }
  }
}

/**
 * The hot read's statement: the service (`where` on alias s, parameter $1), its authority,
 * and for each of `dates` ($2, $3, …) the version in force on it. A version's columns come
 * as one small JSON object and its content as the stored jsonb itself (c0, c1, …): PostgreSQL
 * only detoasts the document and prints it, as the raw handler's `content::text` does, instead
 * of copying it into a new jsonb value (to_jsonb of the whole row cost three times the raw
 * handler's PostgreSQL CPU; bench/README.md). Exported for the bench's EXPLAIN.
 */
export function serviceWithVersionsSql(ds: DataSource, where: string, dateCount: number, content: VersionContent = "content"): string {
  const key = `${dateCount}|${content}|${where}`;
  let text = statementTexts.get(key);
  if (!text) statementTexts.set(key, (text = buildServiceWithVersionsSql(ds, where, dateCount, content)));
  return text;
}

/**
 * What the hot statement reads of a version's content: the content; its stored text for the
 * rendering shape (and the content only without one); or nothing, when the query selects only
 * fields that are the version's own columns (a portal's card of the service: no 20 KB document
 * to detoast, send and parse; anything that needs the content later loads it).
 */
export type VersionContent = "content" | "rendered" | "none";

/** The names of StandardVersion's columns other than its content (fields that read nothing else). */
function columnFields(ds: DataSource): ReadonlySet<string> {
  let fields = columnFieldsOf.get(ds);
  if (!fields) {
    fields = new Set(["__typename", ...versionColumns(ds).map((c) => c.propertyName)]);
    columnFieldsOf.set(ds, fields);
  }
  return fields;
}

const columnFieldsOf = new WeakMap<DataSource, ReadonlySet<string>>();

/** StandardVersion's columns other than its content. */
const versionColumns = (ds: DataSource) => ds.getMetadata(StandardVersion).columns.filter((c) => c.propertyName !== "content");

const statementTexts = new Map<string, string>();

function buildServiceWithVersionsSql(ds: DataSource, where: string, dateCount: number, content: VersionContent): string {
  const rendered = content === "rendered";
  const columns = versionColumns(ds).map((c) => c.databaseName);
  // each date gets its own aliases: an unqualified name in a later LATERAL subquery
  // would otherwise resolve to an earlier one's output column. Rendered: the stored text of
  // the complete content for the shape (the last parameter), and the content only without one
  const shape = `$${dateCount + 2}`;
  const versions = Array.from(
    { length: dateCount },
    (_d, i) => `LEFT JOIN LATERAL (
           SELECT jsonb_build_object(${columns.map((c) => `'${c}', x${i}.${c}`).join(", ")}) AS doc, ${
             rendered ? `CASE WHEN r${i}.body IS NULL THEN x${i}.content END AS content, r${i}.body AS rendering` : content === "none" ? "NULL::jsonb AS content" : `x${i}.content AS content`
           }
             FROM standard_version x${i}${rendered ? ` LEFT JOIN content_rendering r${i} ON r${i}.version_id = x${i}.id AND r${i}.shape = ${shape}` : ""}
            WHERE x${i}.service_id = s.id AND ${inForceSql(`x${i}`, `$${i + 2}`)}
            ORDER BY x${i}.effective_from DESC, x${i}.number DESC LIMIT 1) v${i} ON true`,
  );
  return `SELECT to_jsonb(s) AS s, to_jsonb(a) AS a${versions.map((_v, i) => `, v${i}.doc AS v${i}, v${i}.content AS c${i}${rendered ? `, v${i}.rendering AS r${i}` : ""}`).join("")}
         FROM service s
         JOIN authority a ON a.id = s.authority_id
         ${versions.join("\n")}
        WHERE ${where}`;
}
