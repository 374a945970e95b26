import type http from "node:http";
import { GraphQLError } from "graphql";
import type { Context } from "../context";
import type { Viewer } from "../auth/viewer";
import { ConcurrencyCap } from "../http/admission";
import type { Route, RouteContext } from "../http/http-server";
import { sendJson } from "../http/responses";
import { DomainError } from "../shared/errors/domain-error";
import type { AuditFilter } from "../history/history.service";
import { auditTable, chainSummary, comparisonTable, completenessSummaryTable, failingRulesTable, failingVersionsTable, toCsv, toXlsx, type Table } from "./tables";

type Handler = (ctx: Context, q: URLSearchParams, res: http.ServerResponse) => Promise<void>;

const CSV = "text/csv; charset=utf-8";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface ReportRouteOptions {
  /** The viewer of a request (as /graphql authenticates it); throws UNAUTHENTICATED. */
  viewerOf: (req: http.IncomingMessage) => Promise<Viewer>;
  context: (viewer: Viewer) => Context;
  /** Rate-limit points of one download (as an export: httpConfig.sync.exportPoints). */
  points: number;
  /** Downloads built at once in this process (each holds a whole file in memory): 503 past it; 0 = no cap. */
  maxConcurrent: number;
}

/**
 * The auditor's downloads (GET, with the same authentication as /graphql), as routes of the
 * HTTP front's table (rate-limited and capped like the exports, compressed, Russian refusals):
 *   /reports/completeness.csv|.xlsx?authorityId=&includeSubordinate=true — the completeness report;
 *   /reports/compare.csv?versionIds=…&versionIds=… — the comparison of versions (also of different services);
 *   /reports/audit.csv?serviceId=&authorityId=&includeSubordinate=&actor=&action=&from=&to= — the audit log,
 *   with the result of the chain check in the X-Audit-Chain header.
 * The same use-case services as the GraphQL fields, so the files hold what the API answers.
 */
export function reportRoutes(options: ReportRouteOptions): Route[] {
  const admission = { points: options.points, concurrent: new ConcurrencyCap(options.maxConcurrent) };
  return Object.entries(ROUTES).map(([path, handler]) => ({
    path,
    methods: ["GET", "HEAD"],
    admission,
    handle: async ({ req, res, url }: RouteContext) => {
      try {
        await handler(options.context(await options.viewerOf(req)), url.searchParams, res);
      } catch (error) {
        if (res.headersSent) return void res.destroy();
        if (error instanceof DomainError) sendError(res, 400, "BAD_USER_INPUT", error.issues.map((i) => i.message).join("; "), error.issues);
        else if (error instanceof GraphQLError && error.extensions.code === "UNAUTHENTICATED") sendError(res, 401, "UNAUTHENTICATED", error.message);
        else if (error instanceof GraphQLError && error.extensions.code === "FORBIDDEN") sendError(res, 403, "FORBIDDEN", error.message);
        else throw error;
      }
    },
  }));
}

const ROUTES: Record<string, Handler> = {
  "/reports/completeness.csv": async (ctx, q, res) => {
    const { failing } = await completeness(ctx, q);
    send(res, CSV, "completeness.csv", toCsv(failing));
  },
  "/reports/completeness.xlsx": async (ctx, q, res) => {
    const { summary, rules, failing } = await completeness(ctx, q);
    send(res, XLSX, "completeness.xlsx", await toXlsx([summary, rules, failing]));
  },
  "/reports/compare.csv": async (ctx, q, res) => {
    const ids = q.getAll("versionIds").flatMap((v) => v.split(",")).filter(Boolean);
    const { versions, rows } = await ctx.services.history.compare(ids);
    const columns = await Promise.all(
      versions.map(async (v) => {
        const service = await ctx.loaders.serviceById.load(v.serviceId);
        const authority = service && (await ctx.loaders.authorityById.load(service.authorityId));
        return `${authority?.name ?? ""} — ${service?.registryNumber ?? ""}, версия ${v.number}`;
      }),
    );
    send(res, CSV, "compare.csv", toCsv(comparisonTable(columns, rows)));
  },
  "/reports/audit.csv": async (ctx, q, res) => {
    const entries = await ctx.services.history.auditEntries(auditFilter(q));
    const serviceIds = [...new Set(entries.map((e) => e.serviceId).filter((id): id is string => !!id))];
    const loaded = await ctx.loaders.serviceById.loadMany(serviceIds);
    const services = new Map<string, { registryNumber: string; name: string }>();
    serviceIds.forEach((id, i) => {
      const service = loaded[i];
      if (service && !(service instanceof Error)) services.set(id, service);
    });
    const headers: Record<string, string> = { "x-total-count": String(entries.length) };
    if (ctx.viewer.mayVerifyAudit) headers["x-audit-chain"] = chainSummary(await ctx.services.history.verifyAuditChain());
    send(res, CSV, "audit.csv", toCsv(auditTable(entries, services)), headers);
  },
};

async function completeness(ctx: Context, q: URLSearchParams): Promise<{ summary: Table; rules: Table; failing: Table }> {
  const authorityId = q.get("authorityId");
  if (!authorityId) throw new DomainError("REQUIRED", "Укажите орган власти (authorityId)", ["authorityId"]);
  const includeSubordinate = q.get("includeSubordinate") === "true";
  const summary = await ctx.services.completeness.summary(authorityId, includeSubordinate);
  const failing = await ctx.services.completeness.failing(authorityId, includeSubordinate);
  const authority = await ctx.loaders.authorityById.load(summary.authorityId);
  return { summary: completenessSummaryTable(summary, authority?.name ?? ""), rules: failingRulesTable(summary), failing: failingVersionsTable(failing) };
}

function auditFilter(q: URLSearchParams): AuditFilter {
  const moment = (name: string) => {
    const value = q.get(name);
    if (!value) return null;
    const date = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(value) ? new Date(value) : new Date(NaN);
    if (Number.isNaN(date.getTime())) throw new DomainError("INVALID", `${name}: дата в формате ГГГГ-ММ-ДД или момент ISO 8601`, [name]);
    return date;
  };
  const text = (name: string, max: number) => {
    const value = q.get(name);
    if (value && value.length > max) throw new DomainError("TOO_LONG", `${name}: не более ${max} символов`, [name]);
    return value || null;
  };
  return {
    serviceId: q.get("serviceId") || null,
    authorityId: q.get("authorityId") || null,
    includeSubordinate: q.get("includeSubordinate") === "true",
    actor: text("actor", 300),
    action: text("action", 100),
    from: moment("from"),
    to: moment("to"),
  };
}

function send(res: http.ServerResponse, type: string, filename: string, body: string | Buffer, headers: Record<string, string> = {}) {
  const buffer = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  res.writeHead(200, {
    "content-type": type,
    "content-length": buffer.length,
    "content-disposition": `attachment; filename="${filename}"`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    ...headers,
  });
  res.end(res.req?.method === "HEAD" ? undefined : buffer);
}

function sendError(res: http.ServerResponse, status: number, code: string, message: string, userErrors?: unknown) {
  sendJson(res, status, { errors: [{ message, extensions: { code, ...(userErrors ? { userErrors } : {}) } }] }, { "cache-control": "no-store" });
}
