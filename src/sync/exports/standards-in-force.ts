import { citeAct } from "../../history/act-citations";
import type { DataSource } from "typeorm";
import { inForceSql } from "../../standards/standard.loaders";
import type { StandardContent } from "../../standards/content/standard-content";
import { today } from "../../shared/dates";
import { fromGlobalId } from "../../shared/relay/global-id";
import { territorySql } from "../territory";

export interface ExportFilter {
  /** In force on this date (default today). */
  date?: string | null;
  /** Authority ids (already expanded to subordinates). */
  authorityIds?: string[] | null;
  /** OKTMO code or its beginning: the providing bodies the catalogue shows for that territory (src/sync/territory.ts). */
  territory?: string | null;
}

export interface ExportedStandard {
  service: { id: string; registryNumber: string; name: string; level: string; kind: string };
  authority: { id: string; name: string; oktmo: string | null };
  version: { id: string; number: number; effectiveFrom: string; effectiveTo: string | null; publishedAt: string; contentHash: string; approvingActId: string | null };
  content: StandardContent;
  /** The legal acts the content cites, by id. */
  acts: Map<string, { id: string; type: string; number: string | null; date: string | null; title: string }>;
}

export const EXPORT_BATCH = 200;

/**
 * The standards in force on a date, streamed in batches by service id (keyset), inside
 * one REPEATABLE READ read-only transaction: the export is one consistent snapshot, and
 * memory holds one batch at a time however large the registry. `position` is the change
 * feed's head in that same snapshot: a mirror loads the export, then follows the feed
 * from there.
 */
export async function* standardsInForce(ds: DataSource, filter: ExportFilter = {}, onStart?: (info: { total: number; position: string }) => void): AsyncGenerator<ExportedStandard> {
  const date = filter.date ?? today();
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction("REPEATABLE READ");
    await runner.query("SET TRANSACTION READ ONLY");
    const params: unknown[] = [date];
    const where: string[] = [];
    if (filter.authorityIds) {
      params.push(filter.authorityIds);
      where.push(`s.authority_id = ANY($${params.length}::uuid[])`);
    }
    if (filter.territory) where.push(territorySql("a.oktmo", "a.id", filter.territory, params));
    const from = `FROM service s JOIN authority a ON a.id = s.authority_id
      JOIN LATERAL (SELECT v.* FROM standard_version v WHERE v.service_id = s.id AND ${inForceSql("v", "$1")}
                     ORDER BY v.effective_from DESC, v.number DESC LIMIT 1) v ON true
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`;
    if (onStart) {
      const [{ total }] = await runner.query(`SELECT count(*)::int AS total ${from}`, params);
      const [{ position }] = await runner.query(`SELECT coalesce(max(seq), 0)::text AS position FROM change_event`);
      onStart({ total, position });
    }
    let after = "00000000-0000-0000-0000-000000000000";
    for (;;) {
      const rows = await runner.query(
        `SELECT s.id, s.registry_number, s.name, s.level, s.kind, a.id AS authority_id, a.name AS authority_name, a.oktmo,
                v.id AS version_id, v.number, v.effective_from::text AS effective_from, v.effective_to::text AS effective_to,
                v.published_at, v.content_hash, v.approving_act_id, v.content
           ${from} ${where.length ? "AND" : "WHERE"} s.id > $${params.length + 1}::uuid ORDER BY s.id LIMIT ${EXPORT_BATCH}`,
        [...params, after],
      );
      if (rows.length === 0) break;
      const actIds = new Set<string>();
      for (const r of rows) collectActIds(r.content, actIds);
      const acts = new Map<string, ExportedStandard["acts"] extends Map<string, infer A> ? A : never>();
      if (actIds.size) {
        for (const act of await runner.query(`SELECT id, type, number, date::text AS date, issuer, title FROM legal_act WHERE id = ANY($1::uuid[])`, [[...actIds]])) {
          // an act registered without its title read is named by its citation (type, date, number, issuer)
          acts.set(act.id, { id: act.id, type: act.type, number: act.number, date: act.date, title: act.title ?? citeAct(act) });
        }
      }
      for (const r of rows) {
        yield {
          service: { id: r.id, registryNumber: r.registry_number, name: r.name, level: r.level, kind: r.kind },
          authority: { id: r.authority_id, name: r.authority_name, oktmo: r.oktmo },
          version: {
            id: r.version_id,
            number: r.number,
            effectiveFrom: r.effective_from,
            effectiveTo: r.effective_to,
            publishedAt: new Date(r.published_at).toISOString(),
            contentHash: r.content_hash,
            approvingActId: r.approving_act_id,
          },
          content: r.content,
          acts,
        };
      }
      after = rows[rows.length - 1].id;
    }
    await runner.commitTransaction();
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    // a consumer that stops early (return()) skips the catch: the snapshot is ended here, never handed back to the pool open
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
  }
}

/** Ids of the acts cited anywhere in the content (the values of every `actId`, as global ids). */
function collectActIds(value: unknown, into: Set<string>) {
  if (Array.isArray(value)) for (const v of value) collectActIds(v, into);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "actId" && typeof v === "string") {
        const decoded = fromGlobalId(v);
        if (decoded?.type === "LegalAct") into.add(decoded.id);
      } else collectActIds(v, into);
    }
  }
}
