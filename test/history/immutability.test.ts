import { startHarness, type Harness } from "../support/harness";
import { isoDate, publishedService } from "../support/standards";

/** PostgreSQL itself refuses to rewrite history: raw SQL, no API involved. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const uuidOf = (globalId: string) => Buffer.from(globalId, "base64url").toString().split(":")[1];

describe("published versions are immutable in the database", () => {
  it.each([
    ["its content", `UPDATE standard_version SET content = '{}'::jsonb WHERE id = $1`],
    ["its hash", `UPDATE standard_version SET content_hash = 'x' WHERE id = $1`],
    ["its effective date", `UPDATE standard_version SET effective_from = '2000-01-01' WHERE id = $1`],
    ["its change note", `UPDATE standard_version SET change_note = 'исправлено задним числом' WHERE id = $1`],
    ["its status back to DRAFT", `UPDATE standard_version SET status = 'DRAFT' WHERE id = $1`],
    ["its number", `UPDATE standard_version SET number = 99 WHERE id = $1`],
    ["the row itself", `DELETE FROM standard_version WHERE id = $1`],
  ])("rejects a raw SQL change of %s", async (_what, sql) => {
    const { versionId } = await publishedService(h, { effectiveFrom: isoDate(0) });
    const before = await h.ds.query("SELECT * FROM standard_version WHERE id = $1", [uuidOf(versionId)]);
    await expect(h.ds.query(sql, [uuidOf(versionId)])).rejects.toThrow(/неизменяема|удалить нельзя|Недопустим|изменить нельзя/);
    expect(await h.ds.query("SELECT * FROM standard_version WHERE id = $1", [uuidOf(versionId)])).toEqual(before);
  });

  it("allows only the status transitions (PUBLISHED → SUPERSEDED with an end date)", async () => {
    const { versionId } = await publishedService(h, { effectiveFrom: isoDate(0) });
    await h.ds.query(`UPDATE standard_version SET status = 'SUPERSEDED', effective_to = $2 WHERE id = $1`, [uuidOf(versionId), isoDate(5)]);
    await expect(h.ds.query(`UPDATE standard_version SET effective_to = $2 WHERE id = $1`, [uuidOf(versionId), isoDate(9)])).rejects.toThrow();
  });

  it("rejects TRUNCATE of the versions table", async () => {
    await expect(h.ds.query("TRUNCATE standard_version CASCADE")).rejects.toThrow(/только для добавления/);
  });
});

describe("the audit log is append-only", () => {
  it("rejects UPDATE, DELETE and TRUNCATE", async () => {
    await publishedService(h, { effectiveFrom: isoDate(0) });
    const [entry] = await h.ds.query("SELECT id, actor FROM audit_entry ORDER BY seq DESC LIMIT 1");
    await expect(h.ds.query("UPDATE audit_entry SET actor = 'someone' WHERE id = $1", [entry.id])).rejects.toThrow(/только для добавления/);
    await expect(h.ds.query("DELETE FROM audit_entry WHERE id = $1", [entry.id])).rejects.toThrow(/только для добавления/);
    await expect(h.ds.query("TRUNCATE audit_entry")).rejects.toThrow(/только для добавления/);
    const [after] = await h.ds.query("SELECT id, actor FROM audit_entry WHERE id = $1", [entry.id]);
    expect(after).toEqual(entry);
  });
});
