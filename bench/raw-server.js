"use strict";
/**
 * The practical ceiling for scenario (a): node http + a pg Pool, one SQL query per request,
 * no GraphQL. It accepts the same POST body as the app ({ query, variables: { rn } }; the
 * query text is ignored) and answers the same JSON envelope:
 *
 *   { "data": { "serviceByRegistryNumber": { id, registryNumber, name, authority { id name oktmo },
 *       current { id number effectiveFrom content } } } }
 *
 * `content` is the stored document passed through as text (content::text), as the
 * perf-baseline's variant (a) did; unlike the app it does not add nulls for absent fields
 * nor resolve the relations inside the content (act, authority, holderAuthority), which is
 * what the harness's validation accounts for. Env: DATABASE_URL, PORT, DB_POOL_SIZE (10),
 * REGISTRY_TIME_ZONE (Europe/Moscow, for "in force today"), RAW_PREPARED (default true: a
 * named prepared statement, planned once per connection; "false" plans it on every request
 * like an unnamed statement, which is what the perf baseline's variant (a) did).
 */
const http = require("node:http");
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10), application_name: "bench-raw" });
const port = Number(process.env.PORT ?? 4711);
const todayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: process.env.REGISTRY_TIME_ZONE ?? "Europe/Moscow", year: "numeric", month: "2-digit", day: "2-digit" });
const PREPARED = process.env.RAW_PREPARED !== "false";
const gid = (type, id) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");

const { RAW_SQL: SQL } = require("./lib/raw-sql");

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

async function handle(req, res) {
  if (req.url === "/health") return send(res, 200, '{"status":"ok"}');
  if (req.method !== "POST" || !req.url.startsWith("/graphql")) return send(res, 404, '{"errors":[{"message":"not found"}]}');
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const rn = JSON.parse(Buffer.concat(chunks).toString("utf8"))?.variables?.rn;
  if (typeof rn !== "string") return send(res, 400, '{"errors":[{"message":"variables.rn is required"}]}');
  const values = [rn, todayFormat.format(new Date())];
  const { rows } = await pool.query(PREPARED ? { name: "standard-by-registry-number", text: SQL, values } : { text: SQL, values });
  const r = rows[0];
  if (!r) return send(res, 200, '{"data":{"serviceByRegistryNumber":null}}');
  const current = r.v_id
    ? `{"id":${JSON.stringify(gid("StandardVersion", r.v_id))},"number":${r.number},"effectiveFrom":${JSON.stringify(r.effective_from)},"content":${r.content}}`
    : "null";
  send(
    res,
    200,
    `{"data":{"serviceByRegistryNumber":{"id":${JSON.stringify(gid("Service", r.id))},"registryNumber":${JSON.stringify(r.registry_number)},"name":${JSON.stringify(r.name)},` +
      `"authority":{"id":${JSON.stringify(gid("Authority", r.a_id))},"name":${JSON.stringify(r.a_name)},"oktmo":${JSON.stringify(r.oktmo)}},"current":${current}}}}`,
  );
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, JSON.stringify({ errors: [{ message: String(error.message) }] }));
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, "127.0.0.1", () => console.log(`raw handler on http://127.0.0.1:${port}/graphql`));
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
