import path from "node:path";
import { Client } from "pg";
import { config, embeddedDevUrl } from "../config";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../db/embedded-postgres";

/** DATABASE_URL; else the embedded server of `npm start` if it is running; else start it for this command. */
export async function database(): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  const client = new Client({ connectionString: embeddedDevUrl(), connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return { url: embeddedDevUrl(), embedded: null };
  } catch {
    const embedded = await startEmbeddedPostgres({
      dataDir: path.resolve(process.cwd(), ".data", "pg"),
      port: config.embeddedPort,
      database: config.embeddedDatabase,
    });
    return { url: embedded.url, embedded };
  }
}

