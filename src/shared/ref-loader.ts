import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { hydrate, preparedQuery } from "./prepared";
import { LegalAct } from "../legal-acts/legal-act.entity";
import { Authority } from "../authorities/authority.entity";
import { fromGlobalId } from "./relay/global-id";

type Ref = LegalAct | Authority;

/**
 * Loads the records a standard's content refers to — legal acts and authorities —
 * in ONE SQL statement per batch (a UNION of both tables), so that a full standard
 * with its cited acts and holder bodies costs a single query on top of the standard.
 * Keys are global ids; anything else resolves to null.
 */
export function contentRefLoader(ds: DataSource, prime: (record: Ref) => void): DataLoader<string, Ref | null> {
  const acts = ds.getMetadata(LegalAct);
  const authorities = ds.getMetadata(Authority);
  return new DataLoader<string, Ref | null>(async (globalIds) => {
    const byType: Record<string, string[]> = { LegalAct: [], Authority: [] };
    for (const globalId of globalIds) {
      const decoded = fromGlobalId(globalId);
      if (decoded && byType[decoded.type]) byType[decoded.type].push(decoded.id);
    }
    const rows = await preparedQuery<{ type: "LegalAct" | "Authority"; row: Record<string, unknown> }>(
      ds,
      "content-refs",
      `SELECT 'LegalAct' AS type, to_jsonb(a) AS row FROM legal_act a WHERE a.id = ANY($1::uuid[])
       UNION ALL
       SELECT 'Authority' AS type, to_jsonb(b) AS row FROM authority b WHERE b.id = ANY($2::uuid[])`,
      [byType.LegalAct, byType.Authority],
    );
    const found = new Map<string, Ref>();
    for (const { type, row } of rows) {
      const record = hydrate<Ref>(ds, type === "LegalAct" ? acts : authorities, row);
      found.set(`${type}:${record.id}`, record);
      prime(record);
    }
    return globalIds.map((globalId) => {
      const decoded = fromGlobalId(globalId);
      return decoded ? (found.get(`${decoded.type}:${decoded.id}`) ?? null) : null;
    });
  });
}
