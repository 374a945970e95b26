import { startHarness, unique, type Harness } from "../support/harness";
import { createAuthority, createService, expectNoErrors } from "../support/factories";
import { SUBMIT, UPDATE, completeContent } from "../support/standards";
import { AuthService } from "../../src/auth/auth.service";
import { Viewer } from "../../src/auth/viewer";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function approverOf(authorityId: string): Promise<Viewer> {
  const login = unique("approver-");
  const res = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code } } }`, {
    input: { login, name: login, roles: [{ role: "APPROVER", authorityId }] },
  });
  expectNoErrors(res, "userCreate");
  const [{ id }] = await h.ds.query(`SELECT id FROM app_user WHERE login = $1`, [login]);
  return new AuthService(h.ds).viewerOf(id, login);
}

async function submitted(authorityId: string) {
  const service = await createService(h, { authorityId, kind: "UNIFIED" });
  const updated = await h.gql(UPDATE, { id: service.draft.id, input: await completeContent(h, authorityId), rev: service.draft.revision });
  expectNoErrors(updated, "standardDraftUpdate");
  expectNoErrors(await h.gql(SUBMIT, { id: service.draft.id }), "standardDraftSubmit");
  return service;
}

const QUEUE = `query($after: String) { reviewQueue(first: 1, after: $after) { totalCount edges { node { id status service { id } } } pageInfo { hasNextPage endCursor } } }`;

describe("reviewQueue", () => {
  it("lists the versions in review of the approver's authorities, oldest submission first, page by page; drafts and other authorities are absent", async () => {
    const own = await createAuthority(h);
    const other = await createAuthority(h);
    const first = await submitted(own.id);
    const second = await submitted(own.id);
    await submitted(other.id);
    await createService(h, { authorityId: own.id }); // an open draft, not submitted
    const approver = await approverOf(own.id);

    const page1 = await h.gql(QUEUE, {}, approver);
    expect(page1.errors).toBeUndefined();
    expect(page1.data.reviewQueue.totalCount).toBe(2);
    expect(page1.data.reviewQueue.edges.map((e: any) => e.node)).toEqual([{ id: first.draft.id, status: "IN_REVIEW", service: { id: first.id } }]);
    expect(page1.data.reviewQueue.pageInfo.hasNextPage).toBe(true);
    const page2 = await h.gql(QUEUE, { after: page1.data.reviewQueue.pageInfo.endCursor }, approver);
    expect(page2.data.reviewQueue.edges.map((e: any) => e.node.id)).toEqual([second.draft.id]);
    expect(page2.data.reviewQueue.pageInfo.hasNextPage).toBe(false);
  });

  it("is empty for a user without the approver role and refused to anonymous clients", async () => {
    const own = await createAuthority(h);
    await submitted(own.id);
    const login = unique("plain-");
    await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } } }`, { input: { login, name: login, roles: [{ role: "REGISTRAR", authorityId: own.id }] } });
    const [{ id }] = await h.ds.query(`SELECT id FROM app_user WHERE login = $1`, [login]);
    const registrar = await new AuthService(h.ds).viewerOf(id, login);
    expect((await h.gql(QUEUE, {}, registrar)).data.reviewQueue.totalCount).toBe(0);
    expect((await h.gql(QUEUE, {}, Viewer.anonymous())).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
