import { expect, test, type Page } from "@playwright/test";
import { checkA11y, screenshot } from "./support";

const BUDGET = 300 * 1024;

/** Compressed bytes of every script the page loaded (as sent: Content-Length of the br/gzip answer). */
async function scripts(page: Page, path: string) {
  const loaded: { url: string; bytes: number }[] = [];
  page.on("response", async (r) => {
    if (r.request().resourceType() !== "script") return;
    const size = Number((await r.allHeaders())["content-length"] ?? 0);
    loaded.push({ url: new URL(r.url()).pathname, bytes: size });
  });
  await page.goto(path, { waitUntil: "networkidle" });
  return loaded;
}

test("bundle budget: the sign-in and public pages load under 300 KB of compressed script, and none of the editor", async ({ page }) => {
  for (const path of ["/", "/sign-in"]) {
    const loaded = await scripts(page, path);
    const total = loaded.reduce((n, s) => n + s.bytes, 0);
    test.info().annotations.push({ type: "script bytes", description: `${path}: ${total} (${loaded.length} files)` });
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.every((s) => s.bytes > 0), "compressed scripts carry their length").toBe(true);
    expect(total, `${path}: ${loaded.map((s) => `${s.url} ${s.bytes}`).join(", ")}`).toBeLessThan(BUDGET);
    expect(loaded.map((s) => s.url).filter((u) => /SectionPage|FieldEditor|pickers|ReviewPage|monaco|graphiql/.test(u))).toEqual([]);
  }
  // hashed assets are cached for a year, the page itself never
  const index = await page.request.get("/", { headers: { accept: "text/html" } });
  expect(index.headers()["cache-control"]).toBe("no-cache");
  const asset = (await scripts(page, "/sign-in"))[0].url;
  const res = await page.request.get(asset, { headers: { "accept-encoding": "br" } });
  expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(res.headers()["content-encoding"]).toBe("br");
});

test("GraphiQL works offline at /graphiql and opens with the README's example queries", async ({ page }) => {
  const outside: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol.startsWith("http")) outside.push(r.url());
  });
  await page.goto("/graphql", { waitUntil: "networkidle" }); // a browser opening the API is sent to GraphiQL
  await expect(page).toHaveURL(/\/graphiql$/);
  const editor = page.locator(".graphiql-query-editor");
  await expect(editor).toContainText('serviceByRegistryNumber(registryNumber: "SEED-58-PNZ-GRK51")');
  await expect(page.getByRole("tab")).not.toHaveCount(1);
  await page.getByRole("button", { name: /Execute query/i }).click();
  await expect(page.locator(".graphiql-response")).toContainText("effectiveFrom", { timeout: 30_000 });
  await screenshot(page, "graphiql");
  expect(outside).toEqual([]);
  await checkA11y(page, "graphiql").catch((e) => test.info().annotations.push({ type: "graphiql axe (third-party UI, not gated)", description: String(e).slice(0, 500) }));
});

test("a public standard page opens the query that built it in GraphiQL, with its variables, and it runs", async ({ page }) => {
  await page.goto("/catalog/SEED-58-PNZ-GRK51");
  await page.getByText("Запрос GraphQL 1 из 2, по которому построена страница").click();
  await page.getByRole("link", { name: "Открыть запрос 1 в GraphiQL" }).click();
  await expect(page).toHaveURL(/\/graphiql#query=/);
  await expect(page.locator(".graphiql-query-editor")).toContainText("serviceByRegistryNumber", { timeout: 30_000 });
  await expect(page.locator(".graphiql-editor-tool").first()).toBeVisible();
  await page.getByRole("button", { name: /Execute query/i }).click();
  await expect(page.locator(".graphiql-response")).toContainText("SEED-58-PNZ-GRK51", { timeout: 30_000 });
  await expect(page.locator(".graphiql-response")).not.toContainText('"errors"');
});

test("the public pages: the catalogue loads only its small search-as-you-type script, the standard, the questionnaire and the JSON none", async ({ page }) => {
  const PUBLIC_BUDGET = 4 * 1024;
  for (const [path, scriptsExpected] of [
    ["/catalog", 1],
    ["/catalog?q=разрешени&territory=56", 1],
    ["/catalog/SEED-58-PNZ-GRK51", 0],
    ["/catalog/SEED-58-PNZ-GRK51/questionnaire", 0],
  ] as const) {
    const loaded = await scripts(page, path);
    expect(loaded.map((s) => s.url), path).toHaveLength(scriptsExpected);
    expect(loaded.every((s) => /^\/catalog\/assets\/search\.[0-9a-f]{12}\.js$/.test(s.url)), path).toBe(true);
    expect(loaded.reduce((n, s) => n + s.bytes, 0), path).toBeLessThan(PUBLIC_BUDGET);
  }
  const json = await page.request.get("/catalog/SEED-58-PNZ-GRK51/standard.json");
  expect(json.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect((await json.json()).standard.data.serviceByRegistryNumber.registryNumber).toBe("SEED-58-PNZ-GRK51");
});
