// Pre-compresses the built scripts, styles and SVGs (brotli and gzip) for the registry's static file server.
import { readdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dir = new URL("../dist/", import.meta.url).pathname;
let count = 0;
function walk(d) {
  for (const name of readdirSync(d)) {
    const file = join(d, name);
    if (statSync(file).isDirectory()) walk(file);
    else if (/\.(js|css|svg|json|ttf|html)$/.test(name) && !name.endsWith(".html")) {
      const body = readFileSync(file);
      writeFileSync(file + ".br", brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }));
      writeFileSync(file + ".gz", gzipSync(body, { level: 9 }));
      count++;
    }
  }
}
walk(dir);
console.log(`compressed ${count} files (br, gz)`);
