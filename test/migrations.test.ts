import { startHarness, type Harness } from "./support/harness";
import { draftInReview } from "./support/standards";
import { ContentNormalForm1796158523805 } from "../migrations/1796158523805-content-normal-form";
import { contentHash } from "../src/shared/canonical-json";

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

describe("migration ContentNormalForm", () => {
  it("brings stored contents with null fields to the normal form and recomputes their hash, also for versions no longer editable", async () => {
    const { draftId } = await draftInReview(h);
    const id = Buffer.from(draftId, "base64url").toString().split(":")[1];
    const owner = await h.owner();
    const withNulls = { name: { fullName: "Услуга", shortName: null, keywords: null }, fee: { free: true, items: null }, forms: { request: {} } };
    // as an older version of the app stored it: the nulls kept and hashed with them (written past the guard, as only the owner can)
    await owner.transaction(async (em) => {
      await em.query(`ALTER TABLE standard_version DISABLE TRIGGER USER`);
      await em.query(`UPDATE standard_version SET content = $2, content_hash = 'old-hash' WHERE id = $1`, [id, JSON.stringify(withNulls)]);
      await em.query(`ALTER TABLE standard_version ENABLE TRIGGER USER`);
    });
    const runner = owner.createQueryRunner();
    await runner.startTransaction();
    try {
      await new ContentNormalForm1796158523805().up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    const [row] = await h.ds.query(`SELECT content, content_hash, status FROM standard_version WHERE id = $1`, [id]);
    expect(row.content).toEqual({ name: { fullName: "Услуга" }, fee: { free: true } });
    expect(row.content_hash).toBe(contentHash(withNulls));
    expect(row.content_hash).toBe(contentHash(row.content));
    expect(row.status).toBe("IN_REVIEW");
    // the guard is back: the content of a version in review cannot be changed
    await expect(owner.query(`UPDATE standard_version SET content = '{}' WHERE id = $1`, [id])).rejects.toThrow();
  });
});
