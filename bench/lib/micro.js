"use strict";
/**
 * Shared by the in-process micro-benchmarks: a small dataset of their own (../.data/pg-bench-micro,
 * port 54391, or BENCH_MICRO_DATABASE_URL): 300 synthetic services, the first of which
 * (SYN0000001) has 50 published versions. Timing helpers: per-call nanosecond timings,
 * median and p99.
 */
const c = require("./common");

const LONG_HISTORY = 50;
const SERVICES = 300;

async function startMicroDatabase() {
  c.ensureBuild(false);
  if (process.env.BENCH_MICRO_DATABASE_URL) process.env.BENCH_DATABASE_URL = process.env.BENCH_MICRO_DATABASE_URL;
  else delete process.env.BENCH_DATABASE_URL;
  const db = await c.startDatabase({ dataDir: "pg-bench-micro", port: c.MICRO_PG_PORT, database: "registry_micro" });
  try {
    await c.ensureDataset(db.url, SERVICES, ["--long-history", String(LONG_HISTORY), "--check", "0"]);
  } catch (error) {
    await db.stop();
    throw error;
  }
  return db;
}

/** Runs `fn` `warmup` times, then `n` times timing each call; returns stats in microseconds. */
function timeCalls(fn, n, warmup) {
  for (let i = 0; i < warmup; i++) fn(i);
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    fn(i);
    times[i] = Number(process.hrtime.bigint() - t) / 1000;
  }
  return stats(times);
}

function stats(times) {
  const sorted = Float64Array.from(times).sort();
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  const r = (x) => +x.toFixed(1);
  return { calls: sorted.length, medianUs: r(at(50)), p99Us: r(at(99)), meanUs: r(mean), minUs: r(sorted[0]) };
}

module.exports = { startMicroDatabase, timeCalls, LONG_HISTORY };
