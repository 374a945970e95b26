import { startHarness, type Harness } from "../support/harness";
import { createLegalAct, createService, expectNoErrors } from "../support/factories";
import { DRAFT_CREATE, PUBLISH, SUBMIT, UPDATE, isoDate, publishedService } from "../support/standards";

/** Parallel requests against PostgreSQL: exactly one winner, nothing lost, nothing half-written. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe("concurrency", () => {
  it("two editors with the same expectedRevision: exactly one wins, the other gets STALE_REVISION", async () => {
    const service = await createService(h);
    const editors = Array.from({ length: 8 }, (_, i) => h.gql(UPDATE, { id: service.draft.id, input: { term: { value: i + 1 } }, rev: 1 }));
    const results = await Promise.all(editors);
    const winners = results.filter((r) => r.data.standardDraftUpdate.userErrors.length === 0);
    const losers = results.filter((r) => r.data.standardDraftUpdate.userErrors[0]?.code === "STALE_REVISION");
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(7);
    const read = await h.gql(`query($id: ID!) { standardVersion(id: $id) { revision content { term { value } } } }`, { id: service.draft.id });
    const winnerValue = editors.length && (results.indexOf(winners[0]) + 1);
    expect(read.data.standardVersion).toEqual({ revision: 2, content: { term: { value: winnerValue } } });
  });

  it("sequential editors who each read the latest revision lose nothing", async () => {
    const service = await createService(h);
    let revision = 1;
    for (let i = 0; i < 5; i++) {
      const res = await h.gql(UPDATE, { id: service.draft.id, input: { [i % 2 ? "queueTime" : "term"]: i % 2 ? { submissionMinutes: i } : { value: i } }, rev: revision });
      expectNoErrors(res, "standardDraftUpdate");
      revision = res.data.standardDraftUpdate.standardVersion.revision;
    }
    expect(revision).toBe(6);
  });

  it("concurrent publications of one service: exactly one succeeds, one open-ended published version", async () => {
    const { service, content } = await publishedService(h, { effectiveFrom: isoDate(-1) });
    const v2 = (await h.gql(DRAFT_CREATE, { serviceId: service.id })).data.standardDraftCreate.standardVersion;
    expectNoErrors(await h.gql(UPDATE, { id: v2.id, input: content, rev: 1 }), "standardDraftUpdate");
    expectNoErrors(await h.gql(SUBMIT, { id: v2.id }), "standardDraftSubmit");
    const act = await createLegalAct(h);
    const attempts = await Promise.all(
      [0, 1, 2, 3].map((i) => h.gql(PUBLISH, { id: v2.id, input: { effectiveFrom: isoDate(i), approvingActId: act.id } })),
    );
    const ok = attempts.filter((r) => r.data.standardVersionPublish.userErrors.length === 0);
    expect(ok).toHaveLength(1);
    expect(attempts.filter((r) => r.data.standardVersionPublish.userErrors[0]?.code === "INVALID_TRANSITION")).toHaveLength(3);
    const serviceUuid = Buffer.from(service.id, "base64url").toString().split(":")[1];
    const rows = await h.ds.query("SELECT number, status, effective_to IS NULL AS open FROM standard_version WHERE service_id = $1 ORDER BY number", [serviceUuid]);
    expect(rows).toEqual([
      { number: 1, status: "PUBLISHED", open: false },
      { number: 2, status: "PUBLISHED", open: true },
    ]);
  });

  it("concurrent draft creation opens exactly one draft", async () => {
    const { service } = await publishedService(h, { effectiveFrom: isoDate(0) });
    const attempts = await Promise.all([0, 1, 2, 3].map(() => h.gql(DRAFT_CREATE, { serviceId: service.id })));
    expect(attempts.filter((r) => r.data.standardDraftCreate.userErrors.length === 0)).toHaveLength(1);
    expect(attempts.filter((r) => r.data.standardDraftCreate.userErrors[0]?.code === "CONFLICT")).toHaveLength(3);
  });

  it("the database refuses a second open draft or a second open-ended PUBLISHED version even if code tried (as the owner, in a bulk load)", async () => {
    const { service } = await publishedService(h, { effectiveFrom: isoDate(0) });
    const serviceUuid = Buffer.from(service.id, "base64url").toString().split(":")[1];
    const owner = await h.owner();
    // only a bulk load by the owner may insert anything but a draft (standard_version_guard)
    const insert = (status: string, n: number) =>
      owner.transaction(async (em) => {
        await em.query("SET LOCAL registry.bulk_load TO on");
        await em.query(`INSERT INTO standard_version (service_id, number, status, content, content_hash, effective_from) VALUES ($1, $2, $3, '{}', 'h', now())`, [serviceUuid, n, status]);
      });
    await expect(insert("PUBLISHED", 50)).rejects.toThrow(/uq_standard_version_published/);
    await insert("DRAFT", 51);
    await expect(insert("IN_REVIEW", 52)).rejects.toThrow(/uq_standard_version_open_draft/);
  });
});
