"use strict";
/**
 * npm run portal [-- --warmup 5 --duration 15 --connections 32 --services 100000
 *                    --only raw,app,postgraphile --scenarios a,a2,b,c,v,r --build]
 * --app-dist <dir>: measure another build of the app (e.g. main's) on the same dataset.
 * Ports: BENCH_PG_PORT (54390), BENCH_APP_PORT (4710), BENCH_RAW_PORT (4711), BENCH_POSTGRAPHILE_PORT (4712),
 * BENCH_APP_NOCACHE_PORT (4713), BENCH_APP_UNRENDERED_PORT (4714).
 *
 * End to end: build the app if needed, start an embedded PostgreSQL of the bench
 * (../.data/pg-bench, port 54390; or BENCH_DATABASE_URL), load the synthetic dataset if it is
 * not there, then for each server under test — the raw pg handler, the app, PostGraphile v4 —
 * start it as its own process (NODE_ENV=production), validate every scenario with 30 random
 * requests, run autocannon (warm-up, then the measured run) and stop it. Prints one table and
 * writes it with the machine facts to results/<timestamp>.json.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { isDeepStrictEqual } = require("node:util");
const autocannon = require("autocannon");
const { Client } = require("pg");
const c = require("./lib/common");
const { scenarioQueries } = require("./lib/queries");
const { explainScenarios, printExplained } = require("./lib/explain");

const PORTS = {
  app: Number(process.env.BENCH_APP_PORT ?? 4710),
  raw: Number(process.env.BENCH_RAW_PORT ?? 4711),
  postgraphile: Number(process.env.BENCH_POSTGRAPHILE_PORT ?? 4712),
  "app-nocache": Number(process.env.BENCH_APP_NOCACHE_PORT ?? 4713),
  "app-unrendered": Number(process.env.BENCH_APP_UNRENDERED_PORT ?? 4714),
};
const PG_PORT = c.PG_PORT;
const SCENARIOS = {
  a: "(a) full standard by registry number",
  az: "(a-zipf) the same, Zipf-distributed numbers",
  a2: "(a2) the same, cited acts and bodies resolved",
  b: "(b) search, page of 20",
  c: "(c) catalogue: territory + MFC, page of 20",
  v: "(v) variantResolve: a questionnaire step",
  r: "(r) requirements of a variant",
};

const flags = c.parseFlags(process.argv.slice(2), {
  warmup: Number(process.env.BENCH_WARMUP ?? 5),
  duration: Number(process.env.BENCH_DURATION ?? 15),
  connections: 32,
  services: 100000,
  only: "raw,app,app-nocache,app-unrendered,postgraphile",
  scenarios: "a,az,a2,b,c,v,r",
  // the exponent of the Zipf distribution of (a-zipf)
  zipf: 1.1,
  // WEB_CONCURRENCY of the app (worker processes)
  appWorkers: 1,
  // EXPLAIN (ANALYZE, BUFFERS) of every scenario's statements before measuring
  explain: true,
  build: false,
  validations: 30,
  rawPrepared: true,
  // another build of the app to measure in its place (e.g. main's, as the baseline of a change)
  appDist: "",
});

const pick = (list) => list[Math.floor(Math.random() * list.length)];
const isStandard = (scenario) => scenario === "a" || scenario === "az" || scenario === "a2";

/**
 * Registry numbers drawn from a Zipf distribution: the k-th most asked service is asked
 * with a probability proportional to 1 / k^s. Which service has which rank is a fixed
 * shuffle (seeded), so that ranks have nothing to do with the numbering.
 */
function zipfSampler(items, s, seed = 16) {
  const order = [...items];
  let state = seed >>> 0;
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const cdf = new Float64Array(order.length);
  let total = 0;
  for (let k = 0; k < order.length; k++) cdf[k] = total += 1 / Math.pow(k + 1, s);
  const draw = () => {
    const u = Math.random() * total;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return order[lo];
  };
  // the share of requests the most asked k services get
  const share = (k) => cdf[Math.min(k, cdf.length) - 1] / total;
  return { draw, share };
}

