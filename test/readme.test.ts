import fs from "node:fs";
import path from "node:path";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { startHarness, unique, type Harness } from "./support/harness";
import { startHttp } from "./support/http";
import { expectNoErrors } from "./support/factories";
import { loadSeeds } from "../src/seeding/load-seeds";
import { seedAuthorities } from "../seeds";
import { toGlobalId } from "../src/shared/relay/global-id";

/**
 * What README.md states is true of the running registry. Every ```graphql block of the
 * README is run, operation by operation and in the README's order, over HTTP against the
 * seeded registry (the seeds are loaded into the test database first). Each must answer
 * without errors, every root field with a value, every connection (edges) and page of the
 * change feed (events) non-empty and every userErrors list empty. Mutations, and blocks
 * with a comment that mentions a token, run with the token of a user who is registrar,
 * approver and auditor of every seeded authority; the others anonymously, as a portal would.
 * A variable is supplied from VARIABLES by its name: a new example with a new variable needs
 * its value added there.
 */
const README = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");

interface Example {
  block: number;
  source: string;
  operation: OperationDefinitionNode;
  withToken: boolean;
}

function examples(): Example[] {
  const blocks = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.flatMap((source, block) =>
    parse(source)
      .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => ({ block: block + 1, source, operation, withToken: operation.operation === "mutation" || /^\s*#.*\btoken\b/im.test(source) })),
  );
}

/** What the examples' variables stand for, in the registry the README describes. */
const state: { ids: Record<string, string> } = { ids: {} };
const VARIABLES: Record<string, () => unknown> = {
  // "a registrar opens the next draft of a seeded service": the one whose body the token example names
  serviceId: () => state.ids.readmeService,
  // the draft (version) the previous example opened
  id: () => state.ids.standardVersion,
  // the construction permits of Penza and Krasnodar in force
  versionIds: () => state.ids.compared?.split(","),
  // the seeded body of the token example's service
  authorityId: () => state.ids.readmeAuthority,
};

let h: Harness;
let http: Awaited<ReturnType<typeof startHttp>>;
let token: string;
beforeAll(async () => {
  h = await startHarness();
  http = await startHttp(h.ds);
  await loadSeeds(h.ds, h.apollo);
  const service = await h.gql(`{ serviceByRegistryNumber(registryNumber: "SEED-58-PNZ-GRK51") { id authority { id } current { id } } }`);
  state.ids.readmeService = service.data.serviceByRegistryNumber.id;
  state.ids.readmeAuthority = service.data.serviceByRegistryNumber.authority.id;
  const krasnodar = await h.gql(`{ serviceByRegistryNumber(registryNumber: "SEED-23-KRD-GRK51") { current { id } } }`);
  state.ids.compared = [service.data.serviceByRegistryNumber.current.id, krasnodar.data.serviceByRegistryNumber.current.id].join(",");
  const seeded: { id: string }[] = await h.ds.query("SELECT id FROM authority WHERE name = ANY($1)", [seedAuthorities.map((a) => a.name)]);
  const authorities = seeded.map((a) => ({ id: toGlobalId("Authority", a.id) }));
  const login = unique("readme-");
  const roles = authorities.flatMap((a) => ["REGISTRAR", "APPROVER", "AUDITOR"].map((role) => ({ role, authorityId: a.id })));
  const user = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code field message } } }`, { input: { login, name: "README", roles } });
  expectNoErrors(user, "userCreate");
  const issued = await h.gql(`mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { token userErrors { code field message } } }`, {
    input: { userId: user.data.userCreate.user.id, name: "README examples" },
  });
  expectNoErrors(issued, "apiTokenCreate");
  token = issued.data.apiTokenCreate.token;
});
afterAll(async () => {
  await http.app.stop();
  await h.close();
});

/** Problems of an answer: null root fields, empty connections, user errors. */
function problems(value: unknown, at: string[], out: string[]): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => problems(v, [...at, String(i)], out));
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      const where = [...at, key].join(".");
      if ((key === "edges" || key === "events") && Array.isArray(v) && v.length === 0) out.push(`${where} is empty`);
      if (key === "userErrors" && Array.isArray(v) && v.length > 0) out.push(`${where}: ${JSON.stringify(v)}`);
      problems(v, [...at, key], out);
    }
  }
  return out;
}

/** Ids an answer hands to the next example (the draft a mutation opened, …). */
function remember(value: unknown): void {
  if (Array.isArray(value)) value.forEach(remember);
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "standardVersion" && v && typeof v === "object" && typeof (v as { id?: unknown }).id === "string") state.ids.standardVersion = (v as { id: string }).id;
      remember(v);
    }
  }
}

describe("README.md", () => {
  const all = examples();

  it("has GraphQL examples", () => {
    expect(all.length).toBeGreaterThanOrEqual(5);
  });

  // in order: an example may use what an earlier one created
  it.each(all.map((e, i) => [`${i + 1}. block ${e.block}: ${e.operation.operation} ${e.operation.name?.value ?? "(anonymous)"}`, e] as const))("%s", async (_title, example) => {
    const variables: Record<string, unknown> = {};
    for (const definition of example.operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      const supply = VARIABLES[name];
      if (!supply) throw new Error(`README example needs variable $${name}: add how to supply it to VARIABLES in test/readme.test.ts`);
      variables[name] = supply();
      if (variables[name] === undefined) throw new Error(`README example needs $${name}, which no earlier example provided`);
    }
    const res = await http.post({ query: example.source, operationName: example.operation.name?.value, variables }, example.withToken ? token : undefined);
    expect(res.json.errors).toBeUndefined();
    expect(res.status).toBe(200);
    for (const [field, value] of Object.entries(res.json.data ?? {})) expect([field, value]).not.toEqual([field, null]);
    expect(problems(res.json.data, [], [])).toEqual([]);
    remember(res.json.data);
  });

  it("states the number of completeness rules that completenessRules lists", async () => {
    const stated = /(\d+) pure rules/.exec(README);
    expect(stated).not.toBeNull();
    const res = await h.gql(`{ completenessRules { code } }`);
    expect(Number(stated![1])).toBe(res.data.completenessRules.length);
  });
});
