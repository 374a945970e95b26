import http from "node:http";
import type { AddressInfo } from "node:net";
import { startHarness, type Harness } from "../support/harness";
import { createAuthority, expectNoErrors } from "../support/factories";
import { isoDate, publishedService } from "../support/standards";
import { isForbiddenAddress } from "../../src/sync/webhooks/address-guard";
import { startSyncWorker, type SyncWorker } from "../../src/sync/worker";
import { syncConfig } from "../../src/config";

jest.setTimeout(120_000);

describe("the webhook address guard (pure)", () => {
  afterEach(() => delete process.env.WEBHOOK_ALLOWED_NETWORKS);

  it("refuses loopback, private, shared, link-local (cloud metadata), multicast and reserved addresses, IPv4 and IPv6, and IPv4 mapped into IPv6", () => {
    delete process.env.WEBHOOK_ALLOWED_NETWORKS;
    const forbidden = ["127.0.0.1", "127.255.0.9", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.0.10", "100.64.0.1",
      "169.254.169.254", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "[::1]"];
    const allowed = ["8.8.8.8", "77.88.8.8", "172.32.0.1", "192.169.0.1", "2a02:6b8::feed:0ff", "::ffff:77.88.8.8"];
    expect(forbidden.filter((a) => !isForbiddenAddress(a))).toEqual([]);
    expect(allowed.filter((a) => isForbiddenAddress(a))).toEqual([]);
  });

  it("WEBHOOK_ALLOWED_NETWORKS opens exactly the listed networks", () => {
    process.env.WEBHOOK_ALLOWED_NETWORKS = "10.20.0.0/16, fd00:1::/32";
    expect(isForbiddenAddress("10.20.7.1")).toBe(false);
    expect(isForbiddenAddress("10.21.0.1")).toBe(true);
    expect(isForbiddenAddress("fd00:1::5")).toBe(false);
    expect(isForbiddenAddress("fd00:2::5")).toBe(true);
    expect(isForbiddenAddress("127.0.0.1")).toBe(true);
    process.env.WEBHOOK_ALLOWED_NETWORKS = "10.20.0.0/40";
    expect(() => isForbiddenAddress("10.20.7.1")).toThrow(/WEBHOOK_ALLOWED_NETWORKS.*CIDR/);
  });
});

const CREATE = `mutation($input: WebhookSubscriptionInput!) {
  webhookSubscriptionCreate(input: $input) { webhookSubscription { id url } userErrors { code field message } } }`;
const UPDATE = `mutation($id: ID!, $input: WebhookSubscriptionInput!) {
  webhookSubscriptionUpdate(id: $id, input: $input) { webhookSubscription { id url } userErrors { code field message } } }`;

