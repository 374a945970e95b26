"use strict";
/**
 * Shared plumbing of the benchmarks: the app's build, an embedded PostgreSQL of the
 * bench's own, the synthetic dataset, child servers in their own process groups, CPU
 * accounting from /proc, and machine facts. Plain Node, no dependencies beyond pg.
 */
const { spawn, spawnSync, execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const http = require("node:http");

const ROOT = path.resolve(__dirname, "..", "..");
/** The portal dataset's PostgreSQL (BENCH_PG_PORT) and the micro-benchmarks' (BENCH_MICRO_PG_PORT). */
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54390);
const MICRO_PG_PORT = Number(process.env.BENCH_MICRO_PG_PORT ?? 54391);
const DIST = path.join(ROOT, "dist");
const log = (m) => console.log(`[bench] ${m}`);

/** Builds the app when its sources changed since the last build (or when forced): ../tools/build.js. */
function ensureBuild(force = false) {
  if (!fs.existsSync(path.join(ROOT, "node_modules", "typescript"))) {
    // a fresh clone: the app's own dependencies, exactly as its lockfile says
    log("installing the app's dependencies (npm --prefix .. ci)");
    const ci = spawnSync("npm", ["--prefix", ROOT, "ci"], { stdio: "inherit" });
    if (ci.status !== 0) throw new Error("npm ci of the app failed");
  }
  const r = spawnSync(process.execPath, [path.join(ROOT, "tools", "build.js"), ...(force ? ["--force"] : [])], { stdio: "inherit" });
  if (r.status !== 0) throw new Error("the app's build failed");
}

/**
 * BENCH_DATABASE_URL, or an embedded PostgreSQL in ../.data/<dir> on `port` (started with the
 * app's own helper, which also stops a server orphaned by an earlier killed run).
 */
