import { startHarness, type Harness } from "./support/harness";
import { loadSeeds } from "../src/seeding/load-seeds";
import { seedServices } from "../seeds";
import { StandardElement } from "../src/completeness/elements";
import { Viewer } from "../src/auth/viewer";

/** The seeds load through the API, idempotently; every seeded standard's report is checked. */
let h: Harness;
let loadedFirst: number;
let loadedSecond: number;
beforeAll(async () => {
  h = await startHarness();
  loadedFirst = await loadSeeds(h.ds, h.apollo);
  loadedSecond = await loadSeeds(h.ds, h.apollo);
});
afterAll(() => h.close());

const REPORT = `query($rn: String!) {
  serviceByRegistryNumber(registryNumber: $rn) {
    name kind
    current { number status completeness { complete score issues { rule severity path } } }
    draft { number completeness { complete issues { rule severity } } }
    versions(first: 10) { edges { node { id number status effectiveFrom approvingAct { number } changesFromPrevious { element kind summary } } } }
  }
}`;

describe("seeds", () => {
  it("hold at least 6 real services, load idempotently", () => {
    expect(seedServices.length).toBeGreaterThanOrEqual(6);
    expect(loadedFirst + loadedSecond).toBeLessThanOrEqual(seedServices.length);
    expect(loadedSecond).toBe(0);
  });

  it.each(seedServices.map((s) => [s.registryNumber, s] as const))("%s: its standard has no completeness ERROR", async (rn, seed) => {
    const res = await h.gql(REPORT, { rn });
    expect(res.errors).toBeUndefined();
    const service = res.data.serviceByRegistryNumber;
    // the registry name follows the latest published standard
    const last = seed.versions.at(-1)!;
    expect(service.name).toBe(last.approvingActKey ? last.content.name!.fullName : seed.name);
    const latest = service.current ?? service.draft;
    const errors = latest.completeness.issues.filter((i: any) => i.severity === "ERROR");
    expect(errors).toEqual([]);
    expect(latest.completeness.complete).toBe(true);
    // every element of the catalog has its provenance recorded
    const required = Object.values(StandardElement).filter((e) => e.startsWith("ART14_1_"));
    for (const element of required) expect(seed.provenance[element]).toBeDefined();
  });

  it("carry a real history: at least two services with two or more published versions, each diff non-empty", async () => {
    const withHistory = [];
    for (const seed of seedServices) {
      const res = await h.gql(REPORT, { rn: seed.registryNumber });
      const versions = res.data.serviceByRegistryNumber.versions.edges.map((e: any) => e.node);
      const published = versions.filter((v: any) => v.status === "PUBLISHED" || v.status === "SUPERSEDED");
      if (published.length >= 2) {
        withHistory.push(seed.registryNumber);
        for (const v of published.filter((v: any) => v.number > 1)) {
          expect(v.approvingAct.number).toBeTruthy();
          expect(v.changesFromPrevious.length).toBeGreaterThan(0);
          expect(v.changesFromPrevious.every((c: any) => c.summary.length > 0)).toBe(true);
        }
      }
    }
    expect(withHistory.length).toBeGreaterThanOrEqual(2);
  });

  it("are public when published: an anonymous portal sees the standard in force", async () => {
    const published = seedServices.find((s) => s.versions.at(-1)!.approvingActKey)!;
    const res = await h.gql(`query($rn: String!) { serviceByRegistryNumber(registryNumber: $rn) { current { status } draft { id } } }`, { rn: published.registryNumber }, Viewer.anonymous());
    expect(res.data.serviceByRegistryNumber).toEqual({ current: { status: "PUBLISHED" }, draft: null });
  });
});
