import fs from "node:fs";
import { startHarness, type Harness } from "../support/harness";
import { startAppProcess, clockFile, type AppProcess } from "../support/app-process";
import { isoDate, publishedService } from "../support/standards";
import { createLegalAct } from "../support/factories";
import { publishNext, withdraw } from "../sync/feed-support";
import { Viewer } from "../../src/auth/viewer";

/**
 * The response cache of anonymous answers (src/cache/) with two app processes, each with its own
 * cache: after a publication, a withdrawal (committed by a third process, this one) and when a
 * scheduled version's date arrives, neither serves a stale answer; between changes both serve
 * from their caches.
 */
const QUERY = `query Standard($rn: String!) {
  serviceByRegistryNumber(registryNumber: $rn) { registryNumber name current { number state effectiveFrom content { name { fullName } } } scheduled { number effectiveFrom } }
}`;

let h: Harness;
let processes: AppProcess[] = [];
let clock: string;
let rn: string;
let serviceId: string;
let content: any;

async function read(p: AppProcess) {
  const res = await fetch(`${p.base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: QUERY, variables: { rn } }) });
  const body = await res.json();
  return { status: res.status, cache: res.headers.get("x-registry-cache"), etag: res.headers.get("etag"), body };
}

/** What an anonymous reader sees now, computed afresh in this process (no cache). */
async function truth() {
  const res = await h.gql(QUERY, { rn }, Viewer.anonymous());
  expect(res.errors).toBeUndefined();
  return { data: res.data };
}

async function stats(p: AppProcess) {
  return (await (await fetch(`${p.base}/health/cache`)).json()) as { listening: boolean; hits: number; today: string; pid: number };
}

async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Both processes answer `expected`, the second read of each from its cache. */
async function bothServe(expected: unknown) {
  for (const p of processes) {
    const first = await read(p);
    expect(first.status).toBe(200);
    expect(first.body).toEqual(expected);
    const second = await read(p);
    expect(second.body).toEqual(expected);
    expect(second.cache).toBe("hit");
  }
}

beforeAll(async () => {
  h = await startHarness();
  const published = await publishedService(h, { effectiveFrom: isoDate(-30) });
  rn = published.service.registryNumber;
  serviceId = published.service.id;
  content = published.content;
  clock = clockFile("cache");
  // answers kept the first time they are computed, so that a second read is a hit (admission: response-cache.test.ts)
  const env = { TEST_CLOCK_FILE: clock, RESPONSE_CACHE_ADMIT_AFTER: "1" };
  processes = await Promise.all([startAppProcess(env), startAppProcess(env)]);
  for (const p of processes) await until(() => stats(p), (s) => s.listening);
}, 180_000);

afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()));
  fs.rmSync(clock, { force: true });
  await h.close();
});

it("two processes with caches of their own: no stale answer after a publication, a withdrawal, or when a scheduled date arrives", async () => {
  const [a, b] = processes;
  expect((await stats(a)).pid).not.toBe((await stats(b)).pid);
  const first = await truth();
  expect(first.data.serviceByRegistryNumber.current.number).toBe(1);
  await bothServe(first);

  // a publication committed elsewhere: the very next read of either process has it
  const renamed = { ...content, name: { ...content.name, fullName: `${content.name.fullName} (в новой редакции)` } };
  const second = await publishNext(h, serviceId, renamed, isoDate(0));
  const afterPublish = await truth();
  expect(afterPublish.data.serviceByRegistryNumber.current).toMatchObject({ number: 2, content: { name: { fullName: renamed.name.fullName } } });
  await bothServe(afterPublish);

  // withdrawn from today: nothing is in force any more, at once in both
  await withdraw(h, second);
  const afterWithdraw = await truth();
  expect(afterWithdraw.data.serviceByRegistryNumber.current).toBeNull();
  await bothServe(afterWithdraw);

  // scheduled for tomorrow: today both serve "nothing in force" (from their caches) ...
  const act = (await createLegalAct(h, { type: "MUNICIPAL_ACT" })).id;
  await publishNext(h, serviceId, renamed, isoDate(1), act);
  const beforeMidnight = await truth();
  expect(beforeMidnight.data.serviceByRegistryNumber).toMatchObject({ current: null, scheduled: { number: 3, effectiveFrom: isoDate(1) } });
  await bothServe(beforeMidnight);

  // ... and once their clocks pass midnight, version 3 without any change committed
  fs.writeFileSync(clock, String(24 * 3600 * 1000));
  for (const p of processes) {
    p.child.kill("SIGUSR2");
    await until(() => stats(p), (s) => s.today === isoDate(1));
  }
  for (const p of processes) {
    const next = await read(p);
    expect(next.cache).not.toBe("hit");
    expect(next.body.data.serviceByRegistryNumber).toMatchObject({ current: { number: 3, state: "IN_FORCE", effectiveFrom: isoDate(1) }, scheduled: null });
    expect((await read(p)).cache).toBe("hit");
  }
}, 120_000);

it("a POST whose body is not declared JSON is never answered from the cache: it is refused as without the cache", async () => {
  expect((await read(processes[0])).cache).toBe("hit");
  const res = await fetch(`${processes[0].base}/graphql`, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: QUERY, variables: { rn } }) });
  expect(res.headers.get("x-registry-cache")).toBeNull();
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
});

it("answers with credentials never come from the cache", async () => {
  const res = await fetch(`${processes[0].base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer nonsense" },
    body: JSON.stringify({ query: QUERY, variables: { rn } }),
  });
  expect(res.headers.get("x-registry-cache")).toBeNull();
  expect((await res.json()).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
});
