"use strict";
/**
 * npm run history [-- --diffs 5000 --reads 3000]
 *
 * In-process costs of the history features, on the small micro dataset:
 *  1. diffContent() of ../dist/src/history/diff.js with the content model built from the app's
 *     schema (../dist/src/history/content-model.js over ../dist/src/schema.js): two consecutive
 *     versions, and the first against the last of a service with 50 versions; median and p99.
 *  2. The version of that 50-version service in force today vs. as of a past date, through the
 *     app's GraphQL (Apollo executeOperation, a fresh context per request, so no DataLoader
 *     cache carries over): `service(id) { current { id } }` against
 *     `service(id) { standardAsOf(date: ...) { id } }`, interleaved; both medians and their ratio.
 */
process.env.NODE_ENV = "production";
const path = require("node:path");
const { Client } = require("pg");
const c = require("./lib/common");
const { startMicroDatabase, timeCalls, LONG_HISTORY } = require("./lib/micro");

const flags = c.parseFlags(process.argv.slice(2), { diffs: 5000, reads: 3000, warmup: 300 });
const gid = (type, id) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");

async function main() {
  const db = await startMicroDatabase();
  let ds = null;
  let app = null;
  try {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const versions = (
      await client.query(
        `SELECT v.id, v.number, v.status, v.effective_from::text AS effective_from, v.content, s.id AS service_id
         FROM standard_version v JOIN service s ON s.id = v.service_id
         WHERE s.registry_number = 'SYN0000001' AND v.status = 'PUBLISHED' ORDER BY v.number`,
      )
    ).rows;
    await client.end();
    if (versions.length !== LONG_HISTORY) throw new Error(`SYN0000001 has ${versions.length} published versions, expected ${LONG_HISTORY}`);

    // 1. diffs
    const { getSchema } = require(path.join(c.DIST, "src/schema.js"));
    const { buildContentModel } = require(path.join(c.DIST, "src/history/content-model.js"));
    const { diffContent } = require(path.join(c.DIST, "src/history/diff.js"));
    const model = buildContentModel(await getSchema());
    const last = versions[versions.length - 1];
    const pairs = [
      ["consecutive versions (v49 → v50)", versions[versions.length - 2], last],
      ["first and last versions (v1 → v50)", versions[0], last],
    ];
    const diffResults = [];
    for (const [label, a, b] of pairs) {
      const changes = diffContent(model, a.content, b.content).length;
      const r = timeCalls(() => diffContent(model, a.content, b.content), flags.diffs, Math.min(1000, flags.diffs));
      diffResults.push({ label, changes, ...r });
    }

    // 2. in force today vs. as of a past date, through the API
    const { createDataSource } = require(path.join(c.DIST, "src/data-source.js"));
    const { createApp } = require(path.join(c.DIST, "src/app.js"));
    const { createContext } = require(path.join(c.DIST, "src/context.js"));
    ds = createDataSource(db.url);
    await ds.initialize();
    app = await createApp(ds);
    const serviceId = gid("Service", last.service_id);
    const past = versions[9]; // v10: its effective date + 10 days, still before v11
    const pastDate = new Date(Date.parse(past.effective_from) + 10 * 86_400_000).toISOString().slice(0, 10);
    if (pastDate >= versions[10].effective_from) throw new Error("the chosen past date is not inside v10's period");
    const current = { query: "query Current($id: ID!) { service(id: $id) { current { id } } }", variables: { id: serviceId } };
    const asOf = { query: "query AsOf($id: ID!, $date: LocalDate!) { service(id: $id) { standardAsOf(date: $date) { id } } }", variables: { id: serviceId, date: pastDate } };
    const run = async (request) => {
      const response = await app.apollo.executeOperation(request, { contextValue: createContext(ds) });
      if (response.body.kind !== "single" || response.body.singleResult.errors) throw new Error(JSON.stringify(response.body));
      return response.body.singleResult.data.service;
    };
    const gotCurrent = (await run(current)).current?.id;
    const gotAsOf = (await run(asOf)).standardAsOf?.id;
    if (gotCurrent !== gid("StandardVersion", last.id)) throw new Error(`current is ${gotCurrent}, expected v${last.number}`);
    if (gotAsOf !== gid("StandardVersion", past.id)) throw new Error(`standardAsOf(${pastDate}) is ${gotAsOf}, expected v${past.number}`);

    // interleave the two reads so that drift of the machine affects both alike
    const timesCurrent = [];
    const timesAsOf = [];
    for (let i = 0; i < flags.warmup; i++) {
      await run(current);
      await run(asOf);
    }
    for (let i = 0; i < flags.reads; i++) {
      for (const [request, times] of i % 2 ? [[asOf, timesAsOf], [current, timesCurrent]] : [[current, timesCurrent], [asOf, timesAsOf]]) {
        const t = process.hrtime.bigint();
        await run(request);
        times.push(Number(process.hrtime.bigint() - t) / 1000);
      }
    }
    const summarize = (times) => {
      const sorted = times.slice().sort((a, b) => a - b);
      const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
      return { calls: sorted.length, medianUs: +at(50).toFixed(1), p99Us: +at(99).toFixed(1) };
    };
    const readCurrent = summarize(timesCurrent);
    const readAsOf = summarize(timesAsOf);

    const machine = c.machineFacts("");
    console.log(`diffContent() over two full standards of SYN0000001 (${LONG_HISTORY} published versions):`);
    for (const d of diffResults) console.log(`  ${d.label}: ${d.changes} changes; ${d.calls} calls: median ${d.medianUs} µs, p99 ${d.p99Us} µs`);
    console.log(`version of SYN0000001 through the API (executeOperation, fresh context per request, ${flags.reads} each, interleaved):`);
    console.log(`  current (today):        median ${(readCurrent.medianUs / 1000).toFixed(3)} ms, p99 ${(readCurrent.p99Us / 1000).toFixed(3)} ms  → v${last.number}`);
    console.log(`  standardAsOf(${pastDate}): median ${(readAsOf.medianUs / 1000).toFixed(3)} ms, p99 ${(readAsOf.p99Us / 1000).toFixed(3)} ms  → v${past.number}`);
    console.log(`  ratio as-of ÷ current (medians): ${(readAsOf.medianUs / readCurrent.medianUs).toFixed(2)}`);
    console.log(`  machine: nproc ${machine.nproc}, Node ${machine.node}, ${machine.date}`);
  } finally {
    if (app) await app.stop().catch(() => undefined);
    if (ds) await ds.destroy().catch(() => undefined);
    await db.stop();
  }
}

main().catch((error) => {
  console.error(`[bench] failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
