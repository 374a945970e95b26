import { DataSource, type QueryRunner } from "typeorm";
import type { Pool } from "pg";

/**
 * Anonymous reads on PostgreSQL streaming replicas (DATABASE_READ_URLS; README "Growing past one
 * machine"). The read DataSource is TypeORM's replication setup: the primary as master, the
 * replicas as slaves, SELECTs of repositories and query builders on a replica (defaultMode
 * "slave"), and here also `query()` and the prepared statements (src/shared/prepared.ts), which
 * TypeORM would otherwise send to the master. Transactions and writes still go to the primary.
 * Only requests without credentials are served by it: an authenticated session reads its own
 * writes from the primary (src/app.ts).
 */
export class ReplicaReadDataSource extends DataSource {
  override async query<T = any>(query: string, parameters?: any[], queryRunner?: QueryRunner): Promise<T> {
    if (queryRunner) return super.query<T>(query, parameters, queryRunner);
    const runner = this.createQueryRunner("slave");
    try {
      return await super.query<T>(query, parameters, runner);
    } finally {
      await runner.release();
    }
  }

  /** The replicas' pools (one per URL). */
  replicaPools(): Pool[] {
    return (this.driver as unknown as { slaves: Pool[] }).slaves;
  }

  /** A replica's pool for one statement (any: they are equivalent once caught up). */
  readPool(): Pool {
    const pools = this.replicaPools();
    return pools.length ? pools[Math.floor(Math.random() * pools.length)] : (this.driver as unknown as { master: Pool }).master;
  }
}

/** DATABASE_READ_URLS: comma-separated URLs of the replicas, as the app's role. */
export function parseReadUrls(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}
