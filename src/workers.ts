import cluster, { type Worker } from "node:cluster";
import { createApp, type App } from "./app";
import { config } from "./config";
import { createDataSource } from "./data-source";

/**
 * More than one process (README "Growing past one machine"): with WEB_CONCURRENCY = N > 1,
 * `npm start`'s process opens the database, migrates and seeds it, runs the sync worker, and
 * forks N workers (Node's cluster) that share the port and serve HTTP. The workers are
 * stateless: each has its own pool and response cache, and hears the invalidations itself
 * (LISTEN, src/cache/), so any of them may answer any request. A worker that dies is forked
 * again.
 */
export interface Serving {
  stop(): Promise<void>;
}

export const isWorkerProcess = () => cluster.isWorker;

/** The app of this process listening on PORT (one process), or the workers forked (WEB_CONCURRENCY > 1). */
export async function serve(app: App, urls: { app: string; owner: string | null }, log: (m: string) => void): Promise<Serving> {
  if (config.webConcurrency <= 1) {
    await listen(app);
    return { stop: () => app.stop() };
  }
  // the workers serve: this process keeps the database, migrations and the sync worker
  await app.stop();
  let stopping = false;
  // one cursor key for all workers: a page cursor signed by one is accepted by the others
  const env = { DATABASE_URL: urls.app, ...(urls.owner ? { DATABASE_OWNER_URL: urls.owner } : {}), SEED_ON_START: "false", SYNC_WORKER: "false", CURSOR_SECRET: config.cursorSecret };
  const fork = () => {
    const worker = cluster.fork(env);
    worker.once("exit", (code, signal) => {
      if (stopping) return;
      log(`worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); forking another`);
      setTimeout(fork, 1000);
    });
    return worker;
  };
  const started = Array.from({ length: config.webConcurrency }, fork);
  await Promise.all(started.map((w) => new Promise<void>((resolve) => w.once("listening", () => resolve()))));
  log(`${config.webConcurrency} worker processes listen on ${config.host}:${config.port} (WEB_CONCURRENCY)`);
  return {
    async stop() {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve) => {
              if (w.isDead()) return resolve();
              const timer = setTimeout(() => w.process.kill("SIGKILL"), 10_000);
              w.once("exit", () => {
                clearTimeout(timer);
                resolve();
              });
              w.process.kill("SIGTERM");
            }),
        ),
      );
    },
  };
}

/** A worker: its own pool and app on the database the primary prepared, listening on the shared port. */
export async function serveWorker(log: (m: string) => void): Promise<void> {
  const ds = createDataSource(config.databaseUrl!);
  await ds.initialize();
  const app = await createApp(ds);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await app.stop();
      await ds.destroy();
    } finally {
      process.exit(0);
    }
  };
  process.on("SIGTERM", () => void shutdown());
  // Ctrl-C reaches the whole process group: the primary stops the workers
  process.on("SIGINT", () => undefined);
  await listen(app);
  log(`worker ${process.pid} serving`);
}

function listen(app: App): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    app.http.once("error", reject);
    app.http.listen(config.port, config.host, resolve);
  });
}
