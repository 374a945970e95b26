import type { EntityManager } from "typeorm";
import { AuditEntry } from "./audit-entry.entity";

export interface AuditRecord {
  action: string;
  entityType: "Authority" | "LegalAct" | "Service" | "StandardVersion" | "User" | "ApiToken";
  entityId: string;
  serviceId?: string | null;
  versionId?: string | null;
  authorityId?: string | null;
  hashBefore?: string | null;
  hashAfter?: string | null;
  changes: unknown;
}

/** Appends an audit record inside the caller's transaction: it commits or rolls back with the change. */
export async function recordAudit(em: EntityManager, actor: string | null, record: AuditRecord): Promise<void> {
  await em.insert(AuditEntry, {
    actor,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    serviceId: record.serviceId ?? null,
    versionId: record.versionId ?? null,
    authorityId: record.authorityId ?? null,
    hashBefore: record.hashBefore ?? null,
    hashAfter: record.hashAfter ?? null,
    changes: record.changes as object,
  });
}

/** Field-by-field changes of an entity update, for the audit record. */
export function fieldChanges<T extends object>(before: Partial<T>, after: T, fields: (keyof T)[]): Record<string, { before: unknown; after: unknown }> {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const f of fields) {
    if (JSON.stringify(before[f]) !== JSON.stringify(after[f])) out[String(f)] = { before: before[f] ?? null, after: after[f] ?? null };
  }
  return out;
}
