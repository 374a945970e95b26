import { startHarness, unique, type Harness } from "../support/harness";
import { createAuthority } from "../support/factories";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe("authorityCreate / authorityUpdate", () => {
  it("creates an authority under a parent and updates it partially", async () => {
    const parent = await createAuthority(h, { level: "REGIONAL", oktmo: "40000000" });
    const name = `Комитет ${unique()}`;
    const created = await h.gql(
      `mutation($input: AuthorityInput!) { authorityCreate(input: $input) { authority { id name shortName level oktmo parent { id } createdAt } userErrors { code } } }`,
      { input: { name, shortName: "КГА", level: "REGIONAL", oktmo: "40000000001", parentId: parent.id } },
    );
    const authority = created.data.authorityCreate.authority;
    expect(authority).toMatchObject({ name, shortName: "КГА", level: "REGIONAL", oktmo: "40000000001", parent: { id: parent.id } });

    const updated = await h.gql(
      `mutation($id: ID!, $input: AuthorityUpdateInput!) { authorityUpdate(id: $id, input: $input) { authority { id name shortName oktmo parent { id } } userErrors { code } } }`,
      { id: authority.id, input: { shortName: null, oktmo: "40000000002" } },
    );
    expect(updated.data.authorityUpdate).toEqual({
      authority: { id: authority.id, name, shortName: null, oktmo: "40000000002", parent: { id: parent.id } },
      userErrors: [],
    });
  });
});

describe("authority / authorities / node", () => {
  it("reads an authority by id and through node(id); unknown or malformed ids give null", async () => {
    const a = await createAuthority(h);
    const res = await h.gql(
      `query($id: ID!, $bad: ID!) {
         authority(id: $id) { id name }
         node(id: $id) { id ... on Authority { name level } }
         missing: authority(id: $bad)
         { id }
         garbage: node(id: "!!!") { id }
       }`,
      { id: a.id, bad: "QXV0aG9yaXR5OjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA" },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.authority).toEqual({ id: a.id, name: a.name });
    expect(res.data.node).toEqual({ id: a.id, name: a.name, level: "MUNICIPAL" });
    expect(res.data.missing).toBeNull();
    expect(res.data.garbage).toBeNull();
  });

  it("pages through all authorities by name with keyset cursors, forward and backward, without gaps or repeats", async () => {
    for (let i = 0; i < 5; i++) await createAuthority(h);
    const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
      authorities(first: $first, after: $after, last: $last, before: $before) {
        edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount
      }
    }`;
    const all: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const res: any = await h.gql(PAGE, { first: 3, after });
      const page = res.data.authorities;
      total = page.totalCount;
      all.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(total);
    const [{ count }] = await h.ds.query("SELECT count(*)::int AS count FROM authority");
    expect(total).toBe(count);

    const forward: any = await h.gql(PAGE, { first: 4 });
    const back: any = await h.gql(PAGE, { last: 2, before: forward.data.authorities.edges[3].cursor });
    expect(back.data.authorities.edges.map((e: any) => e.node.id)).toEqual(forward.data.authorities.edges.slice(1, 3).map((e: any) => e.node.id));
    expect(back.data.authorities.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it("rejects a malformed cursor and a page size over the limit", async () => {
    const bad = await h.gql(`{ authorities(first: 2, after: "zzz") { totalCount } }`);
    expect(bad.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(bad.errors![0].message).toMatch(/курсор/);
    const big = await h.gql(`{ authorities(first: 1000) { totalCount } }`);
    expect(big.errors![0].message).toMatch(/first не может превышать 100/);
  });
});
