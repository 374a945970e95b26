import { startHarness, type Harness } from "../support/harness";
import { createLegalAct, expectNoErrors } from "../support/factories";
import { DRAFT_CREATE, WITHDRAW, isoDate, publishContent, publishedService } from "../support/standards";
import { VersionState, versionState } from "../../src/standards/version-state";
import { StandardVersionStatus } from "../../src/standards/standard-version.entity";

/**
 * Status names that mean what they say (issue 9 items 6 and 7): the stored lifecycle
 * (`status`) never changes with time; `state` and `inForce` say where a version stands today;
 * counts match their descriptions; a service's updatedAt moves with what it offers.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const VIEW = `query($id: ID!) {
  service(id: $id) {
    updatedAt
    current { id status state inForce }
    scheduled { number state }
    versions(first: 10) { edges { node { number status state inForce effectiveFrom effectiveTo } } }
  }
}`;

describe("a scheduled successor", () => {
  it("leaves the version in force today reading IN_FORCE, never SUPERSEDED; the scheduled one reads SCHEDULED; both count as published", async () => {
    const { service, versionId: v1, content, authority } = await publishedService(h, { effectiveFrom: isoDate(-10) });
    const v2 = (await h.gql(DRAFT_CREATE, { serviceId: service.id })).data.standardDraftCreate.standardVersion;
    await publishContent(h, v2.id, 1, content, isoDate(20), (await createLegalAct(h)).id);

    const view = (await h.gql(VIEW, { id: service.id })).data.service;
    expect(view.current).toEqual({ id: v1, status: "PUBLISHED", state: "IN_FORCE", inForce: true });
    expect(view.scheduled).toEqual({ number: 2, state: "SCHEDULED" });
    expect(view.versions.edges.map((e: any) => e.node)).toEqual([
      { number: 2, status: "PUBLISHED", state: "SCHEDULED", inForce: false, effectiveFrom: isoDate(20), effectiveTo: null },
      { number: 1, status: "PUBLISHED", state: "IN_FORCE", inForce: true, effectiveFrom: isoDate(-10), effectiveTo: isoDate(20) },
    ]);

    // completenessSummary.published: "in force or coming into force" — both of them
    const summary = await h.gql(`query($id: ID!) { completenessSummary(authorityId: $id) { published { complete incomplete } drafts { complete incomplete } } }`, {
      id: authority.id,
    });
    expect(summary.data.completenessSummary.published).toEqual({ complete: 2, incomplete: 0 });
    expect(summary.data.completenessSummary.drafts).toEqual({ complete: 0, incomplete: 0 });
  });

  it("after its date the predecessor reads SUPERSEDED and is no longer counted as published", async () => {
    const { service, content, authority } = await publishedService(h, { effectiveFrom: isoDate(-10) });
    const v2 = (await h.gql(DRAFT_CREATE, { serviceId: service.id })).data.standardDraftCreate.standardVersion;
    await publishContent(h, v2.id, 1, content, isoDate(-2), (await createLegalAct(h)).id);
    const view = (await h.gql(VIEW, { id: service.id })).data.service;
    expect(view.scheduled).toBeNull();
    expect(view.versions.edges.map((e: any) => [e.node.number, e.node.status, e.node.state])).toEqual([
      [2, "PUBLISHED", "IN_FORCE"],
      [1, "PUBLISHED", "SUPERSEDED"],
    ]);
    const summary = await h.gql(`query($id: ID!) { completenessSummary(authorityId: $id) { published { complete incomplete } } }`, { id: authority.id });
    expect(summary.data.completenessSummary.published).toEqual({ complete: 1, incomplete: 0 });
  });

  it("a withdrawn version reads WITHDRAWN, and the version it was to replace is in force again", async () => {
    const { service, versionId: v1, content } = await publishedService(h, { effectiveFrom: isoDate(-10) });
    const v2 = (await h.gql(DRAFT_CREATE, { serviceId: service.id })).data.standardDraftCreate.standardVersion;
    await publishContent(h, v2.id, 1, content, isoDate(5), (await createLegalAct(h)).id);
    expectNoErrors(await h.gql(WITHDRAW, { id: v2.id, reason: "Отменена до вступления в силу" }), "standardVersionWithdraw");
    const view = (await h.gql(VIEW, { id: service.id })).data.service;
    expect(view.current).toEqual({ id: v1, status: "PUBLISHED", state: "IN_FORCE", inForce: true });
    expect(view.versions.edges.map((e: any) => [e.node.number, e.node.status, e.node.state, e.node.effectiveTo])).toEqual([
      [2, "WITHDRAWN", "WITHDRAWN", isoDate(5)],
      [1, "PUBLISHED", "IN_FORCE", null],
    ]);
  });
});

describe("versionState (pure)", () => {
  const published = (from: string, to: string | null) => ({ status: StandardVersionStatus.PUBLISHED, effectiveFrom: from, effectiveTo: to });
  it.each([
    [published("2024-02-01", null), "2024-01-31", VersionState.SCHEDULED],
    [published("2024-02-01", null), "2024-02-01", VersionState.IN_FORCE],
    [published("2024-02-01", "2024-03-01"), "2024-02-29", VersionState.IN_FORCE],
    [published("2024-02-01", "2024-03-01"), "2024-03-01", VersionState.SUPERSEDED],
    [{ status: StandardVersionStatus.WITHDRAWN, effectiveFrom: "2024-02-01", effectiveTo: "2024-02-10" }, "2024-02-05", VersionState.WITHDRAWN],
    [{ status: StandardVersionStatus.DRAFT, effectiveFrom: null, effectiveTo: null }, "2024-02-05", VersionState.DRAFT],
    [{ status: StandardVersionStatus.IN_REVIEW, effectiveFrom: null, effectiveTo: null }, "2024-02-05", VersionState.IN_REVIEW],
  ])("%o on %s is %s", (version, date, state) => {
    expect(versionState(version, date)).toBe(state);
  });
});

describe("Service.updatedAt", () => {
  it("moves on publication and on withdrawal, so that orderBy UPDATED and 'changed since' see them", async () => {
    const { service, content } = await publishedService(h, { effectiveFrom: isoDate(-10) });
    const read = async () => new Date((await h.gql(VIEW, { id: service.id })).data.service.updatedAt).getTime();
    const afterFirst = await read();
    const v2 = (await h.gql(DRAFT_CREATE, { serviceId: service.id })).data.standardDraftCreate.standardVersion;
    const beforeSecond = await read();
    await publishContent(h, v2.id, 1, content, isoDate(-1), (await createLegalAct(h)).id);
    const afterSecond = await read();
    expect(afterSecond).toBeGreaterThan(beforeSecond);
    expect(beforeSecond).toBe(afterFirst); // opening a draft changes nothing the public sees
    expectNoErrors(await h.gql(WITHDRAW, { id: v2.id, reason: "Отозвана" }), "standardVersionWithdraw");
    expect(await read()).toBeGreaterThan(afterSecond);
  });
});
