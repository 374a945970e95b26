import http from "node:http";
import zlib from "node:zlib";
import { randomBytes } from "node:crypto";
import { startHarness, type Harness } from "../support/harness";
import { startHttp } from "../support/http";
import { createAuthority } from "../support/factories";
import { isoDate, publishedService } from "../support/standards";
import { httpConfig } from "../../src/config";
import { writeExport } from "../../src/sync/exports/formats";
import type { ExportedStandard } from "../../src/sync/exports/standards-in-force";
import type { Route } from "../../src/http/http-server";
import type { AppOptions } from "../../src/app";

/**
 * The change feed and the exports are routes of the HTTP front like /graphql: rate limits
 * (an export costs more), a cap on exports running at once, Russian errors with stable codes
 * for bad parameters, and compression that keeps a streamed export streamed.
 */
jest.setTimeout(120_000);

let h: Harness;
const servers: Awaited<ReturnType<typeof startHttp>>[] = [];
beforeAll(async () => {
  h = await startHarness();
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

describe("bad parameters of /changes and /export/*: 4xx, a Russian message, a stable code", () => {
  const CASES: [string, number, string][] = [
    ["/changes?limit=0", 400, "BAD_USER_INPUT"],
    ["/changes?limit=abc", 400, "BAD_USER_INPUT"],
    ["/changes?limit=1000000", 400, "BAD_USER_INPUT"],
    ["/changes?after=not-a-cursor", 400, "BAD_USER_INPUT"],
    [`/changes?after=${Buffer.from('["change","99999999999999999999"]').toString("base64url")}`, 400, "BAD_USER_INPUT"],
    ["/changes?after=%00", 400, "BAD_USER_INPUT"],
    ["/changes?territory=abc", 400, "BAD_USER_INPUT"],
    ["/changes?authorityId=%F0%9F%98%80", 400, "BAD_USER_INPUT"],
    ["/changes?includeSubordinate=maybe", 400, "BAD_USER_INPUT"],
    ["/export/standards.ndjson?date=2024-13-01", 400, "BAD_USER_INPUT"],
    ["/export/standards.ndjson?date=0000-01-01", 400, "BAD_USER_INPUT"],
    ["/export/services.csv?date=%00", 400, "BAD_USER_INPUT"],
    ["/export/documents.csv?territory=1", 400, "BAD_USER_INPUT"],
    ["/export/cpsv-ap.jsonld?authorityId=QXV0aG9yaXR5Ong", 400, "BAD_USER_INPUT"],
    ["/export/standards.ndjson?includeSubordinate=1", 400, "BAD_USER_INPUT"],
    ["/export/nothing.csv", 404, "NOT_FOUND"],
    // past Node's header limit (16 KB): refused by the front before any route, in JSON too
    [`/changes?territory=${"я".repeat(3000)}`, 431, "HEADERS_TOO_LARGE"],
  ];

  it.each(CASES)("%s → %i %s", async (path, status, code) => {
    const base = await serve();
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe(code);
    expect(body.errors[0].message).toMatch(CYRILLIC);
  });

  it("a method other than GET or HEAD is 405 with the allowed methods", async () => {
    const base = await serve();
    for (const path of ["/changes", "/export/standards.ndjson"]) {
      const res = await fetch(`${base}${path}`, { method: "POST", body: "{}" });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, HEAD");
      const body = await res.json();
      expect([body.errors[0].extensions.code, CYRILLIC.test(body.errors[0].message)]).toEqual(["METHOD_NOT_ALLOWED", true]);
    }
  });
});

describe("limits of the plain-HTTP routes", () => {
  const rateLimits = (anonymousPerWindow: number) => ({ ...httpConfig.rateLimits, anonymousPerWindow, windowSeconds: 60 });

  it("an export costs exportPoints of the anonymous limit, /changes one point: past the limit 429 with Retry-After", async () => {
    const base = await serve({ http: { rateLimits: rateLimits(45) }, sync: { exportPoints: 20 } });
    expect((await fetch(`${base}/export/services.csv`)).status).toBe(200);
    expect((await fetch(`${base}/export/services.csv`)).status).toBe(200);
    // 40 of 45 points used: five feed pages still pass, the sixth and a third export do not
    for (let i = 0; i < 5; i++) expect((await fetch(`${base}/changes?limit=1`)).status).toBe(200);
    for (const path of ["/changes?limit=1", "/export/services.csv"]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      const body = await res.json();
      expect([body.errors[0].extensions.code, CYRILLIC.test(body.errors[0].message)]).toEqual(["RATE_LIMITED", true]);
    }
  });

  it("a wrong token on an export is 401 (and counts as a failed authentication), not an anonymous export", async () => {
    const base = await serve();
    const res = await fetch(`${base}/export/standards.ndjson`, { headers: { authorization: "Bearer nonsense" } });
    expect(res.status).toBe(401);
    const body = await res.json();
    expect([body.errors[0].extensions.code, CYRILLIC.test(body.errors[0].message)]).toEqual(["UNAUTHENTICATED", true]);
  });

  it("past maxConcurrentExports a further export is refused (503, Retry-After) while the first runs; it then completes", async () => {
    const base = await serve({ sync: { maxConcurrentExports: 1 } });
    // hold the first export inside its snapshot: the owner locks a table the export reads
    const owner = await h.owner();
    const runner = owner.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query("LOCK TABLE service IN ACCESS EXCLUSIVE MODE");
    try {
      const first = fetch(`${base}/export/standards.ndjson`);
      // the first export is admitted and waits on the lock
      for (let i = 0; i < 100; i++) {
        const waiting = await h.ds.query(`SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'service'::regclass AND NOT granted`);
        if (waiting[0].n > 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const second = await fetch(`${base}/export/services.csv`);
      expect(second.status).toBe(503);
      expect(second.headers.get("retry-after")).toBe("5");
      const body = await second.json();
      expect([body.errors[0].extensions.code, CYRILLIC.test(body.errors[0].message)]).toEqual(["TOO_MANY_EXPORTS", true]);
      // the feed is not an export: it is not capped
      expect((await fetch(`${base}/changes?limit=1`)).status).toBe(200);
      await runner.rollbackTransaction();
      const done = await first;
      expect(done.status).toBe(200);
      await done.text();
      // the slot is free again
      expect((await fetch(`${base}/export/services.csv`)).status).toBe(200);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

describe("compression of the exports", () => {
  it("an export is gzip- or brotli-compressed when accepted, and decompresses to the same standards", async () => {
    const authority = await createAuthority(h);
    for (let i = 0; i < 3; i++) await publishedService(h, { effectiveFrom: isoDate(-1), authorityId: authority.id });
    const base = await serve();
    const path = `/export/standards.ndjson?authorityId=${authority.id}`;
    const plain = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) =>
      http.get(`${base}${path}`, (res) => collect(res).then((body) => resolve({ encoding: res.headers["content-encoding"], body }), reject)).on("error", reject),
    );
    expect(plain.encoding).toBeUndefined();
    const lines = (body: Buffer) => body.toString("utf8").trim().split("\n").map((l) => JSON.parse(l).version.id).sort();
    expect(lines(plain.body)).toHaveLength(3);
    for (const [accept, decode] of [["gzip", zlib.gunzipSync], ["br", zlib.brotliDecompressSync]] as const) {
      const packed = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) =>
        http.get(`${base}${path}`, { headers: { "accept-encoding": accept } }, (res) => collect(res).then((body) => resolve({ encoding: res.headers["content-encoding"], body }), reject)).on("error", reject),
      );
      expect(packed.encoding).toBe(accept);
      expect(packed.body.length).toBeLessThan(plain.body.length);
      expect(lines(decode(packed.body))).toEqual(lines(plain.body));
    }
  });

  /** A route streaming `count` synthetic standards of ~1 KB through writeExport, counting what it produced. */
  function bigExport(count: number, stallTimeoutMs?: number) {
    const state = { produced: 0, closed: false };
    const standards = async function* (): AsyncGenerator<ExportedStandard> {
      try {
        for (let i = 0; i < count; i++) {
          state.produced += 1;
          yield {
            service: { id: `s${i}`, registryNumber: String(i), name: "Услуга", level: "FEDERAL", kind: "STATE" },
            authority: { id: "a", name: "Орган", oktmo: null },
            version: { id: `v${i}`, number: 1, effectiveFrom: "2025-01-01", effectiveTo: null, publishedAt: "2025-01-01", contentHash: "h", approvingActId: null },
            content: { filler: randomBytes(512).toString("hex") } as unknown as ExportedStandard["content"],
            acts: new Map(),
          };
        }
      } finally {
        state.closed = true;
      }
    };
    const route: Route = {
      path: "/test/big-export",
      methods: ["GET"],
      admission: { points: 1 },
      stallTimeoutMs,
      handle: async ({ res }) => {
        res.writeHead(200, { "content-type": "application/x-ndjson; charset=utf-8" });
        try {
          await writeExport("ndjson", standards(), res);
          res.end();
        } catch (error) {
          if (!res.destroyed) throw error;
        }
      },
    };
    return { route, state };
  }

  /** Waits until `value()` stops changing (the same reading `steady` times in a row, 250 ms apart). */
  async function settled(value: () => number, steady = 4): Promise<number> {
    let last = -1;
    let same = 0;
    for (let i = 0; i < 240 && same < steady; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const now = value();
      same = now === last ? same + 1 : 0;
      last = now;
    }
    return last;
  }

  // 60 000 lines of ~1.1 KB of random hex: ~40 MB compressed, more than the socket buffers of both ends can hold
  const TOTAL = 60_000;

  it("a compressed export stays streamed: while the client reads nothing production stops (flat memory); it then reads every line", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on("warning", onWarning);
    try {
      const big = bigExport(TOTAL);
      const base = await serve({ http: { routes: [big.route] } });
      const { port } = new URL(base);
      const res = await new Promise<http.IncomingMessage>((resolve, reject) => http.get({ host: "127.0.0.1", port, path: "/test/big-export", headers: { "accept-encoding": "gzip" } }, resolve).on("error", reject));
      res.pause();
      expect(res.headers["content-encoding"]).toBe("gzip");
      const held = await settled(() => big.state.produced);
      expect(held).toBeGreaterThan(0);
      expect(held).toBeLessThan(TOTAL);
      expect(big.state.closed).toBe(false);
      const body = await collect(res.pipe(zlib.createGunzip()));
      expect(body.toString("utf8").trim().split("\n")).toHaveLength(TOTAL);
      expect(big.state.closed).toBe(true);
      // one drain listener for the whole export, not one left behind on the zlib stream per drain
      expect(warnings).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("a compressed export whose client stalls past stallTimeoutMs is cut, and the export stops (its source is closed)", async () => {
    const big = bigExport(TOTAL, 300);
    const base = await serve({ http: { routes: [big.route] } });
    const { port } = new URL(base);
    const res = await new Promise<http.IncomingMessage>((resolve, reject) => http.get({ host: "127.0.0.1", port, path: "/test/big-export", headers: { "accept-encoding": "gzip" } }, resolve).on("error", reject));
    res.pause();
    for (let i = 0; i < 240 && !big.state.closed; i++) await new Promise((r) => setTimeout(r, 250));
    expect(big.state.closed).toBe(true);
    expect(big.state.produced).toBeLessThan(TOTAL);
    // the client sees the transfer break, not a complete answer
    const complete = await new Promise<boolean>((resolve) => {
      res.on("error", () => resolve(false));
      res.on("end", () => resolve(res.complete));
      res.resume();
    });
    expect(complete).toBe(false);
  });
});

function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}
