import { startHarness, type Harness } from "../support/harness";
import { createAuthority, createService, expectNoErrors } from "../support/factories";
import { SUBMIT, UPDATE, completeContent, draftInReview } from "../support/standards";
import { userWith } from "../support/viewers";
import { Role } from "../../src/auth/auth.entities";
import { Viewer } from "../../src/auth/viewer";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const uuid = (globalId: string) => Buffer.from(globalId, "base64url").toString().split(":")[1];

describe("standardDraftSubmit", () => {
  it("refuses a draft with completeness ERRORs (INCOMPLETE, one per finding, with its citation) and leaves it a draft", async () => {
    const service = await createService(h);
    const draft = service.draft.id;
    const row = () => h.ds.query("SELECT status, revision, submitted_at, submitted_by FROM standard_version WHERE id = $1", [uuid(draft)]);
    const before = await row();
    const res = await h.gql(SUBMIT, { id: draft });
    expect(res.errors).toBeUndefined();
    const { standardVersion, userErrors } = res.data.standardDraftSubmit;
    expect(standardVersion).toBeNull();
    expect(userErrors.length).toBeGreaterThan(3);
    expect(userErrors.every((e: any) => e.code === "INCOMPLETE" && e.field[0] === "content" && /ст\. 14/.test(e.message))).toBe(true);
    // the report of the draft names the same findings
    const report = await h.gql(`query($id: ID!) { standardVersion(id: $id) { completeness { issues { severity path } } } }`, { id: draft });
    const errors = report.data.standardVersion.completeness.issues.filter((i: any) => i.severity === "ERROR");
    expect(userErrors.map((e: any) => e.field.slice(1))).toEqual(errors.map((i: any) => i.path));
    expect(await row()).toEqual(before);
    const audit = await h.ds.query("SELECT count(*)::int AS n FROM audit_entry WHERE version_id = $1 AND action = 'standardDraftSubmit'", [uuid(draft)]);
    expect(audit[0].n).toBe(0);
  });

  it("accepts the same draft once its content is complete", async () => {
    const authority = await createAuthority(h);
    const service = await createService(h, { authorityId: authority.id, kind: "UNIFIED" });
    expect((await h.gql(SUBMIT, { id: service.draft.id })).data.standardDraftSubmit.userErrors[0].code).toBe("INCOMPLETE");
    expectNoErrors(await h.gql(UPDATE, { id: service.draft.id, input: await completeContent(h, authority.id), rev: 1 }), "standardDraftUpdate");
    const res = await h.gql(SUBMIT, { id: service.draft.id });
    expectNoErrors(res, "standardDraftSubmit");
    expect(res.data.standardDraftSubmit.standardVersion.status).toBe("IN_REVIEW");
  });
});

const QUEUE = `query($authorityId: ID, $sub: Boolean, $first: Int, $after: String) {
  reviewQueue(authorityId: $authorityId, includeSubordinate: $sub, first: $first, after: $after) {
    totalCount
    edges { cursor node { id status submittedAt service { id authority { id } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe("reviewQueue", () => {
  let parent: { id: string };
  let child: { id: string };
  let foreign: { id: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    parent = await createAuthority(h);
    child = await createAuthority(h, { parentId: parent.id });
    foreign = await createAuthority(h);
    // submitted in this order: child first, then parent, then parent again; plus a draft and a foreign version
    ids.childFirst = (await draftInReview(h, { authorityId: child.id })).draftId;
    ids.parentSecond = (await draftInReview(h, { authorityId: parent.id })).draftId;
    ids.parentThird = (await draftInReview(h, { authorityId: parent.id })).draftId;
    ids.draftOnly = (await createService(h, { authorityId: parent.id })).draft.id;
    ids.foreign = (await draftInReview(h, { authorityId: foreign.id })).draftId;
  });

  const approver = () => userWith(Role.APPROVER, [parent.id, child.id]);

  it("lists the versions in review of an authority and its subordinates, oldest submission first", async () => {
    const res = await h.gql(QUEUE, { authorityId: parent.id, sub: true }, approver());
    expect(res.errors).toBeUndefined();
    const nodes = res.data.reviewQueue.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.id)).toEqual([ids.childFirst, ids.parentSecond, ids.parentThird]);
    expect(nodes.every((n: any) => n.status === "IN_REVIEW")).toBe(true);
    expect(res.data.reviewQueue.totalCount).toBe(3);
    const own = await h.gql(QUEUE, { authorityId: parent.id, sub: false }, approver());
    expect(own.data.reviewQueue.edges.map((e: any) => e.node.id)).toEqual([ids.parentSecond, ids.parentThird]);
  });

  it("without an authority lists every authority the viewer works in, never a foreign one", async () => {
    const res = await h.gql(QUEUE, { first: 100 }, approver());
    const listed = res.data.reviewQueue.edges.map((e: any) => e.node.id);
    expect(listed).toEqual([ids.childFirst, ids.parentSecond, ids.parentThird]);
    const foreignOnly = await h.gql(QUEUE, { authorityId: foreign.id }, approver());
    expect(foreignOnly.data.reviewQueue.edges).toEqual([]);
    const other = await h.gql(QUEUE, {}, userWith(Role.APPROVER, [foreign.id]));
    expect(other.data.reviewQueue.edges.map((e: any) => e.node.id)).toEqual([ids.foreign]);
  });

  it("pages with keyset cursors in the same order", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await h.gql(QUEUE, { authorityId: parent.id, sub: true, first: 1, after }, approver());
      seen.push(...page.data.reviewQueue.edges.map((e: any) => e.node.id));
      if (!page.data.reviewQueue.pageInfo.hasNextPage) break;
      after = page.data.reviewQueue.pageInfo.endCursor;
    }
    expect(seen).toEqual([ids.childFirst, ids.parentSecond, ids.parentThird]);
  });

  it("needs a signed-in viewer", async () => {
    const res = await h.gql(QUEUE, {}, Viewer.anonymous());
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
