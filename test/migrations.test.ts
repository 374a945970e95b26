import { startHarness, type Harness } from "./support/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe("migrations", () => {
  it("match the entities (what `migration:generate --check` compares): no pending schema change", async () => {
    const sql = await h.ds.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("are all applied and none is pending", async () => {
    expect(await h.ds.showMigrations()).toBe(false);
  });
});
