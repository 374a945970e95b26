import type { DataSource } from "typeorm";

/**
 * Readiness: whether the database answers now (a round trip through the app's pool, bounded
 * by `timeoutMs`). After the server restarts or the network returns, the pool's next
 * connection succeeds and readiness follows: there is nothing to reset.
 */
export async function databaseReady(ds: DataSource, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([ds.query("SELECT 1").then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
