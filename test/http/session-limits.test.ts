import { GraphQLError } from "graphql";
import { apiSession, createDataSource, maintenanceSession } from "../../src/data-source";
import { formatError } from "../../src/shared/errors/format-error";
import { captureLogs } from "../../src/log";

/** API sessions cannot hold PostgreSQL forever: statement_timeout and idle_in_transaction_session_timeout. */
const url = process.env.DATABASE_URL!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("PostgreSQL session limits", () => {
  it("API sessions have the configured statement and idle-in-transaction timeouts; maintenance sessions none", async () => {
    const api = createDataSource(url);
    const maintenance = createDataSource(url, undefined, { session: maintenanceSession });
    await Promise.all([api.initialize(), maintenance.initialize()]);
    try {
      const settings = async (ds: typeof api) =>
        (await ds.query("SELECT current_setting('statement_timeout') AS s, current_setting('idle_in_transaction_session_timeout') AS i"))[0];
      expect(apiSession).toEqual({ statementTimeoutMs: 15000, idleInTransactionTimeoutMs: 30000 });
      expect(await settings(api)).toEqual({ s: "15s", i: "30s" });
      expect(await settings(maintenance)).toEqual({ s: "0", i: "0" });
    } finally {
      await Promise.all([api.destroy(), maintenance.destroy()]);
    }
  });

  it("a statement past the timeout is cancelled, and answers QUERY_TIMEOUT in Russian (not an internal error)", async () => {
    const ds = createDataSource(url, undefined, { session: { statementTimeoutMs: 200, idleInTransactionTimeoutMs: 0 } });
    await ds.initialize();
    const logs = captureLogs();
    try {
      const error = await ds.query("SELECT pg_sleep(5)").then(
        () => null,
        (e) => e,
      );
      expect(error).toMatchObject({ code: "57014" });
      const formatted = formatError({ message: "x" }, new GraphQLError("x", { originalError: error }));
      expect(formatted).toEqual({ message: expect.stringMatching(/^Запрос выполнялся дольше допустимого/), extensions: { code: "QUERY_TIMEOUT" } });
      // still usable afterwards
      expect(await ds.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      logs.restore();
      await ds.destroy();
    }
  });

  it("a transaction left idle is ended by PostgreSQL, and the pool goes on with a new connection", async () => {
    const ds = createDataSource(url, undefined, { session: { statementTimeoutMs: 0, idleInTransactionTimeoutMs: 300 } });
    await ds.initialize();
    const logs = captureLogs();
    try {
      const runner = ds.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      await runner.query("SELECT 1");
      await sleep(1000);
      await expect(runner.query("SELECT 1")).rejects.toThrow();
      await runner.release().catch(() => undefined);
      expect(await ds.query("SELECT 2 AS two")).toEqual([{ two: 2 }]);
    } finally {
      logs.restore();
      await ds.destroy();
    }
  });
});
