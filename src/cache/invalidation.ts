import { Client, type Pool } from "pg";

/** The channel the database notifies when a public change commits (migration PublicChangeNotify). */
export const PUBLIC_CHANGE_CHANNEL = "registry_public_change";

/** What the subscriber drives: the response cache's invalidation and its permission to serve. */
export interface InvalidationTarget {
  invalidate(): void;
  setListening(listening: boolean): void;
  /** While a change may not have reached the read replicas yet, nothing new is stored. */
  setSettling?(settling: boolean): void;
}

export interface SubscriberOptions {
  /** The primary (NOTIFY is not replicated: standbys cannot LISTEN). */
  url: string;
  /** Pools of the read replicas the answers may be computed on (none: only the primary). */
  replicas?: () => Pool[];
  /** A pool on the primary, for its WAL position. */
  primary?: () => Pool;
  log?: (message: string) => void;
  /** First reconnection delay (doubles up to 10 s). */
  retryMs?: number;
}

export interface Subscriber {
  stop(): Promise<void>;
  /**
   * Resolves once every notification of a change committed before the call has been
   * handled: a round trip on the listening connection, whose backend sends the pending
   * notifications before it answers. Concurrent callers share round trips (one in flight,
   * at most one queued), so it costs a query per batch of requests, not per request.
   */
  barrier(): Promise<void>;
  /** Resolves once the subscriber listens (for tests and start-up). */
  listening(): Promise<void>;
}

/**
 * LISTEN on the primary on a connection of its own. Every notification drops the cached
 * answers; when read replicas serve anonymous reads, the cache stays "settling" (stores
 * nothing) until every replica has replayed the primary's WAL past the change, so that no
 * answer read from a lagging replica is kept. When the connection is lost the cache stops
 * serving at once (it could miss notifications) and the subscriber reconnects with backoff;
 * listening again starts from an empty cache.
 */
export function subscribeToPublicChanges(target: InvalidationTarget, options: SubscriberOptions): Subscriber {
  let stopped = false;
  let client: Client | null = null;
  let delay = options.retryMs ?? 250;
  let retryTimer: NodeJS.Timeout | null = null;
  let settleRun = 0;
  let onListening: (() => void)[] = [];
  let isListening = false;
  const log = options.log ?? (() => undefined);

  const lost = (reason: string) => {
    if (client) {
      client.removeAllListeners();
      client.on("error", () => undefined);
      void client.end().catch(() => undefined);
      client = null;
    }
    isListening = false;
    target.setListening(false);
    if (stopped) return;
    log(`response cache off: notifications unavailable (${reason}); reconnecting in ${delay} ms`);
    retryTimer = setTimeout(connect, delay);
    delay = Math.min(delay * 2, 10_000);
  };

  const settle = async () => {
    const replicas = options.replicas?.() ?? [];
    if (!replicas.length || !options.primary) return;
    const run = ++settleRun;
    target.setSettling?.(true);
    for (;;) {
      if (stopped || run !== settleRun) return;
      try {
        const { rows } = await options.primary().query("SELECT pg_current_wal_insert_lsn()::text AS lsn");
        const lsn = rows[0].lsn as string;
        // a server not in recovery (a replica URL that is a primary) has replayed everything
        const caught = await Promise.all(
          replicas.map((pool) => pool.query("SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, true) AS ok", [lsn]).then((r) => r.rows[0].ok === true)),
        );
        if (caught.every(Boolean)) {
          // a change notified while this ran has started a newer run, which decides
          if (run === settleRun) target.setSettling?.(false);
          return;
        }
      } catch (error) {
        log(`response cache settling: ${(error as Error).message}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  const connect = async () => {
    retryTimer = null;
    if (stopped) return;
    const c = new Client({ connectionString: options.url, application_name: "service-standard-registry-cache", keepAlive: true });
    client = c;
    c.on("error", (error) => lost(error.message));
    c.on("end", () => lost("connection closed"));
    c.on("notification", (message) => {
      if (message.channel !== PUBLIC_CHANGE_CHANNEL) return;
      target.invalidate();
      void settle();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${PUBLIC_CHANGE_CHANNEL}`);
    } catch (error) {
      if (client === c) lost((error as Error).message);
      return;
    }
    if (client !== c || stopped) return;
    delay = options.retryMs ?? 250;
    isListening = true;
    // notifications may have been missed while not listening: start from nothing
    target.setListening(true);
    void settle();
    for (const resolve of onListening) resolve();
    onListening = [];
  };

  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const roundTrip = (): Promise<void> => {
    const c = client;
    if (!c || !isListening) return Promise.reject(new Error("not listening"));
    const done = c.query("SELECT 1").then(
      () => {
        running = null;
      },
      (error: unknown) => {
        running = null;
        throw error;
      },
    );
    return done;
  };
  const barrier = (): Promise<void> => {
    // a round trip already under way may have been sent before this call: wait for the next one
    if (!running) return (running = roundTrip());
    if (!queued) {
      const after = running.catch(() => undefined);
      queued = after.then(() => {
        queued = null;
        return (running = roundTrip());
      });
    }
    return queued;
  };

  void connect();
  return {
    barrier,
    async stop() {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      const c = client;
      client = null;
      target.setListening(false);
      if (c) {
        c.removeAllListeners();
        c.on("error", () => undefined);
        await c.end().catch(() => undefined);
      }
    },
    listening() {
      return isListening ? Promise.resolve() : new Promise<void>((resolve) => onListening.push(resolve));
    },
  };
}
