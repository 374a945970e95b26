import { defineConfig } from "vite";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The README's GraphQL examples become GraphiQL's opening tabs (one tab per example operation). */
function readmeExamples(): { query: string }[] {
  const readme = readFileSync(resolve(import.meta.dirname, "..", "README.md"), "utf8");
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => ({ query: m[1].trim() + "\n" }));
}

export default defineConfig({
  root: import.meta.dirname,
  base: "/",
  define: { __README_EXAMPLES__: JSON.stringify(readmeExamples()) },
  oxc: { jsx: { runtime: "automatic" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsDir: "assets",
    sourcemap: false,
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      input: { index: resolve(import.meta.dirname, "index.html"), graphiql: resolve(import.meta.dirname, "graphiql.html") },
      // Mantine's "use client" directives mean nothing without server components
      onwarn(warning, warn) {
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
  worker: { format: "es" },
  server: { proxy: { "/graphql": "http://127.0.0.1:4000" } },
});
