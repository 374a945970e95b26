import type { DataSource } from "typeorm";
import { startHarness, type Harness } from "../support/harness";
import { DRAFT_CREATE, PUBLISH, SUBMIT, WITHDRAW, isoDate, publishContent, publishedService } from "../support/standards";
import { createLegalAct, createService, expectNoErrors } from "../support/factories";

/**
 * History cannot be forged (issue 10 §2): raw SQL as the app's role (what an injection or a
 * bug could send) and as the owner of the tables; the database's guards refuse it.
 */
let h: Harness;
let owner: DataSource;
beforeAll(async () => {
  h = await startHarness();
  owner = await h.owner();
});
afterAll(() => h.close());

const uuid = (globalId: string) => Buffer.from(globalId, "base64url").toString().split(":")[1];
const AS_OF = `query($id: ID!, $d: LocalDate!) { service(id: $id) { standardAsOf(date: $d) { id } current { id } } }`;

describe("versions are inserted only as drafts", () => {
  it.each([
    ["a PUBLISHED version with invented content", "PUBLISHED"],
    ["a WITHDRAWN version", "WITHDRAWN"],
    ["a version already in review", "IN_REVIEW"],
  ])("refuses to insert %s, as the app and as the owner", async (_what, status) => {
    const service = await createService(h);
    const sql = `INSERT INTO standard_version (service_id, number, status, content, content_hash, effective_from, published_at)
                 VALUES ($1, 7, $2, '{"name": {"fullName": "Выдуманная редакция"}}', 'x', '2011-01-01', now())`;
    for (const ds of [h.ds, owner]) await expect(ds.query(sql, [uuid(service.id), status])).rejects.toThrow(/создаётся только как черновик/);
    // and not a draft that pretends to be published either
    await expect(
      h.ds.query(`INSERT INTO standard_version (service_id, number, status, content, content_hash, published_at) VALUES ($1, 8, 'DRAFT', '{}', 'x', now())`, [uuid(service.id)]),
    ).rejects.toThrow(/создаётся только как черновик/);
    const view = await h.gql(AS_OF, { id: service.id, d: "2015-01-01" });
    expect(view.data.service.standardAsOf).toBeNull();
  });
});

describe("a withdrawal ends force at the moment of withdrawal", () => {
  it("refuses PUBLISHED → WITHDRAWN with an end date in the past (1900-01-01, yesterday) or far ahead; the past stays as it was", async () => {
    const { service, versionId } = await publishedService(h, { effectiveFrom: isoDate(-30) });
    const withdraw = (ds: DataSource, to: string) =>
      ds.query(`UPDATE standard_version SET status = 'WITHDRAWN', withdrawal_reason = 'x', withdrawn_at = now(), effective_to = $2 WHERE id = $1`, [uuid(versionId), to]);
    for (const ds of [h.ds, owner]) {
      for (const to of ["1900-01-01", isoDate(-10), isoDate(-2), isoDate(30)]) await expect(withdraw(ds, to)).rejects.toThrow(/не задним или будущим числом/);
    }
    const view = await h.gql(AS_OF, { id: service.id, d: isoDate(-20) });
    expect(view.data.service.standardAsOf).toEqual({ id: versionId });
    expect(view.data.service.current).toEqual({ id: versionId });
  });

  it("stamps the moment of withdrawal itself (withdrawn_at = now), whatever the statement says", async () => {
    const { versionId } = await publishedService(h, { effectiveFrom: isoDate(-3) });
    await h.ds.query(
      `UPDATE standard_version SET status = 'WITHDRAWN', withdrawal_reason = 'Проверка', withdrawn_at = '2001-01-01', effective_to = $2 WHERE id = $1`,
      [uuid(versionId), isoDate(0)],
    );
    const [row] = await h.ds.query("SELECT withdrawn_at > now() - interval '1 minute' AS now_ish FROM standard_version WHERE id = $1", [uuid(versionId)]);
    expect(row.now_ish).toBe(true);
  });

  it("withdraws through the API from today; a superseded version cannot be withdrawn", async () => {
    const { service, versionId: v1, content } = await publishedService(h, { effectiveFrom: isoDate(-10) });
    const v2 = (await h.gql(DRAFT_CREATE, { serviceId: service.id })).data.standardDraftCreate.standardVersion;
    await publishContent(h, v2.id, 1, content, isoDate(-5), (await createLegalAct(h)).id);
    const res = await h.gql(WITHDRAW, { id: v1, reason: "Попытка отозвать заменённую" });
    expect(res.data.standardVersionWithdraw.userErrors).toEqual([{ code: "INVALID_TRANSITION", field: ["id"], message: expect.stringMatching(/заменена следующей/) }]);
    const ok = await h.gql(WITHDRAW, { id: v2.id, reason: "Отменена" });
    expect(ok.data.standardVersionWithdraw.standardVersion).toMatchObject({ status: "WITHDRAWN", effectiveTo: isoDate(0) });
  });
});

