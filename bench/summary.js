"use strict";
/**
 * npm run summary [-- --standards 10000 --runs 5]
 *
 * completenessSummary over at least 10,000 standards (open drafts and published versions) of
 * the 100,000-service portal dataset, through the app's GraphQL (Apollo executeOperation, the
 * system viewer). The dataset has no authority whose subtree holds that many, so the script
 * attaches the largest top-level authorities under one bench-only root ("Бенчмарк: сводный
 * орган") until it does; this touches authority.parent_id only, which the portal scenarios
 * do not read. Two figures:
 *  - cold: the stored verdicts of the scope are deleted first (completeness_result is derived
 *    data), so every standard is evaluated and its verdict stored;
 *  - warm: verdicts stored for the current content and rules are reused (the normal case).
 */
process.env.NODE_ENV = "production";
const { Client } = require("pg");
const c = require("./lib/common");

const flags = c.parseFlags(process.argv.slice(2), { standards: 10000, runs: 5, services: 100000 });
const ROOT_NAME = "Бенчмарк: сводный орган";
const gid = (type, id) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");

async function prepareScope(client) {
  let root = (await client.query("SELECT id FROM authority WHERE name = $1", [ROOT_NAME])).rows[0];
  if (!root) root = (await client.query("INSERT INTO authority (name, level) VALUES ($1, 'FEDERAL') RETURNING id", [ROOT_NAME])).rows[0];
  const scopeCount = async () =>
    (
      await client.query(
        `WITH RECURSIVE tree AS (SELECT id FROM authority WHERE id = $1 UNION SELECT a.id FROM authority a JOIN tree t ON a.parent_id = t.id)
         SELECT count(*)::int AS n FROM standard_version v JOIN service s ON s.id = v.service_id
          WHERE s.authority_id IN (SELECT id FROM tree) AND v.status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED')`,
        [root.id],
      )
    ).rows[0].n;
  let count = await scopeCount();
  if (count < flags.standards) {
    const tops = (
      await client.query(
        `WITH RECURSIVE tree AS (SELECT id, id AS top FROM authority WHERE parent_id IS NULL AND id <> $1
                                 UNION ALL SELECT a.id, t.top FROM authority a JOIN tree t ON a.parent_id = t.id)
         SELECT t.top, count(v.*)::int AS n FROM tree t JOIN service s ON s.authority_id = t.id
           JOIN standard_version v ON v.service_id = s.id AND v.status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED')
          GROUP BY t.top ORDER BY n DESC`,
        [root.id],
      )
    ).rows;
    for (const top of tops) {
      if (count >= flags.standards) break;
      await client.query("UPDATE authority SET parent_id = $1 WHERE id = $2", [root.id, top.top]);
      count += top.n;
    }
  }
  return { rootId: root.id, count: await scopeCount() };
}

async function main() {
  c.ensureBuild();
  const db = await c.startDatabase({ dataDir: "pg-bench", port: c.PG_PORT, database: "registry_bench", sharedBuffers: "3GB" });
  let app = null;
  try {
    await c.ensureDataset(db.url, flags.services);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rootId, count } = await prepareScope(client);
    app = await c.startAppInProcess(db.url);
    const query = `query($id: ID!) { completenessSummary(authorityId: $id, includeSubordinate: true) {
      drafts { complete incomplete } published { complete incomplete } topFailingRules { count rule { code } } } }`;
    const run = async () => {
      const started = process.hrtime.bigint();
      const data = await app.execute(query, { id: gid("Authority", rootId) }, "system");
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      return { ms, summary: data.completenessSummary };
    };
    const cold = [];
    const warm = [];
    let last = null;
    for (let i = 0; i < flags.runs; i++) {
      await client.query(
        `WITH RECURSIVE tree AS (SELECT id FROM authority WHERE id = $1 UNION SELECT a.id FROM authority a JOIN tree t ON a.parent_id = t.id)
         DELETE FROM completeness_result r USING standard_version v, service s
          WHERE r.version_id = v.id AND s.id = v.service_id AND s.authority_id IN (SELECT id FROM tree)`,
        [rootId],
      );
      cold.push((await run()).ms);
      const w = await run();
      warm.push(w.ms);
      last = w.summary;
    }
    await client.end();
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const { drafts, published } = last;
    const total = drafts.complete + drafts.incomplete + published.complete + published.incomplete;
    console.log(`completenessSummary over ${total} standards (scope: ${count} open drafts and published versions; ${flags.runs} runs):`);
    console.log(`  cold (every standard evaluated, verdicts stored): median ${median(cold).toFixed(0)} ms, runs ${cold.map((x) => x.toFixed(0)).join(", ")}`);
    console.log(`  warm (stored verdicts reused):                    median ${median(warm).toFixed(0)} ms, runs ${warm.map((x) => x.toFixed(0)).join(", ")}`);
    console.log(`  drafts ${JSON.stringify(drafts)}, published ${JSON.stringify(published)}; top failing rule: ${last.topFailingRules[0]?.rule.code ?? "none"}`);
    const facts = c.machineFacts();
    console.log(`  machine: nproc ${facts.nproc}, Node ${process.version}, ${new Date().toISOString()}`);
  } finally {
    await app?.stop();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
