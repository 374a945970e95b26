import type { ApolloServer } from "@apollo/server";
import { startHarness, type Harness } from "../support/harness";
import { createApolloServer, jitStats } from "../../src/server";
import { getSchema } from "../../src/schema";
import { createContext, type Context } from "../../src/context";
import { Viewer } from "../../src/auth/viewer";
import { createService } from "../support/factories";

/**
 * graphql-jit compiles only operations seen repeatedly, and keeps a bounded number of
 * them; everything else runs through graphql-js, with the same answers.
 */
let h: Harness;
const servers: ApolloServer<Context>[] = [];
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  for (const s of servers) await s.stop();
  await h.close();
});

async function server(jit: { compileAfter?: number; maxEntries?: number; maxSourceChars?: number }) {
  const apollo = createApolloServer(await getSchema(), { jit });
  await apollo.start();
  servers.push(apollo);
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const res = await apollo.executeOperation({ query, variables }, { contextValue: createContext(h.ds, Viewer.system("test")) });
    if (res.body.kind !== "single") throw new Error("incremental");
    return res.body.singleResult;
  };
  return { apollo, run };
}

const distinct = (i: number) => `{ standardElements { code part${" ".repeat(i)} } }`;

describe("graphql-jit cache", () => {
  it("runs one-off query texts through graphql-js and compiles none of them", async () => {
    const { apollo, run } = await server({ compileAfter: 2 });
    for (let i = 0; i < 5; i++) expect((await run(distinct(i))).errors).toBeUndefined();
    expect(jitStats(apollo)).toEqual({ compiled: 0, sourceChars: 0, executions: { jit: 0, graphqlJs: 5, direct: 0 } });
  });

  it("compiles an operation on its second execution; graphql-js and graphql-jit answer the same", async () => {
    const { apollo, run } = await server({ compileAfter: 2 });
    const service = await createService(h);
    const query = `query($id: ID!) { service(id: $id) { id name registryNumber authority { name } draft { id } } standardElements { code part titleRu } }`;
    const first = await run(query, { id: service.id });
    expect(first.errors).toBeUndefined();
    expect(first.data).toMatchObject({ service: { id: service.id, draft: { id: service.draft.id } } });
    expect(jitStats(apollo)).toMatchObject({ compiled: 0, executions: { jit: 0, graphqlJs: 1 } });
    const second = await run(query, { id: service.id });
    const third = await run(query, { id: service.id });
    expect(jitStats(apollo)).toMatchObject({ compiled: 1, executions: { jit: 2, graphqlJs: 1 } });
    expect(second).toEqual(first);
    expect(third).toEqual(first);
  });

  it("keeps at most maxEntries compiled operations, least recently used out", async () => {
    const { apollo, run } = await server({ compileAfter: 1, maxEntries: 2 });
    for (let i = 0; i < 6; i++) await run(distinct(i));
    expect(jitStats(apollo).compiled).toBe(2);
    expect(jitStats(apollo).executions.jit).toBe(6);
  });

  it("keeps compiled operations within maxSourceChars of query text", async () => {
    const { apollo, run } = await server({ compileAfter: 1, maxEntries: 100, maxSourceChars: 100 });
    for (let i = 0; i < 6; i++) await run(distinct(i));
    const stats = jitStats(apollo);
    expect(stats.sourceChars).toBeLessThanOrEqual(100);
    expect(stats.compiled).toBeLessThanOrEqual(2);
    expect(stats.compiled).toBeGreaterThanOrEqual(1);
  });
});
