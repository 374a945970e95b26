import { startHarness, unique, type Harness } from "../support/harness";
import { createAuthority, createLegalAct } from "../support/factories";
import { userWith } from "../support/viewers";
import { Role } from "../../src/auth/auth.entities";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe("legalActCreate", () => {
  it("registers an act and tells whether it is federal", async () => {
    const number = unique("N-");
    const res = await h.gql(
      `mutation($input: LegalActInput!) { legalActCreate(input: $input) { legalAct { id type issuer number date title url federal createdAt } userErrors { code } } }`,
      {
        input: {
          type: "MUNICIPAL_ACT",
          issuer: "Администрация города",
          number,
          date: "2023-03-15",
          title: "Об утверждении административного регламента",
          url: "https://example.org/act",
        },
      },
    );
    expect(res.data.legalActCreate.legalAct).toMatchObject({
      type: "MUNICIPAL_ACT",
      number,
      date: "2023-03-15",
      federal: false,
      url: "https://example.org/act",
    });
  });
});

const CREATE = `mutation($input: LegalActInput!) { legalActCreate(input: $input) { legalAct { id type issuer number date title } existing userErrors { code field message } } }`;

describe("legalActCreate by registrars, deduplicated", () => {
  it("lets a registrar of any authority register an act; an approver or auditor may not", async () => {
    const authority = await createAuthority(h);
    const input = { type: "MUNICIPAL_ACT", issuer: "Администрация города", number: unique("R-"), date: "2024-02-01", title: "Об утверждении административного регламента" };
    const res = await h.gql(CREATE, { input }, userWith(Role.REGISTRAR, [authority.id]));
    expect(res.errors).toBeUndefined();
    expect(res.data.legalActCreate).toMatchObject({ legalAct: { number: input.number }, existing: false, userErrors: [] });
    for (const role of [Role.APPROVER, Role.AUDITOR]) {
      const denied = await h.gql(CREATE, { input: { ...input, number: unique("R-") } }, userWith(role, [authority.id]));
      expect(denied.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("returns the registered act for the same type, issuer, number and date (spaces, case and «№» aside), writing nothing", async () => {
    const authority = await createAuthority(h);
    const registrar = userWith(Role.REGISTRAR, [authority.id]);
    const number = unique("Д-");
    const first = await h.gql(CREATE, { input: { type: "REGIONAL_LAW", issuer: "Законодательное Собрание Пензенской области", number, date: "2020-05-05", title: "О порядке" } }, registrar);
    expect(first.data.legalActCreate.existing).toBe(false);
    const count = () => h.ds.query("SELECT count(*)::int AS n FROM legal_act WHERE lower(number) = lower($1)", [number]).then((r) => r[0].n);
    const audits = () => h.ds.query("SELECT count(*)::int AS n FROM audit_entry WHERE action = 'legalActCreate' AND changes->>'number' ILIKE $1", [number]).then((r) => r[0].n);
    const again = await h.gql(
      CREATE,
      { input: { type: "REGIONAL_LAW", issuer: "  законодательное  собрание Пензенской области ", number: `№ ${number.toLowerCase()}`, date: "2020-05-05", title: "Иное наименование" } },
      registrar,
    );
    expect(again.data.legalActCreate).toEqual({ legalAct: first.data.legalActCreate.legalAct, existing: true, userErrors: [] });
    expect(await count()).toBe(1);
    expect(await audits()).toBe(1);
    // a different date or type is another act
    const other = await h.gql(CREATE, { input: { type: "REGIONAL_LAW", issuer: "Законодательное Собрание Пензенской области", number, date: "2021-05-05", title: "О порядке" } }, registrar);
    expect(other.data.legalActCreate.existing).toBe(false);
  });

  it("registers an act once when two registrars register it at the same time", async () => {
    const authority = await createAuthority(h);
    const input = { type: "MUNICIPAL_ACT", issuer: "Администрация", number: unique("C-"), date: "2023-01-01", title: "Акт" };
    const results = await Promise.all([1, 2, 3].map(() => h.gql(CREATE, { input }, userWith(Role.REGISTRAR, [authority.id]))));
    const ids = new Set(results.map((r) => r.data.legalActCreate.legalAct.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.data.legalActCreate.existing === false)).toHaveLength(1);
  });
});

describe("legalActs", () => {
  it("finds acts by Russian word forms (stemming) and by number", async () => {
    const tag = unique("тег");
    const act = await createLegalAct(h, { title: `Об утверждении регламента выдачи разрешений на строительство ${tag}`, number: unique("777-") });
    const SEARCH = `query($q: String) { legalActs(first: 50, search: $q) { edges { node { id title } } } }`;
    const byStem = await h.gql(SEARCH, { q: `разрешение строительства ${tag}` });
    expect(byStem.data.legalActs.edges.map((e: any) => e.node.id)).toEqual([act.id]);
    const byNumber = await h.gql(SEARCH, { q: act.number });
    expect(byNumber.data.legalActs.edges.map((e: any) => e.node.id)).toContain(act.id);
    const none = await h.gql(SEARCH, { q: `${tag} космодром` });
    expect(none.data.legalActs.edges).toEqual([]);
  });

  it("lists newest first and pages with cursors", async () => {
    const older = await createLegalAct(h, { date: "1990-01-01", title: unique("Старый акт ") });
    const newer = await createLegalAct(h, { date: "2099-12-31", title: unique("Новый акт ") });
    const first = await h.gql(`{ legalActs(first: 1) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
    expect(first.data.legalActs.edges[0].node.id).toBe(newer.id);
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await h.gql(`query($after: String) { legalActs(first: 25, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { after });
      ids.push(...res.data.legalActs.edges.map((e: any) => e.node.id));
      if (!res.data.legalActs.pageInfo.hasNextPage) break;
      after = res.data.legalActs.pageInfo.endCursor;
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
  });
});
