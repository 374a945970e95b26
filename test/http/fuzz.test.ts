import fc from "fast-check";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { startHarness, unique, type Harness } from "../support/harness";
import { startHttp } from "../support/http";
import { createAuthority, createLegalAct, createService } from "../support/factories";
import { isoDate, publishedService } from "../support/standards";
import { getSchema } from "../../src/schema";
import { toGlobalId, type NodeTypeName } from "../../src/shared/relay/global-id";
import { Viewer } from "../../src/auth/viewer";
import { httpConfig } from "../../src/config";

/**
 * A property-based fuzz test over every argument of every operation of the schema (and of
 * the fields with arguments below them): values valid and invalid for their type, hostile
 * strings (NUL, lone surrogates, huge), impossible dates, ids of every type, forged
 * cursors, wrong types altogether. Whatever comes in, no answer is INTERNAL_SERVER_ERROR
 * and every error has a stable code and a Russian message. Deterministic by default
 * (FUZZ_SEED, FUZZ_RUNS to explore more). The ids it uses are of records it created
 * itself, so it never touches another test's data.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

let h: Harness;
let http: Awaited<ReturnType<typeof startHttp>> | undefined;
let schema: GraphQLSchema;
const pool: Record<string, string[]> = {};
beforeAll(async () => {
  h = await startHarness();
  schema = await getSchema();
  const authority = await createAuthority(h);
  const act = await createLegalAct(h);
  const service = await createService(h, { authorityId: authority.id });
  const login = unique("fuzz-");
  const user = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } } }`, { input: { login, name: login } });
  const token = await h.gql(`mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { apiToken { id } } }`, {
    input: { userId: user.data.userCreate.user.id, name: "fuzz" },
  });
  // a published standard (in force): the requirements and the expected date reach their rules
  const published = await publishedService(h, { effectiveFrom: isoDate(-1), authorityId: authority.id });
  // an inactive subscriber of the fuzz's own body (nothing is delivered; it only has to exist)
  const subscription = await h.gql(`mutation($input: WebhookSubscriptionInput!) { webhookSubscriptionCreate(input: $input) { webhookSubscription { id } } }`, {
    input: { url: "https://portal.example/hooks/fuzz", active: false, filter: { authorityId: authority.id } },
  });
  Object.assign(pool, {
    Authority: [authority.id],
    LegalAct: [act.id],
    Service: [service.id, published.service.id],
    StandardVersion: [service.draft.id],
    PublishedVersion: [published.versionId],
    User: [user.data.userCreate.user.id],
    ApiToken: [token.data.apiTokenCreate.apiToken.id],
    WebhookSubscription: [subscription.data.webhookSubscriptionCreate.webhookSubscription.id],
  });
  pool.cursor = [
    (await h.gql(`{ authorities(first: 1) { edges { cursor } } }`)).data.authorities.edges[0].cursor,
    (await h.gql(`{ changes(first: 1) { endCursor } }`)).data.changes.endCursor,
  ];
}, 120_000);
afterAll(async () => {
  await http?.app.stop();
  await h.close();
});

/** An operation's answer, or "hung" when none came within HUNG_MS (a computation that never ends is a failure too, not a stuck suite). */
const HUNG_MS = 20_000;
async function answer(query: string, variables: Record<string, unknown>, viewer: Viewer) {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<"hung">((resolve) => (timer = setTimeout(() => resolve("hung"), HUNG_MS)));
  try {
    return await Promise.race([h.gql(query, variables, viewer), hung]);
  } finally {
    clearTimeout(timer);
  }
}

const HOSTILE = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udc00",
  "🏠",
  "я".repeat(5000),
  "' OR 1=1 --",
  "%00",
  "\\",
  '"',
  "{}",
  "[]",
  "null",
  "-1",
  "1e400",
  "NaN",
  "2014-13-45",
  "0000-01-01",
  "9999-12-31",
  "10000-01-01",
  "0000-06-01T00:00:00Z",
  "00000000-0000-4000-8000-000000000000",
  Buffer.from('["x","not-a-uuid"]').toString("base64url"),
  Buffer.from("[1e308]").toString("base64url") + ".AAAAAAAAAAAAAAAAAAAAAA",
  // change-feed cursors: past PostgreSQL's bigint, negative, of another kind
  Buffer.from('["change","9999999999999999999"]').toString("base64url"),
  Buffer.from('["change","-1"]').toString("base64url"),
  Buffer.from('["service","1"]').toString("base64url"),
];

const NODE_TYPES: NodeTypeName[] = ["Authority", "LegalAct", "Service", "StandardVersion", "User", "ApiToken", "AuditEntry", "WebhookSubscription"];

const string = () => fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 30 }) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) }, { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) });
const id = () =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...Object.values(pool).flat()) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...NODE_TYPES), fc.uuid()).map(([t, u]) => toGlobalId(t, u)) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: string() },
  );
