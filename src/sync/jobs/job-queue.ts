import type { EntityManager } from "typeorm";
import PgBoss from "pg-boss";

/**
 * The job queue: pg-boss 10 (the last line that runs on Node 20), in the schema `pgboss`
 * installed by the migration 1796159200000-webhooks. The app never creates or migrates
 * that schema (`migrate: false`); its login role needs only DML there (see README).
 */
export const JOB_SCHEMA = "pgboss";
export const DELIVERY_QUEUE = "webhook-delivery";
export const MAINTENANCE_QUEUE = "sync-maintenance";

/**
 * Sends jobs inside the caller's transaction (the outbox commits or rolls back with the
 * change). It has no connection of its own: every send passes the transaction's.
 */
const sender = new PgBoss({
  db: { executeSql: () => Promise.reject(new Error("the job sender has no connection: pass a transaction")) },
  schema: JOB_SCHEMA,
  migrate: false,
});

export function transactionDb(em: EntityManager): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      const result = await em.queryRunner!.query(text, values, true);
      return { rows: result.records };
    },
  };
}

export function sendInTransaction(em: EntityManager, name: string, data: object, options: PgBoss.SendOptions = {}): Promise<string | null> {
  return sender.send(name, data, { ...options, db: transactionDb(em) });
}

/** A pg-boss instance with its own small pool, for the worker (never migrates the schema). */
export function createJobQueue(connectionString: string, options: Partial<PgBoss.ConstructorOptions> = {}): PgBoss {
  return new PgBoss({
    connectionString,
    schema: JOB_SCHEMA,
    migrate: false,
    max: 4,
    application_name: "service-standard-registry-jobs",
    ...options,
  });
}
