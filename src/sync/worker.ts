import type { DataSource } from "typeorm";
import type PgBoss from "pg-boss";
import { REGISTRY_TIME_ZONE, syncConfig } from "../config";
import { createJobQueue, DELIVERY_QUEUE, MAINTENANCE_QUEUE } from "./jobs/job-queue";
import { deliver, rearmStrandedLanes } from "./webhooks/outbox";
import { recordDueInForce } from "./feed/change-feed";

export interface SyncWorker {
  boss: PgBoss;
  stop(options?: { graceful?: boolean }): Promise<void>;
}

export interface SyncWorkerOptions {
  pollingIntervalSeconds?: number;
  maintenanceIntervalSeconds?: number;
  concurrency?: number;
  log?: (message: string) => void;
}

/**
 * The background side of the sync module, on pg-boss: webhook deliveries, and a
 * maintenance job (at start and every 5 minutes) that records the day's entries into
 * force and re-arms stranded webhook lanes. Several processes may run it at once.
 */
export async function startSyncWorker(ds: DataSource, connectionString: string, options: SyncWorkerOptions = {}): Promise<SyncWorker> {
  const log = options.log ?? ((m: string) => console.log(`[sync] ${m}`));
  const boss = createJobQueue(connectionString, {
    supervise: true,
    schedule: true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
  });
  boss.on("error", (error) => log(`job queue error: ${error.message}`));
  await boss.start();
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 };
  for (let i = 0; i < (options.concurrency ?? syncConfig.webhookConcurrency); i++) {
    await boss.work<{ deliveryId: string }>(DELIVERY_QUEUE, polling, async ([job]) => deliver(ds, job.data.deliveryId));
  }
  await boss.work(MAINTENANCE_QUEUE, polling, async () => {
    const inForce = await recordDueInForce(ds);
    const rearmed = await rearmStrandedLanes(ds, boss);
    if (inForce || rearmed) log(`maintenance: ${inForce} versions came into force, ${rearmed} webhook lanes re-armed`);
  });
  await boss.schedule(MAINTENANCE_QUEUE, "*/5 * * * *", {}, { tz: REGISTRY_TIME_ZONE });
  await boss.send(MAINTENANCE_QUEUE, {});
  return {
    boss,
    async stop({ graceful = true } = {}) {
      await boss.stop({ graceful, wait: true, timeout: 5000 });
    },
  };
}
