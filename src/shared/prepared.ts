import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";
import type { Pool } from "pg";
import { ReplicaReadDataSource } from "../db/read-replicas";

/**
 * A named prepared statement on the pool TypeORM manages: planned once per connection,
 * then only bound and executed. For the portal's hot reads, where planning a join over
 * standard_version costs as much as running it. Logged through TypeORM's logger like
 * every other statement.
 */
export async function preparedQuery<T>(ds: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  ds.logger.logQuery(text, values);
  // the read DataSource of anonymous requests prepares on a replica
  const pool = ds instanceof ReplicaReadDataSource ? ds.readPool() : (ds.driver as unknown as { master: Pool }).master;
  const result = await pool.query({ name, text, values });
  return result.rows as T[];
}

/** An entity instance from a row keyed by column names (as to_jsonb returns it). */
export function hydrate<T extends ObjectLiteral>(ds: DataSource, target: EntityTarget<T> | EntityMetadata, row: Record<string, unknown>): T {
  const metadata = "columns" in (target as EntityMetadata) ? (target as EntityMetadata) : ds.getMetadata(target as EntityTarget<T>);
  const entity = metadata.create() as Record<string, unknown>;
  for (const column of metadata.columns) {
    if (column.databaseName in row) entity[column.propertyName] = ds.driver.prepareHydratedValue(row[column.databaseName], column);
  }
  return entity as T;
}
