import { Client } from "pg";
import type { DataSource } from "typeorm";
import { config, embeddedDataDir } from "../config";
import { migrationDataSource } from "../data-source";
import { credentialsFile, readCredentials, urlOf } from "./credentials";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";
import { APP_ROLE } from "./roles";

/**
 * Where the registry's database is and as whom to connect: DATABASE_URL (the app's role)
 * with DATABASE_OWNER_URL (the owner, for migrations), or the embedded server in .data/pg.
 */
export interface OpenDatabase {
  /** The app's role: what the API serves requests with. */
  appUrl: string;
  /** The owner role (migrations, backups); null when DATABASE_URL is given without DATABASE_OWNER_URL. */
  ownerUrl: string | null;
  /** The embedded server's superuser (backups); null with DATABASE_URL. */
  superuserUrl?: string | null;
  embedded: EmbeddedDatabase | null;
  stop(): Promise<void>;
}

export interface OpenOptions {
  log?: (message: string) => void;
  /** Restart the embedded postmaster when it dies (npm start). */
  supervise?: boolean;
  onGiveUp?: (error: Error) => void;
}

/** npm start: DATABASE_URL, or the embedded server in .data/pg (started here, supervised). */
export async function openDatabase(options: OpenOptions = {}): Promise<OpenDatabase> {
  if (config.databaseUrl) return external();
  const embedded = await startEmbeddedPostgres({
    dataDir: embeddedDataDir(),
    port: config.embeddedPort,
    database: config.embeddedDatabase,
    log: options.log,
    supervise: options.supervise,
    onGiveUp: options.onGiveUp,
    walArchiveDir: config.walArchiveDir,
  });
  return { appUrl: embedded.appUrl, ownerUrl: embedded.ownerUrl, superuserUrl: embedded.superuserUrl, embedded, stop: () => embedded.stop() };
}

/**
 * Command-line tools: DATABASE_URL; else the embedded server of `npm start` when it is
 * running; else that server started for the command (and stopped by `stop()`).
 */
export async function openForTool(options: OpenOptions = {}): Promise<OpenDatabase> {
  if (config.databaseUrl) return external();
  const urls = embeddedUrls();
  if (urls && (await reachable(urls.owner))) {
    return { appUrl: urls.app, ownerUrl: urls.owner, superuserUrl: urls.superuser, embedded: null, stop: async () => undefined };
  }
  return openDatabase({ log: options.log });
}

/** The URLs without starting anything (the TypeORM CLI): DATABASE_URL / DATABASE_OWNER_URL, or the embedded dev server's. */
export function cliDatabaseUrls(): { app: string; owner: string } {
  if (config.databaseUrl) return { app: config.databaseUrl, owner: config.databaseOwnerUrl ?? config.databaseUrl };
  const urls = embeddedUrls();
  if (!urls) throw new Error(`${credentialsFile(embeddedDataDir())} not found: start the registry once with \`npm start\`, or set DATABASE_URL and DATABASE_OWNER_URL`);
  return urls;
}

function external(): OpenDatabase {
  return { appUrl: config.databaseUrl!, ownerUrl: config.databaseOwnerUrl ?? null, embedded: null, stop: async () => undefined };
}

/** The URLs of the embedded server of `npm start`, from its credentials file (null before its first start). */
export function embeddedUrls(): { app: string; owner: string; superuser: string } | null {
  const credentials = readCredentials(credentialsFile(embeddedDataDir()));
  if (!credentials) return null;
  return {
    app: urlOf(credentials.app, config.embeddedPort, config.embeddedDatabase),
    owner: urlOf(credentials.owner, config.embeddedPort, config.embeddedDatabase),
    superuser: urlOf(credentials.superuser, config.embeddedPort, config.embeddedDatabase),
  };
}

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Applies the pending migrations as the owner role; returns their names. */
export async function migrate(ownerUrl: string): Promise<string[]> {
  const ds = migrationDataSource(ownerUrl);
  await ds.initialize();
  try {
    return (await ds.runMigrations({ transaction: "each" })).map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/**
 * Migrates when the owner is known; otherwise (DATABASE_URL alone) requires the schema to be
 * current, since the app's role cannot change it.
 */
export async function prepareSchema(db: OpenDatabase, app: DataSource): Promise<string[]> {
  if (db.ownerUrl) return migrate(db.ownerUrl);
  if (await app.showMigrations()) {
    throw new Error(
      "the database has pending migrations, and the app's role cannot apply them: set DATABASE_OWNER_URL " +
        "(the registry_owner role, see README) or run `npm run migration:run` with it",
    );
  }
  return [];
}

/**
 * What is wrong with the app's login, if anything: the API should connect as a role that is
 * no superuser, owns no table and is a member of no role (db/roles.sql creates registry_app).
 */
export async function privilegeWarnings(app: DataSource): Promise<string[]> {
  const [row]: { login: string; superuser: boolean; owns: number; member_of: string[] }[] = await app.query(
    `SELECT current_user AS login, r.rolsuper AS superuser,
            (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid AND c.relnamespace = 'public'::regnamespace) AS owns,
            ARRAY(SELECT m.roleid::regrole::text FROM pg_auth_members m WHERE m.member = r.oid) AS member_of
       FROM pg_roles r WHERE r.rolname = current_user`,
  );
  const warnings: string[] = [];
  if (row.superuser) warnings.push(`the API connects as the superuser ${row.login}`);
  if (row.owns > 0) warnings.push(`the API's login ${row.login} owns ${row.owns} tables of the schema`);
  if (row.member_of.length) warnings.push(`the API's login ${row.login} is a member of ${row.member_of.join(", ")}`);
  if (warnings.length && row.login !== APP_ROLE) warnings.push(`create the role ${APP_ROLE} with db/roles.sql and use it in DATABASE_URL (README, "Least privilege")`);
  return warnings;
}
