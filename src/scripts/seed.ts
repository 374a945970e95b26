import "reflect-metadata";
import { createDataSource } from "../data-source";
import { openForTool, prepareSchema } from "../db/database";
import { createApp } from "../app";
import { loadSeeds } from "../seeding/load-seeds";

/** npm run db:seed — loads missing seeds into DATABASE_URL (or the embedded dev database of npm start), through the API as the app's role. */
async function main() {
  const db = await openForTool();
  const ds = createDataSource(db.appUrl);
  await ds.initialize();
  await prepareSchema(db, ds);
  const app = await createApp(ds);
  const loaded = await loadSeeds(ds, app.apollo);
  console.log(`seeds loaded: ${loaded} new services`);
  await app.stop();
  await ds.destroy();
  await db.stop();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
