"use strict";
/**
 * npm run abuse [-- --rounds 3 --quiet 15 --attack 15 --rate 50 --services 2000 --limits both
 *                   --attack-rate 20 --attackers 3 --trickle 100 --kinds dup,deep,… --app-dist ../dist]
 *
 * The portal's hot read (scenario (a): a full standard by registry number, with a token)
 * at a fixed rate, first alone ("quiet"), then while anonymous attack traffic runs from
 * other loopback addresses (127.0.0.2–127.0.0.29, in a separate process), each kind at
 * `--attack-rate` requests/s (20, as in the red-team run; open loop):
 *   - dup:    a 31 KB query repeating one field 1,190 times (`standardElements { code }`:
 *             GraphQL's validation is quadratic in it, ~260 ms; the red-team run's attack)
 *   - deep:   an 800 KB body of nested arrays
 *   - texts:  the hot read with a random comment: a new query text every time (jit compiles)
 *   - tokens: requests with random bearer tokens (failed authentication)
 *   - flood:  a cheap anonymous query at `--flood-rate` (50/s)
 *   - trickle: connections that send their headers one byte a second
 * Quiet and attack phases alternate (`--rounds`). Prints p50 / p99 of the hot read in every
 * phase, each round's ratio and their median (target: attack p50 within 2x of quiet), what the attackers got back (status counts), and the server's CPU. With
 * `--limits both` the attack phase runs twice: with the shipped rate limits, and with the
 * rate limits off (RATE_LIMIT_*=0), where only the cheap early rejections protect.
 * The app runs as its own process (NODE_ENV=production) on an embedded PostgreSQL of the
 * bench (../.data/pg-bench-abuse, port 54392; or BENCH_DATABASE_URL); results go to
 * results/abuse-<timestamp>.json.
 */
const fs = require("node:fs");
const http = require("node:http");
const net = require("node:net");
const path = require("node:path");
const { spawn } = require("node:child_process");
const { randomBytes } = require("node:crypto");
const { Client } = require("pg");
const c = require("./lib/common");
const { scenarioQueries } = require("./lib/queries");

const PORT = 4720;
const PG_PORT = 54392;
const flags = c.parseFlags(process.argv.slice(2), {
  quiet: 15,
  attack: 15,
  rounds: 3,
  warmup: 5,
  rate: 50,
  services: 2000,
  limits: "both",
  attackers: 3,
  attackRate: 20,
  floodRate: 50,
  trickle: 100,
  kinds: "dup,deep,texts,tokens,flood,trickle",
  appDist: c.DIST,
  role: "main",
  port: PORT,
  build: false,
});

/* ------------------------------------------------------------ attacker process */

function attackBodies() {
  const hot = scenarioQueries().a;
  return {
    // 1,190 repeats of one field with a selection: 31 KB, ~260 ms of graphql-js validation
    dup: Buffer.from(JSON.stringify({ query: `{ ${"standardElements { code } ".repeat(1190)}}` })),
    deep: Buffer.from(`{"query":"{ __typename }","variables":{"a":${"[".repeat(400_000)}${"]".repeat(400_000)}}}`),
    texts: () => Buffer.from(JSON.stringify({ query: `${hot}\n# ${randomBytes(12).toString("hex")}`, variables: { rn: "SYN0000001" } })),
    flood: Buffer.from(JSON.stringify({ query: "{ standardElements { code } }" })),
  };
}

const agents = new Map();
/** One keep-alive agent per source address: the attacker spends its CPU on requests, not on connections. */
const agentFor = (localAddress) => {
  if (!agents.has(localAddress)) agents.set(localAddress, new http.Agent({ keepAlive: true, maxSockets: 32, localAddress }));
  return agents.get(localAddress);
};

function attackRequest(port, localAddress, body, headers = {}) {
  return new Promise((resolve) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: "/graphql", method: "POST", agent: agentFor(localAddress), headers: { "content-type": "application/json", "content-length": body.length, ...headers } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode));
      },
    );
    req.on("error", () => resolve("error"));
    req.setTimeout(30_000, () => req.destroy());
    req.end(body);
  });
}