let db = null;
let running = null;
async function cleanup() {
  if (running) await c.stopServer(running).catch(() => undefined);
  running = null;
  if (db) await db.stop().catch(() => undefined);
  db = null;
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    c.log(`${signal}: stopping`);
    cleanup().finally(() => process.exit(130));
  });
}

/** The app's content without what GraphQL adds: nulls of absent fields and the resolved relations (checked against their ids). */
function normalizeAppContent(value, problems, at = "content") {
  if (Array.isArray(value)) return value.map((v, i) => normalizeAppContent(v, problems, `${at}.${i}`));
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null) continue;
    const ref = { act: "actId", authority: "authorityId", holderAuthority: "holderAuthorityId" }[k];
    if (ref) {
      if (v.id !== value[ref]) problems.push(`${at}.${k}.id ${v.id} differs from ${ref} ${value[ref]}`);
      if (!v.id || (!v.name && !v.title)) problems.push(`${at}.${k} is not resolved`);
      continue;
    }
    out[k] = normalizeAppContent(v, problems, `${at}.${k}`);
  }
  return out;
}

async function loadFacts(url) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const version = (await client.query("SELECT version() AS v")).rows[0].v;
    const rns = (await client.query("SELECT registry_number FROM service WHERE registry_number LIKE 'SYN%'")).rows.map((r) => r.registry_number);
    // services whose version in force has variants (Decree 1228), and whether their profiling asks who applies
    const variantServices = (
      await client.query(
        `SELECT s.registry_number AS rn, v.content->'profiling'->'attributes' @> '[{"key":"syn-who"}]' AS who, v.content->'variants'->0->>'resultKey' AS result
           FROM service s JOIN standard_version v ON v.service_id = s.id JOIN catalog_variant cv ON cv.version_id = v.id AND cv.ordinal = 1
          WHERE s.registry_number LIKE 'SYN%' AND v.status = 'PUBLISHED'`,
      )
    ).rows.map((r) => ({ rn: r.rn, who: r.who, result: r.result }));
    const territories = (
      await client.query(
        `SELECT DISTINCT left(oktmo, 2) AS p FROM authority WHERE oktmo IS NOT NULL
         UNION SELECT DISTINCT left(oktmo, 5) FROM authority WHERE oktmo ~ '^[0-9]{2}6'`,
      )
    ).rows.map((r) => r.p);
    const stats = (
      await client.query(
        `SELECT (SELECT count(*) FROM service)::int AS services, (SELECT count(*) FROM standard_version)::int AS versions,
                (SELECT count(*) FROM authority)::int AS authorities, (SELECT count(*) FROM legal_act)::int AS legal_acts,
                pg_size_pretty(pg_total_relation_size('standard_version')) AS standard_version_size,
                (SELECT round(avg(octet_length(content::text))) FROM (SELECT content FROM standard_version TABLESAMPLE SYSTEM (2)) t)::int AS avg_content_text_bytes,
                current_setting('shared_buffers') AS shared_buffers`,
      )
    ).rows[0];
    // load the tables, their TOAST and indexes into shared buffers (pg_prewarm when available),
    // so that every read is served from memory, as in the perf baseline
    const t = Date.now();
    const prewarm = (await client.query("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_prewarm'")).rowCount > 0 && !db.external;
    if (prewarm) {
      // the extension and its function are the server's superuser's
      const su = new Client({ connectionString: db.superuserUrl });
      await su.connect();
      await su.query("CREATE EXTENSION IF NOT EXISTS pg_prewarm");
      const rels = await client.query(
        `SELECT c.oid::regclass::text AS rel FROM pg_class c
         WHERE c.relkind IN ('r', 't', 'i') AND (c.oid IN (SELECT reltoastrelid FROM pg_class WHERE relname IN ('standard_version', 'service'))
           OR c.relname IN ('service', 'standard_version', 'authority', 'legal_act')
           OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN ('service'::regclass, 'standard_version'::regclass, 'authority'::regclass, 'legal_act'::regclass)
                        OR indrelid IN (SELECT reltoastrelid FROM pg_class WHERE relname = 'standard_version')))`,
      );
      let pages = 0;
      for (const { rel } of rels.rows) pages += Number((await su.query("SELECT pg_prewarm($1::regclass) AS n", [rel])).rows[0].n);
      await su.end();
      c.log(`pg_prewarm: ${rels.rowCount} relations, ${Math.round((pages * 8) / 1024)} MB into shared buffers (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    } else {
      await client.query("SELECT sum(length(content::text)) FROM standard_version WHERE status = 'PUBLISHED'");
      c.log(`read every published document once to warm caches (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    }
    return { version, rns, territories, stats, variantServices };
  } finally {
    await client.end();
  }
}

