import { startHarness, type Harness } from "../support/harness";
import { createLegalAct, createService, expectNoErrors } from "../support/factories";
import { DRAFT_CREATE, PUBLISH, RETURN, SUBMIT, UPDATE, WITHDRAW, completeContent, completeDraft, isoDate, publishContent, publishedService } from "../support/standards";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const SERVICE_VIEW = `query($id: ID!, $date: LocalDate!) {
  service(id: $id) {
    current { id number status state }
    standardAsOf(date: $date) { id number }
    draft { id number status }
    versions(first: 10) { edges { node { id number status state inForce effectiveFrom effectiveTo } } }
  }
}`;

describe("standard version lifecycle", () => {
  it("DRAFT → IN_REVIEW → PUBLISHED; the next draft copies the content with its keys; a scheduled version supersedes on its date", async () => {
    const { service, versionId: v1, content } = await publishedService(h, { effectiveFrom: isoDate(-10) });
    let view = await h.gql(SERVICE_VIEW, { id: service.id, date: isoDate(0) });
    expect(view.data.service.current).toEqual({ id: v1, number: 1, status: "PUBLISHED", state: "IN_FORCE" });
    expect(view.data.service.draft).toBeNull();

    const created = await h.gql(DRAFT_CREATE, { serviceId: service.id });
    expectNoErrors(created, "standardDraftCreate");
    const v2 = created.data.standardDraftCreate.standardVersion;
    expect(v2).toMatchObject({ number: 2, status: "DRAFT", revision: 1, content: { term: { value: content.term!.value, unit: content.term!.unit } } });
    const keys = await h.gql(`query($a: ID!, $b: ID!) {
      a: standardVersion(id: $a) { content { documents { applicantDocuments { items { key name } } } } }
      b: standardVersion(id: $b) { content { documents { applicantDocuments { items { key name } } } } basedOn { id } }
    }`, { a: v1, b: v2.id });
    expect(keys.data.b.content).toEqual(keys.data.a.content);
    expect(keys.data.b.basedOn).toEqual({ id: v1 });

    const act = await createLegalAct(h, { type: "MUNICIPAL_ACT", title: "О внесении изменений в административный регламент" });
    const next = { ...content, term: { ...content.term, value: 3 } };
    await publishContent(h, v2.id, 1, next, isoDate(30), act.id);

    // v1 stays in force until v2's date: it is not shown as superseded before then
    view = await h.gql(SERVICE_VIEW, { id: service.id, date: isoDate(30) });
    expect(view.data.service.current).toEqual({ id: v1, number: 1, status: "PUBLISHED", state: "IN_FORCE" });
    expect(view.data.service.standardAsOf).toEqual({ id: v2.id, number: 2 });
    const before = await h.gql(SERVICE_VIEW, { id: service.id, date: isoDate(29) });
    expect(before.data.service.standardAsOf).toEqual({ id: v1, number: 1 });
    expect(view.data.service.versions.edges.map((e: any) => e.node)).toEqual([
      { id: v2.id, number: 2, status: "PUBLISHED", state: "SCHEDULED", inForce: false, effectiveFrom: isoDate(30), effectiveTo: null },
      { id: v1, number: 1, status: "PUBLISHED", state: "IN_FORCE", inForce: true, effectiveFrom: isoDate(-10), effectiveTo: isoDate(30) },
    ]);
    const early = await h.gql(SERVICE_VIEW, { id: service.id, date: isoDate(-11) });
    expect(early.data.service.standardAsOf).toBeNull();
  });

  it("returns a version with remarks to DRAFT, where it can be edited again", async () => {
    const { draftId: draft, revision, content } = await completeDraft(h);
    expectNoErrors(await h.gql(SUBMIT, { id: draft }), "standardDraftSubmit");
    const term = { ...content.term, value: 1 };
    const locked = await h.gql(UPDATE, { id: draft, input: { term }, rev: revision });
    expect(locked.data.standardDraftUpdate.userErrors[0].code).toBe("NOT_EDITABLE");
    const returned = await h.gql(RETURN, { id: draft, remarks: "Уточните срок регистрации запроса" });
    expect(returned.data.standardDraftReturn.standardVersion).toMatchObject({ status: "DRAFT", reviewRemarks: "Уточните срок регистрации запроса" });
    const edited = await h.gql(UPDATE, { id: draft, input: { term }, rev: revision });
    expect(edited.data.standardDraftUpdate.userErrors).toEqual([]);
  });

  it("refuses invalid transitions with INVALID_TRANSITION and changes nothing", async () => {
    const { draftId: draft } = await completeDraft(h);
    const act = await createLegalAct(h);
    const uuid = Buffer.from(draft, "base64url").toString().split(":")[1];
    const snapshot = () => h.ds.query("SELECT * FROM standard_version WHERE id = $1", [uuid]);
    const before = await snapshot();
    const publishDraft = await h.gql(PUBLISH, { id: draft, input: { effectiveFrom: isoDate(0), approvingActId: act.id } });
    expect(publishDraft.data.standardVersionPublish.userErrors).toEqual([{ code: "INVALID_TRANSITION", field: ["id"], message: expect.stringMatching(/черновик/) }]);
    const returnDraft = await h.gql(RETURN, { id: draft, remarks: "x" });
    expect(returnDraft.data.standardDraftReturn.userErrors[0].code).toBe("INVALID_TRANSITION");
    const withdrawDraft = await h.gql(WITHDRAW, { id: draft, reason: "x" });
    expect(withdrawDraft.data.standardVersionWithdraw.userErrors[0].code).toBe("INVALID_TRANSITION");
    expect(await snapshot()).toEqual(before);
    expectNoErrors(await h.gql(SUBMIT, { id: draft }), "standardDraftSubmit");
    const submitAgain = await h.gql(SUBMIT, { id: draft });
    expect(submitAgain.data.standardDraftSubmit.userErrors[0].code).toBe("INVALID_TRANSITION");
    expect((await snapshot())[0].status).toBe("IN_REVIEW");
  });

  it("refuses to publish an incomplete standard with INCOMPLETE issues citing the law, and changes nothing", async () => {
    const service = await createService(h);
    const act = await createLegalAct(h);
    await h.gql(UPDATE, { id: service.draft.id, input: { term: { value: 10 } }, rev: 1 });
    // submission refuses incomplete drafts; a version can still be in review while incomplete when it was
    // submitted before that rule (or before stricter completeness rules): put it there directly
    await h.ds.query("UPDATE standard_version SET status = 'IN_REVIEW', submitted_at = now() WHERE id = $1", [Buffer.from(service.draft.id, "base64url").toString().split(":")[1]]);
    const res = await h.gql(PUBLISH, { id: service.draft.id, input: { effectiveFrom: isoDate(0), approvingActId: act.id } });
    const errors = res.data.standardVersionPublish.userErrors;
    expect(res.data.standardVersionPublish.standardVersion).toBeNull();
    expect(errors.length).toBeGreaterThan(5);
    expect(errors.every((e: any) => e.code === "INCOMPLETE" && e.field[0] === "content")).toBe(true);
    expect(errors.find((e: any) => e.field.join(".") === "content.term.unit").message).toMatch(/210-ФЗ/);
    const [row] = await h.ds.query("SELECT status, effective_from FROM standard_version WHERE id = $1", [Buffer.from(service.draft.id, "base64url").toString().split(":")[1]]);
    expect(row).toEqual({ status: "IN_REVIEW", effective_from: null });
  });

  it("refuses an effective date before the previous version's", async () => {
    const { service } = await publishedService(h, { effectiveFrom: isoDate(0) });
    const draft = (await h.gql(DRAFT_CREATE, { serviceId: service.id })).data.standardDraftCreate.standardVersion;
    expectNoErrors(await h.gql(SUBMIT, { id: draft.id }), "standardDraftSubmit");
    const act = await createLegalAct(h);
    const res = await h.gql(PUBLISH, { id: draft.id, input: { effectiveFrom: isoDate(-1), approvingActId: act.id } });
    expect(res.data.standardVersionPublish.userErrors).toEqual([{ code: "INVALID", field: ["input", "effectiveFrom"], message: expect.any(String) }]);
  });

  it("keeps one open draft per service: a second draft is a CONFLICT", async () => {
    const { service } = await publishedService(h, { effectiveFrom: isoDate(0) });
    expectNoErrors(await h.gql(DRAFT_CREATE, { serviceId: service.id }), "standardDraftCreate");
    const second = await h.gql(DRAFT_CREATE, { serviceId: service.id });
    expect(second.data.standardDraftCreate.userErrors).toEqual([{ code: "CONFLICT", field: ["serviceId"], message: expect.any(String) }]);
  });

  it("withdraws the version in force from today: nothing is in force after it, the history keeps it", async () => {
    const { service, versionId } = await publishedService(h, { effectiveFrom: isoDate(-5) });
    const res = await h.gql(WITHDRAW, { id: versionId, reason: "Услуга исключена из перечня" });
    expect(res.data.standardVersionWithdraw.standardVersion).toEqual({ id: versionId, status: "WITHDRAWN", effectiveTo: isoDate(0), withdrawalReason: "Услуга исключена из перечня" });
    const view = await h.gql(SERVICE_VIEW, { id: service.id, date: isoDate(-1) });
    expect(view.data.service.current).toBeNull();
    expect(view.data.service.standardAsOf).toEqual({ id: versionId, number: 1 });
  });

  it("withdrawing a scheduled version before its date reinstates the version it was to replace", async () => {
    const { service, versionId: v1, content } = await publishedService(h, { effectiveFrom: isoDate(-5) });
    const v2 = (await h.gql(DRAFT_CREATE, { serviceId: service.id })).data.standardDraftCreate.standardVersion;
    const act = await createLegalAct(h);
    await publishContent(h, v2.id, 1, content, isoDate(10), act.id);
    const res = await h.gql(WITHDRAW, { id: v2.id, reason: "Изменения отменены до вступления в силу" });
    expect(res.data.standardVersionWithdraw.standardVersion).toMatchObject({ status: "WITHDRAWN", effectiveTo: isoDate(10) });
    const view = await h.gql(SERVICE_VIEW, { id: service.id, date: isoDate(20) });
    expect(view.data.service.current).toEqual({ id: v1, number: 1, status: "PUBLISHED", state: "IN_FORCE" });
    expect(view.data.service.standardAsOf).toEqual({ id: v1, number: 1 });
  });

  it("lists services with the version in force on a date (services(asOf))", async () => {
    const { service, versionId, authority } = await publishedService(h, { effectiveFrom: isoDate(5) });
    // within its own body: the shared test database holds more than a page of services in force
    const Q = `query($asOf: LocalDate, $authorityId: ID!) { services(first: 100, asOf: $asOf, filter: { authorityId: $authorityId }) { edges { node { id standard { id } } } } }`;
    const before = await h.gql(Q, { asOf: isoDate(4), authorityId: authority.id });
    expect(before.data.services.edges.map((e: any) => e.node.id)).not.toContain(service.id);
    const after = await h.gql(Q, { asOf: isoDate(5), authorityId: authority.id });
    expect(after.data.services.edges.find((e: any) => e.node.id === service.id).node.standard).toEqual({ id: versionId });
  });
});
