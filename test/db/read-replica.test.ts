import type { AddressInfo } from "node:net";
import { startScratchCluster, freePort, scratchDir, removeScratch } from "../support/cluster";
import { startHarness, unique, type Harness } from "../support/harness";
import { isoDate, publishedService } from "../support/standards";
import { publishNext } from "../sync/feed-support";
import { createApp, type App } from "../../src/app";
import { startStandby, caughtUp } from "../../src/db/standby";
import { withClient, type EmbeddedDatabase } from "../../src/db/embedded-postgres";

/**
 * DATABASE_READ_URLS on a real streaming replica built from the embedded binaries (base backup
 * through pg_backup_start / pg_backup_stop, then a hot standby streaming from the primary):
 * anonymous reads are computed on the replica, authenticated ones on the primary (a session
 * reads its own writes), and the response cache keeps nothing the replica has not replayed.
 */
let primary: Awaited<ReturnType<typeof startScratchCluster>>;
let standby: EmbeddedDatabase & { dropSlot(): Promise<void> };
let standbyDir: string;
let h: Harness;
let app: App;
let url: string;
let token: string;

const QUERY = `query($rn: String!) { serviceByRegistryNumber(registryNumber: $rn) { current { number content { name { fullName } } } } }`;

async function post(rn: string, bearer?: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query: QUERY, variables: { rn } }),
  });
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return { cache: res.headers.get("x-registry-cache"), current: body.data.serviceByRegistryNumber.current };
}

async function untilCaughtUp() {
  const deadline = Date.now() + 30_000;
  while (!(await caughtUp(primary.superuserUrl, standby.superuserUrl))) {
    if (Date.now() > deadline) throw new Error("the replica did not catch up in 30 s");
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  primary = await startScratchCluster("replica-primary", { allowReplication: true });
  h = await startHarness({ app: primary.appUrl, owner: primary.ownerUrl });
  standbyDir = scratchDir("replica-standby");
  removeScratch(standbyDir);
  standby = await startStandby({ primary, dataDir: standbyDir, port: await freePort(), database: "registry", slot: `standby_${process.pid}` });
  app = await createApp(h.ds, { reads: { readUrls: [standby.appUrl] } });
  await new Promise<void>((resolve) => app.http.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(app.http.address() as AddressInfo).port}/graphql`;
  const login = unique("replica-");
  const user = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } } }`, { input: { login, name: login, roles: [{ role: "ADMIN" }] } });
  token = (await h.gql(`mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { token } }`, { input: { userId: user.data.userCreate.user.id, name: "реплика" } })).data.apiTokenCreate.token;
  await app.answers!.subscriber.listening();
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await h?.close();
  await standby?.stop();
  await standby?.dropSlot().catch(() => undefined);
  removeScratch(standbyDir);
  await primary?.remove();
});

it("is a real streaming replica: read-only, replaying the primary's WAL", async () => {
  await withClient(standby.superuserUrl, async (c) => {
    expect((await c.query("SELECT pg_is_in_recovery() AS r")).rows[0].r).toBe(true);
    await expect(c.query("CREATE TABLE nope (x int)")).rejects.toThrow(/read-only/);
  });
  const senders = await withClient(primary.superuserUrl, async (c) => (await c.query("SELECT state FROM pg_stat_replication")).rows);
  expect(senders).toEqual([{ state: "streaming" }]);
});

it("a publication on the primary is read through the replica once it has caught up; sessions read the primary", async () => {
  const { service, content } = await publishedService(h, { effectiveFrom: isoDate(-10) });
  const rn = service.registryNumber as string;
  await untilCaughtUp();
  expect((await post(rn)).current.number).toBe(1);

  // the replica stops replaying: anonymous reads still show what it has, a session sees its write
  await withClient(standby.superuserUrl, (c) => c.query("SELECT pg_wal_replay_pause()"));
  try {
    const renamed = { ...content, name: { ...content.name, fullName: `${content.name.fullName} (изменено)` } };
    await publishNext(h, service.id, renamed, isoDate(0));
    expect((await post(rn, token)).current).toMatchObject({ number: 2, content: { name: { fullName: renamed.name.fullName } } });
    const lagging = await post(rn);
    expect(lagging.current.number).toBe(1);
    // an answer from the lagging replica is never kept
    expect((await post(rn)).cache).not.toBe("hit");
    expect(app.answers!.stats()).toMatchObject({ settling: true });
  } finally {
    await withClient(standby.superuserUrl, (c) => c.query("SELECT pg_wal_replay_resume()"));
  }
  await untilCaughtUp();
  const deadline = Date.now() + 10_000;
  while (app.answers!.stats().settling && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const caught = await post(rn);
  expect(caught.current.number).toBe(2);
  expect((await post(rn)).cache).toBe("hit");
  // the anonymous reads were computed on the replica: its read pool is connected there
  const readers = await withClient(standby.superuserUrl, async (c) => (await c.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'service-standard-registry-read'")).rows[0].n);
  expect(readers).toBeGreaterThan(0);
}, 120_000);