const int = () => fc.oneof(fc.integer({ min: -5, max: 120 }), fc.constantFrom(0, -1, 2147483647, -2147483648, 2147483648, 1.5, 1e20, Number.NaN), fc.string({ maxLength: 3 }));
const date = () =>
  fc.oneof(
    fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom("0000-01-01", "0001-01-01", "9999-12-31", "2020-02-30", "2014-13-45", "2020-1-1", 20200101),
  );
const dateTime = () =>
  fc.oneof(
    fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.constantFrom("0000-01-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59Z", "2020-13-01T00:00:00Z", "2030-01-01", 0),
  );
const money = () => fc.oneof(fc.constantFrom("0", "10.5", "3500.00", "-1", "1e3", "10.555", "сто", "999999999999999.99", 1000000000001), fc.double());

const SCALARS: Record<string, () => fc.Arbitrary<unknown>> = {
  String: string,
  ID: id,
  Int: int,
  Float: () => fc.oneof(fc.double(), fc.string({ maxLength: 3 })),
  Boolean: () => fc.oneof({ weight: 5, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom("true", 1, 0) }),
  LocalDate: date,
  DateTimeISO: dateTime,
  Money: money,
};

/** Values for an input type: mostly of the type, sometimes null, absent or of another type. */
function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(fc.constantFrom(null, 5, "x", true, [], {}), fc.anything({ maxDepth: 2 }));
  if (isNonNullType(type)) return fc.oneof({ weight: 20, arbitrary: valueOf(type.ofType, depth) }, { weight: 1, arbitrary: wrong });
  const maybe = (a: fc.Arbitrary<unknown>) => fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 12, arbitrary: a }, { weight: 1, arbitrary: wrong });
  if (isListType(type)) return maybe(fc.array(valueOf(type.ofType, depth + 1), { maxLength: depth > 2 ? 1 : 3 }));
  if (isEnumType(type)) return maybe(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.value)) }, { weight: 1, arbitrary: string() }));
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant(undefined);
    const fields = Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, valueOf(f.type, depth + 1)]));
    return maybe(fc.record(fields, { requiredKeys: [] }));
  }
  if (isScalarType(type)) return maybe((SCALARS[type.name] ?? (() => fc.oneof(string(), int(), fc.boolean())))());
  return wrong;
}

interface Target {
  name: string;
  query: string;
  args: readonly GraphQLArgument[];
  /** The pool whose first id is $parentId (fields below the roots). */
  parent?: string;
}

const selectionOf = (field: GraphQLField<unknown, unknown>) => (isObjectType(getNamedType(field.type)) || isInterfaceType(getNamedType(field.type)) ? " { __typename }" : "");
const argsOf = (args: readonly GraphQLArgument[]) => ({
  defs: args.map((a) => `$${a.name}: ${a.type}`).join(", "),
  uses: args.map((a) => `${a.name}: $${a.name}`).join(", "),
});

/** How to reach a field with arguments below the roots: through its parent, found by an id of the pool (or a list without one). */
const PARENTS: Record<string, { via: (inner: string) => string; pool?: string }> = {
  Service: { via: (inner) => `service(id: $parentId) { ${inner} }`, pool: "Service" },
  StandardVersion: { via: (inner) => `standardVersion(id: $parentId) { ${inner} }`, pool: "PublishedVersion" },
  VariantRequirements: { via: (inner) => `standardVersion(id: $parentId) { requirements { ${inner} } }`, pool: "PublishedVersion" },
  WebhookSubscription: { via: (inner) => `webhookSubscriptions { ${inner} }` },
};

function targets(): Target[] {
  const list: Target[] = [];
  for (const [kind, root] of [["query", schema.getQueryType()!], ["mutation", schema.getMutationType()!]] as const) {
    for (const field of Object.values(root.getFields())) {
      const { defs, uses } = argsOf(field.args);
      list.push({ name: `${root.name}.${field.name}`, args: field.args, query: `${kind}${defs ? `(${defs})` : ""} { ${field.name}${uses ? `(${uses})` : ""}${selectionOf(field)} }` });
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || type === schema.getQueryType() || type === schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const parent = PARENTS[type.name];
      if (!parent) throw new Error(`the fuzz test does not know how to reach ${type.name}.${field.name}: add ${type.name} to PARENTS`);
      const { defs, uses } = argsOf(field.args);
      const variables = [...(parent.pool ? ["$parentId: ID!"] : []), defs].join(", ");
      list.push({ name: `${type.name}.${field.name}`, args: field.args, parent: parent.pool, query: `query(${variables}) { ${parent.via(`${field.name}(${uses})${selectionOf(field)}`)} }` });
    }
  }
  return list;
}

const CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "QUERY_TOO_COMPLEX",
  "QUERY_TIMEOUT",
  "OPERATION_RESOLUTION_FAILURE",
]);

