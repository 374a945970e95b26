import { startHarness, type Harness } from "../support/harness";
import { startAppProcess, type AppProcess } from "../support/app-process";
import { isoDate, publishedService } from "../support/standards";
import { publishNext } from "../sync/feed-support";

/**
 * `npm start` with WEB_CONCURRENCY=2: two worker processes (Node's cluster) share the port; each
 * has its own response cache and hears the invalidations, so whichever answers, a publication
 * is visible at once.
 */
const QUERY = `query($rn: String!) { serviceByRegistryNumber(registryNumber: $rn) { current { number } } }`;
let h: Harness;
let app: AppProcess;

beforeAll(async () => {
  h = await startHarness();
  app = await startAppProcess({ WEB_CONCURRENCY: "2" });
}, 180_000);
afterAll(async () => {
  await app.stop();
  await h.close();
});

async function pidsAnswering(n: number): Promise<Set<number>> {
  const pids = new Set<number>();
  // a new connection per request: the primary hands connections to the workers in turn
  for (let i = 0; i < n; i++) pids.add(((await (await fetch(`${app.base}/health/cache`, { headers: { connection: "close" } })).json()) as { pid: number }).pid);
  return pids;
}

it("two workers serve the port, and both see a publication at once", async () => {
  let pids = await pidsAnswering(8);
  const deadline = Date.now() + 20_000;
  while (pids.size < 2 && Date.now() < deadline) pids = new Set([...pids, ...(await pidsAnswering(4))]);
  expect(pids.size).toBe(2);
  expect(pids.has(app.child.pid!)).toBe(false);

  const { service, content } = await publishedService(h, { effectiveFrom: isoDate(-5) });
  const read = async () => {
    const res = await fetch(`${app.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", connection: "close" },
      body: JSON.stringify({ query: QUERY, variables: { rn: service.registryNumber } }),
    });
    return ((await res.json()) as any).data.serviceByRegistryNumber.current.number as number;
  };
  for (let i = 0; i < 6; i++) expect(await read()).toBe(1);
  await publishNext(h, service.id, content, isoDate(0));
  for (let i = 0; i < 6; i++) expect(await read()).toBe(2);
});
