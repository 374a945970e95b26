// Builds the web workspace (tools/build.js's step "web", `npm run build -w web`): operation types
// from ../schema.graphql (GraphQL Code Generator), the type check, the Vite build, then the
// brotli/gzip copies. Runs the tools with this Node, without npm or a shell.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const web = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(web, "package.json"));
const bin = (pkg, name) => {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifest);
  return join(dirname(manifest), typeof bin === "string" ? bin : bin[name]);
};

const steps = [
  [bin("@graphql-codegen/cli", "graphql-codegen"), "--config", "codegen.ts"],
  [bin("typescript", "tsc"), "-p", "tsconfig.json"],
  [bin("vite", "vite"), "build"],
  [join(web, "scripts", "compress.mjs")],
];
for (const args of steps) {
  const result = spawnSync(process.execPath, args, { cwd: web, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