async function startDatabase({ dataDir, port, database, sharedBuffers }) {
  if (process.env.BENCH_DATABASE_URL) {
    return { url: process.env.BENCH_DATABASE_URL, external: true, postmasterPid: null, stop: async () => undefined };
  }
  const { startEmbeddedPostgres } = require(path.join(DIST, "src/db/embedded-postgres.js"));
  const dir = path.join(ROOT, ".data", dataDir);
  log(`starting embedded PostgreSQL on 127.0.0.1:${port} (data in .data/${dataDir})`);
  let db = await startEmbeddedPostgres({ dataDir: dir, port, database, log: (m) => log(m) });
  if (sharedBuffers) {
    // the bench's own server only: shared buffers large enough to hold the whole dataset,
    // as in the perf baseline (2 GB there), so that reads are served from PostgreSQL's memory
    const { Client } = require("pg");
    // ALTER SYSTEM needs the server's superuser (db.url is the owner of the registry's schema)
    const client = new Client({ connectionString: db.superuserUrl });
    await client.connect();
    const current = (await client.query("SELECT current_setting('shared_buffers') AS v")).rows[0].v;
    if (current !== sharedBuffers) {
      log(`setting shared_buffers = ${sharedBuffers} (was ${current}) in the bench's data directory and restarting it`);
      await client.query(`ALTER SYSTEM SET shared_buffers = '${sharedBuffers}'`);
      await client.end();
      await db.stop();
      db = await startEmbeddedPostgres({ dataDir: dir, port, database, log: (m) => log(m) });
    } else {
      await client.end();
    }
  }
  const postmasterPid = Number(fs.readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
  return {
    url: db.url,
    appUrl: db.appUrl,
    ownerUrl: db.ownerUrl,
    superuserUrl: db.superuserUrl,
    external: false,
    postmasterPid,
    async stop() {
      await db.stop();
      // belt and braces: a postmaster still on our data dir gets SIGINT (fast shutdown)
      if (isAlive(postmasterPid)) {
        process.kill(postmasterPid, "SIGINT");
        for (let i = 0; i < 100 && isAlive(postmasterPid); i++) await sleep(100);
      }
    },
  };
}

/** Loads the synthetic dataset with the app's generator unless `services` synthetic services are there. */
async function ensureDataset(url, services, extraArgs = []) {
  const { Client } = require("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  let count = 0;
  try {
    const r = await client.query("SELECT count(*)::int AS n FROM service WHERE registry_number LIKE 'SYN%'");
    count = r.rows[0].n;
  } catch {
    count = 0; // no schema yet: the generator runs the migrations
  } finally {
    await client.end();
  }
  if (count === services) {
    // statistics are lost when the server stopped uncleanly, and autovacuum then does not
    // know to analyze: without them the catalogue's plans are those of empty tables
    const analyze = new Client({ connectionString: url });
    await analyze.connect();
    const t = Date.now();
    await analyze.query("ANALYZE");
    await analyze.end();
    log(`dataset present: ${count} synthetic services (analyzed in ${((Date.now() - t) / 1000).toFixed(1)} s)`);
    return { loadedNow: false };
  }
  if (count > 0) throw new Error(`the bench database holds ${count} synthetic services, not ${services}: remove .data/ of the bench (or use another BENCH_DATABASE_URL)`);
  log(`loading ${services} synthetic services (npm run seed:synthetic equivalent)`);
  const r = spawnSync(process.execPath, [path.join(DIST, "src/scripts/seed-synthetic.js"), "--services", String(services), ...extraArgs], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
  if (r.status !== 0) throw new Error("the synthetic data generator failed");
  // set hint bits and the visibility map now, so that autovacuum does not start during a measurement
  const vacuum = new Client({ connectionString: url });
  await vacuum.connect();
  const t = Date.now();
  // every table: the catalogue's (catalog_entry, catalog_variant) and the search vocabulary too
  await vacuum.query("VACUUM (FREEZE, ANALYZE)");
  await vacuum.end();
  log(`vacuumed the fresh dataset (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return { loadedNow: true };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts a server in its own process group; resolves when `healthUrl` answers (any status below 500). */
async function startServer(name, command, args, env, port, healthPath) {
  const child = spawn(command, args, {
    cwd: path.join(ROOT, "bench"),
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (d) => {
    output += d.toString();
    if (output.length > 20000) output = output.slice(-20000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let exited = null;
  child.on("exit", (code, signal) => (exited = { code, signal }));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`${name} exited (${JSON.stringify(exited)}) before answering:\n${output}`);
    const status = await httpStatus(port, healthPath).catch(() => 0);
    if (status > 0 && status < 500) break;
    if (Date.now() > deadline) {
      await stopServer({ child, name });
      throw new Error(`${name} did not answer on port ${port} within 60 s:\n${output}`);
    }
    await sleep(200);
  }
  return { name, child, pid: child.pid, output: () => output };
}

function httpStatus(port, p) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: p, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on("error", reject);
    req.on("timeout", () => req.destroy(new Error("timeout")));
  });
}

/** SIGTERM to the whole process group, SIGKILL after 10 s. */
async function stopServer(server) {
  const pid = server.child.pid;
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const done = new Promise((r) => server.child.once("exit", r));
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    return;
  }
  const timeout = sleep(10_000).then(() => "timeout");
  if ((await Promise.race([done, timeout])) === "timeout") {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      /* gone */
    }
    await done;
  }
}

/** POST a GraphQL request; resolves { status, body (parsed or null), text }. */
function postJson(port, p, payload) {
  const data = Buffer.from(JSON.stringify(payload));
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: p, method: "POST", headers: { "content-type": "application/json", "content-length": data.length } },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let body = null;
          try {
            body = JSON.parse(text);
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode, body, text });
        });
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}

/* ---------------- CPU accounting from /proc (clock ticks of utime + stime) ---------------- */

const TICK_MS = 1000 / Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim() || 100);

function procStat(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const rest = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(rest[1]), pgid: Number(rest[2]), ticks: Number(rest[11]) + Number(rest[12]) };
  } catch {
    return null;
  }
}

function allStats() {
  const out = new Map();
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    const st = procStat(Number(d));
    if (st) out.set(Number(d), st);
  }
  return out;
}

/** CPU ms of a process group (a server and its children), and of a postmaster and its children. */
function cpuSnapshot(serverPgid, postmasterPid) {
  const stats = allStats();
  let server = 0;
  let pg = 0;
  for (const [pid, st] of stats) {
    if (serverPgid && st.pgid === serverPgid) server += st.ticks;
    if (postmasterPid && (pid === postmasterPid || st.ppid === postmasterPid)) pg += st.ticks;
  }
  const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = cpu[3] + cpu[4];
  const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0);
  return { server: server * TICK_MS, pg: pg * TICK_MS, loadgen: process.cpuUsage(), machineIdle: idle * TICK_MS, machineTotal: total * TICK_MS, steal: cpu[7] * TICK_MS };
}

function cpuDelta(a, b, wallMs, requests) {
  const loadgen = (b.loadgen.user + b.loadgen.system - a.loadgen.user - a.loadgen.system) / 1000;
  const busy = 1 - (b.machineIdle - a.machineIdle) / Math.max(1, b.machineTotal - a.machineTotal);
  const pct = (ms) => Math.round((100 * ms) / wallMs);
  return {
    serverPct: pct(b.server - a.server),
    pgPct: pct(b.pg - a.pg),
    loadgenPct: pct(loadgen),
    machineBusyPct: Math.round(busy * 200),
    stealPct: Math.round((100 * (b.steal - a.steal)) / Math.max(1, b.machineTotal - a.machineTotal)),
    serverMsPerReq: requests ? +((b.server - a.server) / requests).toFixed(3) : null,
    pgMsPerReq: requests ? +((b.pg - a.pg) / requests).toFixed(3) : null,
  };
}

/* ---------------- facts ---------------- */

function machineFacts(pgVersion) {
  const nproc = (() => {
    try {
      return Number(execFileSync("nproc").toString().trim());
    } catch {
      return os.cpus().length;
    }
  })();
  return {
    date: new Date().toISOString(),
    nproc,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    postgres: pgVersion,
    platform: `${os.type()} ${os.release()}`,
  };
}

/**
 * The app in this process over `url` (migrations applied): its Apollo server, and
 * `execute(query, variables, viewer)` with a fresh context per call (no loader cache carries
 * over); `viewer` is "anonymous" or "system".
 */
async function startAppInProcess(url) {
  const { createDataSource } = require(path.join(DIST, "src/data-source.js"));
  const { createApp } = require(path.join(DIST, "src/app.js"));
  const { createContext } = require(path.join(DIST, "src/context.js"));
  const { Viewer } = require(path.join(DIST, "src/auth/viewer.js"));
  const ds = createDataSource(url);
  await ds.initialize();
  await ds.runMigrations({ transaction: "each" });
  const app = await createApp(ds);
  return {
    async execute(query, variables, viewer = "anonymous") {
      const contextValue = createContext(ds, viewer === "system" ? Viewer.system("bench") : Viewer.anonymous());
      const response = await app.apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== "single" || response.body.singleResult.errors) throw new Error(JSON.stringify(response.body));
      return response.body.singleResult.data;
    },
    async stop() {
      await app.stop();
      await ds.destroy();
    },
  };
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function parseFlags(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`unexpected argument ${argv[i]}`);
    const key = m[1].replace(/-(\w)/g, (_, c) => c.toUpperCase());
    if (!(key in defaults)) throw new Error(`unknown option --${m[1]}`);
    if (typeof defaults[key] === "boolean") {
      const next = m[2] ?? (argv[i + 1] === "true" || argv[i + 1] === "false" ? argv[++i] : undefined);
      out[key] = next === undefined ? true : next !== "false";
    }
    else {
      const value = m[2] ?? argv[++i];
      out[key] = typeof defaults[key] === "number" ? Number(value) : value;
    }
  }
  return out;
}

module.exports = {
  ROOT,
  PG_PORT,
  MICRO_PG_PORT,
  DIST,
  log,
  sleep,
  ensureBuild,
  startDatabase,
  ensureDataset,
  startServer,
  stopServer,
  postJson,
  cpuSnapshot,
  cpuDelta,
  machineFacts,
  percentile,
  parseFlags,
  isAlive,
  startAppInProcess,
};
