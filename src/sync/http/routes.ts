import type http from "node:http";
import type { DataSource } from "typeorm";
import { createContext } from "../../context";
import { DomainError } from "../../shared/errors/domain-error";
import { MAX_FEED_PAGE, encodeFeedCursor } from "../feed/change-feed";
import { standardsInForce } from "../exports/standards-in-force";
import { CONTENT_TYPES, writeExport, type ExportFormat } from "../exports/formats";

export type Route = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<boolean>;

/**
 * Plain-HTTP endpoints for consumers without GraphQL: GET /changes (the change feed as
 * NDJSON). Public data, no token. Returns false for any other path.
 */
export function syncRoutes(ds: DataSource): Route {
  return async (req, res, url) => {
    const handler = ROUTES[url.pathname];
    if (!handler) return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      sendError(res, 405, "METHOD_NOT_ALLOWED", "Допустим только метод GET");
      return true;
    }
    try {
      await handler(ds, url, res);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (res.headersSent) res.end();
      else sendError(res, 400, "BAD_USER_INPUT", error.issues.map((i) => i.message).join("; "), error.issues);
    }
    return true;
  };
}

type Handler = (ds: DataSource, url: URL, res: http.ServerResponse) => Promise<void>;

const ROUTES: Record<string, Handler> = {
  "/changes": changes,
  "/export/standards.ndjson": exporter("ndjson", "standards.ndjson"),
  "/export/services.csv": exporter("services-csv", "services.csv"),
  "/export/documents.csv": exporter("documents-csv", "documents.csv"),
  "/export/cpsv-ap.jsonld": exporter("cpsv-ap", "cpsv-ap.jsonld"),
};

/**
 * GET /export/…?date=&authorityId=&includeSubordinate=&territory= → the standards in force on
 * the date (default today), streamed; X-Feed-Cursor is the change feed's position in the
 * same snapshot (follow the feed from there to stay in sync).
 */
function exporter(format: ExportFormat, filename: string): Handler {
  return async (ds, url, res) => {
    const q = url.searchParams;
    const date = q.get("date");
    if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new DomainError("INVALID", "date: дата в формате ГГГГ-ММ-ДД", ["date"]);
    const territory = q.get("territory");
    if (territory !== null && !/^\d{2,11}$/.test(territory)) {
      throw new DomainError("INVALID", "Территория задаётся кодом ОКТМО или его началом: от 2 до 11 цифр", ["territory"]);
    }
    const { services } = createContext(ds);
    const authorityId = q.get("authorityId");
    const authorityIds = authorityId ? await services.authorities.scopeIds(authorityId, q.get("includeSubordinate") === "true", ["authorityId"]) : null;
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
    filter: { authorityId: q.get("authorityId"), includeSubordinate: q.get("includeSubordinate") === "true", territory },
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
