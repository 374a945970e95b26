import http from "node:http";
import zlib from "node:zlib";
import { startHarness, unique, type Harness } from "../support/harness";
import { startHttp } from "../support/http";
import { loadSeeds } from "../../src/seeding/load-seeds";
import { httpConfig } from "../../src/config";
import { CSS_PATH } from "../../src/public/assets";
import type { AppOptions } from "../../src/app";
import { toGlobalId } from "../../src/shared/relay/global-id";

/**
 * The public pages and the auditor's downloads are routes of the HTTP front's table like
 * /graphql and the exports: the front's Russian refusals (405, 429, 401, 503) in JSON with
 * stable codes, a page costs its points of the anonymous limit, a download costs an export's
 * and shares their cap, and the answers are compressed when the client accepts it.
 */
jest.setTimeout(120_000);

let h: Harness;
let auth: Record<string, string>;
const servers: Awaited<ReturnType<typeof startHttp>>[] = [];
beforeAll(async () => {
  h = await startHarness();
  await loadSeeds(h.ds, h.apollo);
  const login = unique("admin-");
  const user = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } } }`, { input: { login, name: login, roles: [{ role: "ADMIN" }] } });
  const token = await h.gql(`mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { token } }`, { input: { userId: user.data.userCreate.user.id, name: "отчёты" } });
  auth = { authorization: `Bearer ${token.data.apiTokenCreate.token}` };
});
afterAll(async () => {
  for (const s of servers) await s.app.stop();
  await h.close();
});

async function serve(options: AppOptions = {}) {
  const server = await startHttp(h.ds, options);
  servers.push(server);
  return server.url.replace(/\/graphql$/, "");
}

const CYRILLIC = /[а-яё]/i;
const rateLimits = (anonymousPerWindow: number) => ({ ...httpConfig.rateLimits, anonymousPerWindow, windowSeconds: 60 });

async function refusal(res: Response) {
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = await res.json();
  return [res.status, body.errors[0].extensions.code, CYRILLIC.test(body.errors[0].message)];
}

function getRaw(base: string, path: string, headers: Record<string, string>): Promise<{ status: number; encoding: string | undefined; type: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, encoding: res.headers["content-encoding"], type: res.headers["content-type"], body: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

describe("the front's refusals on /catalog and /reports", () => {
  it("a method other than GET or HEAD is 405 with the allowed methods, in Russian", async () => {
    const base = await serve();
    for (const path of ["/catalog", "/catalog/SEED-23-KRD-GRK51", "/reports/completeness.csv", "/reports/audit.csv"]) {
      const res = await fetch(`${base}${path}`, { method: "POST", body: "{}" });
      expect(res.headers.get("allow")).toBe("GET, HEAD");
      expect(await refusal(res)).toEqual([405, "METHOD_NOT_ALLOWED", true]);
    }
  });

  it("a page costs pagePoints of the anonymous limit: past it 429 with Retry-After; the stylesheet is not counted", async () => {
    const base = await serve({ http: { rateLimits: rateLimits(5) }, publicPages: { pagePoints: 2 } });
    expect((await fetch(`${base}/catalog?q=разрешен`)).status).toBe(200);
    expect((await fetch(`${base}/catalog/SEED-23-KRD-GRK51`)).status).toBe(200);
    // 4 of 5 points used: the next page (2 points) is refused, the stylesheet still arrives
    const refused = await fetch(`${base}/catalog/SEED-23-KRD-GRK51`);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refusal(refused)).toEqual([429, "RATE_LIMITED", true]);
    for (let i = 0; i < 5; i++) expect((await fetch(`${base}${CSS_PATH}`)).status).toBe(200);
  });

  it("a download costs an export's points; a wrong token is 401 (a failed authentication), not an anonymous download", async () => {
    const base = await serve({ http: { rateLimits: rateLimits(30) }, sync: { exportPoints: 20 } });
    const wrong = await fetch(`${base}/reports/audit.csv`, { headers: { authorization: "Bearer nonsense" } });
    expect(wrong.headers.get("www-authenticate")).toBe("Bearer");
    expect(await refusal(wrong)).toEqual([401, "UNAUTHENTICATED", true]);
    // an anonymous download is admitted (20 of 30 points) and answered by the report itself: authorityId missing
    expect(await refusal(await fetch(`${base}/reports/completeness.csv`))).toEqual([400, "BAD_USER_INPUT", true]);
    expect(await refusal(await fetch(`${base}/reports/completeness.csv`))).toEqual([429, "RATE_LIMITED", true]);
  });

  it("downloads share a cap of maxConcurrentExports: past it 503 TOO_MANY_EXPORTS while the first is built; then it completes", async () => {
    const base = await serve({ sync: { maxConcurrentExports: 1 } });
    const [{ id: authorityId }] = await h.ds.query(`SELECT id FROM authority ORDER BY name LIMIT 1`);
    const path = `/reports/completeness.csv?authorityId=${toGlobalId("Authority", authorityId)}&includeSubordinate=true`;
    const owner = await h.owner();
    const runner = owner.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query("LOCK TABLE service IN ACCESS EXCLUSIVE MODE");
    try {
      const first = fetch(`${base}${path}`, { headers: auth });
      for (let i = 0; i < 100; i++) {
        const waiting = await h.ds.query(`SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'service'::regclass AND NOT granted`);
        if (waiting[0].n > 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const second = await fetch(`${base}/reports/audit.csv`, { headers: auth });
      expect(second.headers.get("retry-after")).toBe("5");
      expect(await refusal(second)).toEqual([503, "TOO_MANY_EXPORTS", true]);
      await runner.rollbackTransaction();
      const done = await first;
      const text = await done.text();
      expect([done.status, text.slice(0, 200)]).toEqual([200, expect.stringContaining("Реестровый номер")]);
      expect((await fetch(`${base}/reports/audit.csv`, { headers: auth })).status).toBe(200);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

describe("compression of the pages and the downloads", () => {
  it("a standard page, the catalogue and a CSV are gzip- or brotli-compressed when accepted, and decompress to the same text", async () => {
    const base = await serve();
    for (const path of ["/catalog/SEED-23-KRD-GRK51", "/catalog?q=разрешен", "/catalog/SEED-23-KRD-GRK51/standard.json", "/reports/audit.csv"]) {
      const headers = path.startsWith("/reports/") ? auth : {};
      const plain = await getRaw(base, path, headers);
      expect([plain.status, plain.encoding]).toEqual([200, undefined]);
      for (const [accept, decode] of [["gzip", zlib.gunzipSync], ["br", zlib.brotliDecompressSync]] as const) {
        const packed = await getRaw(base, path, { ...headers, "accept-encoding": accept });
        expect([packed.status, packed.encoding, packed.type]).toEqual([200, accept, plain.type]);
        expect(packed.body.length).toBeLessThan(plain.body.length);
        expect(decode(packed.body).toString("utf8")).toBe(plain.body.toString("utf8"));
      }
    }
  });
});
