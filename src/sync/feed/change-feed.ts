import type { DataSource, EntityManager } from "typeorm";
import type { Service } from "../../services/service.entity";
import type { StandardVersion } from "../../standards/standard-version.entity";
import { inForceSql } from "../../standards/standard.loaders";
import { today } from "../../shared/dates";
import { REGISTRY_TIME_ZONE } from "../../config";
import { enqueueDeliveries } from "../webhooks/outbox";
import { territorySql } from "../territory";
import { ChangeEventKind, type ChangeData, type ChangeEventRow } from "./events";

export { ChangeEventKind, decodeFeedCursor, encodeFeedCursor, MAX_FEED_PAGE, type ChangeData, type ChangeEventRow } from "./events";

interface NewEvent {
  kind: ChangeEventKind;
  service: Pick<Service, "id" | "registryNumber" | "name" | "authorityId">;
  versionId?: string | null;
  occurredAt?: string | null;
  previousAuthorityId?: string | null;
  data: Omit<ChangeData, "registryNumber" | "name">;
}

/**
 * Appends events in the caller's transaction (they commit or roll back with the change)
 * and writes the webhook outbox for them in the same transaction.
 */
export async function appendEvents(em: EntityManager, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows: ChangeEventRow[] = [];
  for (const e of events) {
    const data: ChangeData = { registryNumber: e.service.registryNumber, name: e.service.name, ...e.data };
    const [row] = await em.query(
      `INSERT INTO change_event (kind, occurred_at, service_id, version_id, authority_id, oktmo, previous_authority_id, previous_oktmo, data)
       SELECT $1, coalesce($2::timestamptz, now()), $3, $4, a.id, a.oktmo, p.id, p.oktmo, $7::jsonb
         FROM authority a LEFT JOIN authority p ON p.id = $6
        WHERE a.id = $5
       RETURNING ${columns("change_event")}`,
      [e.kind, e.occurredAt ?? null, e.service.id, e.versionId ?? null, e.service.authorityId, e.previousAuthorityId ?? null, JSON.stringify(data)],
    );
    rows.push(row);
  }
  await enqueueDeliveries(em, rows);
}

function columns(t: string): string {
  return `${t}.seq::text AS seq, ${t}.id, ${t}.kind, ${t}.occurred_at AS "occurredAt", ${t}.service_id AS "serviceId", ${t}.version_id AS "versionId",
    ${t}.authority_id AS "authorityId", ${t}.oktmo, ${t}.previous_authority_id AS "previousAuthorityId", ${t}.previous_oktmo AS "previousOktmo", ${t}.data`;
}

function versionData(version: Pick<StandardVersion, "number" | "effectiveFrom" | "effectiveTo" | "contentHash">) {
  return { number: version.number, effectiveFrom: version.effectiveFrom, effectiveTo: version.effectiveTo, contentHash: version.contentHash };
}

async function inForceToday(em: EntityManager, serviceId: string, excludeId?: string): Promise<string | null> {
  const [row] = await em.query(
    `SELECT v.id FROM standard_version v WHERE v.service_id = $1 AND ${inForceSql("v", "$2")} ${excludeId ? "AND v.id <> $3" : ""}
      ORDER BY v.effective_from DESC, v.number DESC LIMIT 1`,
    excludeId ? [serviceId, today(), excludeId] : [serviceId, today()],
  );
  return row?.id ?? null;
}

/**
 * Called by the lifecycle inside the publishing transaction, once the version carries
 * its publication (the service row is locked by the caller). `previousName` is the
 * registry name the publication replaced, if it renamed the service.
 */
