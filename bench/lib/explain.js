"use strict";
/**
 * EXPLAIN (ANALYZE, BUFFERS) of what each scenario makes PostgreSQL do: the app runs in this
 * process (its response cache off) with a logger that records every statement it sends for
 * one request of the scenario; each SELECT is then explained with its own parameters, on a
 * warm cache (run once first). The raw handler's statement is explained beside the app's (a).
 */
const path = require("node:path");
const { Client } = require("pg");
const { DIST } = require("./common");
const { RAW_SQL } = require("./raw-sql");

class Capture {
  constructor() {
    this.statements = [];
  }
  logQuery(query, parameters) {
    this.statements.push({ query, parameters: parameters ?? [] });
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: process.env.REGISTRY_TIME_ZONE ?? "Europe/Moscow", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

async function explainOne(client, query, parameters) {
  // run once for a warm cache, then explain
  await client.query(query, parameters);
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, parameters);
  const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
  const execution = /Execution Time: ([\d.]+) ms/.exec(plan);
  const planning = /Planning Time: ([\d.]+) ms/.exec(plan);
  const buffers = /Buffers: shared hit=(\d+)/.exec(plan);
  return {
    query: query.replace(/\s+/g, " ").trim(),
    plan,
    executionMs: execution ? Number(execution[1]) : null,
    planningMs: planning ? Number(planning[1]) : null,
    sharedHit: buffers ? Number(buffers[1]) : null,
  };
}

/**
 * `requests`: { scenario: { query, variables } }. Returns { scenario: [explained statements] }
 * and `raw` for the raw handler's statement with the (a) request's registry number.
 */
async function explainScenarios(url, requests) {
  const { createDataSource } = require(path.join(DIST, "src/data-source.js"));
  const { createApp } = require(path.join(DIST, "src/app.js"));
  const { createContext } = require(path.join(DIST, "src/context.js"));
  const { Viewer } = require(path.join(DIST, "src/auth/viewer.js"));
  const capture = new Capture();
  const ds = createDataSource(url, capture);
  await ds.initialize();
  // an existing dataset gets this build's migrations before its statements are explained
  await ds.runMigrations({ transaction: "each" });
  const app = await createApp(ds, { reads: { responseCache: false } });
  const client = new Client({ connectionString: url });
  await client.connect();
  const out = {};
  try {
    for (const [scenario, request] of Object.entries(requests)) {
      // twice: the second request shows what a warm process sends
      for (let i = 0; i < 2; i++) {
        capture.statements = [];
        const response = await app.apollo.executeOperation({ query: request.query, variables: request.variables }, { contextValue: createContext(ds, Viewer.anonymous()) });
        if (response.body.kind !== "single" || response.body.singleResult.errors) throw new Error(`${scenario}: ${JSON.stringify(response.body).slice(0, 500)}`);
      }
      const statements = capture.statements.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.query));
      out[scenario] = [];
      for (const s of statements) out[scenario].push(await explainOne(client, s.query, s.parameters));
      out[scenario].statementsSent = capture.statements.length;
    }
    if (requests.a) out.raw = [await explainOne(client, RAW_SQL, [requests.a.variables.rn, today()])];
  } finally {
    await client.end();
    await app.stop();
    await ds.destroy();
  }
  return out;
}

function printExplained(explained, log) {
  for (const [scenario, statements] of Object.entries(explained)) {
    const total = statements.reduce((s, x) => s + (x.executionMs ?? 0), 0);
    log(`EXPLAIN (ANALYZE, BUFFERS) ${scenario}: ${statements.length} SELECT statement(s) of ${statements.statementsSent ?? statements.length} sent, execution ${total.toFixed(2)} ms in all`);
    for (const s of statements) {
      log(`  ${s.executionMs} ms execution, ${s.planningMs} ms planning, shared hit ${s.sharedHit}: ${s.query.slice(0, 160)}${s.query.length > 160 ? "…" : ""}`);
      if (scenario === "a" || scenario === "raw") console.log(s.plan.split("\n").map((l) => `      ${l}`).join("\n"));
    }
  }
}

module.exports = { explainScenarios, printExplained };