describe("effective dates have sane bounds", () => {
  it.each([["9999-12-31"], ["2300-01-01"], ["2010-07-26"], ["1900-01-01"]])("refuses to publish a version effective %s (OUT_OF_RANGE), and the guard refuses it in raw SQL", async (date) => {
    const service = await createService(h);
    const { content } = await publishedService(h, { effectiveFrom: isoDate(0) });
    const act = await createLegalAct(h);
    await h.gql(`mutation($id: ID!, $input: StandardContentInput!) { standardDraftUpdate(id: $id, input: $input, expectedRevision: 1) { userErrors { code } } }`, {
      id: service.draft.id,
      input: { ...content, name: { ...content.name, fullName: service.name } },
    });
    expectNoErrors(await h.gql(SUBMIT, { id: service.draft.id }), "standardDraftSubmit");
    const res = await h.gql(PUBLISH, { id: service.draft.id, input: { effectiveFrom: date, approvingActId: act.id } });
    expect(res.data.standardVersionPublish.userErrors).toEqual([{ code: "OUT_OF_RANGE", field: ["input", "effectiveFrom"], message: expect.stringMatching(/27\.07\.2010.*5 лет/) }]);
    await expect(
      h.ds.query(`UPDATE standard_version SET status = 'PUBLISHED', effective_from = $2 WHERE id = $1`, [uuid(service.draft.id), date]),
    ).rejects.toThrow(/вне допустимых пределов/);
  });

  it("publishes five years ahead at most, and stamps the publication time itself", async () => {
    const { service, versionId } = await publishedService(h, { effectiveFrom: isoDate(365 * 4) });
    const [row] = await h.ds.query("SELECT published_at > now() - interval '1 minute' AS now_ish FROM standard_version WHERE id = $1", [uuid(versionId)]);
    expect(row.now_ish).toBe(true);
    expect((await h.gql(`query($id: ID!) { service(id: $id) { versions(first: 1) { edges { node { state } } } } }`, { id: service.id })).data.service.versions.edges[0].node.state).toBe(
      "SCHEDULED",
    );
  });
});

describe("a version's force ends only when its successor comes into force", () => {
  it("refuses to close the version in force without a successor, or to reopen one whose successor is in force", async () => {
    const { service, versionId: v1, content } = await publishedService(h, { effectiveFrom: isoDate(-10) });
    for (const ds of [h.ds, owner]) {
      await expect(ds.query("UPDATE standard_version SET effective_to = $2 WHERE id = $1", [uuid(v1), isoDate(-5)])).rejects.toThrow(/вступлением в силу следующей версии/);
    }
    const v2 = (await h.gql(DRAFT_CREATE, { serviceId: service.id })).data.standardDraftCreate.standardVersion;
    await publishContent(h, v2.id, 1, content, isoDate(-2), (await createLegalAct(h)).id);
    // v1 ended when v2 came into force: reopening it would put it back in force
    await expect(
      owner.transaction(async (em) => {
        await em.query("UPDATE standard_version SET status = 'WITHDRAWN', withdrawal_reason = 'x', effective_to = $2 WHERE id = $1", [uuid(v2.id), isoDate(0)]);
        await em.query("UPDATE standard_version SET effective_to = NULL WHERE id = $1", [uuid(v1)]);
      }),
    ).rejects.toThrow(/переносится только/);
    expect((await h.gql(AS_OF, { id: service.id, d: isoDate(-3) })).data.service.standardAsOf).toEqual({ id: v1 });
    expect((await h.gql(AS_OF, { id: service.id, d: isoDate(-1) })).data.service.standardAsOf).toEqual({ id: v2.id });
  });
});

describe("a service's identity and the catalogue rows", () => {
  it("the owner cannot move a service to another authority, renumber it or delete it either (the app's role has no privilege at all)", async () => {
    const { service, authority } = await publishedService(h, { effectiveFrom: isoDate(0) });
    const other = (await h.gql(`mutation { authorityCreate(input: { name: "Другой орган", level: MUNICIPAL }) { authority { id } } }`)).data.authorityCreate.authority;
    await expect(owner.query("UPDATE service SET authority_id = $2 WHERE id = $1", [uuid(service.id), uuid(other.id)])).rejects.toThrow(/не изменяются/);
    await expect(owner.query("UPDATE service SET registry_number = 'ДРУГОЙ' WHERE id = $1", [uuid(service.id)])).rejects.toThrow(/не изменяются/);
    await expect(owner.query("UPDATE service SET first_published_at = '2001-01-01' WHERE id = $1", [uuid(service.id)])).rejects.toThrow(/ставится один раз/);
    await expect(owner.query("DELETE FROM service WHERE id = $1", [uuid(service.id)])).rejects.toThrow(/удалить нельзя/);
    await expect(h.ds.query("UPDATE service SET authority_id = $2 WHERE id = $1", [uuid(service.id), uuid(other.id)])).rejects.toThrow(/permission denied/);
    const [row] = await h.ds.query("SELECT authority_id FROM service WHERE id = $1", [uuid(service.id)]);
    expect(row.authority_id).toBe(uuid(authority.id));
  });

  it("catalogue rows are written only by their trigger: not by the owner's statements, nor the app's", async () => {
    const { versionId } = await publishedService(h, { effectiveFrom: isoDate(0) });
    for (const sql of [
      "UPDATE catalog_entry SET effective_to = '2011-01-01' WHERE version_id = $1",
      "DELETE FROM catalog_entry WHERE version_id = $1",
      "INSERT INTO catalog_entry SELECT * FROM catalog_entry_of((SELECT v FROM standard_version v WHERE v.id = $1))",
    ]) {
      await expect(owner.query(sql, [uuid(versionId)])).rejects.toThrow(/выводятся из опубликованных версий/);
      await expect(h.ds.query(sql, [uuid(versionId)])).rejects.toThrow(/permission denied/);
    }
    await expect(owner.query("TRUNCATE catalog_entry")).rejects.toThrow(/только для добавления/);
    const [row] = await h.ds.query("SELECT status, effective_to FROM catalog_entry WHERE version_id = $1", [uuid(versionId)]);
    expect(row).toEqual({ status: "PUBLISHED", effective_to: null });
  });
});