export async function recordPublication(em: EntityManager, service: Service, version: StandardVersion, previousName?: string | null): Promise<void> {
  const scheduled = version.effectiveFrom! > today();
  const events: NewEvent[] = [];
  if (!(await everPublishedBefore(em, service.id, version.id))) {
    events.push({ kind: ChangeEventKind.SERVICE_CREATED, service, data: {} });
  } else if (previousName) {
    events.push({ kind: ChangeEventKind.SERVICE_RENAMED, service, data: { previousName } });
  }
  events.push({
    kind: scheduled ? ChangeEventKind.VERSION_SCHEDULED : ChangeEventKind.VERSION_PUBLISHED,
    service,
    versionId: version.id,
    data: { version: versionData(version), inForceVersionId: scheduled ? await inForceToday(em, service.id, version.id) : version.id },
  });
  await appendEvents(em, events);
  if (scheduled) {
    await em.query(`INSERT INTO change_event_due (version_id, service_id, effective_from) VALUES ($1, $2, $3)`, [version.id, service.id, version.effectiveFrom]);
  }
}

/** Whether another version of the service was published before (the service is public already). */
async function everPublishedBefore(em: EntityManager, serviceId: string, versionId: string): Promise<boolean> {
  const [row] = await em.query(`SELECT 1 FROM standard_version WHERE service_id = $1 AND id <> $2 AND published_at IS NOT NULL LIMIT 1`, [serviceId, versionId]);
  return !!row;
}

/** Called by the lifecycle inside the withdrawing transaction, after the version (and any reinstated one) is saved. */
export async function recordWithdrawal(em: EntityManager, service: Service, version: StandardVersion, reinstated: StandardVersion | null): Promise<void> {
  const [due] = await em.query(`DELETE FROM change_event_due WHERE version_id = $1 RETURNING effective_from::text AS "effectiveFrom"`, [version.id]);
  const events: NewEvent[] = [];
  if (due && due.effectiveFrom <= today()) {
    // its date arrived before the daily job recorded it: it was in force until now
    events.push(await inForceEvent(em, service, { ...version, effectiveTo: null }));
  }
  await appendEvents(em, [
    ...events,
    {
      kind: ChangeEventKind.VERSION_WITHDRAWN,
      service,
      versionId: version.id,
      data: {
        version: versionData(version),
        withdrawalReason: version.withdrawalReason,
        reinstatedVersionId: reinstated?.id ?? null,
        inForceVersionId: await inForceToday(em, service.id),
      },
    },
  ]);
}

/** Called when an administrator moves a service to another body (service row locked by the caller, already saved). */
export async function recordMove(em: EntityManager, service: Service, previousAuthorityId: string): Promise<void> {
  await appendEvents(em, [{ kind: ChangeEventKind.SERVICE_MOVED, service, previousAuthorityId, data: { inForceVersionId: await inForceToday(em, service.id) } }]);
}

/**
 * "Coming into force" happens when a date arrives, not in a transaction of the
 * registry. The scheduled versions wait in change_event_due; this records the
 * VERSION_IN_FORCE event of every one whose date is `date` or earlier, each in its own
 * short transaction that locks the service like a publication does (so the event takes
 * its place in commit order), exactly once (the row leaves the queue in the same
 * transaction; a unique index also holds it). A version whose window closed before it
 * opened (withdrawn, or superseded with the same date) leaves without an event.
 * Runs from a daily job, at worker start, and before every feed read, so no reader sees
 * the feed of a day without that day's entries into force. Returns how many it recorded.
 */
