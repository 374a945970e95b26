import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import semver from "semver";

// tools/build.js is plain CommonJS (it runs before anything is compiled)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tool = require("../../tools/build.js") as {
  STEPS: { name: string; inputs: string[]; outputs: string[]; stamp: string; clean?: string[]; mirrors?: { source: string; output: string }[]; command: [string, string[]] }[];
  build(options: { root: string; steps: unknown[]; force?: boolean; log?: (m: string) => void }): string[];
};
const ROOT = path.resolve(__dirname, "..", "..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));

describe("build once (tools/build.js)", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "build-once-"));
    fs.mkdirSync(path.join(dir, "src"));
    fs.writeFileSync(path.join(dir, "src", "a.ts"), "export const a = 1;\n");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  // a step whose "compiler" counts its runs and writes the output
  const step = () => ({
    name: "demo",
    inputs: ["src"],
    outputs: ["out/main.js"],
    stamp: "out/.stamp",
    clean: ["out/lib"],
    command: [process.execPath, ["-e", "const fs=require('fs');fs.mkdirSync('out',{recursive:true});fs.appendFileSync('runs','x');fs.writeFileSync('out/main.js','1')"]],
  });
  const runs = () => (fs.existsSync(path.join(dir, "runs")) ? fs.readFileSync(path.join(dir, "runs"), "utf8").length : 0);
  const build = (force = false) => tool.build({ root: dir, steps: [step()], force, log: () => undefined });

  it("builds on the first run, not again while the sources are unchanged", () => {
    expect(build()).toEqual(["demo"]);
    expect(build()).toEqual([]);
    expect(build()).toEqual([]);
    expect(runs()).toBe(1);
  });

  it("rebuilds when a source changes, is added or is removed, when the output is gone, and when forced", () => {
    build();
    fs.writeFileSync(path.join(dir, "src", "a.ts"), "export const a = 2;\n");
    expect(build()).toEqual(["demo"]);
    fs.writeFileSync(path.join(dir, "src", "b.ts"), "export const b = 1;\n");
    expect(build()).toEqual(["demo"]);
    fs.rmSync(path.join(dir, "src", "b.ts"));
    expect(build()).toEqual(["demo"]);
    fs.rmSync(path.join(dir, "out", "main.js"));
    expect(build()).toEqual(["demo"]);
    expect(build(true)).toEqual(["demo"]);
    expect(build()).toEqual([]);
    expect(runs()).toBe(6);
  });

  it("cleans the step's output folders before a rebuild, so no output of a deleted source lingers", () => {
    build();
    fs.mkdirSync(path.join(dir, "out", "lib"), { recursive: true });
    fs.writeFileSync(path.join(dir, "out", "lib", "deleted.js"), "");
    fs.writeFileSync(path.join(dir, "src", "a.ts"), "export const a = 3;\n");
    build();
    expect(fs.existsSync(path.join(dir, "out", "lib", "deleted.js"))).toBe(false);
  });

  it("the server step: a compiled migration whose source was renamed (left by a plain tsc while the stamp still matched) is cleaned before the app starts", () => {
    const real = tool.STEPS.find((s) => s.name === "server")!;
    // the real step's folders, stamp and outputs; a stand-in compiler that emits what tsc would (migrations/x.ts -> dist/migrations/x.js)
    const compile = "const fs=require('fs');for(const d of ['dist/src','dist/migrations'])fs.mkdirSync(d,{recursive:true});fs.writeFileSync('dist/src/main.js','');for(const f of fs.readdirSync('migrations'))fs.writeFileSync('dist/migrations/'+f.replace(/\\.ts$/,'.js'),'')";
    const server = { ...real, command: [process.execPath, ["-e", compile]] };
    fs.mkdirSync(path.join(dir, "migrations"));
    fs.writeFileSync(path.join(dir, "migrations", "1-old-name.ts"), "");
    const serverBuild = () => tool.build({ root: dir, steps: [server], log: () => undefined });
    expect(serverBuild()).toEqual(["server"]);
    // renamed on another branch and compiled there with a plain tsc; back here the inputs match the stamp again
    fs.writeFileSync(path.join(dir, "dist", "migrations", "1-new-name.js"), "");
    fs.writeFileSync(path.join(dir, "dist", "migrations", "1-new-name.js.map"), "");
    expect(serverBuild()).toEqual(["server"]);
    expect(fs.readdirSync(path.join(dir, "dist", "migrations"))).toEqual(["1-old-name.js"]);
    expect(serverBuild()).toEqual([]);
    // the folder the app loads its migrations from is the one the step cleans and checks
    const dataSource = fs.readFileSync(path.join(ROOT, "src", "data-source.ts"), "utf8");
    expect(dataSource).toContain('path.join(__dirname, "..", "migrations", "*.{js,ts}")');
    expect(real.clean).toContain("dist/migrations");
    expect(real.mirrors).toEqual([{ source: "migrations", output: "dist/migrations" }]);
  });

  it("a failed build leaves the step stale", () => {
    const failing = { ...step(), command: [process.execPath, ["-e", "process.exit(2)"]] };
    expect(() => tool.build({ root: dir, steps: [failing], log: () => undefined })).toThrow(/failed/);
    expect(tool.build({ root: dir, steps: [step()], log: () => undefined })).toEqual(["demo"]);
  });

  it("npm start and every CLI script build through it (no unconditional tsc)", () => {
    for (const script of ["start", "token:create", "db:seed", "seed:synthetic", "schema:emit", "migration:run"]) {
      expect(pkg.scripts[script]).toMatch(/^node tools\/build\.js && /);
    }
    expect(Object.values(pkg.scripts).filter((s) => /npm run build|(^|\s)tsc\b/.test(String(s)))).toEqual([]);
    // the server step covers everything tsconfig.json compiles
    const tsconfig = JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.json"), "utf8"));
    const server = tool.STEPS.find((s) => s.name === "server")!;
    expect(server.inputs).toEqual(expect.arrayContaining([...tsconfig.include, "tsconfig.json", "package-lock.json"]));
  });
});

describe("engines", () => {
  it("every Node version package.json's engines allows satisfies the engines of every installed package (no EBADENGINE)", () => {
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));
    expect(lock.packages[""].engines.node).toBe(pkg.engines.node);
    const conflicts = Object.entries(lock.packages as Record<string, { engines?: { node?: string } }>)
      .filter(([name, p]) => name && typeof p.engines?.node === "string")
      .filter(([, p]) => !semver.subset(pkg.engines.node, p.engines!.node!))
      .map(([name, p]) => `${name} requires node ${p.engines!.node}`);
    expect(conflicts).toEqual([]);
    expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
  });
});
