import { startHarness, type Harness } from "../support/harness";
import { createAuthority, createService } from "../support/factories";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe("service / serviceByRegistryNumber / standardVersion", () => {
  it("reads a service by id, by registry number and through node(id), with its draft", async () => {
    const s = await createService(h);
    const res = await h.gql(
      `query($id: ID!, $rn: String!, $draft: ID!) {
         service(id: $id) { id registryNumber draft { id } latestVersion { id number } }
         serviceByRegistryNumber(registryNumber: $rn) { id name }
         node(id: $id) { id ... on Service { registryNumber } }
         standardVersion(id: $draft) { id number status revision service { id } }
         unknown: serviceByRegistryNumber(registryNumber: "no-such-number") { id }
       }`,
      { id: s.id, rn: s.registryNumber, draft: s.draft.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.service).toEqual({ id: s.id, registryNumber: s.registryNumber, draft: { id: s.draft.id }, latestVersion: { id: s.draft.id, number: 1 } });
    expect(res.data.serviceByRegistryNumber).toEqual({ id: s.id, name: s.name });
    expect(res.data.node).toEqual({ id: s.id, registryNumber: s.registryNumber });
    expect(res.data.standardVersion).toEqual({ id: s.draft.id, number: 1, status: "DRAFT", revision: 1, service: { id: s.id } });
    expect(res.data.unknown).toBeNull();
  });
});

describe("services", () => {
  it("filters by authority (with subordinates), level and kind", async () => {
    const parent = await createAuthority(h, { level: "REGIONAL" });
    const child = await createAuthority(h, { level: "MUNICIPAL", parentId: parent.id });
    const own = await createService(h, { authorityId: parent.id, kind: "UNIFIED" });
    const sub = await createService(h, { authorityId: child.id });
    const Q = `query($filter: ServiceFilter) { services(first: 100, filter: $filter) { edges { node { id } } totalCount } }`;
    const ids = async (filter: object) => (await h.gql(Q, { filter })).data.services.edges.map((e: any) => e.node.id);
    expect(await ids({ authorityId: parent.id })).toEqual([own.id]);
    expect((await ids({ authorityId: parent.id, includeSubordinate: true })).sort()).toEqual([own.id, sub.id].sort());
    expect(await ids({ authorityId: parent.id, includeSubordinate: true, kind: "UNIFIED" })).toEqual([own.id]);
    expect(await ids({ authorityId: parent.id, includeSubordinate: true, level: "MUNICIPAL" })).toEqual([sub.id]);
  });

  it("loads a page of 20 services with their authorities and drafts in a fixed number of SQL queries (no N+1)", async () => {
    const authority = await createAuthority(h);
    for (let i = 0; i < 20; i++) {
      const own = i % 2 === 0 ? (await createAuthority(h, { parentId: authority.id })).id : authority.id;
      await createService(h, { authorityId: own });
    }
    const Q = `query($filter: ServiceFilter) {
      services(first: 20, filter: $filter) { edges { node { id name authority { id name parent { id } } draft { id status } } } }
    }`;
    h.counter.reset();
    const res = await h.gql(Q, { filter: { authorityId: authority.id, includeSubordinate: true } });
    expect(res.data.services.edges).toHaveLength(20);
    expect(res.data.services.edges.every((e: any) => e.node.authority.name && e.node.draft.status === "DRAFT")).toBe(true);
    // subtree ids, the page, authorities with their parents (one batch: the parent is among them), drafts (one batch)
    expect(h.counter.queries).toHaveLength(4);
  });
});
