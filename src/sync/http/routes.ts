import type http from "node:http";
import type { DataSource } from "typeorm";
import { GraphQLError } from "graphql";
import { createContext } from "../../context";
import { DomainError } from "../../shared/errors/domain-error";
import { LocalDateResolver } from "../../shared/scalars/dates";
import { ConcurrencyCap } from "../../http/admission";
import type { Route } from "../../http/http-server";
import { MAX_FEED_PAGE, encodeFeedCursor } from "../feed/change-feed";
import { standardsInForce } from "../exports/standards-in-force";
import { CONTENT_TYPES, writeExport, type ExportFormat } from "../exports/formats";

/** The limits of the plain-HTTP endpoints (configuration: httpConfig.sync; README). */
export interface SyncRouteOptions {
  /** Rate-limit points of one export (a small GraphQL request costs 1). */
  exportPoints: number;
  /** Exports running at once in this process (each holds a database connection): 503 past it; 0 = no cap. */
  maxConcurrentExports: number;
  /** An export whose client has read nothing for this long (ms) is cut, and its connection released. */
  stallTimeoutMs: number;
}

/**
 * Plain-HTTP endpoints for consumers without GraphQL, as routes of the HTTP front's table
 * (src/http/http-server.ts: rate limits, request ids and log lines, compression): GET
 * /changes (the change feed as NDJSON) and GET /export/… (the standards in force, streamed).
 * Public data: no token needed (a token is checked and charged to its own limit).
 */
export function syncRoutes(ds: DataSource, options: SyncRouteOptions): Route[] {
  const exports = new ConcurrencyCap(options.maxConcurrentExports);
  const route = (path: string, handler: Handler, admission: Route["admission"], stallTimeoutMs?: number): Route => ({
    path,
    methods: ["GET", "HEAD"],
    admission,
    stallTimeoutMs,
    handle: async ({ res, url }) => {
      try {
        await handler(ds, url, res);
      } catch (error) {
        // the client went away (or stalled past the timeout): nothing to answer, the log line says aborted
        if (res.destroyed) return;
        if (!(error instanceof DomainError)) throw error;
        if (res.headersSent) res.destroy();
        else sendError(res, 400, "BAD_USER_INPUT", error.issues.map((i) => i.message).join("; "), error.issues);
      }
    },
  });
  const exporting = { points: options.exportPoints, concurrent: exports };
  return [
    route("/changes", changes, { points: 1 }),
    route("/export/standards.ndjson", exporter("ndjson", "standards.ndjson"), exporting, options.stallTimeoutMs),
    route("/export/services.csv", exporter("services-csv", "services.csv"), exporting, options.stallTimeoutMs),
    route("/export/documents.csv", exporter("documents-csv", "documents.csv"), exporting, options.stallTimeoutMs),
    route("/export/cpsv-ap.jsonld", exporter("cpsv-ap", "cpsv-ap.jsonld"), exporting, options.stallTimeoutMs),
  ];
}

type Handler = (ds: DataSource, url: URL, res: http.ServerResponse) => Promise<void>;

/** A date of a query parameter, as the LocalDate scalar reads it (storable years only). */
function dateParameter(value: string, name: string): string {
  try {
    return LocalDateResolver.parseValue(value) as string;
  } catch (error) {
    throw new DomainError("INVALID", `${name}: ${error instanceof GraphQLError ? error.message : "дата в формате ГГГГ-ММ-ДД"}`, [name]);
  }
}

/** A yes/no query parameter: absent, "true" or "false". */
function booleanParameter(q: URLSearchParams, name: string): boolean {
  const value = q.get(name);
  if (value === null || value === "false") return false;
  if (value === "true") return true;
  throw new DomainError("INVALID", `${name}: допустимы значения true или false`, [name]);
}

/**
 * GET /export/…?date=&authorityId=&includeSubordinate=&territory= → the standards in force on
 * the date (default today), streamed; X-Feed-Cursor is the change feed's position in the
 * same snapshot (follow the feed from there to stay in sync).
 */
function exporter(format: ExportFormat, filename: string): Handler {
  return async (ds, url, res) => {
    const q = url.searchParams;
    const date = q.get("date");
    if (date !== null) dateParameter(date, "date");
    const includeSubordinate = booleanParameter(q, "includeSubordinate");
    const territory = q.get("territory");
    if (territory !== null && !/^\d{2,11}$/.test(territory)) {
      throw new DomainError("INVALID", "Территория задаётся кодом ОКТМО или его началом: от 2 до 11 цифр", ["territory"]);
    }
    const { services } = createContext(ds);
    const authorityId = q.get("authorityId");
    const authorityIds = authorityId ? await services.authorities.scopeIds(authorityId, includeSubordinate, ["authorityId"]) : null;
    const standards = standardsInForce(ds, { date, authorityIds, territory }, ({ total, position }) => {
      res.writeHead(200, {
        "content-type": CONTENT_TYPES[format],
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "no-store",
        "x-total-count": String(total),
        "x-feed-cursor": encodeFeedCursor(position),
      });
    });
    await writeExport(format, standards, res);
    res.end();
  };
}

/** GET /changes?after=&limit=&authorityId=&includeSubordinate=&territory= → one event per line; X-Next-Cursor. */
async function changes(ds: DataSource, url: URL, res: http.ServerResponse) {
  const q = url.searchParams;
  const limit = q.has("limit") ? Number(q.get("limit")) : 1000;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FEED_PAGE) {
    throw new DomainError("OUT_OF_RANGE", `limit: целое число от 1 до ${MAX_FEED_PAGE}`, ["limit"]);
  }
  const territory = q.get("territory");
  if (territory !== null && !/^\d{2,11}$/.test(territory)) {
    throw new DomainError("INVALID", "Территория задаётся кодом ОКТМО или его началом: от 2 до 11 цифр", ["territory"]);
  }
  const { services } = createContext(ds);
  const page = await services.feed.page({
    after: q.get("after"),
    first: limit,
    filter: { authorityId: q.get("authorityId"), includeSubordinate: booleanParameter(q, "includeSubordinate"), territory },
  });
  res.writeHead(200, {
    "content-type": "application/x-ndjson; charset=utf-8",
    "cache-control": "no-store",
    "x-next-cursor": page.endCursor,
    "x-has-more": String(page.hasMore),
  });
  for (const event of page.events) res.write(`${JSON.stringify(event)}\n`);
  res.end();
}

export function sendError(res: http.ServerResponse, status: number, code: string, message: string, userErrors?: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...(userErrors ? { userErrors } : {}) } }] }));
}
