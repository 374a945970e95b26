import { startHarness, unique, type Harness } from "../support/harness";
import { createAuthority, createService } from "../support/factories";

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

  it("when the registry number is taken, returns TAKEN and creates nothing", async () => {
    const existing = await createService(h);
    const [{ count: before }] = await h.ds.query("SELECT count(*)::int AS count FROM service");
    const res = await h.gql(SERVICE_CREATE, { input: { registryNumber: existing.registryNumber, name: "Другая", authorityId: (await createAuthority(h)).id } });
    expect(res.data.serviceCreate).toEqual({
      service: null,
      userErrors: [{ code: "TAKEN", field: ["input", "registryNumber"], message: expect.stringMatching(/уже есть/) }],
    });
    const [{ count: after }] = await h.ds.query("SELECT count(*)::int AS count FROM service");
    expect(after).toBe(before);
  });
});
