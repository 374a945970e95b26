import "reflect-metadata";
import type { DataSource, Logger } from "typeorm";
import type { ApolloServer } from "@apollo/server";
import { Client } from "pg";
import { createDataSource, migrationDataSource } from "../../src/data-source";
import { getSchema } from "../../src/schema";
import { createApolloServer } from "../../src/server";
import { createContext, type Context } from "../../src/context";
import { Viewer } from "../../src/auth/viewer";

/** Counts the SQL statements TypeORM sends (for the N+1 guards). */
export class QueryCounter implements Logger {
  queries: string[] = [];
  logQuery(query: string) {
    this.queries.push(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
  reset() {
    this.queries = [];
  }
  get count() {
    return this.queries.length;
  }
}

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, any>; path?: (string | number)[] }[];
}

export interface Harness {
  /** The app's DataSource, connected as the app's role (registry_app), as the API is. */
  ds: DataSource;
  /**
   * A DataSource as the owner role (registry_owner), opened on first use: for tests that set
   * up what the app may not write, or attack the database on purpose.
   */
  owner(): Promise<DataSource>;
  apollo: ApolloServer<Context>;
  counter: QueryCounter;
  /** Runs an operation as `viewer` (by default the system viewer "test", which may do everything). */
  gql<T = any>(query: string, variables?: Record<string, unknown>, viewer?: Viewer): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/**
 * One DataSource and Apollo server per test file, through the real schema and context: on the
 * test database (DATABASE_URL, DATABASE_OWNER_URL) or on the given one (a scratch cluster).
 */
export async function startHarness(urls: { app: string; owner: string } = { app: process.env.DATABASE_URL!, owner: process.env.DATABASE_OWNER_URL! }): Promise<Harness> {
  const counter = new QueryCounter();
  const ds = createDataSource(urls.app, counter);
  await ds.initialize();
  const apollo = createApolloServer(await getSchema());
  await apollo.start();
  let owner: DataSource | null = null;
  return {
    ds,
    async owner() {
      if (!owner) {
        owner = migrationDataSource(urls.owner, new QueryCounter());
        await owner.initialize();
      }
      return owner;
    },
    apollo,
    counter,
    async gql(query, variables, viewer = Viewer.system("test")) {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(ds, viewer) });
      if (response.body.kind !== "single") throw new Error("unexpected incremental response");
      return response.body.singleResult as GqlResult;
    },
    async close() {
      await apollo.stop();
      await ds.destroy();
      await owner?.destroy();
    },
  };
}

let counter = 0;
/** A suffix unique within the run, so tests own their records. */
export function unique(prefix = ""): string {
  counter += 1;
  return `${prefix}${process.pid.toString(36)}${Date.now().toString(36)}${counter}`;
}

/** A plain client on a URL (the app's role by default), connected; the caller ends it. */
export async function connect(url = process.env.DATABASE_URL!): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}
