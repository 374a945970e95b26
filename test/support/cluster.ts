import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase, type EmbeddedOptions } from "../../src/db/embedded-postgres";
import { credentialsFile } from "../../src/db/credentials";
import { migrate } from "../../src/db/database";

/** A loopback port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function scratchDir(name: string): string {
  return path.resolve(__dirname, "..", "..", ".data", `scratch-${name}-${process.pid}`);
}

/** Removes a scratch data directory with its credentials file. */
export function removeScratch(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(credentialsFile(dir), { force: true });
}

/**
 * A cluster of its own for a test that stops, kills or restores PostgreSQL (the shared test
 * database must stay up for the other test files): a fresh data directory on a free port,
 * migrated.
 */
export async function startScratchCluster(name: string, options: Partial<EmbeddedOptions> = {}): Promise<EmbeddedDatabase & { remove(): Promise<void> }> {
  const dataDir = options.dataDir ?? scratchDir(name);
  if (!options.dataDir) removeScratch(dataDir);
  const db = await startEmbeddedPostgres({ dataDir, port: options.port ?? (await freePort()), database: "registry", ...options });
  await migrate(db.ownerUrl);
  return {
    ...db,
    async remove() {
      await db.stop();
      removeScratch(dataDir);
    },
  };
}