export async function recordDueInForce(ds: DataSource, date: string = today()): Promise<number> {
  let recorded = 0;
  for (;;) {
    const done = await ds.transaction(async (em) => {
      const [due] = await em.query(
        `SELECT version_id, service_id FROM change_event_due WHERE effective_from <= $1
          ORDER BY effective_from, service_id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [date],
      );
      if (!due) return true;
      const [service] = await em.query(`SELECT id, registry_number AS "registryNumber", name, authority_id AS "authorityId" FROM service WHERE id = $1 FOR UPDATE`, [
        due.service_id,
      ]);
      const [version] = await em.query(
        `SELECT id, number, effective_from::text AS "effectiveFrom", effective_to::text AS "effectiveTo", content_hash AS "contentHash"
           FROM standard_version WHERE id = $1`,
        [due.version_id],
      );
      await em.query(`DELETE FROM change_event_due WHERE version_id = $1`, [due.version_id]);
      // superseded by a later publication with the same date: its window never opened
      if (version.effectiveTo === null || version.effectiveTo > version.effectiveFrom) {
        await appendEvents(em, [await inForceEvent(em, service, version)]);
        recorded += 1;
      }
      return false;
    });
    if (done) return recorded;
  }
}

async function inForceEvent(
  em: EntityManager,
  service: NewEvent["service"],
  version: Pick<StandardVersion, "id" | "number" | "effectiveFrom" | "effectiveTo" | "contentHash">,
): Promise<NewEvent> {
  return {
    kind: ChangeEventKind.VERSION_IN_FORCE,
    service,
    versionId: version.id,
    occurredAt: await midnight(em, version.effectiveFrom!),
    data: { version: versionData(version), inForceVersionId: version.id },
  };
}

async function midnight(em: EntityManager, date: string): Promise<string> {
  const [row] = await em.query(`SELECT ($1::date::timestamp AT TIME ZONE $2) AS at`, [date, REGISTRY_TIME_ZONE]);
  return (row.at as Date).toISOString();
}

/** Whether some scheduled version's date has arrived without its event yet (cheap: an index probe). */
export async function hasDueInForce(ds: DataSource, date: string = today()): Promise<boolean> {
  const [row] = await ds.query(`SELECT 1 FROM change_event_due WHERE effective_from <= $1 LIMIT 1`, [date]);
  return !!row;
}

export interface FeedFilter {
  /** Authority ids (already expanded to subordinates); an event of a move matches both bodies. */
  authorityIds?: string[] | null;
  /** OKTMO code or its beginning, read as the catalogue reads it (src/sync/territory.ts). */
  territory?: string | null;
}

export interface FeedPage {
  events: ChangeEventRow[];
  /** Where to continue: the last event's position, or the head of the feed when nothing more matches. */
  endSeq: string;
  hasMore: boolean;
}


/**
 * Events after position `afterSeq` in commit order. In one statement (one snapshot) it
 * also reads the head of the feed: when nothing more matches the filter, the reader's
 * position moves to the head, so a selective filter does not rescan the same events.
 */
export async function readChanges(ds: DataSource, afterSeq: string, first: number, filter: FeedFilter = {}): Promise<FeedPage> {
  if (await hasDueInForce(ds)) await recordDueInForce(ds);
  const params: unknown[] = [afterSeq, first + 1];
  const where: string[] = ["e.seq > $1"];
  if (filter.authorityIds) {
    params.push(filter.authorityIds);
    where.push(`(e.authority_id = ANY($${params.length}::uuid[]) OR e.previous_authority_id = ANY($${params.length}::uuid[]))`);
  }
  if (filter.territory) {
    // as the catalogue reads a territory (both ways, federal bodies without a code); a move matches either body
    where.push(`(${territorySql("e.oktmo", "e.authority_id", filter.territory, params)}
      OR (e.previous_authority_id IS NOT NULL AND ${territorySql("e.previous_oktmo", "e.previous_authority_id", filter.territory, params)}))`);
  }
  const rows: (ChangeEventRow & { head: string; position: string })[] = await ds.query(
    `SELECT h.head, p.* FROM (SELECT coalesce(max(seq), 0)::text AS head FROM change_event) h
       LEFT JOIN LATERAL (SELECT ${columns("e")}, e.seq AS position FROM change_event e WHERE ${where.join(" AND ")} ORDER BY e.seq LIMIT $2) p ON true
      ORDER BY p.position`,
    params,
  );
  const head = rows[0]?.head ?? afterSeq;
  const events = rows.filter((r) => r.id != null).map(({ head: _head, position: _position, ...event }) => event as ChangeEventRow);
  const hasMore = events.length > first;
  if (hasMore) events.length = first;
  const endSeq = hasMore ? events[events.length - 1].seq : events.length ? maxSeq(events[events.length - 1].seq, head) : maxSeq(afterSeq, head);
  return { events, endSeq, hasMore };
}

function maxSeq(a: string, b: string): string {
  return BigInt(a) >= BigInt(b) ? a : b;
}

