import { readdirSync } from "node:fs";
import path from "node:path";
import { startHarness, type Harness } from "../support/harness";
import { startHttp } from "../support/http";

/** The web workspace served by the registry itself (web/dist, built by `npm run build`, which `npm test` runs first). */
let h: Harness;
let base: string;
let stop: () => Promise<void>;
beforeAll(async () => {
  h = await startHarness();
  const http = await startHttp(h.ds);
  base = http.url.replace(/\/graphql$/, "");
  stop = () => http.app.stop();
});
afterAll(async () => {
  await stop();
  await h.close();
});

const html = { accept: "text/html,application/xhtml+xml" };

describe("web workspace files", () => {
  it("serves index.html at / and at the app's own routes, never cached, with a same-origin content security policy", async () => {
    for (const p of ["/", "/drafts/abc/term", "/sign-in"]) {
      const res = await fetch(base + p, { headers: html });
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-cache");
      expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'; script-src 'self'/);
      const body = await res.text();
      expect(body).toContain('<html lang="ru">');
      expect(body).not.toMatch(/https?:\/\/(?!www\.w3\.org)/); // nothing from another host
    }
  });

  it("serves hashed assets for a year, pre-compressed when the client accepts it", async () => {
    const assets = readdirSync(path.resolve(__dirname, "..", "..", "web", "dist", "assets"));
    const js = assets.find((f) => /^index-.*\.js$/.test(f))!;
    const br = await fetch(`${base}/assets/${js}`, { headers: { "accept-encoding": "br, gzip" } });
    expect(br.status).toBe(200);
    expect(br.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(br.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(br.headers.get("vary")).toBe("accept-encoding");
    expect((await br.arrayBuffer()).byteLength).toBeGreaterThan(1000); // fetch decodes br
    const missing = await fetch(`${base}/assets/nope-123.js`);
    expect(missing.status).toBe(404);
    const traversal = await fetch(`${base}/assets/..%2f..%2fpackage.json`);
    expect(traversal.status).toBe(404);
  });

  it("sends a browser opening /graphql to the bundled GraphiQL, and leaves the API alone", async () => {
    // Apollo's landing page (from a CDN) is replaced by a page that sends the browser to /graphiql
    const landing = await fetch(`${base}/graphql`, { headers: html, redirect: "manual" });
    expect(landing.status).toBe(200);
    const text = await landing.text();
    expect(text).toMatch(/<meta http-equiv="refresh" content="0; url=\/graphiql">/);
    expect(text).not.toMatch(/https?:\/\//);
    // a GET with a query is answered by the API even from a browser
    const query = await fetch(`${base}/graphql?query=${encodeURIComponent("{ __typename }")}`, { headers: { accept: "application/json", "apollo-require-preflight": "true" } });
    expect(await query.json()).toEqual({ data: { __typename: "Query" } });
    const page = await fetch(`${base}/graphiql`, { headers: html });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("GraphiQL");
    const api = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(await api.json()).toEqual({ data: { __typename: "Query" } });
    for (const [path, init] of [["/nowhere", { headers: { accept: "application/json" } }], ["/nowhere.png", {}], ["/assets/none.js", {}], ["/", { method: "POST" }]] as const) {
      const res = await fetch(base + path, init);
      expect([path, res.status, (await res.json()).errors[0].extensions.code]).toEqual([path, 404, "NOT_FOUND"]);
    }
  });
});
