import { startHarness, unique, type Harness } from "../support/harness";
import { createAuthority, createLegalAct, createService, expectNoErrors } from "../support/factories";
import { PUBLISH, SUBMIT, UPDATE, completeContent, isoDate } from "../support/standards";
import { AuthService } from "../../src/auth/auth.service";
import type { Viewer } from "../../src/auth/viewer";

/**
 * Four eyes means four eyes (issue 10 §3) and the provider within scope (§10): with real
 * users and roles, through the API.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function user(roles: { role: string; authorityId: string; includeSubordinates?: boolean }[]): Promise<Viewer> {
  const login = unique("u-");
  const res = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code message } } }`, { input: { login, name: login, roles } });
  expectNoErrors(res, "userCreate");
  return new AuthService(h.ds).viewerOf(Buffer.from(res.data.userCreate.user.id, "base64url").toString().split(":")[1], login);
}

describe("four eyes", () => {
  async function setUp() {
    const authority = await createAuthority(h);
    const content = await completeContent(h, authority.id);
    const act = await createLegalAct(h);
    const both = (await Promise.all([0, 1].map(() => user([{ role: "REGISTRAR", authorityId: authority.id }, { role: "APPROVER", authorityId: authority.id }])))) as [Viewer, Viewer];
    const approver = await user([{ role: "APPROVER", authorityId: authority.id }]);
    return { authority, content, act, both, approver };
  }
  const publish = (id: string, actId: string, viewer: Viewer) => h.gql(PUBLISH, { id, input: { effectiveFrom: isoDate(0), approvingActId: actId } }, viewer);

  it("refuses publication to the author of a draft that a colleague edited and submitted, and to that colleague; another approver publishes", async () => {
    const { authority, content, act, both, approver } = await setUp();
    const [author, colleague] = both;
    const service = await (async () => {
      const res = await h.gql(
        `mutation($input: ServiceCreateInput!) { serviceCreate(input: $input) { service { id draft { id } } userErrors { code message } } }`,
        { input: { registryNumber: unique("FE"), name: content.name!.fullName, authorityId: authority.id, kind: "UNIFIED" } },
        author,
      );
      expectNoErrors(res, "serviceCreate");
      return res.data.serviceCreate.service;
    })();
    expectNoErrors(await h.gql(UPDATE, { id: service.draft.id, input: content, rev: 1 }, colleague), "standardDraftUpdate");
    expectNoErrors(await h.gql(SUBMIT, { id: service.draft.id }, colleague), "standardDraftSubmit");

    const byAuthor = await publish(service.draft.id, act.id, author);
    expect(byAuthor.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" }, message: expect.stringMatching(/четырёх глаз.*создавали, редактировали или направляли/) });
    const bySubmitter = await publish(service.draft.id, act.id, colleague);
    expect(bySubmitter.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const [row] = await h.ds.query("SELECT status FROM standard_version WHERE id = $1", [Buffer.from(service.draft.id, "base64url").toString().split(":")[1]]);
    expect(row.status).toBe("IN_REVIEW");

    const byOther = await publish(service.draft.id, act.id, approver);
    expect(byOther.errors).toBeUndefined();
    expect(byOther.data.standardVersionPublish.userErrors).toEqual([]);
  });

  it("refuses publication to one who edited the draft only, before a colleague submitted it", async () => {
    const { authority, content, act, both } = await setUp();
    const [editor, colleague] = both;
    const service = await createService(h, { authorityId: authority.id, kind: "UNIFIED", name: content.name!.fullName });
    expectNoErrors(await h.gql(UPDATE, { id: service.draft.id, input: content, rev: 1 }, editor), "standardDraftUpdate");
    expectNoErrors(await h.gql(SUBMIT, { id: service.draft.id }, colleague), "standardDraftSubmit");
    expect((await publish(service.draft.id, act.id, editor)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("the providing body", () => {
  it("is the service's authority or one within the editor's scope: a Penza registrar cannot name Krasnodar", async () => {
    const penza = await createAuthority(h, { name: `Администрация г. Пензы ${unique()}`, level: "MUNICIPAL" });
    const district = await createAuthority(h, { name: `Администрация района ${unique()}`, level: "MUNICIPAL", parentId: penza.id });
    const krasnodar = await createAuthority(h, { name: `Администрация г. Краснодара ${unique()}`, level: "MUNICIPAL" });
    const registrar = await user([{ role: "REGISTRAR", authorityId: penza.id, includeSubordinates: true }]);
    const service = await createService(h, { authorityId: penza.id });
    const set = (authorityId: string, rev: number) => h.gql(UPDATE, { id: service.draft.id, input: { provider: { authorityId } }, rev }, registrar);

    const foreign = await set(krasnodar.id, 1);
    expect(foreign.data.standardDraftUpdate.userErrors).toEqual([
      { code: "INVALID", field: ["input", "provider", "authorityId"], message: expect.stringMatching(/орган власти услуги или орган в пределах ваших полномочий/) },
    ]);
    const [row] = await h.ds.query("SELECT revision, content->'provider' AS provider FROM standard_version WHERE id = $1", [Buffer.from(service.draft.id, "base64url").toString().split(":")[1]]);
    expect(row.revision).toBe(1);
    expect(row.provider).toEqual({ authorityId: penza.id });

    expect((await set(district.id, 1)).data.standardDraftUpdate.userErrors).toEqual([]);
    expect((await set(penza.id, 2)).data.standardDraftUpdate.userErrors).toEqual([]);
  });
});