async function referenceContents(url, rns) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
    const out = new Map();
    for (const rn of rns) {
      const r = await client.query(
        `SELECT v.number, v.effective_from::text AS effective_from, v.content::text AS content FROM service s JOIN standard_version v ON v.service_id = s.id
         WHERE s.registry_number = $1 AND v.status IN ('PUBLISHED','WITHDRAWN') AND v.effective_from <= $2::date AND (v.effective_to IS NULL OR v.effective_to > $2::date)
         ORDER BY v.effective_from DESC, v.number DESC LIMIT 1`,
        [rn, today],
      );
      out.set(rn, { number: r.rows[0].number, effectiveFrom: r.rows[0].effective_from, content: JSON.parse(r.rows[0].content) });
    }
    return out;
  } finally {
    await client.end();
  }
}

/* ---------------------------------------------------------------- validation */

function isValidationError(body) {
  return (body?.errors ?? []).some((e) => e?.extensions?.code === "GRAPHQL_VALIDATION_FAILED");
}

async function validate(serverKey, scenario, ctx) {
  const port = PORTS[serverKey];
  const problems = [];
  let nonEmpty = 0;
  for (let i = 0; i < flags.validations; i++) {
    if (isStandard(scenario)) {
      const samples = scenario === "az" ? ctx.sampleZipf : ctx.sample;
      const rn = samples[i % samples.length];
      const ref = ctx.reference.get(rn);
      const query = serverKey === "postgraphile" ? ctx.queries.aPostgraphile : ctx.queries[scenario === "az" ? "a" : scenario];
      const { status, body, text } = await c.postJson(port, "/graphql", { query, variables: { rn } });
      if (status !== 200 || !body || body.errors) {
        if (isValidationError(body)) return { skipped: `GraphQL validation error: ${body.errors[0].message}` };
        problems.push(`${rn}: HTTP ${status} ${text.slice(0, 300)}`);
        continue;
      }
      let version;
      if (serverKey === "postgraphile") {
        version = body.data?.allServices?.nodes?.[0]?.standardVersionsByServiceId?.nodes?.[0];
        if (version?.content && typeof version.content === "string") version.content = JSON.parse(version.content);
      } else {
        const s = body.data?.serviceByRegistryNumber;
        if (!s || s.registryNumber !== rn || !s.authority?.name) problems.push(`${rn}: service missing or incomplete`);
        version = s?.current;
      }
      if (!version?.content) {
        problems.push(`${rn}: no current content`);
        continue;
      }
      if (version.number !== ref.number || version.effectiveFrom !== ref.effectiveFrom) problems.push(`${rn}: version ${version.number} of ${version.effectiveFrom}, expected ${ref.number} of ${ref.effectiveFrom}`);
      const app = serverKey.startsWith("app");
      const got = app ? normalizeAppContent(version.content, problems) : version.content;
      // the app must match what the raw handler returned (itself checked against the database)
      const expected = app && ctx.rawContents.has(rn) ? ctx.rawContents.get(rn) : ref.content;
      if (!isDeepStrictEqual(got, expected)) problems.push(`${rn}: content differs from the ${app && ctx.rawContents.has(rn) ? "raw handler's" : "database's"}`);
      if (app && !isDeepStrictEqual(got, ref.content)) problems.push(`${rn}: content differs from the database's`);
      if (serverKey === "raw") ctx.rawContents.set(rn, version.content);
      nonEmpty++;
    } else if (scenario === "v" || scenario === "r") {
      if (!ctx.variantServices.length) return { skipped: "the dataset has no services with variants (regenerate it)" };
      const variables = variantVariables(scenario, ctx);
      const { status, body, text } = await c.postJson(port, "/graphql", { query: ctx.queries[scenario], variables });
      if (isValidationError(body)) return { skipped: `the server does not accept this query yet (GraphQL validation error: ${body.errors[0].message})` };
      if (status !== 200 || !body || body.errors) {
        problems.push(`${JSON.stringify(variables)}: HTTP ${status} ${text.slice(0, 300)}`);
        continue;
      }
      const data = scenario === "v" ? body.data?.variantResolve : body.data?.requirements;
      if (!data) problems.push(`${JSON.stringify(variables)}: no answer`);
      else if (scenario === "v" && !["RESOLVED", "QUESTION"].includes(data.status)) problems.push(`${JSON.stringify(variables)}: status ${data.status}`);
      else if (scenario === "v" && data.status === "RESOLVED" && !data.requirements?.documents?.length) problems.push(`${JSON.stringify(variables)}: resolved without documents`);
      else if (scenario === "r" && (data.variant?.key !== variables.variantKey || !data.documents?.length)) problems.push(`${JSON.stringify(variables)}: wrong variant or no documents`);
      else nonEmpty++;
    } else {
      const variables = scenario === "b" ? { q: pick(ctx.searchQueries) } : { territory: pick(ctx.territories) };
      const { status, body, text } = await c.postJson(port, "/graphql", { query: ctx.queries[scenario], variables });
      if (isValidationError(body)) return { skipped: `the server does not accept this query yet (GraphQL validation error: ${body.errors[0].message})` };
      if (status !== 200 || !body || body.errors) {
        problems.push(`${JSON.stringify(variables)}: HTTP ${status} ${text.slice(0, 300)}`);
        continue;
      }
      const edges = body.data?.services?.edges;
      if (!Array.isArray(edges)) problems.push(`${JSON.stringify(variables)}: no edges`);
      else if (edges.length) nonEmpty++;
    }
  }
  if (!isStandard(scenario) && nonEmpty === 0) problems.push("every page was empty");
  return { problems, nonEmpty };
}

