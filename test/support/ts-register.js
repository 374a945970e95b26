"use strict";
/**
 * Lets a child process of a test run the TypeScript sources (`node -r ./test/support/ts-register.js src/main.ts`):
 * each .ts file is transpiled on load with the project's compiler options (as ts-jest does for the
 * test workers), so tests can start real app processes without a build.
 */
const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "..", "..");
const { config } = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile);
const compilerOptions = { ...ts.convertCompilerOptionsFromJson(config.compilerOptions, ROOT).options, module: ts.ModuleKind.CommonJS, sourceMap: false, inlineSourceMap: true };

// transpiled files are kept by content, so that the next process starts faster
const CACHE = path.join(ROOT, ".data", "ts-register-cache");
const salt = JSON.stringify([ts.version, compilerOptions]);

require.extensions[".ts"] = function compile(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const cached = path.join(CACHE, `${crypto.createHash("sha1").update(salt).update(filename).update(source).digest("hex")}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, "utf8");
  } catch {
    output = ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
    fs.mkdirSync(CACHE, { recursive: true });
    const temp = `${cached}.${process.pid}`;
    fs.writeFileSync(temp, output);
    fs.renameSync(temp, cached);
  }
  module._compile(output, filename);
};
