import "reflect-metadata";
import { config, embeddedDevUrl } from "../config";
import { createDataSource } from "../data-source";
import { createApp } from "../app";
import { loadSeeds } from "../seeding/load-seeds";

/** npm run db:seed — loads missing seeds into DATABASE_URL (or the embedded dev database started by npm start). */
async function main() {
  const ds = createDataSource(config.databaseUrl ?? embeddedDevUrl());
  await ds.initialize();
  await ds.runMigrations({ transaction: "each" });
  const app = await createApp(ds);
  const loaded = await loadSeeds(ds, app.apollo);
  console.log(`seeds loaded: ${loaded} new services`);
  await app.stop();
  await ds.destroy();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