/**
 * A questionnaire step of a random service with variants: no answer yet, one, or all (the
 * window or wizard calls again after each answer); or a random variant of it for (r).
 */
function variantVariables(scenario, ctx) {
  const s = pick(ctx.variantServices);
  if (scenario === "r") {
    const keys = ["syn-var-self-individual", "syn-var-self-legal", ...(s.who ? ["syn-var-representative"] : [])];
    return { rn: s.rn, variantKey: pick(keys) };
  }
  const category = { attributeKey: "syn-category", valueKey: pick(["syn-category-individual", "syn-category-legal"]) };
  const who = { attributeKey: "syn-who", valueKey: pick(["syn-who-self", "syn-who-representative"]) };
  const steps = s.who ? [[], [who], [who, category]] : [[], [category]];
  // the result asked for: the one the profiling covers (a service may have other results, each with its own variant)
  return { rn: s.rn, resultKey: s.result, answers: pick(steps) };
}

/* ---------------------------------------------------------------- load */

function runAutocannon(port, makeBody, seconds) {
  let graphqlErrors = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `http://127.0.0.1:${port}/graphql`,
        connections: flags.connections,
        pipelining: 1,
        duration: seconds,
        method: "POST",
        headers: { "content-type": "application/json" },
        requests: [
          {
            setupRequest: (req) => ({ ...req, body: makeBody() }),
            onResponse: (status, body) => {
              if (typeof body === "string" && body.indexOf('"errors":') !== -1) graphqlErrors++;
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve({ result, graphqlErrors })),
    );
  });
}

function bodyMaker(serverKey, scenario, ctx) {
  if (isStandard(scenario)) {
    const query = serverKey === "postgraphile" ? ctx.queries.aPostgraphile : ctx.queries[scenario === "az" ? "a" : scenario];
    const rn = scenario === "az" ? ctx.zipf.draw : () => pick(ctx.rns);
    return () => JSON.stringify({ query, variables: { rn: rn() } });
  }
  if (scenario === "b") return () => JSON.stringify({ query: ctx.queries.b, variables: { q: pick(ctx.searchQueries) } });
  if (scenario === "v" || scenario === "r") return () => JSON.stringify({ query: ctx.queries[scenario], variables: variantVariables(scenario, ctx) });
  return () => JSON.stringify({ query: ctx.queries.c, variables: { territory: pick(ctx.territories) } });
}