async function runAttacker() {
  const bodies = attackBodies();
  const counts = {};
  const count = (kind, status) => {
    counts[kind] ??= {};
    counts[kind][status] = (counts[kind][status] ?? 0) + 1;
  };
  let stop = false;
  process.on("SIGTERM", () => (stop = true));
  const kinds = new Set(flags.kinds.split(","));
  const loops = [];
  // each kind at a fixed rate (open loop, like the red-team run: 20 requests/s), spread
  // over `attackers` addresses; at most 200 of a kind in flight
  const perKind = (kind, make, slot, rate = flags.attackRate) => {
    const from = Array.from({ length: flags.attackers }, (_, i) => `127.0.0.${2 + slot * flags.attackers + i}`);
    let inFlight = 0;
    loops.push(
      (async () => {
        const started = Date.now();
        for (let i = 0; !stop; i++) {
          if (inFlight < 200) {
            inFlight++;
            const { body, headers } = make();
            attackRequest(flags.port, from[i % from.length], body, headers).then((status) => {
              inFlight--;
              count(kind, status);
            });
          } else count(kind, "skipped");
          await c.sleep(Math.max(0, started + ((i + 1) * 1000) / rate - Date.now()));
        }
        while (inFlight > 0) await c.sleep(50);
      })(),
    );
  };
  const makers = {
    dup: () => ({ body: bodies.dup }),
    deep: () => ({ body: bodies.deep }),
    texts: () => ({ body: bodies.texts() }),
    tokens: () => ({ body: bodies.flood, headers: { authorization: `Bearer rsr_${randomBytes(32).toString("base64url")}` } }),
    flood: () => ({ body: bodies.flood }),
  };
  Object.entries(makers)
    .filter(([kind]) => kinds.has(kind))
    .forEach(([kind, make], slot) => perKind(kind, make, slot, kind === "flood" ? flags.floodRate : flags.attackRate));
  if (kinds.has("trickle")) {
    // slow-header connections from 10 addresses, each reopened when the server closes it
    for (let i = 0; i < flags.trickle; i++) {
      const from = `127.0.0.${20 + (i % 10)}`;
      loops.push(
        (async () => {
          while (!stop) {
            const status = await new Promise((resolve) => {
              const socket = net.connect({ host: "127.0.0.1", port: flags.port, localAddress: from });
              let answer = "";
              const header = "POST /graphql HTTP/1.1\r\nHost: x\r\nX-Slow: ";
              let i = 0;
              const timer = setInterval(() => {
                if (stop) socket.destroy();
                else socket.write(header[i++] ?? "a");
              }, 1000);
              socket.on("data", (d) => (answer += d));
              socket.on("error", () => undefined);
              socket.on("close", () => {
                clearInterval(timer);
                resolve(/^HTTP\/1\.1 (\d+)/.exec(answer)?.[1] ?? "closed");
              });
            });
            count("trickle", status);
          }
        })(),
      );
    }
  }
  await Promise.all(loops);
  process.stdout.write(`${JSON.stringify(counts)}\n`);
}

/* ------------------------------------------------------------ main process */

function hotReader(port, token, rns, query) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const one = (rn) =>
    new Promise((resolve) => {
      const body = Buffer.from(JSON.stringify({ query, variables: { rn } }));
      const started = process.hrtime.bigint();
      const req = http.request(
        { host: "127.0.0.1", port, path: "/graphql", method: "POST", agent, headers: { "content-type": "application/json", "content-length": body.length, authorization: `Bearer ${token}` } },
        (res) => {
          const chunks = [];
          res.on("data", (d) => chunks.push(d));
          res.on("end", () => {
            const ms = Number(process.hrtime.bigint() - started) / 1e6;
            const ok = res.statusCode === 200 && !Buffer.concat(chunks).toString().includes('"errors"');
            resolve({ ms, ok, status: res.statusCode });
          });
        },
      );
      req.on("error", () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, ok: false, status: "error" }));
      // an overwhelmed server: give up after 60 s, queueing for a socket included (counted as failed)
      const deadline = setTimeout(() => req.destroy(new Error("timeout")), 60_000);
      req.on("close", () => clearTimeout(deadline));
      req.end(body);
    });
  /** Requests at a fixed rate (open loop) for `seconds`; latency of each. */
  return async function run(seconds) {
    const results = [];
    const pending = [];
    const interval = 1000 / flags.rate;
    const started = Date.now();
    for (let i = 0; Date.now() - started < seconds * 1000; i++) {
      pending.push(one(rns[Math.floor(Math.random() * rns.length)]).then((r) => results.push(r)));
      const due = started + (i + 1) * interval;
      await c.sleep(Math.max(0, due - Date.now()));
    }
    await Promise.all(pending);
    const ms = results.map((r) => r.ms).sort((a, b) => a - b);
    return {
      requests: results.length,
      failed: results.filter((r) => !r.ok).length,
      p50: +c.percentile(ms, 50).toFixed(1),
      p90: +c.percentile(ms, 90).toFixed(1),
      p99: +c.percentile(ms, 99).toFixed(1),
      max: +ms[ms.length - 1].toFixed(1),
    };
  };
}

