import { startHarness, unique, type Harness } from "../support/harness";
import { createLegalAct } from "../support/factories";

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