async function measure(serverKey, server, scenario, ctx) {
  const makeBody = bodyMaker(serverKey, scenario, ctx);
  if (flags.warmup > 0) await runAutocannon(PORTS[serverKey], makeBody, flags.warmup);
  const before = c.cpuSnapshot(server.pid, db.postmasterPid);
  const started = Date.now();
  const { result, graphqlErrors } = await runAutocannon(PORTS[serverKey], makeBody, flags.duration);
  const wall = Date.now() - started;
  const after = c.cpuSnapshot(server.pid, db.postmasterPid);
  const total = result.requests.total;
  const cpu = c.cpuDelta(before, after, wall, total);
  return {
    requestsPerSecond: Math.round(total / result.duration),
    requests: total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    latencyAvg: result.latency.average,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    avgResponseBytes: total ? Math.round(result.throughput.total / total) : 0,
    cpu: db.external ? { ...cpu, pgPct: null, pgMsPerReq: null } : cpu,
  };
}

/* ---------------------------------------------------------------- servers */

/** One load generator on one address: the app's per-client rate limits would measure themselves (npm run abuse measures them). */
const NO_RATE_LIMITS = { RATE_LIMIT_ANONYMOUS: "0", RATE_LIMIT_TOKEN: "0", RATE_LIMIT_AUTH_FAILURES: "0" };

function serverDefinitions(url) {
  const env = { NODE_ENV: "production", DATABASE_URL: url };
  // the app as it is deployed: its own role, the owner for migrations (README, "Least privilege")
  const roles = db.appUrl ? { DATABASE_URL: db.appUrl, DATABASE_OWNER_URL: db.ownerUrl } : {};
  const appMain = path.join(flags.appDist ? path.resolve(flags.appDist) : c.DIST, "src/main.js");
  const appEnv = (port, extra = {}) => ({ ...env, PORT: String(port), HOST: "127.0.0.1", SEED_ON_START: "false", WEB_CONCURRENCY: String(flags.appWorkers), ...NO_RATE_LIMITS, ...roles, ...extra });
  return {
    raw: {
      scenarios: ["a", "az"],
      start: () => c.startServer("raw handler", process.execPath, [path.join(__dirname, "raw-server.js")], { ...env, PORT: String(PORTS.raw), RAW_PREPARED: String(flags.rawPrepared) }, PORTS.raw, "/health"),
    },
    app: {
      scenarios: ["a", "az", "a2", "b", "c", "v", "r"],
      start: () => c.startServer("app", process.execPath, [appMain], appEnv(PORTS.app), PORTS.app, "/health"),
    },
    // the same build with its response cache off (RESPONSE_CACHE=off): what the pipeline alone does
    "app-nocache": {
      scenarios: ["a", "az"],
      start: () => c.startServer("app, cache off", process.execPath, [appMain], appEnv(PORTS["app-nocache"], { RESPONSE_CACHE: "off" }), PORTS["app-nocache"], "/health"),
    },
    // the same with its cache off and CONTENT_RENDERING=off: the complete content executed field by field, not spliced from its stored text
    "app-unrendered": {
      scenarios: ["a"],
      start: () => c.startServer("app, cache off, stored texts off", process.execPath, [appMain], appEnv(PORTS["app-unrendered"], { RESPONSE_CACHE: "off", CONTENT_RENDERING: "off" }), PORTS["app-unrendered"], "/health"),
    },
    postgraphile: {
      scenarios: ["a", "az"],
      // the bin itself (not npx: killing npx would leave the server listening)
      start: () =>
        c.startServer(
          "PostGraphile",
          process.execPath,
          [require.resolve("postgraphile/cli.js"), "-c", url, "-s", "public", "-p", String(PORTS.postgraphile), "-n", "127.0.0.1", "--disable-graphiql", "--dynamic-json",
            // computed columns clash with the audit log's hash column (audit_entry_hash); none is read here
            "--skip-plugins", "graphile-build-pg:PgComputedColumnsPlugin"],
          { NODE_ENV: "production" },
          PORTS.postgraphile,
          "/graphql",
        ),
    },
  };
}