describe("fuzz: every argument of every operation", () => {
  it("covers the whole schema (every root field and every field with arguments)", () => {
    const names = targets().map((t) => t.name);
    expect(names.length).toBeGreaterThan(30);
    expect(names).toEqual(
      expect.arrayContaining([
        "Query.services",
        "Mutation.standardDraftUpdate",
        "Service.versions",
        "Service.standardAsOf",
        "StandardVersion.requirements",
        "StandardVersion.variantResolve",
        "StandardVersion.expectedResultDate",
        "VariantRequirements.expectedResultDate",
        "WebhookSubscription.deliveries",
        "Query.changes",
        "Query.requirements",
        "Mutation.webhookSubscriptionCreate",
        "Mutation.webhookSubscriptionUpdate",
        "Mutation.productionCalendarLoad",
        "Mutation.legalActUpdate",
        "Mutation.serviceMove",
      ]),
    );
  });

  it("every query it sends is valid for well-typed variables (no target is skipped by a validation error of its own)", async () => {
    for (const target of targets()) {
      const res = await h.gql(target.query, target.parent ? { parentId: pool[target.parent][0] } : {});
      const own = (res.errors ?? []).filter((e: { extensions?: { code?: string } }) => e.extensions?.code === "GRAPHQL_VALIDATION_FAILED" || e.extensions?.code === "GRAPHQL_PARSE_FAILED");
      expect([target.name, own]).toEqual([target.name, []]);
    }
  });

  // one property per target (built once the schema is known)
  it("no input yields INTERNAL_SERVER_ERROR; every error has a known code and a Russian message", async () => {
    const failures: string[] = [];
    for (const target of targets()) {
      const variables = fc.record(Object.fromEntries(target.args.map((a) => [a.name, valueOf(a.type)])), { requiredKeys: [] });
      const viewer = fc.constantFrom(Viewer.system("fuzz"), Viewer.system("fuzz"), Viewer.anonymous());
      const result = await fc.check(
        fc.asyncProperty(variables, viewer, async (vars, who) => {
          const res = await answer(target.query, { ...(target.parent ? { parentId: pool[target.parent][0] } : {}), ...vars }, who);
          if (res === "hung") return false;
          for (const error of res.errors ?? []) {
            const code = error.extensions?.code;
            if (!CODES.has(code)) return false;
            if (!/[а-яё]{3}/i.test(error.message)) return false;
          }
          return true;
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      if (result.failed) {
        const [vars, who] = result.counterexample as [Record<string, unknown>, Viewer];
        const res = await answer(target.query, { ...(target.parent ? { parentId: pool[target.parent][0] } : {}), ...vars }, who);
        failures.push(`${target.name} ${JSON.stringify(vars).slice(0, 400)} → ${res === "hung" ? `no answer within ${HUNG_MS} ms` : JSON.stringify(res.errors).slice(0, 400)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);
});

/** The plain-HTTP routes' query parameters: every parameter of /changes and /export/*, valid and hostile. */
describe("fuzz: the parameters of /changes and /export/*", () => {
  const ROUTES = ["/changes", "/export/standards.ndjson", "/export/services.csv", "/export/documents.csv", "/export/cpsv-ap.jsonld"];
  const text = (arbitrary: fc.Arbitrary<unknown>) => arbitrary.map((v) => String(v));
  const parameters = () =>
    fc.record(
      {
        after: text(fc.oneof(fc.constantFrom(...pool.cursor), string())),
        limit: text(int()),
        authorityId: text(id()),
        includeSubordinate: text(fc.oneof(fc.boolean(), fc.constantFrom("1", "yes", "", "TRUE"), string())),
        territory: text(fc.oneof(fc.constantFrom("56", "45000000", "63701000", "1", "123456789012"), string())),
        date: text(date()),
      },
      { requiredKeys: [] },
    );

  it("no parameters yield a 500; a refusal is a 400 BAD_USER_INPUT (431 for a URL over 16 KB) in JSON with a Russian message", async () => {
    // no rate limit and no cap on exports at once: the fuzz sends one request after another, and cancels the answers it does not read
    http = await startHttp(h.ds, { http: { rateLimits: { ...httpConfig.rateLimits, anonymousPerWindow: 0 } }, sync: { maxConcurrentExports: 0 } });
    const base = http.url.replace(/\/graphql$/, "");
    const failures: string[] = [];
    for (const route of ROUTES) {
      const result = await fc.check(
        fc.asyncProperty(parameters(), async (params) => {
          const res = await fetch(`${base}${route}?${new URLSearchParams(params as Record<string, string>)}`, { signal: AbortSignal.timeout(HUNG_MS) });
          if (res.status === 200) {
            await res.body?.cancel();
            return true;
          }
          // a URL over Node's header limit (16 KB) is refused by the front before the route: 431
          const expected = ({ 400: "BAD_USER_INPUT", 431: "HEADERS_TOO_LARGE" } as Record<number, string>)[res.status];
          if (!expected || !/^application\/json/.test(res.headers.get("content-type") ?? "")) return false;
          const body = await res.json();
          return body.errors?.[0]?.extensions?.code === expected && /[а-яё]{3}/i.test(body.errors[0].message);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      if (result.failed) {
        const [params] = result.counterexample as [Record<string, string>];
        const res = await fetch(`${base}${route}?${new URLSearchParams(params)}`).catch((error) => ({ status: String(error), text: async () => "" }));
        failures.push(`${route} ${JSON.stringify(params).slice(0, 300)} → ${res.status} ${(await res.text()).slice(0, 300)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
