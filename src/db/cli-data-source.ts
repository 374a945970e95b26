import { migrationDataSource } from "../data-source";
import { cliDatabaseUrls } from "./database";

/** For the TypeORM CLI (npm run migration:run, migration:generate): the owner of DATABASE_OWNER_URL or of the embedded dev server. */
export default migrationDataSource(cliDatabaseUrls().owner);