/* ---------------------------------------------------------------- report */

function pad(s, n, right = false) {
  s = String(s);
  return right ? s.padStart(n) : s.padEnd(n);
}

function printTable(rows, ratios) {
  const header = ["scenario", "server", "req/s", "p50 ms", "p99 ms", "errors/non-2xx", "srv ms/req", "pg ms/req", "busy %"];
  const widths = [44, 14, 8, 8, 8, 15, 11, 10, 7];
  const line = (cells) => cells.map((x, i) => pad(x, widths[i], i >= 2)).join(" ");
  console.log("");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join(" "));
  for (const r of rows) {
    if (r.skipped || r.failed) {
      console.log(line([SCENARIOS[r.scenario], r.server, "—", "—", "—", r.skipped ? "skipped" : "FAILED", "", "", ""]) + `  ${r.skipped ?? r.failed}`);
      continue;
    }
    const m = r.measured;
    console.log(
      line([
        SCENARIOS[r.scenario],
        r.server,
        m.requestsPerSecond,
        m.p50,
        m.p99,
        `${m.errors + m.timeouts + m.graphqlErrors}/${m.non2xx}`,
        m.cpu.serverMsPerReq ?? "",
        m.cpu.pgMsPerReq ?? "n/a",
        m.cpu.machineBusyPct,
      ]),
    );
  }
  console.log("");
  for (const [k, v] of Object.entries(ratios)) console.log(`${k}: ${v === null ? "n/a" : v.toFixed(2)}`);
}

const loadAtStart = os.loadavg();

/**
 * Waits until the app has stored the text of every published version's complete content
 * (src/http/rendering-backfill.ts; once per dataset and content model: about a minute or two
 * for 100,000 versions), so that the run measures reads, not the one-time rendering.
 */
/**
 * Waits until every version in force or to come has its stored text of the app's shape.
 * True when texts were missing at first (this server wrote them), false otherwise.
 */
async function waitForRenderings(url, port) {
  const shape = (await cacheStats(port))?.renderingShape;
  if (!shape) {
    c.log("the app reports no rendering shape: not waiting for stored texts");
    return false;
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const started = Date.now();
    let last = Infinity;
    let lastChange = Date.now();
    for (;;) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS missing FROM standard_version v WHERE v.status IN ('PUBLISHED', 'WITHDRAWN')
            AND (v.effective_to IS NULL OR v.effective_to > current_date)
            AND NOT EXISTS (SELECT 1 FROM content_rendering r WHERE r.version_id = v.id AND r.shape = $1)`,
        [shape],
      );
      const missing = rows[0].missing;
      if (missing === 0) {
        if (last === Infinity) return false;
        c.log(`stored content texts: complete after ${Math.round((Date.now() - started) / 1000)} s`);
        return true;
      }
      if (missing < last) lastChange = Date.now();
      if (Date.now() - lastChange > 60_000) {
        c.log(`stored content texts: ${missing} versions still without one after a minute without progress; measuring anyway`);
        return true;
      }
      if (missing !== last) c.log(`stored content texts: ${missing} versions to go (shape ${shape})`);
      last = missing;
      await new Promise((r) => setTimeout(r, 5000));
    }
  } finally {
    await client.end();
  }
}

/** After the texts were written: their table vacuumed and analyzed (as the dataset's other tables were when loaded). */
async function vacuumRenderings(url) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const started = Date.now();
    await client.query("VACUUM (ANALYZE) content_rendering");
    c.log(`vacuumed content_rendering (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    await client.end();
  }
}

/** The app's response cache counters (GET /health/cache), null when it has none. */
async function cacheStats(port) {
  return new Promise((resolve) => {
    require("node:http")
      .get({ host: "127.0.0.1", port, path: "/health/cache", timeout: 2000 }, (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => {
          try {
            resolve(res.statusCode === 200 ? JSON.parse(text) : null);
          } catch {
            resolve(null);
          }
        });
      })
      .on("error", () => resolve(null));
  });
}

