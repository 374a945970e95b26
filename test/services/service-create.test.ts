import { startHarness, unique, type Harness } from "../support/harness";
import { createAuthority, createLegalAct, createService, expectNoErrors } from "../support/factories";
import { PUBLISH, SUBMIT, UPDATE, completeContent, isoDate, publishedService } from "../support/standards";
import { AuthService } from "../../src/auth/auth.service";
import { Viewer } from "../../src/auth/viewer";

const SERVICE_CREATE = `
  mutation($input: ServiceCreateInput!) {
    serviceCreate(input: $input) {
      service { id registryNumber name level kind authority { id name } draft { id number status revision content { name { fullName } provider { authorityId authority { id } } } } }
      userErrors { code field message }
    }
  }`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe("serviceCreate", () => {
  it("creates the service and its first draft, pre-filled with the name and the body", async () => {
    const authority = await createAuthority(h, { level: "REGIONAL" });
    const registryNumber = unique("R");
    const res = await h.gql(SERVICE_CREATE, { input: { registryNumber, name: "Выдача архивных справок", authorityId: authority.id } });
    expect(res.errors).toBeUndefined();
    const { service, userErrors } = res.data.serviceCreate;
    expect(userErrors).toEqual([]);
    expect(service).toMatchObject({ registryNumber, name: "Выдача архивных справок", level: "REGIONAL", kind: "REGULAR" });
    expect(service.authority).toEqual({ id: authority.id, name: authority.name });
    expect(service.draft).toMatchObject({ number: 1, status: "DRAFT", revision: 1 });
    expect(service.draft.content.name).toEqual({ fullName: "Выдача архивных справок" });
    expect(service.draft.content.provider).toEqual({ authorityId: authority.id, authority: { id: authority.id } });
  });

  it("when the registry number is taken in the same authority, returns TAKEN and creates nothing", async () => {
    const authority = await createAuthority(h);
    const existing = await createService(h, { authorityId: authority.id });
    const [{ count: before }] = await h.ds.query("SELECT count(*)::int AS count FROM service");
    const res = await h.gql(SERVICE_CREATE, { input: { registryNumber: existing.registryNumber, name: "Другая", authorityId: authority.id } });
    expect(res.data.serviceCreate).toEqual({
      service: null,
      userErrors: [{ code: "TAKEN", field: ["input", "registryNumber"], message: expect.stringMatching(/уже есть в этом органе/) }],
    });
    const [{ count: after }] = await h.ds.query("SELECT count(*)::int AS count FROM service");
    expect(after).toBe(before);
  });

  it("does not reveal an unpublished service of another authority with the same number: the answer is as for a free number", async () => {
    const holder = await createAuthority(h);
    const hidden = await createService(h, { authorityId: holder.id });
    const other = await createAuthority(h);
    const registrar = await registrarOf(other.id);
    const res = await h.gql(SERVICE_CREATE, { input: { registryNumber: hidden.registryNumber, name: "Своя услуга", authorityId: other.id } }, registrar);
    expect(res.data.serviceCreate.userErrors).toEqual([]);
    expect(res.data.serviceCreate.service).toMatchObject({ registryNumber: hidden.registryNumber, name: "Своя услуга", authority: { id: other.id } });
    // each authority's staff find their own service by the number; the other stays invisible
    const lookup = await h.gql(`query($n: String!) { serviceByRegistryNumber(registryNumber: $n) { id name } }`, { n: hidden.registryNumber }, registrar);
    expect(lookup.data.serviceByRegistryNumber).toEqual({ id: res.data.serviceCreate.service.id, name: "Своя услуга" });
  });

  it("refuses a number that a published service holds (public), and refuses to publish a second service with a number already published", async () => {
    const { service: published } = await publishedService(h, { effectiveFrom: isoDate(0) });
    const res = await h.gql(SERVICE_CREATE, { input: { registryNumber: published.registryNumber, name: "Ещё одна", authorityId: (await createAuthority(h)).id } });
    expect(res.data.serviceCreate.userErrors).toEqual([{ code: "TAKEN", field: ["input", "registryNumber"], message: expect.stringMatching(/уже опубликована/) }]);

    // two authorities prepared drafts under one number; whoever publishes second is refused
    const number = unique("R");
    const [first, second] = [await inReviewAs(number), await inReviewAs(number)];
    expect((await first()).userErrors).toEqual([]);
    expect((await second()).userErrors).toEqual([{ code: "TAKEN", field: ["id"], message: expect.stringMatching(/уже опубликована другим органом/) }]);
  });

  it("by registry number, the published service comes before an older unpublished one with the same number, with its version in force", async () => {
    const number = unique("R");
    await inReviewAs(number); // created first, never published
    const published = await (await inReviewAs(number))();
    expect(published.userErrors).toEqual([]);
    const res = await h.gql(`query($n: String!) { serviceByRegistryNumber(registryNumber: $n) { registryNumber current { id number } } }`, { n: number }, Viewer.anonymous());
    expect(res.errors).toBeUndefined();
    expect(res.data.serviceByRegistryNumber).toEqual({ registryNumber: number, current: { id: published.standardVersion.id, number: 1 } });
  });
});

async function registrarOf(authorityId: string): Promise<Viewer> {
  const login = unique("reg-");
  const created = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } } }`, {
    input: { login, name: login, roles: [{ role: "REGISTRAR", authorityId }] },
  });
  return new AuthService(h.ds).viewerOf(Buffer.from(created.data.userCreate.user.id, "base64url").toString().split(":")[1], login);
}

/** A service of a new authority with `registryNumber`, in review; returns its publication. */
async function inReviewAs(registryNumber: string) {
  const authority = await createAuthority(h);
  const content = await completeContent(h, authority.id);
  const service = await createService(h, { authorityId: authority.id, registryNumber, kind: "UNIFIED", name: content.name!.fullName });
  const act = await createLegalAct(h);
  expectNoErrors(await h.gql(UPDATE, { id: service.draft.id, input: content, rev: 1 }), "standardDraftUpdate");
  expectNoErrors(await h.gql(SUBMIT, { id: service.draft.id }), "standardDraftSubmit");
  return async () => (await h.gql(PUBLISH, { id: service.draft.id, input: { effectiveFrom: isoDate(0), approvingActId: act.id } })).data.standardVersionPublish;
}
