import { serverAudits } from "graphql-http";
import { startHarness, type Harness } from "../support/harness";
import { startHttp } from "../support/http";

/**
 * The official audit of the GraphQL-over-HTTP specification (graphql-http's serverAudits),
 * against the real HTTP server: every MUST and every SHOULD passes.
 */
let h: Harness;
let http: Awaited<ReturnType<typeof startHttp>>;
beforeAll(async () => {
  h = await startHarness();
  http = await startHttp(h.ds);
});
afterAll(async () => {
  await http.app.stop();
  await h.close();
});

describe("GraphQL over HTTP (graphql-http serverAudits)", () => {
  const audits = serverAudits({ url: () => http.url, fetchFn: fetch });
  it.each(audits.filter((a) => !a.name.startsWith("MAY")).map((a) => [`${a.id} ${a.name}`, a] as const))("%s", async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status === "ok" ? "ok" : `${result.status}: ${(result as { reason?: string }).reason}`).toBe("ok");
  });
});
