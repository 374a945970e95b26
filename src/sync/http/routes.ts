import type http from "node:http";
import type { DataSource } from "typeorm";
import { createContext } from "../../context";
import { DomainError } from "../../shared/errors/domain-error";
import { MAX_FEED_PAGE } from "../feed/change-feed";

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
};

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
