import type { DataSource, EntityManager } from "typeorm";
import { describeEnum } from "../shared/enum";

/** What breaks the audit log's hash chain (README, "Audit log"). */
export enum ChainBreak {
  /** The entry's fields no longer give its hash: it was changed after it was written. */
  ALTERED = "ALTERED",
  /** The entry does not carry the previous entry's hash: an entry before it was removed, or it was inserted around the chain. */
  BROKEN_LINK = "BROKEN_LINK",
  /** The chain's recorded end is not the last entry: entries were removed from the end. */
  TRUNCATED = "TRUNCATED",
}
describeEnum(ChainBreak, "AuditChainBreak", "Вид нарушения цепочки журнала аудита. How the audit chain is broken.", {
  ALTERED: "Запись изменена после записи: её хеш не совпадает с содержимым. The entry was changed after it was written.",
  BROKEN_LINK: "Запись не содержит хеша предыдущей: запись перед ней удалена или эта вставлена в обход журнала. A preceding entry was removed, or this one was inserted around the chain.",
  TRUNCATED: "Последние записи журнала удалены: конец цепочки не совпадает с последней записью. Entries were removed from the end.",
});

export interface BrokenLink {
  /** The entry's number (seq) where the chain first breaks; for TRUNCATED, the recorded end. */
  seq: string;
  /** The entry's id (null for TRUNCATED when the recorded end is gone). */
  entryId: string | null;
  kind: ChainBreak;
  message: string;
}

export interface ChainReport {
  valid: boolean;
  /** Entries checked. */
  entries: number;
  /** The last entry's number and hash: keep them outside the database to detect a rewrite of the whole chain. */
  headSeq: string | null;
  headHash: string | null;
  firstBroken: BrokenLink | null;
}

interface Row {
  id: string;
  seq: string;
  prev_hash: string | null;
  hash: string;
  recomputed: string;
}

const BATCH = 5000;

/**
 * Walks the whole chain in entry order in one snapshot, recomputing every entry's hash with
 * the database's own definition (audit_entry_hash), and reports the first broken link.
 */
export async function verifyAuditChain(ds: DataSource): Promise<ChainReport> {
  return ds.transaction("REPEATABLE READ", async (em) => {
    await em.query("SET TRANSACTION READ ONLY");
    return verifyAuditChainIn(em);
  });
}

/** The same walk inside the caller's transaction (it sees that transaction's own changes). */
export async function verifyAuditChainIn(em: EntityManager): Promise<ChainReport> {
  let previous: string | null = null;
  let lastSeq: string | null = null;
  let entries = 0;
  let after = "0";
  for (;;) {
    const rows: Row[] = await em.query(
      `SELECT e.id, e.seq::text AS seq, e.prev_hash, e.hash, audit_entry_hash(e) AS recomputed
         FROM audit_entry e WHERE e.seq > $1::bigint ORDER BY e.seq LIMIT ${BATCH}`,
      [after],
    );
    for (const row of rows) {
      entries += 1;
      if (row.recomputed !== row.hash) {
        return broken(entries, { seq: row.seq, entryId: row.id, kind: ChainBreak.ALTERED, message: `Запись журнала № ${row.seq} изменена после записи: её хеш не совпадает с содержимым` });
      }
      if (row.prev_hash !== previous) {
        return broken(entries, {
          seq: row.seq,
          entryId: row.id,
          kind: ChainBreak.BROKEN_LINK,
          message: `Цепочка журнала разорвана перед записью № ${row.seq}: предшествующая запись удалена, или эта запись добавлена в обход журнала`,
        });
      }
      previous = row.hash;
      lastSeq = row.seq;
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1].seq;
  }
  const [head]: { last_seq: string | null; last_hash: string | null }[] = await em.query("SELECT last_seq::text AS last_seq, last_hash FROM audit_chain_head");
  if (!head || head.last_hash !== previous || head.last_seq !== lastSeq) {
    return broken(entries, {
      seq: head?.last_seq ?? "0",
      entryId: null,
      kind: ChainBreak.TRUNCATED,
      message: `Конец цепочки журнала (запись № ${head?.last_seq ?? "—"}) не совпадает с последней записью (№ ${lastSeq ?? "—"}): последние записи удалены`,
    });
  }
  return { valid: true, entries, headSeq: lastSeq, headHash: previous, firstBroken: null };
}

function broken(entries: number, link: BrokenLink): ChainReport {
  return { valid: false, entries, headSeq: null, headHash: null, firstBroken: link };
}
