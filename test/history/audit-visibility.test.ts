import { startHarness, unique, type Harness } from "../support/harness";
import { createAuthority, createService, expectNoErrors } from "../support/factories";
import { RETURN, SUBMIT, UPDATE, completeContent } from "../support/standards";
import { AuthService } from "../../src/auth/auth.service";
import type { Viewer } from "../../src/auth/viewer";

/**
 * What ADMIN sees (issue 10 §4): the audit log applies the visibility rules of every other
 * read path. A service's trail (drafts, edits, remarks, authors) is internal to its
 * authority: its AUDITOR reads it; an administrator, who may not read drafts through
 * standardVersion, does not read them through auditLog either.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function user(roles: unknown[]): Promise<Viewer> {
  const login = unique("v-");
  const res = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code } } }`, { input: { login, name: login, roles } });
  expectNoErrors(res, "userCreate");
  return new AuthService(h.ds).viewerOf(Buffer.from(res.data.userCreate.user.id, "base64url").toString().split(":")[1], login);
}

const LOG = `query($serviceId: ID) {
  auditLog(first: 50, filter: { serviceId: $serviceId }) {
    edges { node { id action actor changes service { id } standardVersion { id content { name { fullName } } reviewRemarks createdBy } } }
  }
}`;

describe("the audit log's visibility", () => {
  it("gives an administrator no draft content, remarks or authors of a service's trail; its auditor reads them", async () => {
    const authority = await createAuthority(h);
    const service = await createService(h, { authorityId: authority.id, name: "Секретный черновик" });
    // a draft is submitted only when complete
    const content = await completeContent(h, authority.id);
    expectNoErrors(await h.gql(UPDATE, { id: service.draft.id, input: { ...content, name: { ...content.name, fullName: "Секретный черновик" } }, rev: 1 }), "standardDraftUpdate");
    expectNoErrors(await h.gql(SUBMIT, { id: service.draft.id }), "standardDraftSubmit");
    expectNoErrors(await h.gql(RETURN, { id: service.draft.id, remarks: "Замечание согласующего" }), "standardDraftReturn");

    const admin = await user([{ role: "ADMIN" }]);
    // as through standardVersion...
    expect((await h.gql(`query($id: ID!) { standardVersion(id: $id) { id } }`, { id: service.draft.id }, admin)).data.standardVersion).toBeNull();
    // ...so through the audit log
    const forAdmin = await h.gql(LOG, { serviceId: service.id }, admin);
    expect(forAdmin.errors).toBeUndefined();
    expect(forAdmin.data.auditLog.edges).toEqual([]);
    const everything = await h.gql(LOG, {}, admin);
    const leaked = JSON.stringify(everything.data.auditLog.edges);
    expect(leaked).not.toContain("Секретный черновик");
    expect(leaked).not.toContain("Замечание согласующего");
    expect(everything.data.auditLog.edges.every((e: any) => e.node.service === null && e.node.standardVersion === null)).toBe(true);
    // the administrative entries are the administrator's to read
    expect(everything.data.auditLog.edges.map((e: any) => e.node.action)).toContain("userCreate");

    const auditor = await user([{ role: "AUDITOR", authorityId: authority.id }]);
    const forAuditor = await h.gql(LOG, { serviceId: service.id }, auditor);
    const actions = forAuditor.data.auditLog.edges.map((e: any) => e.node.action);
    expect(actions).toEqual(["standardDraftReturn", "standardDraftSubmit", "standardDraftUpdate", "serviceCreate"]);
    const returned = forAuditor.data.auditLog.edges[0].node;
    expect(returned.changes.remarks).toBe("Замечание согласующего");
    expect(returned.standardVersion).toMatchObject({ content: { name: { fullName: "Секретный черновик" } }, reviewRemarks: "Замечание согласующего" });

    // and node(id) follows the same rule
    const entryId = returned.id;
    expect((await h.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: entryId }, admin)).data.node).toBeNull();
    expect((await h.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: entryId }, auditor)).data.node).toEqual({ id: entryId });
  });

  it("an auditor of another authority sees nothing of it", async () => {
    const service = await createService(h);
    const stranger = await user([{ role: "AUDITOR", authorityId: (await createAuthority(h)).id }]);
    expect((await h.gql(LOG, { serviceId: service.id }, stranger)).data.auditLog.edges).toEqual([]);
  });
});
