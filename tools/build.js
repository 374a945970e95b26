#!/usr/bin/env node
"use strict";
/**
 * Build once: each build step runs only when its inputs changed since its last
 * successful run (a SHA-256 over the inputs' paths and contents, kept in a stamp
 * file next to its output), so `npm start` and the CLI scripts start in a moment on
 * a warm tree and rebuild by themselves after an edit, a checkout or `npm ci`.
 *
 *   node tools/build.js              build the stale steps (all steps by default)
 *   node tools/build.js server       only the named steps
 *   node tools/build.js --force      rebuild even when fresh
 *   node tools/build.js --check      exit 1 if a step is stale, build nothing
 *
 * A step is { name, inputs, outputs, stamp, clean, mirrors?, command: [file, args], cwd? }; a
 * second step (e.g. a Vite build of web/) is one more entry in STEPS.
 */
const { spawnSync } = require("node:child_process");
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");

/** @type {Step[]} */
const STEPS = [
  {
    name: "server",
    // what tsc reads (tsconfig.json's include) and what decides how it compiles
    inputs: ["src", "migrations", "seeds", "tsconfig.json", "package-lock.json"],
    outputs: ["dist/src/main.js"],
    stamp: "dist/.build-server.sha256",
    // a clean build, so that the output of a deleted source (a migration!) cannot linger
    clean: ["dist/src", "dist/migrations", "dist/seeds"],
    // a compiled migration without its source (left by a plain `tsc`, e.g. on another branch,
    // while the stamp still names these inputs) makes the step stale: the rebuild cleans it away
    mirrors: [{ source: "migrations", output: "dist/migrations" }],
    command: [process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"]],
  },
];

const IGNORED = new Set(["node_modules", ".git", "dist", ".data"]);

/** The files under `inputs` (relative to root), sorted, skipping dependency and output folders. */
function inputFiles(root, inputs) {
  const files = [];
  const walk = (rel) => {
    const abs = path.join(root, rel);
    let stat;
    try {
      stat = fs.statSync(abs);
    } catch {
      return; // an input that does not exist (yet) contributes nothing
    }
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(abs).sort()) if (!IGNORED.has(entry)) walk(path.join(rel, entry));
    } else if (stat.isFile()) files.push(rel);
  };
  for (const input of inputs) walk(input);
  return files.sort();
}

/** SHA-256 over every input file's path and content (and the step's command). */
function inputHash(root, step) {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(step.command[1].map((a) => path.relative(root, a) || a)));
  for (const file of inputFiles(root, step.inputs)) {
    hash.update(file.split(path.sep).join("/"));
    hash.update("\0");
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/**
 * The files of a mirrored output folder (compiled one to one from a source folder) whose
 * source is gone: `dist/migrations/x.js` (or `.js.map`, `.d.ts`) without `migrations/x.ts`.
 */
function orphans(root, step) {
  const found = [];
  for (const { source, output } of step.mirrors ?? []) {
    let files;
    try {
      files = fs.readdirSync(path.join(root, output));
    } catch {
      continue; // not built yet
    }
    for (const file of files) {
      const base = file.replace(/(\.d\.ts|\.js\.map|\.js)$/, "");
      if (base === file) continue;
      if (![".ts", ".js"].some((ext) => fs.existsSync(path.join(root, source, base + ext)))) found.push(path.join(output, file));
    }
  }
  return found;
}

/** Fresh: the stamp names the current inputs, every output exists and no mirrored output outlived its source. */
function isFresh(root, step, hash = inputHash(root, step)) {
  try {
    if (fs.readFileSync(path.join(root, step.stamp), "utf8").trim() !== hash) return false;
  } catch {
    return false;
  }
  return step.outputs.every((o) => fs.existsSync(path.join(root, o))) && orphans(root, step).length === 0;
}

/** Runs the stale steps; returns the names of the steps it ran. Throws when a step fails. */
function build({ root = ROOT, steps = STEPS, only = [], force = false, log = (m) => console.error(m) } = {}) {
  const ran = [];
  for (const step of steps) {
    if (only.length && !only.includes(step.name)) continue;
    const hash = inputHash(root, step);
    if (!force && isFresh(root, step, hash)) continue;
    const left = orphans(root, step);
    log(`[build] ${step.name}: ${left.length ? `${left[0]} has no source any more` : "sources changed"}, building (${path.basename(step.command[1][0] ?? step.command[0])})`);
    const started = Date.now();
    for (const dir of step.clean ?? []) fs.rmSync(path.join(root, dir), { recursive: true, force: true });
    fs.rmSync(path.join(root, step.stamp), { force: true });
    const [file, args] = step.command;
    const result = spawnSync(file, args, { cwd: path.join(root, step.cwd ?? "."), stdio: "inherit" });
    if (result.status !== 0) throw new Error(`build step ${step.name} failed (exit ${result.status ?? result.signal})`);
    fs.mkdirSync(path.dirname(path.join(root, step.stamp)), { recursive: true });
    fs.writeFileSync(path.join(root, step.stamp), `${hash}\n`);
    log(`[build] ${step.name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    ran.push(step.name);
  }
  return ran;
}

module.exports = { STEPS, build, isFresh, inputHash, inputFiles, orphans };

if (require.main === module) {
  const args = process.argv.slice(2);
  const only = args.filter((a) => !a.startsWith("--"));
  try {
    if (args.includes("--check")) {
      const stale = STEPS.filter((s) => (!only.length || only.includes(s.name)) && !isFresh(ROOT, s)).map((s) => s.name);
      if (stale.length) console.error(`[build] stale: ${stale.join(", ")}`);
      process.exit(stale.length ? 1 : 0);
    }
    build({ only, force: args.includes("--force") });
  } catch (error) {
    console.error(`[build] ${error.message}`);
    process.exit(1);
  }
}

/**
 * @typedef {{ name: string, inputs: string[], outputs: string[], stamp: string, clean?: string[],
 *   mirrors?: { source: string, output: string }[], command: [string, string[]], cwd?: string }} Step
 */