describe("webhook subscribers may not point into the registry's own network (SSRF)", () => {
  let h: Harness;
  let worker: SyncWorker | null = null;
  beforeAll(async () => {
    h = await startHarness();
    Object.assign(syncConfig, { webhookRetryDelaySeconds: 1, webhookTimeoutMs: 700, webhookMaxAttempts: 12 });
  });
  afterEach(async () => {
    delete process.env.WEBHOOK_ALLOWED_NETWORKS;
    await worker?.stop();
    worker = null;
  });
  afterAll(() => h.close());

  const count = async () => (await h.ds.query(`SELECT count(*)::int AS n FROM webhook_subscription`))[0].n as number;

  it("registration refuses internal addresses, by literal and by name, with a Russian message on input.url, and stores nothing", async () => {
    const body = await createAuthority(h);
    const before = await count();
    for (const url of ["http://127.0.0.1:9/hooks", "http://localhost:8080/hooks", "http://[::1]/hooks", "http://169.254.169.254/latest/meta-data/",
      "http://[::ffff:127.0.0.1]/hooks", "https://10.0.0.5/hooks", "http://0.0.0.0:4000/graphql"]) {
      const res = await h.gql(CREATE, { input: { url, filter: { authorityId: body.id } } });
      expect(res.errors).toBeUndefined();
      const payload = res.data.webhookSubscriptionCreate;
      expect({ url, subscription: payload.webhookSubscription }).toEqual({ url, subscription: null });
      expect(payload.userErrors).toEqual([{ code: "INVALID", field: ["input", "url"], message: expect.stringMatching(/во внутренней или служебной сети.*WEBHOOK_ALLOWED_NETWORKS/) }]);
    }
    expect(await count()).toBe(before);

    // a public name that does not resolve here is accepted (the delivery checks again); an allowed intranet is accepted
    const external = await h.gql(CREATE, { input: { url: "https://portal.example/hooks", filter: { authorityId: body.id } } });
    expectNoErrors(external, "webhookSubscriptionCreate");
    process.env.WEBHOOK_ALLOWED_NETWORKS = "10.20.0.0/16";
    const intranet = await h.gql(CREATE, { input: { url: "http://10.20.1.2/hooks", filter: { authorityId: body.id } } });
    expectNoErrors(intranet, "webhookSubscriptionCreate");
    expect(await count()).toBe(before + 2);

    // moving a subscription to an internal address is refused and leaves its address as it was
    const id = external.data.webhookSubscriptionCreate.webhookSubscription.id;
    const moved = await h.gql(UPDATE, { id, input: { url: "http://10.21.0.1/hooks" } });
    expect(moved.data.webhookSubscriptionUpdate.userErrors.map((e: any) => e.code)).toEqual(["INVALID"]);
    const [row] = await h.ds.query(`SELECT url FROM webhook_subscription WHERE id = $1`, [Buffer.from(id, "base64url").toString().split(":")[1]]);
    expect(row.url).toBe("https://portal.example/hooks");
  });

  it("a delivery re-checks the address it connects to: nothing reaches an internal receiver, the attempt says why, and allowing the network lets the retry deliver", async () => {
    const root = await createAuthority(h, { level: "REGIONAL", oktmo: "73000000" });
    const received: string[] = [];
    const server = http.createServer((req, res) => {
      received.push(String(req.headers["webhook-id"]));
      res.writeHead(204).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as AddressInfo).port;
    // registered while loopback was allowed (by name and by literal); then the operator closes it
    process.env.WEBHOOK_ALLOWED_NETWORKS = "127.0.0.0/8,::1/128";
    const ids: string[] = [];
    for (const url of [`http://localhost:${port}/by-name`, `http://127.0.0.1:${port}/by-literal`]) {
      const res = await h.gql(CREATE, { input: { url, filter: { authorityId: root.id } } });
      expectNoErrors(res, "webhookSubscriptionCreate");
      ids.push(Buffer.from(res.data.webhookSubscriptionCreate.webhookSubscription.id, "base64url").toString().split(":")[1]);
    }
    delete process.env.WEBHOOK_ALLOWED_NETWORKS;

    worker = await startSyncWorker(h.ds, process.env.DATABASE_URL!, { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, log: () => {} });
    await publishedService(h, { effectiveFrom: isoDate(0), authorityId: root.id });
    const attempts = async () =>
      (await h.ds.query(
        `SELECT s.url, a.error FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id JOIN webhook_subscription s ON s.id = d.subscription_id
          WHERE s.id = ANY($1::uuid[]) ORDER BY a.attempted_at`,
        [ids],
      )) as { url: string; error: string }[];
    const until = Date.now() + 60_000;
    while (new Set((await attempts()).map((a) => a.url)).size < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
    const refused = await attempts();
    expect(new Set(refused.map((a) => a.url))).toEqual(new Set([`http://localhost:${port}/by-name`, `http://127.0.0.1:${port}/by-literal`]));
    expect(refused.every((a) => /во внутренней или служебной сети/.test(a.error))).toBe(true);
    expect(refused.find((a) => a.url.includes("by-name"))!.error).toMatch(/ \(localhost\)/);
    expect(received).toEqual([]);

    // the operator allows the network: the next retry delivers to both
    process.env.WEBHOOK_ALLOWED_NETWORKS = "127.0.0.0/8,::1/128";
    const pending = async () =>
      (await h.ds.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE subscription_id = ANY($1::uuid[]) AND status <> 'DELIVERED'`, [ids]))[0].n;
    const deadline = Date.now() + 60_000;
    while ((await pending()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(await pending()).toBe(0);
    expect(received.length).toBeGreaterThanOrEqual(2);
    await new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r())));
  });
});
