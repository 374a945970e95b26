import { startHarness, unique, type Harness } from "../support/harness";
import { createAuthority, createService, expectNoErrors } from "../support/factories";
import { completeContent, isoDate, publishedService } from "../support/standards";
import { startHttp } from "../support/http";
import { CHANGES, publishNext, readAll, withdraw } from "./feed-support";
import { appendEvents, ChangeEventKind, readChanges, recordDueInForce } from "../../src/sync/feed/change-feed";
import { fromGlobalId } from "../../src/shared/relay/global-id";
import { inForceSql } from "../../src/standards/standard.loaders";
import { Viewer } from "../../src/auth/viewer";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const uuid = (globalId: string) => fromGlobalId(globalId)!.id;

describe("change feed: events follow lifecycle actions", () => {
  it("first publication, a scheduled rename, its coming into force (once), withdrawal with a tombstone", async () => {
    const authority = await createAuthority(h);
    const filter = { authorityId: authority.id };
    const start = (await readAll(h, null, filter)).cursor;
    const { service, content, versionId: v1 } = await publishedService(h, { effectiveFrom: isoDate(0), authorityId: authority.id });

    let read = await readAll(h, start, filter);
    expect(read.events.map((e) => e.kind)).toEqual(["SERVICE_CREATED", "VERSION_PUBLISHED"]);
    expect(read.events[1]).toMatchObject({ serviceId: service.id, versionId: v1, versionNumber: 1, effectiveFrom: isoDate(0), inForceVersionId: v1 });
    expect(read.events[1].contentHash).toMatch(/^[0-9a-f]{64}$/);

    const renamed = { ...content, name: { ...content.name, fullName: `Новое наименование ${unique()}` } };
    const v2 = await publishNext(h, service.id, renamed, isoDate(5));
    read = await readAll(h, read.cursor, filter);
    expect(read.events.map((e) => e.kind)).toEqual(["SERVICE_RENAMED", "VERSION_SCHEDULED"]);
    expect(read.events[0]).toMatchObject({ serviceName: renamed.name.fullName, previousServiceName: content.name!.fullName });
    // still the first version in force today
    expect(read.events[1]).toMatchObject({ versionId: v2, effectiveFrom: isoDate(5), inForceVersionId: v1 });

    // the date arrives: recorded once however often the job runs
    await recordDueInForce(h.ds, isoDate(4));
    expect((await readAll(h, read.cursor, filter)).events).toEqual([]);
    await recordDueInForce(h.ds, isoDate(5));
    await recordDueInForce(h.ds, isoDate(6));
    read = await readAll(h, read.cursor, filter);
    expect(read.events.map((e) => e.kind)).toEqual(["VERSION_IN_FORCE"]);
    expect(read.events[0]).toMatchObject({ versionId: v2, inForceVersionId: v2 });
    expect(new Date(read.events[0].occurredAt).toISOString()).toBe(new Date(`${isoDate(5)}T00:00:00+03:00`).toISOString());

    await withdraw(h, v2, "Отменён");
    read = await readAll(h, read.cursor, filter);
    expect(read.events).toHaveLength(1);
    expect(read.events[0]).toMatchObject({ kind: "VERSION_WITHDRAWN", versionId: v2, withdrawalReason: "Отменён" });
  });

  it("a scheduled version withdrawn before its date never comes into force; the previous one is reinstated", async () => {
    const authority = await createAuthority(h);
    const filter = { authorityId: authority.id };
    const { service, content, versionId: v1 } = await publishedService(h, { effectiveFrom: isoDate(-3), authorityId: authority.id });
    const v2 = await publishNext(h, service.id, content, isoDate(7));
    await withdraw(h, v2);
    await recordDueInForce(h.ds, isoDate(8));
    const events = (await readAll(h, null, filter)).events;
    expect(events.map((e) => e.kind)).toEqual(["SERVICE_CREATED", "VERSION_PUBLISHED", "VERSION_SCHEDULED", "VERSION_WITHDRAWN"]);
    expect(events[3]).toMatchObject({ versionId: v2, reinstatedVersionId: v1, inForceVersionId: v1 });
  });

  it("a rejected publication writes no event (the event commits or rolls back with the change)", async () => {
    const authority = await createAuthority(h);
    const { service, content } = await publishedService(h, { effectiveFrom: isoDate(0), authorityId: authority.id });
    const before = (await readAll(h, null, { authorityId: authority.id })).events.length;
    // an earlier effective date than the version in force is refused
    await expect(publishNext(h, service.id, content, isoDate(-10))).rejects.toThrow(/INVALID/);
    expect((await readAll(h, null, { authorityId: authority.id })).events).toHaveLength(before);
  });

  it("an administrator moves a service to another body: SERVICE_MOVED is seen by readers of either body", async () => {
    const from = await createAuthority(h, { oktmo: "45301000" });
    const to = await createAuthority(h, { oktmo: "45302000" });
    const { service, versionId } = await publishedService(h, { effectiveFrom: isoDate(0), authorityId: from.id });
    const MOVE = `mutation($id: ID!, $a: ID!) { serviceMove(id: $id, authorityId: $a) { service { authority { id } } userErrors { code field message } } }`;
    const same = await h.gql(MOVE, { id: service.id, a: from.id });
    expect(same.data.serviceMove.userErrors[0]).toMatchObject({ code: "INVALID", field: ["authorityId"] });
    const moved = await h.gql(MOVE, { id: service.id, a: to.id });
    expectNoErrors(moved, "serviceMove");
    expect(moved.data.serviceMove.service.authority.id).toBe(to.id);
    for (const filter of [{ authorityId: from.id }, { authorityId: to.id }, { territory: "45302" }]) {
      const events = (await readAll(h, null, filter)).events.filter((e) => e.kind === "SERVICE_MOVED" && e.serviceId === service.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ authorityId: to.id, previousAuthorityId: from.id, inForceVersionId: versionId });
    }
    // an anonymous caller may not move services
    const anonymous = await h.gql(MOVE, { id: service.id, a: from.id }, Viewer.anonymous());
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("a move keeps registry numbers unique per body (TAKEN, nothing changed); the database lets a service's body change only through service_move", async () => {
    const from = await createAuthority(h);
    const to = await createAuthority(h);
    const registryNumber = unique("MOVE-");
    const service = await createService(h, { authorityId: from.id, registryNumber });
    await createService(h, { authorityId: to.id, registryNumber });
    const MOVE = `mutation($id: ID!, $a: ID!) { serviceMove(id: $id, authorityId: $a) { service { id } userErrors { code field message } } }`;
    const taken = await h.gql(MOVE, { id: service.id, a: to.id });
    expect(taken.data.serviceMove.userErrors).toEqual([{ code: "TAKEN", field: ["authorityId"], message: `У этого органа власти уже есть услуга с реестровым номером ${registryNumber}` }]);
    const [row] = await h.ds.query(`SELECT authority_id FROM service WHERE id = $1`, [uuid(service.id)]);
    expect(row.authority_id).toBe(uuid(from.id));
    // the owner itself cannot move a service past the guard outside service_move, nor by setting its flag for another service
    const owner = await h.owner();
    await expect(owner.query(`UPDATE service SET authority_id = $2 WHERE id = $1`, [uuid(service.id), uuid(to.id)])).rejects.toThrow(/орган власти, уровень и вид услуги не изменяются/);
    await expect(
      owner.transaction(async (em) => {
        await em.query(`SELECT set_config('registry.service_move', gen_random_uuid()::text, true)`);
        await em.query(`UPDATE service SET authority_id = $2 WHERE id = $1`, [uuid(service.id), uuid(to.id)]);
      }),
    ).rejects.toThrow(/не изменяются/);
  });

  it("a territory filter reads a place as the catalogue does: bodies inside it, bodies whose territory contains it, federal bodies without a code", async () => {
    const city = await createAuthority(h, { oktmo: "56701000" });
    const region = await createAuthority(h, { level: "REGIONAL", oktmo: "56000000" });
    const federal = await createAuthority(h, { level: "FEDERAL", oktmo: null });
    const elsewhere = await createAuthority(h, { oktmo: "57701000" });
    const start = (await readAll(h, null, { territory: "56701" })).cursor;
    const published = [];
    for (const authority of [city, region, federal, elsewhere]) published.push((await publishedService(h, { effectiveFrom: isoDate(0), authorityId: authority.id })).service.id);
    const [inCity, inRegion, inCountry, outside] = published;
    const seen = async (territory: string) => new Set((await readAll(h, start, { territory })).events.map((e) => e.serviceId));
    const place = await seen("56701000001"); // a populated place of the city
    expect([inCity, inRegion, inCountry, outside].map((id) => place.has(id))).toEqual([true, true, true, false]);
    // the region: everything inside it, and the federal body; not the neighbouring region
    const whole = await seen("56");
    expect([inCity, inRegion, inCountry, outside].map((id) => whole.has(id))).toEqual([true, true, true, false]);
    // the catalogue answers the same for the place
    const inCatalogue = [];
    for (const authority of [city, region, federal, elsewhere]) {
      const res = await h.gql(`query($a: ID!, $t: String!) { services(first: 10, filter: { authorityId: $a, territory: $t }) { edges { node { id } } } }`, { a: authority.id, t: "56701000001" });
      expect(res.errors).toBeUndefined();
      inCatalogue.push(res.data.services.edges.length === 1);
    }
    expect(inCatalogue).toEqual([true, true, true, false]);
  });

  it("a bad cursor or page size is a Russian user error, not a 500", async () => {
    const res = await h.gql(CHANGES, { after: "bm90LWEtY3Vyc29y" });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toMatch(/Некорректный курсор ленты изменений/);
    const big = await h.gql(CHANGES, { first: 5000 });
    expect(big.errors?.[0].message).toMatch(/first не может превышать 1000/);
    const territory = await h.gql(CHANGES, { filter: { territory: "моск" } });
    expect(territory.errors?.[0].message).toMatch(/кодом ОКТМО/);
  });
});

describe("change feed: commit order, no gaps, no repeats", () => {
  it("an event whose transaction began first but commits last is still seen, after the one that committed first", async () => {
    const authority = await createAuthority(h);
    const service = await createService(h, { authorityId: authority.id });
    const s = { id: uuid(service.id), registryNumber: service.registryNumber, name: service.name, authorityId: uuid(authority.id) };
    const first = await readChanges(h.ds, "0", 1000, { authorityIds: [s.authorityId] });

    const slow = h.ds.createQueryRunner();
    const fast = h.ds.createQueryRunner();
    await slow.connect();
    await fast.connect();
    try {
      // the slow transaction writes its event first (a plain sequence would number it lower) ...
      await slow.startTransaction();
      await appendEvents(slow.manager, [{ kind: ChangeEventKind.SERVICE_MOVED, service: s, data: { inForceVersionId: null } }]);
      // ... the fast one writes and commits after it
      await fast.startTransaction();
      await appendEvents(fast.manager, [{ kind: ChangeEventKind.SERVICE_RENAMED, service: s, data: { previousName: "fast" } }]);
      await fast.commitTransaction();

      const mid = await readChanges(h.ds, first.endSeq, 1000, { authorityIds: [s.authorityId] });
      expect(mid.events.map((e) => e.kind)).toEqual(["SERVICE_RENAMED"]);

      await slow.commitTransaction();
      // the reader continues from where it stopped and gets the late commit, once
      const late = await readChanges(h.ds, mid.endSeq, 1000, { authorityIds: [s.authorityId] });
      expect(late.events.map((e) => e.kind)).toEqual(["SERVICE_MOVED"]);
      expect(BigInt(late.events[0].seq)).toBeGreaterThan(BigInt(mid.events[0].seq));
      expect((await readChanges(h.ds, late.endSeq, 1000, { authorityIds: [s.authorityId] })).events).toEqual([]);
    } finally {
      await slow.release();
      await fast.release();
    }
  });

  it("a mirror built from the feed alone, polling during concurrent publications and withdrawals, ends with the registry's services in force", async () => {
    const root = await createAuthority(h, { name: `Субъект ${unique()}`, level: "REGIONAL", oktmo: "56000000" });
    const bodies = await Promise.all([0, 1, 2].map(() => createAuthority(h, { parentId: root.id, oktmo: "56701000" })));
    const filter = { authorityId: root.id, includeSubordinate: true };
    const content = await completeContent(h, bodies[0].id);
    const dayD = isoDate(3);

    // the portal polls until told to stop, keeping only the cursor between polls
    let cursor: string | null = null;
    const seen: any[] = [];
    let stop = false;
    const poller = (async () => {
      while (!stop) {
        const page = await readAll(h, cursor, filter, 7);
        seen.push(...page.events);
        cursor = page.cursor;
        await new Promise((r) => setTimeout(r, 20));
      }
    })();

    // twelve services, each with its own script, all running at once
    const scripts = Array.from({ length: 12 }, (_, i) => async () => {
      const { service, versionId: v1 } = await publishedService(h, { effectiveFrom: isoDate(-1), authorityId: bodies[i % 3].id, content });
      switch (i % 4) {
        case 0: // a later version today, then withdrawn: nothing in force
          await withdraw(h, await publishNext(h, service.id, content, isoDate(0)));
          break;
        case 1: // scheduled, comes into force on D
          await publishNext(h, service.id, content, dayD);
          break;
        case 2: // scheduled, withdrawn before D: v1 stays
          await withdraw(h, await publishNext(h, service.id, content, isoDate(2)));
          break;
        case 3: // withdrawn outright
          await withdraw(h, v1);
          break;
      }
      return service.id;
    });
    const serviceIds = await Promise.all(scripts.map((run) => run()));
    await recordDueInForce(h.ds, dayD);
    stop = true;
    await poller;
    const tail = await readAll(h, cursor, filter);
    seen.push(...tail.events);

    // never one event twice, and exactly the events the registry recorded
    const ids = seen.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const [{ count }] = await h.ds.query(`SELECT count(*)::int AS count FROM change_event WHERE service_id = ANY($1::uuid[])`, [serviceIds.map(uuid)]);
    expect(ids).toHaveLength(count);

    // the mirror applies the events in order
    const mirror = new Map<string, string | null>();
    for (const e of seen) {
      if (e.kind === "VERSION_PUBLISHED" || e.kind === "VERSION_IN_FORCE") mirror.set(e.serviceId, e.versionId);
      if (e.kind === "VERSION_WITHDRAWN" && mirror.get(e.serviceId) === e.versionId) mirror.set(e.serviceId, null);
    }
    const registry: { service_id: string; id: string }[] = await h.ds.query(
      `SELECT DISTINCT ON (v.service_id) v.service_id, v.id FROM standard_version v
        WHERE v.service_id = ANY($1::uuid[]) AND ${inForceSql("v", "$2")} ORDER BY v.service_id, v.effective_from DESC`,
      [serviceIds.map(uuid), dayD],
    );
    const expected = Object.fromEntries(registry.map((r) => [r.service_id, r.id]));
    const mirrored = Object.fromEntries([...mirror].filter(([, v]) => v).map(([s, v]) => [uuid(s), uuid(v!)]));
    expect(mirrored).toEqual(expected);
    expect(Object.keys(expected)).toHaveLength(6); // scripts 1 and 2 keep a version in force on D
  });
});

describe("change feed over HTTP as NDJSON", () => {
  it("serves one event per line with the next cursor; a bad cursor is a 400 with a Russian message", async () => {
    const authority = await createAuthority(h);
    const { service } = await publishedService(h, { effectiveFrom: isoDate(0), authorityId: authority.id });
    const { app, url } = await startHttp(h.ds);
    try {
      const base = url.replace(/\/graphql$/, "");
      const res = await fetch(`${base}/changes?authorityId=${authority.id}&limit=1`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/application\/x-ndjson/);
      expect(res.headers.get("x-has-more")).toBe("true");
      const lines = (await res.text()).trim().split("\n").map((l) => JSON.parse(l));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ kind: "SERVICE_CREATED", serviceId: service.id });
      const next = await fetch(`${base}/changes?authorityId=${authority.id}&after=${res.headers.get("x-next-cursor")}`);
      const rest = (await next.text()).trim().split("\n").map((l) => JSON.parse(l));
      expect(rest.map((e) => e.kind)).toEqual(["VERSION_PUBLISHED"]);
      expect(rest[0].cursor).toBe(next.headers.get("x-next-cursor"));

      const bad = await fetch(`${base}/changes?after=zzz`);
      expect(bad.status).toBe(400);
      const body = await bad.json();
      expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(body.errors[0].message).toMatch(/Некорректный курсор/);
      expect((await fetch(`${base}/changes?limit=0`)).status).toBe(400);
      expect((await fetch(`${base}/changes`, { method: "POST" })).status).toBe(405);
    } finally {
      await app.stop();
    }
  });
});

describe("the GraphQL feed resolves the service and version", () => {
  it("service, version and authority of an event", async () => {
    const authority = await createAuthority(h);
    const { service } = await publishedService(h, { effectiveFrom: isoDate(0), authorityId: authority.id });
    const res = await h.gql(`query($f: ChangeFilter) { changes(filter: $f) { events { kind service { id } version { number } authority { id } } } }`, {
      f: { authorityId: authority.id },
    });
    expectNoErrors(res, "changes");
    expect(res.data.changes.events[1]).toEqual({ kind: "VERSION_PUBLISHED", service: { id: service.id }, version: { number: 1 }, authority: { id: authority.id } });
  });
});