async function adminToken(url) {
  // a token of a bench administrator, issued with the app's own CLI code path (token hash only)
  const { createDataSource, maintenanceSession } = require(path.join(flags.appDist, "src/data-source.js"));
  const { issueToken } = require(path.join(flags.appDist, "src/auth/auth.service.js"));
  const { ApiToken, User, RoleAssignment, Role } = require(path.join(flags.appDist, "src/auth/auth.entities.js"));
  const ds = createDataSource(url, undefined, { session: maintenanceSession });
  await ds.initialize();
  try {
    let user = await ds.getRepository(User).findOneBy({ login: "bench-abuse" });
    if (!user) {
      user = await ds.getRepository(User).save({ login: "bench-abuse", name: "bench", active: true });
      await ds.getRepository(RoleAssignment).save({ userId: user.id, role: Role.ADMIN, authorityId: null, includeSubordinates: false });
    }
    return (await issueToken(ds.getRepository(ApiToken), user.id, "bench abuse", null)).token;
  } finally {
    await ds.destroy();
  }
}

/** The attacker process of the running attack phase (stopped on Ctrl-C too). */
let runningAttacker = null;
process.on("exit", () => runningAttacker?.exitCode === null && process.kill(-runningAttacker.pid, "SIGKILL"));

async function phase(name, read, seconds, server, db, attack) {
  let attacker = null;
  let output = "";
  if (attack) {
    const args = ["--role", "attacker", "--port", String(PORT), "--attackers", String(flags.attackers), "--attack-rate", String(flags.attackRate), "--flood-rate", String(flags.floodRate), "--trickle", String(flags.trickle), "--kinds", flags.kinds];
    attacker = spawn(process.execPath, [__filename, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
      detached: true, // its own process group, for its CPU
    });
    runningAttacker = attacker;
    attacker.stdout.on("data", (d) => (output += d));
    await c.sleep(2000); // let the attack build up
  }
  const before = c.cpuSnapshot(server.pid, db.postmasterPid);
  const attackerBefore = attacker ? c.cpuSnapshot(attacker.pid, null).server : 0;
  const t = Date.now();
  const latency = await read(seconds);
  const wall = Date.now() - t;
  const cpu = c.cpuDelta(before, c.cpuSnapshot(server.pid, db.postmasterPid), wall, latency.requests);
  cpu.attackerPct = attacker ? Math.round((100 * (c.cpuSnapshot(attacker.pid, null).server - attackerBefore)) / wall) : 0;
  let attackCounts = null;
  if (attacker) {
    const exited = new Promise((r) => attacker.once("exit", r));
    attacker.kill("SIGTERM");
    await Promise.race([exited, c.sleep(40_000)]);
    if (attacker.exitCode === null) attacker.kill("SIGKILL");
    runningAttacker = null;
    try {
      attackCounts = JSON.parse(output.trim().split("\n").pop());
    } catch {
      attackCounts = { unreadable: output.slice(0, 200) };
    }
  }
  c.log(`${name}: hot read p50 ${latency.p50} ms, p99 ${latency.p99} ms (${latency.requests} requests, ${latency.failed} failed); server ${cpu.serverPct} % CPU, PostgreSQL ${cpu.pgPct} %, attacker ${cpu.attackerPct} %, machine busy ${cpu.machineBusyPct} %`);
  if (attackCounts) c.log(`${name}: attackers got ${JSON.stringify(attackCounts)}`);
  return { name, latency, cpu: { serverPct: cpu.serverPct, pgPct: cpu.pgPct, attackerPct: cpu.attackerPct, machineBusyPct: cpu.machineBusyPct }, attack: attackCounts };
}

