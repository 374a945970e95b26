import type http from "node:http";
import path from "node:path";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { Route } from "../http/http-server";
import { sendJson } from "../http/responses";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Only scripts and styles run on our pages; the only network call is /graphql on the same origin. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine sets CSS variables and Monaco (GraphiQL) its theme in <style> elements
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** Where `npm run build:web` puts the web workspace (web/dist), from src/ (ts-jest) or dist/src/ (node). */
export function webDistDir(): string {
  const candidates = [path.resolve(__dirname, "..", "..", "web", "dist"), path.resolve(__dirname, "..", "..", "..", "web", "dist")];
  return candidates.find((dir) => existsSync(path.join(dir, "index.html"))) ?? candidates[0];
}

/**
 * The web workspace built into web/dist, as routes of the HTTP front's table (after
 * /health, /ready, /graphql and the sync routes): hashed files under /assets/ with a
 * one-year immutable cache (pre-compressed .br / .gz when the client accepts them),
 * /graphiql (the bundled GraphiQL), and index.html (never cached) for every other page a
 * browser opens, so that the app's own routes survive a reload. Anything else (a non-GET,
 * a client that does not ask for HTML) gets the front's JSON 404. A browser opening
 * /graphql itself is sent to /graphiql by Apollo's landing page (graphiql-landing.ts).
 */
export function webRoutes(root = webDistDir()): Route[] {
  const get = ["GET", "HEAD"];
  return [
    { path: (p) => p.startsWith("/assets/"), methods: get, handle: async ({ req, res, url }) => void (await sendAsset(req, res, root, url.pathname)) },
    { path: (p) => p === "/graphiql" || p === "/graphiql/", methods: get, handle: async ({ req, res }) => void (await sendPage(req, res, path.join(root, "graphiql.html"))) },
    {
      path: () => true,
      handle: async ({ req, res, url }) => {
        if (req.method !== "GET" && req.method !== "HEAD") return notFoundJson(req, res);
        // other files at the root (favicon): short cache, never a page
        if (/\.[a-z0-9]+$/i.test(url.pathname)) return void (await sendAsset(req, res, root, url.pathname, "public, max-age=3600"));
        if (!/\btext\/html\b/.test(req.headers.accept ?? "")) return notFoundJson(req, res);
        await sendPage(req, res, path.join(root, "index.html"));
      },
    },
  ];
}

/** What the front answers for a path it does not know. */
function notFoundJson(req: http.IncomingMessage, res: http.ServerResponse) {
  req.resume();
  sendJson(res, 404, { errors: [{ message: "Не найдено. GraphQL доступен по адресу /graphql", extensions: { code: "NOT_FOUND" } }] });
}

async function sendPage(req: http.IncomingMessage, res: http.ServerResponse, file: string): Promise<boolean> {
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    res.end("Веб-интерфейс не собран: выполните npm run build:web (npm start делает это сам).");
    return true;
  }
  res.writeHead(200, {
    "content-type": TYPES[".html"],
    "content-length": body.length,
    "cache-control": "no-cache",
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
  });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}

async function sendAsset(req: http.IncomingMessage, res: http.ServerResponse, root: string, pathname: string, cacheControl = "public, max-age=31536000, immutable"): Promise<boolean> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return notFound(res);
  }
  const file = path.resolve(root, "." + decoded);
  if (!file.startsWith(root + path.sep) || decoded.includes("\0")) return notFound(res);
  const type = TYPES[path.extname(file).toLowerCase()];
  if (!type) return notFound(res);
  const accept = String(req.headers["accept-encoding"] ?? "");
  const variants: [string, string | null][] = [
    ...(/\bbr\b/.test(accept) ? ([[".br", "br"]] as [string, string][]) : []),
    ...(/\bgzip\b/.test(accept) ? ([[".gz", "gzip"]] as [string, string][]) : []),
    ["", null],
  ];
  for (const [suffix, encoding] of variants) {
    const candidate = file + suffix;
    const info = await stat(candidate).catch(() => null);
    if (!info?.isFile()) continue;
    const headers: Record<string, string | number> = {
      "content-type": type,
      "content-length": info.size,
      "cache-control": cacheControl,
      vary: "accept-encoding",
      "x-content-type-options": "nosniff",
    };
    if (encoding) headers["content-encoding"] = encoding;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : await readFile(candidate));
    return true;
  }
  return notFound(res);
}

function notFound(res: http.ServerResponse): boolean {
  sendJson(res, 404, { errors: [{ message: "Не найдено. GraphQL доступен по адресу /graphql", extensions: { code: "NOT_FOUND" } }] }, { "cache-control": "no-store" });
  return true;
}
