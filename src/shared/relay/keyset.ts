import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { config } from "../../config";
import { unstorableStringProblem } from "../storable";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { preparedQuery } from "../prepared";
import { DomainError } from "../errors/domain-error";
import { type ConnectionArgs, type Page, type PageInfo } from "./connection";

/**
 * Keyset (seek) pagination over a query builder. Sort keys must end with a unique
 * column so the order is total; cursors are opaque base64url JSON of the key values.
 * Stable under concurrent inserts: a page never repeats or skips a row that existed
 * when the previous page was read.
 */
export interface SortKey<T> {
  /** SQL expression, e.g. `a.name`; must not be NULL. */
  expr: string;
  direction: "ASC" | "DESC";
  /** The key value of a row; `raw` holds the selected expressions (see `select`). */
  value: (row: T, raw: Record<string, unknown>) => string | number;
  /** Select the expression under this alias so that `value` can read it from `raw`. */
  select?: string;
}

export const DEFAULT_PAGE_SIZE = 20;

/**
 * Cursors are signed: base64url(JSON of the key values) "." HMAC-SHA256 of it (128 bits,
 * key CURSOR_SECRET), so a forged or edited cursor is refused as INVALID before any SQL
 * sees its values; the values are checked too (strings without NUL, bounded; safe numbers).
 */
export function encodeCursor(values: (string | number)[], scope: string): string {
  const payload = Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
  return `${payload}.${sign(payload, scope)}`;
}

/** The signature also covers the scope (the sort keys), so a cursor of one list or order is refused by another. */
const sign = (payload: string, scope: string) => createHmac("sha256", cursorKey).update(`${scope}\n${payload}`).digest().subarray(0, 16).toString("base64url");
const cursorKey = createHash("sha256").update(`relay-cursor:${config.cursorSecret}`).digest();

const storable = (v: unknown) =>
  (typeof v === "string" && v.length <= 1000 && unstorableStringProblem(v) === null) ||
  (typeof v === "number" && Number.isFinite(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER);

export function decodeCursor(cursor: string, length: number, field: string, scope: string): (string | number)[] {
  const [payload, signature, extra] = typeof cursor === "string" && cursor.length <= 4096 ? cursor.split(".") : [];
  if (payload && signature && extra === undefined) {
    const expected = Buffer.from(sign(payload, scope));
    const given = Buffer.from(signature);
    if (given.length === expected.length && timingSafeEqual(given, expected)) {
      try {
        const values = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
        if (Array.isArray(values) && values.length === length && values.every(storable)) return values;
      } catch {
        // fall through
      }
    }
  }
  throw new DomainError("INVALID", "Некорректный курсор страницы: используйте cursor, startCursor или endCursor из ответа", [field]);
}

/**
 * In "entities" mode the nodes are the query's entities; in "raw" mode they are the raw
 * rows of the selected columns (a narrow query whose rows are mapped by the caller).
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  keys: SortKey<T>[],
  mode: "entities" | "raw" = "entities",
): Promise<Page<T>> {
  const countQb = qb.clone();
  const backward = args.last != null || args.before != null;
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const cursor = backward ? args.before : args.after;
  const scope = keys.map((k) => `${k.expr} ${k.direction}`).join(", ");

  if (cursor) {
    const values = decodeCursor(cursor, keys.length, backward ? "before" : "after", scope);
    const ors: string[] = [];
    const params: Record<string, unknown> = {};
    keys.forEach((key, i) => {
      const ands = keys.slice(0, i).map((k, j) => `${k.expr} = :ks${j}`);
      const forward = (key.direction === "ASC") !== backward;
      ands.push(`${key.expr} ${forward ? ">" : "<"} :ks${i}`);
      ors.push(`(${ands.join(" AND ")})`);
      params[`ks${i}`] = values[i];
    });
    qb.andWhere(`(${ors.join(" OR ")})`, params);
  }
  keys.forEach((key, i) => {
    const direction = backward ? (key.direction === "ASC" ? "DESC" : "ASC") : key.direction;
    if (i === 0) qb.orderBy(key.expr, direction);
    else qb.addOrderBy(key.expr, direction);
  });
  for (const key of keys) if (key.select) qb.addSelect(key.expr, key.select);
  const raws = keys.some((k) => k.select);
  let rows: { node: T; raw: Record<string, unknown> }[] = [];
  if (size > 0) {
    if (mode === "raw") {
      // raw pages are the portal's catalogue: a named prepared statement per query shape
      // (filters present, order), so that PostgreSQL plans each shape once per connection
      const [sql, params] = qb.limit(size + 1).getQueryAndParameters();
      const name = `page-${createHash("sha1").update(sql).digest("hex").slice(0, 16)}`;
      rows = (await preparedQuery<Record<string, unknown>>(qb.connection, name, sql, params)).map((raw) => ({ node: raw as T, raw }));
    } else if (raws) {
      const { entities, raw } = await qb.limit(size + 1).getRawAndEntities();
      rows = entities.map((node, i) => ({ node, raw: raw[i] }));
    } else {
      rows = (await qb.limit(size + 1).getMany()).map((node) => ({ node, raw: {} }));
    }
  }
  const more = rows.length > size;
  const pageRows = rows.slice(0, size);
  if (backward) pageRows.reverse();
  const edges = pageRows.map(({ node, raw }) => ({ node, cursor: encodeCursor(keys.map((k) => k.value(node, raw)), scope) }));
  const pageInfo: PageInfo = {
    hasNextPage: backward ? Boolean(args.before) : more,
    hasPreviousPage: backward ? more : Boolean(args.after),
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  return { edges, pageInfo, count: () => countQb.orderBy().getCount() };
}
