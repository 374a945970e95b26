import type { AddressInfo } from "node:net";
import { createDataSource } from "../../src/data-source";
import { createApp, type App } from "../../src/app";
import { startEmbeddedPostgres } from "../../src/db/embedded-postgres";
import { startScratchCluster } from "../support/cluster";
import type { DataSource } from "typeorm";

/**
 * Surviving the database dying (issue 10 §8), on a cluster of its own: /ready touches the
 * database; a postmaster killed with SIGKILL is restarted by the supervisor of `npm start`;
 * the app's pool reconnects by itself when the server is back.
 */
const QUERY = JSON.stringify({ query: "{ authorities(first: 1) { edges { node { id } } } }" });

async function serve(ds: DataSource): Promise<{ app: App; base: string }> {
  const app = await createApp(ds);
  await new Promise<void>((resolve) => app.http.listen(0, "127.0.0.1", resolve));
  return { app, base: `http://127.0.0.1:${(app.http.address() as AddressInfo).port}` };
}

const ready = async (base: string) => (await fetch(`${base}/ready`)).status;
const answers = async (base: string) => {
  try {
    const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: QUERY });
    const json = (await res.json()) as { data?: unknown; errors?: unknown };
    return res.status === 200 && !!json.data && !json.errors;
  } catch {
    return false;
  }
};

async function until(check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not within ${ms} ms`);
}

describe("the database dying", () => {
  it("kill -9 of the embedded postmaster: the supervisor restarts it and the registry answers again within 15 seconds", async () => {
    const db = await startScratchCluster("restart", { supervise: true });
    const ds = createDataSource(db.appUrl);
    await ds.initialize();
    const { app, base } = await serve(ds);
    try {
      expect(await ready(base)).toBe(200);
      expect(await answers(base)).toBe(true);
      const pid = db.postmasterPid()!;
      process.kill(pid, "SIGKILL");
      // (a backend may still answer for a moment after its postmaster died: wait for the new one)
      const took = await until(async () => db.restarts() === 1 && (await ready(base)) === 200 && (await answers(base)), 15_000);
      expect(took).toBeLessThan(15_000);
      expect(db.postmasterPid()).not.toBe(pid);
    } finally {
      await app.stop();
      await ds.destroy();
      await db.remove();
    }
  });

  it("without a supervisor (as with DATABASE_URL): /ready reports 503 while the server is down, and the pool reconnects when it is back", async () => {
    const db = await startScratchCluster("reconnect");
    const ds = createDataSource(db.appUrl);
    await ds.initialize();
    const { app, base } = await serve(ds);
    try {
      expect(await ready(base)).toBe(200);
      await db.stop();
      expect(await ready(base)).toBe(503);
      expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: "unavailable", message: expect.stringMatching(/База данных недоступна/) });
      expect(await answers(base)).toBe(false);
      expect((await fetch(`${base}/health`)).status).toBe(200);
      const again = await startEmbeddedPostgres({ dataDir: db.dataDir, port: db.port, database: "registry" });
      try {
        await until(async () => (await ready(base)) === 200 && (await answers(base)), 15_000);
      } finally {
        await again.stop();
      }
    } finally {
      await app.stop();
      await ds.destroy();
      await db.remove();
    }
  });
});
