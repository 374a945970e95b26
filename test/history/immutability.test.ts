import type { DataSource } from "typeorm";
import { startHarness, type Harness } from "../support/harness";
import { isoDate, publishedService } from "../support/standards";

/**
 * PostgreSQL itself refuses to rewrite history: raw SQL, no API involved, connected as the
 * owner of the tables (the app's role may not even try: test/db/least-privilege.test.ts).
 */
let h: Harness;
let owner: DataSource;
beforeAll(async () => {
  h = await startHarness();
  owner = await h.owner();
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
    const before = await owner.query("SELECT * FROM standard_version WHERE id = $1", [uuidOf(versionId)]);
    await expect(owner.query(sql, [uuidOf(versionId)])).rejects.toThrow(/неизменяема|удалить нельзя|Недопустим|изменить нельзя/);
    expect(await owner.query("SELECT * FROM standard_version WHERE id = $1", [uuidOf(versionId)])).toEqual(before);
  });

  it("ends a published version's force only when its successor comes into force (checked at commit)", async () => {
    const { versionId } = await publishedService(h, { effectiveFrom: isoDate(0) });
    await expect(owner.query(`UPDATE standard_version SET effective_to = $2 WHERE id = $1`, [uuidOf(versionId), isoDate(5)])).rejects.toThrow(
      /прекращается только вступлением в силу следующей версии/,
    );
    const [row] = await owner.query("SELECT status, effective_to FROM standard_version WHERE id = $1", [uuidOf(versionId)]);
    expect(row).toEqual({ status: "PUBLISHED", effective_to: null });
  });

  it("rejects TRUNCATE of the versions table", async () => {
    await expect(owner.query("TRUNCATE standard_version CASCADE")).rejects.toThrow(/только для добавления/);
  });
});

describe("the audit log is append-only", () => {
  it("rejects UPDATE, DELETE and TRUNCATE", async () => {
    await publishedService(h, { effectiveFrom: isoDate(0) });
    const [entry] = await owner.query("SELECT id, actor FROM audit_entry ORDER BY seq DESC LIMIT 1");
    await expect(owner.query("UPDATE audit_entry SET actor = 'someone' WHERE id = $1", [entry.id])).rejects.toThrow(/только для добавления/);
    await expect(owner.query("DELETE FROM audit_entry WHERE id = $1", [entry.id])).rejects.toThrow(/только для добавления/);
    await expect(owner.query("TRUNCATE audit_entry")).rejects.toThrow(/только для добавления/);
    const [after] = await owner.query("SELECT id, actor FROM audit_entry WHERE id = $1", [entry.id]);
    expect(after).toEqual(entry);
  });
});
