import path from "node:path";
import { writeFileSync } from "node:fs";
import { getSchema } from "../schema";
import { printSchemaSorted } from "../schema-printer";

/** npm run schema:emit — writes schema.graphql (sorted) at the repository root. */
async function main() {
  const file = path.resolve(__dirname, "..", "..", "..", "schema.graphql");
  writeFileSync(file, printSchemaSorted(await getSchema()));
  console.log(`schema written to ${file}`);
}

void main();
