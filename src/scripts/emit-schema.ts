import path from "node:path";
import { writeFileSync } from "node:fs";
import { getSchema } from "../schema";
import { printSchemaSorted } from "../schema-printer";
import { buildFormModel, printContentFragment, printFormModel } from "../web/form-model";

/** npm run schema:emit — writes schema.graphql (sorted) at the repository root, and the web editor's form model. */
async function main() {
  const root = path.resolve(__dirname, "..", "..", "..");
  const schema = await getSchema();
  writeFileSync(path.join(root, "schema.graphql"), printSchemaSorted(schema));
  console.log(`schema written to ${path.join(root, "schema.graphql")}`);
  const model = path.join(root, "web", "src", "shared", "text", "fieldText.generated.ts");
  writeFileSync(model, printFormModel(buildFormModel(schema)));
  console.log(`form model written to ${model}`);
  const fragment = path.join(root, "web", "src", "standards", "content.generated.ts");
  writeFileSync(fragment, printContentFragment(schema));
  console.log(`content fragment written to ${fragment}`);
}

void main();
