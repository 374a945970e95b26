import { DomainError } from "../../shared/errors/domain-error";

/**
 * The change feed: what the public sees changing, in commit order (see the migration
 * 1796159000000-change-feed for how the order is kept). Event kinds follow lifecycle
 * actions, not stored status names:
 *   publish with a date today or earlier → VERSION_PUBLISHED; with a later date →
 *   VERSION_SCHEDULED; that date arriving → VERSION_IN_FORCE; withdrawal →
 *   VERSION_WITHDRAWN (a tombstone). A service enters the public registry with its first
 *   publication (SERVICE_CREATED), is renamed by a publication (SERVICE_RENAMED) and
 *   moved to another body by an administrator (SERVICE_MOVED).
 */
export enum ChangeEventKind {
  SERVICE_CREATED = "SERVICE_CREATED",
  SERVICE_RENAMED = "SERVICE_RENAMED",
  SERVICE_MOVED = "SERVICE_MOVED",
  VERSION_PUBLISHED = "VERSION_PUBLISHED",
  VERSION_SCHEDULED = "VERSION_SCHEDULED",
  VERSION_IN_FORCE = "VERSION_IN_FORCE",
  VERSION_WITHDRAWN = "VERSION_WITHDRAWN",
}

/** What an event records about the service and version at the moment it happened. */
export interface ChangeData {
  registryNumber: string;
  name: string;
  previousName?: string | null;
  version?: { number: number; effectiveFrom: string | null; effectiveTo: string | null; contentHash: string } | null;
  /** The version in force today once the event has happened (null: none). */
  inForceVersionId?: string | null;
  withdrawalReason?: string | null;
  reinstatedVersionId?: string | null;
}

export interface ChangeEventRow {
  seq: string;
  id: string;
  kind: ChangeEventKind;
  occurredAt: Date;
  serviceId: string;
  versionId: string | null;
  authorityId: string;
  oktmo: string | null;
  previousAuthorityId: string | null;
  previousOktmo: string | null;
  data: ChangeData;
}

/** Cursors are opaque to readers: base64url of ["change", position]. */
export function encodeFeedCursor(seq: string): string {
  return Buffer.from(JSON.stringify(["change", seq]), "utf8").toString("base64url");
}

/** The largest position PostgreSQL's bigint holds (a forged cursor past it would fail in SQL). */
const MAX_SEQ = 9223372036854775807n;

export function decodeFeedCursor(cursor: string | null | undefined, field: string[] = ["after"]): string {
  if (cursor == null || cursor === "") return "0";
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && value[0] === "change" && typeof value[1] === "string" && /^\d{1,19}$/.test(value[1]) && BigInt(value[1]) <= MAX_SEQ) return value[1];
  } catch {
    // fall through
  }
  throw new DomainError("INVALID", "Некорректный курсор ленты изменений: передайте значение cursor или endCursor из предыдущего ответа", field);
}

export const MAX_FEED_PAGE = 1000;