async function main() {
  c.ensureBuild(flags.build);
  const only = flags.only.split(",").map((s) => s.trim()).filter(Boolean);
  const wanted = new Set(flags.scenarios.split(",").map((s) => s.trim()));
  db = await c.startDatabase({ dataDir: "pg-bench", port: PG_PORT, database: "registry_bench", sharedBuffers: "3GB" });
  await c.ensureDataset(db.url, flags.services);
  const facts = await loadFacts(db.url);
  const queries = scenarioQueries();
  const { SEARCH_QUERIES } = require(path.join(c.DIST, "src/scripts/synthetic/service-templates.js"));
  const sample = Array.from({ length: flags.validations }, () => pick(facts.rns));
  const zipf = zipfSampler(facts.rns, flags.zipf);
  const sampleZipf = Array.from({ length: flags.validations }, () => zipf.draw());
  const ctx = {
    queries,
    zipf,
    sampleZipf,
    rns: facts.rns,
    territories: facts.territories,
    searchQueries: SEARCH_QUERIES,
    sample,
    reference: await referenceContents(db.url, [...new Set([...sample, ...sampleZipf])]),
    rawContents: new Map(),
    variantServices: facts.variantServices,
  };
  c.log(`dataset: ${JSON.stringify(facts.stats)}; ${facts.variantServices.length} services with variants in force; scenario (a) query: ${queries.a.length} characters`);
  c.log(`(a-zipf): s = ${flags.zipf}; the most asked 100 / 1,000 / 10,000 services get ${[100, 1000, 10000].map((k) => `${(100 * zipf.share(k)).toFixed(0)} %`).join(" / ")} of the requests`);
  let explained = null;
  if (flags.explain) {
    explained = await explainScenarios(db.url, {
      a: { query: queries.a, variables: { rn: sample[0] } },
      ...(wanted.has("b") ? { b: { query: queries.b, variables: { q: "земельного участка" } } } : {}),
      ...(wanted.has("c") ? { c: { query: queries.c, variables: { territory: facts.territories.find((t) => t.length === 2) ?? facts.territories[0] } } } : {}),
    });
    printExplained(explained, c.log);
  }

  const definitions = serverDefinitions(db.url);
  const rows = [];
  for (const key of ["raw", "app", "app-nocache", "app-unrendered", "postgraphile"].filter((k) => only.includes(k))) {
    const def = definitions[key];
    const scenarios = def.scenarios.filter((s) => wanted.has(s));
    if (!scenarios.length) continue;
    c.log(`starting ${key}`);
    running = await def.start();
    // the first app server to start stores the texts (once per dataset and content model); the
    // server that stored them is not the one measured: its heap and JIT state, and PostgreSQL's
    // fresh ~2 GB of rows (not yet vacuumed or analyzed), would measure the backfill's aftermath
    if (key.startsWith("app") && (await waitForRenderings(db.url, PORTS[key]))) {
      await c.stopServer(running);
      running = null;
      await vacuumRenderings(db.url);
      c.log(`restarting ${key} after the stored texts were written`);
      running = await def.start();
    }
    try {
      for (const scenario of scenarios) {
        const check = await validate(key, scenario, ctx);
        if (check.skipped) {
          c.log(`${key} ${scenario}: skipped — ${check.skipped}`);
          rows.push({ scenario, server: key, skipped: check.skipped });
          continue;
        }
        if (check.problems.length) {
          c.log(`${key} ${scenario}: validation FAILED:\n  ${check.problems.slice(0, 10).join("\n  ")}`);
          rows.push({ scenario, server: key, failed: `validation: ${check.problems.length} problems, first: ${check.problems[0]}` });
          continue;
        }
        c.log(`${key} ${scenario}: validated ${flags.validations} requests (${check.nonEmpty} with data); ${flags.warmup} s warm-up + ${flags.duration} s measured, ${flags.connections} connections`);
        const measured = await measure(key, running, scenario, ctx);
        c.log(`${key} ${scenario}: ${measured.requestsPerSecond} req/s, p50 ${measured.p50} ms, p99 ${measured.p99} ms`);
        // validated again after the load: the answers now come from the app's cache where it has one
        const after = await validate(key, scenario, ctx);
        if (after.problems?.length) c.log(`${key} ${scenario}: validation after the load FAILED:\n  ${after.problems.slice(0, 10).join("\n  ")}`);
        const cache = key === "app" ? await cacheStats(PORTS.app) : null;
        if (cache) c.log(`${key} ${scenario}: response cache ${JSON.stringify(cache)}`);
        rows.push({
          scenario,
          server: key,
          validation: { requests: flags.validations, withData: check.nonEmpty, afterLoad: after.problems?.length ? `FAILED: ${after.problems[0]}` : "passed" },
          measured,
          cache,
        });
      }
    } finally {
      await c.stopServer(running);
      running = null;
    }
  }

  const rps = (server, scenario = "a") => rows.find((r) => r.scenario === scenario && r.server === server && r.measured)?.measured.requestsPerSecond ?? null;
  const appRps = (scenario) => rps("app", scenario);
  const ratio = (x, y) => (x && y ? x / y : null);
  const ratios = {
    "(a) app ÷ PostGraphile": ratio(rps("app"), rps("postgraphile")),
    "(a) app ÷ raw": ratio(rps("app"), rps("raw")),
    "(a) app, cache off ÷ PostGraphile": ratio(rps("app-nocache"), rps("postgraphile")),
    "(a) app, cache off ÷ raw": ratio(rps("app-nocache"), rps("raw")),
    "(a) app, cache off, CONTENT_RENDERING=off ÷ raw": ratio(rps("app-unrendered"), rps("raw")),
    "(a) CONTENT_RENDERING=on ÷ off, cache off (the stored texts' effect)": ratio(rps("app-nocache"), rps("app-unrendered")),
    "(a-zipf) app ÷ PostGraphile": ratio(rps("app", "az"), rps("postgraphile", "az")),
    "(a-zipf) app ÷ raw": ratio(rps("app", "az"), rps("raw", "az")),
    "(a-zipf) app, cache off ÷ PostGraphile": ratio(rps("app-nocache", "az"), rps("postgraphile", "az")),
    "(v) variantResolve ÷ (a)": appRps("v") && appRps("a") ? appRps("v") / appRps("a") : null,
    "(r) requirements ÷ (a)": appRps("r") && appRps("a") ? appRps("r") / appRps("a") : null,
  };
  const machine = c.machineFacts(facts.version);
  printTable(rows, ratios);
  console.log(`\nraw handler: ${flags.rawPrepared ? "named prepared statement" : "unnamed statement, planned per request"}; CPU columns: server process group and PostgreSQL (postmaster and children) CPU ms per request, whole-machine busy % of 200`);
  console.log(`machine: nproc ${machine.nproc} (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.postgres.split(",")[0]}; ${machine.date}`);
  console.log(`load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")} (at the start: ${loadAtStart.map((x) => x.toFixed(2)).join(" ")}); app worker processes: ${flags.appWorkers}`);

  const results = {
    machine,
    settings: {
      warmupSeconds: flags.warmup,
      durationSeconds: flags.duration,
      connections: flags.connections,
      pipelining: 1,
      validations: flags.validations,
      rawHandler: flags.rawPrepared ? "named prepared statement" : "unnamed statement (planned per request)",
      ports: PORTS,
    },
    dataset: facts.stats,
    loadAverage: { start: loadAtStart, end: os.loadavg() },
    zipf: { s: flags.zipf, top100: zipf.share(100), top1000: zipf.share(1000), top10000: zipf.share(10000) },
    explained,
    queries,
    rows,
    ratios,
  };
  const dir = path.join(__dirname, "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${machine.date.replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify(results, null, 2));
  c.log(`results written to ${path.relative(process.cwd(), file)}`);
}

main()
  .catch((error) => {
    console.error(`[bench] failed: ${error.stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(() => cleanup());
