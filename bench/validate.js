"use strict";
/**
 * npm run validate [-- --calls 20000 --warmup 2000]
 *
 * In-process cost of the completeness rules: evaluate() of ../dist/src/completeness/evaluate.js
 * over one full standard (the largest published content of the small micro dataset), with
 * the facts about its legal acts read from the database as the app does. Median and p99 per call.
 */
process.env.NODE_ENV = "production";
const path = require("node:path");
const { Client } = require("pg");
const c = require("./lib/common");
const { startMicroDatabase, timeCalls } = require("./lib/micro");

const flags = c.parseFlags(process.argv.slice(2), { calls: 20000, warmup: 2000 });

async function main() {
  const db = await startMicroDatabase();
  try {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const row = (
      await client.query(
        `SELECT s.registry_number, s.kind, v.number, v.content, octet_length(v.content::text) AS bytes
         FROM standard_version v JOIN service s ON s.id = v.service_id
         WHERE v.status = 'PUBLISHED' ORDER BY octet_length(v.content::text) DESC LIMIT 1`,
      )
    ).rows[0];
    const acts = (await client.query("SELECT id, type FROM legal_act")).rows;
    await client.end();

    require(path.join(c.DIST, "src/schema.js")); // decorators' metadata, as in the app
    const { evaluate } = require(path.join(c.DIST, "src/completeness/evaluate.js"));
    const { isFederalActType } = require(path.join(c.DIST, "src/legal-acts/legal-act.entity.js"));
    const gid = (id) => Buffer.from(`LegalAct:${id}`, "utf8").toString("base64url");
    const ctx = { profile: row.kind, acts: new Map(acts.map((a) => [gid(a.id), { type: a.type, federal: isFederalActType(a.type) }])) };

    const report = evaluate(row.content, ctx);
    const result = timeCalls(() => evaluate(row.content, ctx), flags.calls, flags.warmup);
    const machine = c.machineFacts("");
    console.log(
      `evaluate(): ${row.registry_number} v${row.number} (${row.kind}, ${(row.bytes / 1024).toFixed(1)} KB of JSON; complete=${report.complete}, ${report.issues.length} issues)`,
    );
    console.log(`  ${result.calls} calls after ${flags.warmup} warm-up: median ${result.medianUs} µs, p99 ${result.p99Us} µs, mean ${result.meanUs} µs, min ${result.minUs} µs`);
    console.log(`  machine: nproc ${machine.nproc}, Node ${machine.node}, ${machine.date}`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(`[bench] failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
