import { ADMIT_LATER_BYTES, ResponseCache, preferredEncoding } from "../../src/cache/response-cache";
import type http from "node:http";
import { cacheAttempt } from "../../src/cache/graphql-cache";
import { gunzipSync } from "node:zlib";

/** The cache's own rules, without a database: keys, the byte bound, tickets, listening. */
function cache(maxBytes = 1_000_000) {
  let day = "2031-05-31";
  const c = new ResponseCache({ maxBytes, today: () => day });
  c.setListening(true);
  return { c, setDay: (d: string) => (day = d) };
}
const answer = (text: string) => ({ body: Buffer.from(text), headers: [["content-type", "application/json"]] as [string, string][], etag: `W/"${text.length}"` });

it("keys by query, operation, variables, the media type and today's date", () => {
  const { c, setDay } = cache();
  const base = { query: "{ a }", operationName: "A", variables: { rn: "1" }, accept: "application/json" };
  const key = c.keyOf(base)!;
  expect(c.keyOf({ ...base })).toBe(key);
  for (const other of [{ ...base, query: "{ b }" }, { ...base, operationName: "B" }, { ...base, variables: { rn: "2" } }, { ...base, accept: "application/graphql-response+json" }]) {
    expect(c.keyOf(other)).not.toBe(key);
  }
  setDay("2031-06-01");
  expect(c.keyOf(base)).not.toBe(key);
  expect(c.keyOf({ variables: {} })).toBeNull();
});

it("with admitAfter 2, keeps a large answer the second time it is computed, a small one at once, and forgets keys asked too rarely", () => {
  const c = new ResponseCache({ maxBytes: 1_000_000, admitAfter: 2, today: () => "2031-05-31" });
  c.setListening(true);
  const large = (tag: string) => answer(tag.padEnd(ADMIT_LATER_BYTES, " "));
  const key = c.keyOf({ query: "{ a }" })!;
  expect(c.store(key, c.ticket(), large("first"))).toBe(false);
  expect(c.lookup(key)).toBeUndefined();
  expect(c.store(key, c.ticket(), large("second"))).toBe(true);
  expect(c.lookup(key)?.body.toString().trim()).toBe("second");
  expect(c.stats()).toMatchObject({ stored: 1, deferred: 1 });
  // just under the size: at once
  const page = c.keyOf({ query: "{ page }" })!;
  expect(c.store(page, c.ticket(), answer("p".repeat(ADMIT_LATER_BYTES - 1)))).toBe(true);
  // 100,000 other keys seen once in between: two generations of 100,000 push the first sighting out
  const rare = c.keyOf({ query: "{ rare }" })!;
  expect(c.store(rare, c.ticket(), large("rare"))).toBe(false);
  const other = large("x");
  for (let i = 0; i < 200_001; i++) c.store(c.keyOf({ query: `{ k${i} }` })!, c.ticket(), other);
  expect(c.store(rare, c.ticket(), large("rare"))).toBe(false);
  expect(c.lookup(rare)).toBeUndefined();
  // the default keeps at once
  const eager = cache().c;
  expect(eager.store(key, eager.ticket(), answer("at once"))).toBe(true);
});

it("stores an answer only when no change committed while it was computed, and drops everything on a change", () => {
  const { c } = cache();
  const key = c.keyOf({ query: "{ a }" })!;
  const stale = c.ticket();
  c.invalidate();
  expect(c.store(key, stale, answer("old"))).toBe(false);
  expect(c.lookup(key)).toBeUndefined();
  expect(c.store(key, c.ticket(), answer("new"))).toBe(true);
  expect(c.lookup(key)?.body.toString()).toBe("new");
  c.invalidate();
  expect(c.lookup(key)).toBeUndefined();
});

it("serves and stores nothing while it cannot hear the invalidations, and starts empty when it hears them again", () => {
  const { c } = cache();
  const key = c.keyOf({ query: "{ a }" })!;
  c.store(key, c.ticket(), answer("x"));
  c.setListening(false);
  expect(c.lookup(key)).toBeUndefined();
  expect(c.ticket()).toBe(-1);
  c.setListening(true);
  expect(c.lookup(key)).toBeUndefined();
  // settling (a replica may lag): nothing is stored
  c.setSettling(true);
  expect(c.store(key, c.ticket(), answer("y"))).toBe(false);
  c.setSettling(false);
  expect(c.store(key, c.ticket(), answer("y"))).toBe(true);
});

