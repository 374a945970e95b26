"use strict";
/**
 * npm run search [-- --rounds 3]
 *
 * Latency of the portal search alone (one client, no concurrent load) on the 100,000-service
 * dataset: every query of the generator's vocabulary (`SEARCH_QUERIES`), a page of 20 with the
 * version in force, through the app's GraphQL as an anonymous portal (Apollo executeOperation,
 * a fresh context per request); median, p95 and the slowest queries.
 */
process.env.NODE_ENV = "production";
const path = require("node:path");
const c = require("./lib/common");

const flags = c.parseFlags(process.argv.slice(2), { rounds: 3, services: 100000 });

async function main() {
  c.ensureBuild();
  const db = await c.startDatabase({ dataDir: "pg-bench", port: c.PG_PORT, database: "registry_bench", sharedBuffers: "3GB" });
  let app = null;
  try {
    await c.ensureDataset(db.url, flags.services);
    const { SEARCH_QUERIES } = require(path.join(c.DIST, "src/scripts/synthetic/service-templates.js"));
    app = await c.startAppInProcess(db.url);
    const query = `query($q: String) { services(first: 20, search: $q) { edges { node { id registryNumber name current { effectiveFrom } } } } }`;
    const times = [];
    const perQuery = new Map();
    for (let round = 0; round <= flags.rounds; round++) {
      for (const q of SEARCH_QUERIES) {
        const started = process.hrtime.bigint();
        await app.execute(query, { q });
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (round === 0) continue; // warm-up round
        times.push(ms);
        perQuery.set(q, Math.max(perQuery.get(q) ?? 0, ms));
      }
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`search, page of 20, ${SEARCH_QUERIES.length} queries × ${flags.rounds} rounds, one client:`);
    console.log(`  median ${c.percentile(sorted, 50).toFixed(1)} ms, p95 ${c.percentile(sorted, 95).toFixed(1)} ms, p99 ${c.percentile(sorted, 99).toFixed(1)} ms`);
    console.log(`  slowest: ${[...perQuery].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([q, ms]) => `«${q}» ${ms.toFixed(0)} ms`).join(", ")}`);
    console.log(`  machine: nproc ${c.machineFacts().nproc}, Node ${process.version}, ${new Date().toISOString()}`);
  } finally {
    await app?.stop();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
