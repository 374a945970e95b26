import { startHarness, unique, type Harness } from "../support/harness";
import { startHttp } from "../support/http";
import { createAuthority, createLegalAct, createService, expectNoErrors } from "../support/factories";
import { DRAFT_CREATE, PUBLISH, RETURN, SUBMIT, UPDATE, WITHDRAW, completeContent, isoDate, publishedService } from "../support/standards";

/**
 * Black-box authorization matrix over HTTP with real bearer tokens: every mutation and
 * protected read × every role × own / foreign authority × anonymous. "Allowed" means no
 * top-level FORBIDDEN / UNAUTHENTICATED (a user error such as INVALID_TRANSITION is the
 * business answer of an allowed call); "denied" means exactly that top-level code, and
 * the target is unchanged.
 */
type Who = "ANONYMOUS" | "REGISTRAR" | "APPROVER" | "AUDITOR" | "ADMIN";
const WHO: Who[] = ["ANONYMOUS", "REGISTRAR", "APPROVER", "AUDITOR", "ADMIN"];

let h: Harness;
let http: Awaited<ReturnType<typeof startHttp>>;
const tokens: Partial<Record<Who, string>> = {};
let own: { id: string };
let foreign: { id: string };

async function issue(role: Exclude<Who, "ANONYMOUS">, authorityId: string): Promise<string> {
  const login = unique(`u-${role.toLowerCase()}-`);
  const created = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code message } } }`, {
    input: { login, name: login, roles: [role === "ADMIN" ? { role } : { role, authorityId }] },
  });
  expectNoErrors(created, "userCreate");
  const token = await h.gql(`mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { token userErrors { code } } }`, {
    input: { userId: created.data.userCreate.user.id, name: "matrix" },
  });
  return token.data.apiTokenCreate.token;
}

beforeAll(async () => {
  h = await startHarness();
  http = await startHttp(h.ds);
  own = await createAuthority(h);
  foreign = await createAuthority(h);
  await h.gql(`mutation($id: ID!) { authorityUpdate(id: $id, input: { fourEyes: false }) { userErrors { code } } }`, { id: own.id });
  for (const who of WHO) if (who !== "ANONYMOUS") tokens[who] = await issue(who, own.id);
});
afterAll(async () => {
  await http.app.stop();
  await h.close();
});

interface Operation {
  name: string;
  /** Who may do it on their own authority ("own") — foreign targets are always denied except for ADMIN-only operations. */
  allowed: Who[];
  /** Whether the operation targets an authority (own / foreign) or is global. */
  scoped: boolean;
  prepare: (authorityId: string) => Promise<{ query: string; variables: Record<string, unknown>; snapshot?: () => Promise<unknown> }>;
}

const uuid = (globalId: string) => Buffer.from(globalId, "base64url").toString().split(":")[1];
const versionRow = (id: string) => () => h.ds.query("SELECT * FROM standard_version WHERE id = $1", [uuid(id)]);

async function inReview(authorityId: string) {
  const service = await createService(h, { authorityId });
  expectNoErrors(await h.gql(UPDATE, { id: service.draft.id, input: await completeContent(h, authorityId), rev: 1 }), "standardDraftUpdate");
  expectNoErrors(await h.gql(SUBMIT, { id: service.draft.id }), "standardDraftSubmit");
  return service.draft.id;
}

const OPERATIONS: Operation[] = [
  {
    name: "authorityCreate",
    allowed: ["ADMIN"],
    scoped: false,
    prepare: async () => ({ query: `mutation { authorityCreate(input: { name: "${unique("Орган ")}", level: MUNICIPAL }) { authority { id } userErrors { code } } }`, variables: {} }),
  },
  {
    name: "authorityUpdate",
    allowed: ["ADMIN"],
    scoped: true,
    prepare: async (authorityId) => ({
      query: `mutation($id: ID!) { authorityUpdate(id: $id, input: { shortName: "Изм" }) { authority { id } userErrors { code } } }`,
      variables: { id: authorityId },
      snapshot: () => h.ds.query("SELECT * FROM authority WHERE id = $1", [uuid(authorityId)]),
    }),
  },
  {
    name: "legalActCreate",
    allowed: ["REGISTRAR", "ADMIN"],
    scoped: false,
    prepare: async () => ({
      query: `mutation($input: LegalActInput!) { legalActCreate(input: $input) { legalAct { id } userErrors { code } } }`,
      variables: { input: { type: "MUNICIPAL_ACT", issuer: "Администрация", number: unique("M"), date: "2024-01-01", title: "Акт" } },
    }),
  },
  {
    name: "serviceCreate",
    allowed: ["REGISTRAR"],
    scoped: true,
    prepare: async (authorityId) => ({
      query: `mutation($input: ServiceCreateInput!) { serviceCreate(input: $input) { service { id } userErrors { code } } }`,
      variables: { input: { registryNumber: unique("MX"), name: "Услуга", authorityId } },
    }),
  },
  {
    name: "standardDraftUpdate",
    allowed: ["REGISTRAR"],
    scoped: true,
    prepare: async (authorityId) => {
      const { draft } = await createService(h, { authorityId });
      return { query: UPDATE, variables: { id: draft.id, input: { term: { value: 3 } }, rev: 1 }, snapshot: versionRow(draft.id) };
    },
  },
  {
    name: "standardDraftCreate",
    allowed: ["REGISTRAR"],
    scoped: true,
    prepare: async (authorityId) => {
      const { service } = await publishedService(h, { effectiveFrom: isoDate(0), authorityId });
      return {
        query: DRAFT_CREATE,
        variables: { serviceId: service.id },
        snapshot: () => h.ds.query("SELECT count(*) FROM standard_version WHERE service_id = $1", [uuid(service.id)]),
      };
    },
  },
  {
    name: "standardDraftSubmit",
    allowed: ["REGISTRAR"],
    scoped: true,
    prepare: async (authorityId) => {
      const { draft } = await createService(h, { authorityId });
      return { query: SUBMIT, variables: { id: draft.id }, snapshot: versionRow(draft.id) };
    },
  },
  {
    name: "standardDraftReturn",
    allowed: ["APPROVER"],
    scoped: true,
    prepare: async (authorityId) => {
      const id = await inReview(authorityId);
      return { query: RETURN, variables: { id, remarks: "Доработать" }, snapshot: versionRow(id) };
    },
  },
  {
    name: "standardVersionPublish",
    allowed: ["APPROVER"],
    scoped: true,
    prepare: async (authorityId) => {
      const id = await inReview(authorityId);
      const act = await createLegalAct(h);
      return { query: PUBLISH, variables: { id, input: { effectiveFrom: isoDate(0), approvingActId: act.id } }, snapshot: versionRow(id) };
    },
  },
  {
    name: "standardVersionWithdraw",
    allowed: ["APPROVER"],
    scoped: true,
    prepare: async (authorityId) => {
      const { versionId } = await publishedService(h, { effectiveFrom: isoDate(0), authorityId });
      return { query: WITHDRAW, variables: { id: versionId, reason: "Причина" }, snapshot: versionRow(versionId) };
    },
  },
  {
    name: "userCreate",
    allowed: ["ADMIN"],
    scoped: false,
    prepare: async () => ({ query: `mutation { userCreate(input: { login: "${unique("x")}", name: "X" }) { user { id } userErrors { code } } }`, variables: {} }),
  },
  {
    name: "apiTokenCreate",
    allowed: ["ADMIN"],
    scoped: false,
    prepare: async () => {
      const user = await h.gql(`mutation { userCreate(input: { login: "${unique("y")}", name: "Y" }) { user { id } } }`);
      return { query: `mutation($id: ID!) { apiTokenCreate(input: { userId: $id, name: "t" }) { token userErrors { code } } }`, variables: { id: user.data.userCreate.user.id } };
    },
  },
  {
    name: "userRoleGrant",
    allowed: ["ADMIN"],
    scoped: true,
    prepare: async (authorityId) => {
      const user = await h.gql(`mutation { userCreate(input: { login: "${unique("z")}", name: "Z" }) { user { id } } }`);
      return {
        query: `mutation($u: ID!, $a: ID) { userRoleGrant(userId: $u, input: { role: AUDITOR, authorityId: $a }) { user { id } userErrors { code } } }`,
        variables: { u: user.data.userCreate.user.id, a: authorityId },
      };
    },
  },
  {
    name: "completenessSummary (read)",
    allowed: ["REGISTRAR", "APPROVER", "AUDITOR", "ADMIN"],
    scoped: true,
    prepare: async (authorityId) => ({ query: `query($id: ID!) { completenessSummary(authorityId: $id) { drafts { complete } } }`, variables: { id: authorityId } }),
  },
  {
    name: "standardValidate (read)",
    allowed: ["REGISTRAR", "APPROVER", "AUDITOR", "ADMIN"],
    scoped: false,
    prepare: async () => ({ query: `{ standardValidate(input: {}, profile: REGULAR) { complete } }`, variables: {} }),
  },
  {
    name: "users (read)",
    allowed: ["ADMIN"],
    scoped: false,
    prepare: async () => ({ query: `{ users(first: 1) { totalCount } }`, variables: {} }),
  },
];

const cases = OPERATIONS.flatMap((op) =>
  WHO.flatMap((who) => (op.scoped ? (["own", "foreign"] as const) : (["global"] as const)).map((target) => [op.name, who, target, op] as const)),
);

describe("authorization matrix", () => {
  it.each(cases)("%s by %s on %s authority", async (_name, who, target, op) => {
    const authorityId = target === "foreign" ? foreign.id : own.id;
    const { query, variables, snapshot } = await op.prepare(authorityId);
    const before = snapshot ? await snapshot() : undefined;
    const res = await http.post({ query, variables }, tokens[who]);
    const code = res.json.errors?.[0]?.extensions?.code;
    const allowed = op.allowed.includes(who) && (target !== "foreign" || who === "ADMIN");
    if (allowed) {
      expect(code).toBeUndefined();
    } else {
      expect(code).toBe(who === "ANONYMOUS" ? "UNAUTHENTICATED" : "FORBIDDEN");
      expect(res.json.errors[0].message).toMatch(/[а-я]/);
      if (snapshot) expect(await snapshot()).toEqual(before);
    }
  });
});

describe("reads of internals", () => {
  it("drafts, remarks and authors are visible to the authority's staff and auditors only; anonymous sees only published data", async () => {
    const { service, versionId } = await publishedService(h, { effectiveFrom: isoDate(0), authorityId: own.id });
    const draft = (await h.gql(DRAFT_CREATE, { serviceId: service.id })).data.standardDraftCreate.standardVersion;
    const Q = `query($s: ID!, $d: ID!) {
      service(id: $s) { draft { id } current { id createdBy publishedBy } versions(first: 5) { totalCount edges { node { status } } } }
      standardVersion(id: $d) { id }
      auditLog(first: 50, filter: { serviceId: $s }) { totalCount }
    }`;
    const view = async (who: Who) => (await http.post({ query: Q, variables: { s: service.id, d: draft.id } }, tokens[who])).json;
    for (const who of ["REGISTRAR", "APPROVER", "AUDITOR"] as Who[]) {
      const res = await view(who);
      expect(res.errors).toBeUndefined();
      expect(res.data.service.draft).toEqual({ id: draft.id });
      expect(res.data.standardVersion).toEqual({ id: draft.id });
      expect(res.data.service.current.publishedBy).toBe("test");
      expect(res.data.service.versions.totalCount).toBe(2);
    }
    expect((await view("AUDITOR")).data.auditLog.totalCount).toBeGreaterThan(0);
    for (const who of ["ANONYMOUS", "ADMIN"] as Who[]) {
      const res = await view(who);
      expect(res.errors).toBeUndefined();
      expect(res.data.service.draft).toBeNull();
      expect(res.data.standardVersion).toBeNull();
      expect(res.data.service.current).toEqual({ id: versionId, createdBy: null, publishedBy: null });
      expect(res.data.service.versions).toEqual({ totalCount: 1, edges: [{ node: { status: "PUBLISHED" } }] });
    }
    expect((await view("ANONYMOUS")).data.auditLog.totalCount).toBe(0);
    expect((await view("REGISTRAR")).data.auditLog.totalCount).toBe(0);
  });

  it("a never-published service is invisible to the public and to other authorities", async () => {
    const hidden = await createService(h, { authorityId: foreign.id });
    const Q = `query($id: ID!, $rn: String!) { service(id: $id) { id } serviceByRegistryNumber(registryNumber: $rn) { id } node(id: $id) { id } services(first: 100) { edges { node { id } } } }`;
    for (const who of ["ANONYMOUS", "REGISTRAR"] as Who[]) {
      const res = (await http.post({ query: Q, variables: { id: hidden.id, rn: hidden.registryNumber } }, tokens[who])).json;
      expect(res.data.service).toBeNull();
      expect(res.data.serviceByRegistryNumber).toBeNull();
      expect(res.data.node).toBeNull();
      expect(res.data.services.edges.map((e: any) => e.node.id)).not.toContain(hidden.id);
    }
  });

  it("the four-eyes rule: the approver who submitted a version may not publish it", async () => {
    const authority = await createAuthority(h);
    const login = unique("both-");
    const user = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } } }`, {
      input: { login, name: login, roles: [{ role: "REGISTRAR", authorityId: authority.id }, { role: "APPROVER", authorityId: authority.id }] },
    });
    const token = (await h.gql(`mutation($id: ID!) { apiTokenCreate(input: { userId: $id, name: "t" }) { token } }`, { id: user.data.userCreate.user.id })).data.apiTokenCreate.token;
    const service = await createService(h, { authorityId: authority.id });
    expectNoErrors(await h.gql(UPDATE, { id: service.draft.id, input: await completeContent(h, authority.id), rev: 1 }), "standardDraftUpdate");
    const submitted = await http.post({ query: SUBMIT, variables: { id: service.draft.id } }, token);
    expect(submitted.json.data.standardDraftSubmit.userErrors).toEqual([]);
    const act = await createLegalAct(h);
    const publish = await http.post({ query: PUBLISH, variables: { id: service.draft.id, input: { effectiveFrom: isoDate(0), approvingActId: act.id } } }, token);
    expect(publish.json.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(publish.json.errors[0].message).toMatch(/четырёх глаз/);
  });
});