it("stays within its byte bound, least recently used out first, and refuses an answer over an eighth of it", () => {
  const { c } = cache(64 * 1024);
  const keys = Array.from({ length: 20 }, (_, i) => c.keyOf({ query: `{ a${i} }` })!);
  for (const key of keys) c.store(key, c.ticket(), answer("x".repeat(4000)));
  expect(c.stats().bytes).toBeLessThanOrEqual(64 * 1024);
  expect(c.lookup(keys[0])).toBeUndefined();
  expect(c.lookup(keys[19])).toBeDefined();
  expect(c.store(c.keyOf({ query: "{ big }" })!, c.ticket(), answer("x".repeat(9000)))).toBe(false);
});

it("compresses a body once per encoding the client accepts", () => {
  const { c } = cache();
  const key = c.keyOf({ query: "{ a }" })!;
  c.store(key, c.ticket(), answer("абв".repeat(1000)));
  const stored = c.lookup(key)!;
  const gz = c.encodedBody(key, stored, "gzip, deflate");
  expect(gz.encoding).toBe("gzip");
  expect(gunzipSync(gz.body).toString()).toBe("абв".repeat(1000));
  expect(c.encodedBody(key, stored, "gzip").body).toBe(gz.body);
  expect(preferredEncoding("br;q=0, gzip")).toBe("gzip");
  expect(preferredEncoding("identity")).toBeNull();
  expect(c.encodedBody(key, stored, undefined).encoding).toBeNull();
});

describe("cacheAttempt: the invalidation barrier", () => {
  // a request as the GraphQL route hands it over (no credentials, a JSON POST), and a response that records what was sent
  const request = () => ({ method: "POST", headers: { "content-type": "application/json", accept: "application/json" } }) as unknown as http.IncomingMessage;
  const response = () => {
    const sent: { status?: number; body?: Buffer; headers: Record<string, unknown> } = { headers: {} };
    const res = {
      set statusCode(s: number) {
        sent.status = s;
      },
      setHeader: (name: string, value: unknown) => (sent.headers[name] = value),
      end: (body?: Buffer) => (sent.body = body),
    } as unknown as http.ServerResponse;
    return { res, sent };
  };
  const params = { query: "{ a }", variables: { rn: "1" } };

  it("a miss does not wait for it; a stored answer is served only after it, and not when a change it delivers drops the answer", async () => {
    const { c } = cache();
    let barriers = 0;
    let pending: (() => void) | null = null;
    const answers = { cache: c, barrier: async () => void (barriers++, pending?.(), (pending = null)) };

    const miss = await cacheAttempt(answers, request(), response().res, params);
    expect(miss?.served).toBe(false);
    expect(barriers).toBe(0);
    miss!.keep(200, [["cache-control", "public, max-age=60"], ["content-type", "application/json"]], Buffer.from('{"data":{"a":1}}'), 'W/"e"');

    const hit = response();
    expect((await cacheAttempt(answers, request(), hit.res, params))?.served).toBe(true);
    expect(barriers).toBe(1);
    expect(hit.sent.body?.toString()).toBe('{"data":{"a":1}}');
    expect(hit.sent.headers.etag).toBe('W/"e"');

    // a change committed before this request, whose notification the barrier's round trip brings
    pending = () => c.invalidate();
    const after = response();
    const attempt = await cacheAttempt(answers, request(), after.res, params);
    expect(barriers).toBe(2);
    expect(attempt?.served).toBe(false);
    expect(after.sent.body).toBeUndefined();
  });

  it("an answer computed across a change is not kept, even when the miss took its ticket before hearing it", async () => {
    const { c } = cache();
    const answers = { cache: c, barrier: async () => undefined };
    const miss = await cacheAttempt(answers, request(), response().res, params);
    c.invalidate(); // the notification arrives while the answer is computed
    miss!.keep(200, [["cache-control", "public, max-age=60"]], '{"data":{"a":0}}');
    expect(c.holds(c.keyOf({ ...params, accept: "application/json" })!)).toBe(false);
    expect(c.stats().discarded).toBe(1);
  });
});
