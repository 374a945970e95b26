import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { startHarness, type Harness } from "../support/harness";
import { createAuthority, expectNoErrors } from "../support/factories";
import { isoDate, publishedService } from "../support/standards";
import { publishNext, readAll, withdraw } from "./feed-support";
import { startSyncWorker, type SyncWorker } from "../../src/sync/worker";
import { syncConfig } from "../../src/config";
import { Viewer } from "../../src/auth/viewer";

jest.setTimeout(180_000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  // the receivers below listen on loopback, which a deployment's webhooks may not reach unless allowed
  process.env.WEBHOOK_ALLOWED_NETWORKS = "127.0.0.0/8,::1/128";
  // short enough for a test: a 1 s first retry (doubling), a 3 s timeout (long enough that a loaded machine answering "ok" is not taken for the hanging receiver)
  Object.assign(syncConfig, { webhookRetryDelaySeconds: 1, webhookTimeoutMs: 3000, webhookMaxAttempts: 12 });
});
afterAll(() => h.close());

type Behaviour = "ok" | "fail" | "hang";

/** A real webhook receiver on loopback: records every request, answers as told. */
async function receiver(plan: (n: number) => Behaviour, port = 0) {
  const received: { id: string; timestamp: string; signature: string; body: string; json: any }[] = [];
  let n = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const behaviour = plan(n++);
      received.push({
        id: String(req.headers["webhook-id"]),
        timestamp: String(req.headers["webhook-timestamp"]),
        signature: String(req.headers["webhook-signature"]),
        body,
        json: JSON.parse(body),
      });
      if (behaviour === "hang") return; // never answers: the registry times out
      res.writeHead(behaviour === "ok" ? 204 : 503).end();
    });
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return {
    received,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

const CREATE = `mutation($input: WebhookSubscriptionInput!) {
  webhookSubscriptionCreate(input: $input) { webhookSubscription { id url active filter { authorityId } } secret userErrors { code field message } } }`;
const DELIVERIES = `{ webhookSubscriptions { id deliveries(first: 100) { status attempts lastStatus lastError event { id kind } attemptLog { httpStatus error durationMs } } } }`;

async function subscribe(url: string, authorityId: string) {
  const res = await h.gql(CREATE, { input: { url, description: "Портал МФЦ (тест)", filter: { authorityId, includeSubordinate: true } } });
  expectNoErrors(res, "webhookSubscriptionCreate");
  return res.data.webhookSubscriptionCreate as { webhookSubscription: { id: string }; secret: string };
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function pending(subscriptionGlobalId: string): Promise<number> {
  const uuid = Buffer.from(subscriptionGlobalId, "base64url").toString().split(":")[1];
  const [{ count }] = await h.ds.query(`SELECT count(*)::int AS count FROM webhook_delivery WHERE subscription_id = $1 AND status <> 'DELIVERED'`, [uuid]);
  return count;
}

/** The first receipt of each event id, in arrival order (a receiver deduplicates by webhook-id). */
function firstReceipts(received: { id: string; json: any }[]) {
  const seen = new Set<string>();
  return received.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

/** Each service's events in the order the receiver first got them equal the feed's order. */
function expectOrderedPerService(receipts: { json: any }[], feed: any[]) {
  const byService = (events: any[]) => {
    const m = new Map<string, string[]>();
    for (const e of events) m.set(e.serviceId, [...(m.get(e.serviceId) ?? []), e.id]);
    return Object.fromEntries(m);
  };
  expect(byService(receipts.map((r) => r.json))).toEqual(byService(feed));
}

describe("webhooks: signed POSTs from the outbox, retried with backoff, ordered per service", () => {
  let worker: SyncWorker | null = null;
  afterEach(async () => {
    await worker?.stop();
    worker = null;
  });

  it("a receiver that fails, then times out, then recovers gets every event, signed, in order per service; the administrator sees the attempts", async () => {
    const root = await createAuthority(h, { level: "REGIONAL", oktmo: "71000000" });
    const body = await createAuthority(h, { parentId: root.id, oktmo: "71100000" });
    // answers 503 twice, then hangs once, then accepts
    const rx = await receiver((n) => (n < 2 ? "fail" : n === 2 ? "hang" : "ok"));
    const { secret, webhookSubscription } = await subscribe(rx.url, root.id);
    expect(secret).toMatch(/^whsec_/);
    worker = await startSyncWorker(h.ds, process.env.DATABASE_URL!, { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, concurrency: 2, log: () => {} });

    const a = await publishedService(h, { effectiveFrom: isoDate(0), authorityId: body.id });
    const v2 = await publishNext(h, a.service.id, a.content, isoDate(4));
    await withdraw(h, v2);
    const b = await publishedService(h, { effectiveFrom: isoDate(-2), authorityId: body.id, content: a.content });
    await withdraw(h, b.versionId);
    // an event of another body is not sent
    await publishedService(h, { effectiveFrom: isoDate(0) });

    await waitFor(async () => (await pending(webhookSubscription.id)) === 0, "all deliveries");
    const feed = (await readAll(h, null, { authorityId: root.id, includeSubordinate: true })).events;
    expect(feed).toHaveLength(7);
    const receipts = firstReceipts(rx.received);
    expect(receipts.map((r) => r.id).sort()).toEqual(feed.map((e) => e.id).sort());
    expect(rx.received.length).toBeGreaterThan(receipts.length); // the failed and timed-out attempts were retried
    expectOrderedPerService(receipts, feed);

    // every request verifies with the Standard Webhooks reference library, and the body is the feed's event
    const verifier = new Webhook(secret);
    for (const r of rx.received) {
      expect(() => verifier.verify(r.body, { "webhook-id": r.id, "webhook-timestamp": r.timestamp, "webhook-signature": r.signature })).not.toThrow();
      expect(r.json.id).toBe(r.id);
    }
    const byId = new Map(feed.map((e) => [e.id, e]));
    for (const r of receipts) expect(r.json).toEqual(byId.get(r.id));
    // a tampered body does not verify
    const first = rx.received[0];
    expect(() => verifier.verify(first.body.replace("SERVICE", "SERVIСE"), { "webhook-id": first.id, "webhook-timestamp": first.timestamp, "webhook-signature": first.signature })).toThrow();

    // the administrator sees the attempts: two 503s and a timeout before the first delivery
    const res = await h.gql(DELIVERIES);
    const sub = res.data.webhookSubscriptions.find((s: any) => s.id === webhookSubscription.id);
    expect(sub.deliveries).toHaveLength(7);
    expect(sub.deliveries.every((d: any) => d.status === "DELIVERED")).toBe(true);
    const log = sub.deliveries.flatMap((d: any) => d.attemptLog);
    expect(log.filter((a: any) => a.httpStatus === 503)).toHaveLength(2);
    const noAnswer = log.filter((a: any) => a.httpStatus === null);
    expect(noAnswer.map((a: any) => a.error)).toEqual(["Нет ответа за 3000 мс"]);
    expect(sub.deliveries.reduce((n: number, d: any) => n + d.attempts, 0)).toBe(7 + 3);
    await rx.close();
  });

  it("a receiver down for a while, and a worker restarted meanwhile, still ends with every event exactly once after deduplication", async () => {
    const root = await createAuthority(h, { level: "REGIONAL", oktmo: "72000000" });
    let rx = await receiver(() => "ok");
    const port = rx.port;
    await rx.close(); // down: connections are refused
    const { webhookSubscription } = await subscribe(`http://127.0.0.1:${port}/hooks`, root.id);
    worker = await startSyncWorker(h.ds, process.env.DATABASE_URL!, { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, log: () => {} });

    const services = await Promise.all([0, 1, 2].map(() => publishedService(h, { effectiveFrom: isoDate(0), authorityId: root.id })));
    await waitFor(async () => {
      const [{ count }] = await h.ds.query(`SELECT count(*)::int AS count FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id JOIN webhook_subscription s ON s.id = d.subscription_id WHERE s.url LIKE $1`, [`%:${port}/%`]);
      return count >= 3;
    }, "failed attempts while down");
    // the process stops (deploy, crash) while deliveries are pending; more changes happen meanwhile
    await worker.stop();
    worker = null;
    await Promise.all(services.map((s) => withdraw(h, s.versionId)));
    // the receiver comes back; a new worker picks the queue up where it was
    rx = await receiver(() => "ok", port);
    worker = await startSyncWorker(h.ds, process.env.DATABASE_URL!, { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, log: () => {} });
    await waitFor(async () => (await pending(webhookSubscription.id)) === 0, "all deliveries after the restart");

    const feed = (await readAll(h, null, { authorityId: root.id })).events;
    expect(feed).toHaveLength(9); // three services: created, published, withdrawn
    const receipts = firstReceipts(rx.received);
    expect(receipts.map((r) => r.id).sort()).toEqual(feed.map((e) => e.id).sort());
    expectOrderedPerService(receipts, feed);
    await rx.close();
  });
});

describe("webhook subscriptions: administrators only, bad input is a user error", () => {
  it("a territory filter matches as the catalogue and the feed read it (bodies inside, bodies containing the place, federal bodies without a code)", async () => {
    const ministry = await createAuthority(h, { level: "FEDERAL", oktmo: null });
    const child = (level: string, oktmo: string) => createAuthority(h, { level, oktmo, parentId: ministry.id });
    const bodies = [ministry, await child("MUNICIPAL", "56701000"), await child("REGIONAL", "56000000"), await child("MUNICIPAL", "57701000")];
    const created = await h.gql(CREATE, {
      input: { url: "https://example.org/territory", filter: { authorityId: ministry.id, includeSubordinate: true, territory: "56701000001" } },
    });
    expectNoErrors(created, "webhookSubscriptionCreate");
    const subscription = Buffer.from(created.data.webhookSubscriptionCreate.webhookSubscription.id, "base64url").toString().split(":")[1];
    const services = [];
    for (const body of bodies) services.push((await publishedService(h, { effectiveFrom: isoDate(0), authorityId: body.id })).service.id);
    const rows: { service_id: string }[] = await h.ds.query(`SELECT DISTINCT service_id FROM webhook_delivery WHERE subscription_id = $1`, [subscription]);
    const delivered = new Set(rows.map((r) => r.service_id));
    expect(services.map((id) => delivered.has(Buffer.from(id, "base64url").toString().split(":")[1]))).toEqual([true, true, true, false]);
    await h.gql(`mutation($id: ID!) { webhookSubscriptionUpdate(id: $id, input: { active: false }) { userErrors { code } } }`, {
      id: created.data.webhookSubscriptionCreate.webhookSubscription.id,
    });
  });

  it("validates the URL and the filter, refuses non-administrators, pauses a subscription", async () => {
    const bad = await h.gql(CREATE, { input: { url: "ftp://example.org/x" } });
    expect(bad.data.webhookSubscriptionCreate.userErrors[0]).toMatchObject({ code: "INVALID", field: ["input", "url"] });
    const badTerritory = await h.gql(CREATE, { input: { url: "https://example.org/x", filter: { territory: "Москва" } } });
    expect(badTerritory.data.webhookSubscriptionCreate.userErrors[0].field).toEqual(["input", "filter", "territory"]);
    const badSecret = await h.gql(CREATE, { input: { url: "https://example.org/x", secret: "short" } });
    expect(badSecret.data.webhookSubscriptionCreate.userErrors[0].field).toEqual(["input", "secret"]);
    const anonymous = await h.gql(CREATE, { input: { url: "https://example.org/x" } }, Viewer.anonymous());
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const list = await h.gql(`{ webhookSubscriptions { id } }`, {}, Viewer.anonymous());
    expect(list.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");

    const authority = await createAuthority(h);
    const created = await h.gql(CREATE, {
      input: { url: "https://example.org/hooks", secret: `whsec_${Buffer.alloc(32, 7).toString("base64")}`, filter: { authorityId: authority.id } },
    });
    expectNoErrors(created, "webhookSubscriptionCreate");
    expect(created.data.webhookSubscriptionCreate.secret).toBeNull(); // given by the administrator: not echoed
    const id = created.data.webhookSubscriptionCreate.webhookSubscription.id;
    const paused = await h.gql(
      `mutation($id: ID!) { webhookSubscriptionUpdate(id: $id, input: { active: false }) { webhookSubscription { active } userErrors { code } } }`,
      { id },
    );
    expect(paused.data.webhookSubscriptionUpdate).toEqual({ webhookSubscription: { active: false }, userErrors: [] });
  });
});