async function main() {
  if (flags.appDist === c.DIST) c.ensureBuild(flags.build);
  const db = await c.startDatabase({ dataDir: "pg-bench-abuse", port: PG_PORT, database: "registry_bench_abuse" });
  const stopAll = [];
  const cleanup = async () => {
    if (runningAttacker?.exitCode === null) process.kill(-runningAttacker.pid, "SIGKILL");
    for (const s of stopAll.splice(0)) await s().catch(() => undefined);
    await db.stop().catch(() => undefined);
  };
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => cleanup().finally(() => process.exit(130)));
  try {
    await c.ensureDataset(db.url, flags.services);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const rns = (await client.query("SELECT registry_number FROM service WHERE registry_number LIKE 'SYN%'")).rows.map((r) => r.registry_number);
    const pgVersion = (await client.query("SELECT version() AS v")).rows[0].v;
    await client.end();
    const query = scenarioQueries().a;
    const runs = [];
    const variants = flags.limits === "both" ? ["on", "off"] : [flags.limits];
    for (const limits of variants) {
      const env = { NODE_ENV: "production", DATABASE_URL: db.url, PORT: String(PORT), HOST: "127.0.0.1", SEED_ON_START: "false" };
      if (limits === "off") Object.assign(env, { RATE_LIMIT_ANONYMOUS: "0", RATE_LIMIT_TOKEN: "0", RATE_LIMIT_AUTH_FAILURES: "0" });
      c.log(`starting the app (rate limits ${limits}) from ${path.relative(process.cwd(), flags.appDist)}`);
      const server = await c.startServer("app", process.execPath, [path.join(flags.appDist, "src/main.js")], env, PORT, "/health");
      stopAll.push(() => c.stopServer(server));
      try {
        // after the app's start: it has applied its migrations to the bench's database
        const token = await adminToken(db.url);
        const read = hotReader(PORT, token, rns, query);
        await read(flags.warmup);
        // quiet and attack phases alternate, so that a change in the machine's other load
        // (a shared VM) falls on both; each round's ratio, and the median of the rounds
        const rounds = [];
        for (let r = 1; r <= flags.rounds; r++) {
          const quiet = await phase(`limits ${limits}, round ${r}, quiet`, read, flags.quiet, server, db, false);
          const attack = await phase(`limits ${limits}, round ${r}, attack`, read, flags.attack, server, db, true);
          rounds.push({ quiet, attack, p50Ratio: +(attack.latency.p50 / quiet.latency.p50).toFixed(2), p99Ratio: +(attack.latency.p99 / quiet.latency.p99).toFixed(2) });
          c.log(`limits ${limits}, round ${r}: attack p50 ÷ quiet p50 = ${rounds.at(-1).p50Ratio} (target ≤ 2)`);
        }
        const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
        runs.push({ limits, rounds, medianP50Ratio: median(rounds.map((x) => x.p50Ratio)), medianP99Ratio: median(rounds.map((x) => x.p99Ratio)) });
      } finally {
        await c.stopServer(server);
        stopAll.pop();
      }
    }
    console.log("");
    console.log("rate limits  round  phase   p50 ms   p99 ms  failed  server %  attacker %  busy %  p50 ratio");
    for (const r of runs) {
      r.rounds.forEach((round, i) => {
        for (const p of [round.quiet, round.attack]) {
          const cells = [r.limits.padEnd(11), String(i + 1).padStart(5), p === round.quiet ? "quiet " : "attack", String(p.latency.p50).padStart(7), String(p.latency.p99).padStart(8)];
          cells.push(String(p.latency.failed).padStart(6), String(p.cpu.serverPct).padStart(8), String(p.cpu.attackerPct).padStart(10), String(p.cpu.machineBusyPct).padStart(6), p === round.attack ? String(round.p50Ratio) : "");
          console.log(cells.join("  "));
        }
      });
      console.log(`${r.limits}: median attack p50 ÷ quiet p50 ${r.medianP50Ratio} (target ≤ 2), median p99 ratio ${r.medianP99Ratio}`);
    }
    const machine = c.machineFacts(pgVersion);
    const results = { machine, settings: { ...flags, appDist: path.relative(c.ROOT, flags.appDist) || "." }, runs };
    const dir = path.join(__dirname, "results");
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `abuse-${machine.date.replace(/[:.]/g, "-")}.json`);
    fs.writeFileSync(file, JSON.stringify(results, null, 2));
    c.log(`results written to ${path.relative(process.cwd(), file)}`);
  } finally {
    await cleanup();
  }
}

if (flags.role === "attacker") runAttacker().then(() => process.exit(0));
else
  main().catch((error) => {
    console.error(`[bench] failed: ${error.stack ?? error}`);
    process.exit(1);
  });
