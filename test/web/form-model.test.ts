import path from "node:path";
import { readFileSync } from "node:fs";
import { getSchema } from "../../src/schema";
import { buildFormModel, printContentFragment, printFormModel } from "../../src/web/form-model";
import { SECTION_NAMES } from "../../src/standards/content/standard-content";

describe("the web editor's form model", () => {
  it("is up to date with the content input types (run `npm run schema:emit` after changing them)", async () => {
    const file = path.resolve(__dirname, "..", "..", "web", "src", "shared", "text", "fieldText.generated.ts");
    expect(readFileSync(file, "utf8")).toBe(printFormModel(buildFormModel(await getSchema())));
  });

  it("and the content fragment of the web workspace is up to date with the content types", async () => {
    const file = path.resolve(__dirname, "..", "..", "web", "src", "standards", "content.generated.ts");
    expect(readFileSync(file, "utf8")).toBe(printContentFragment(await getSchema()));
  });

  it("labels every field in Russian, keeps the declaration order and marks references to acts and authorities", async () => {
    const model = buildFormModel(await getSchema());
    for (const [type, fields] of Object.entries(model.types)) {
      for (const f of fields) expect([type, f.name, /[А-Яа-яЁё]/.test(f.label)]).toEqual([type, f.name, true]);
    }
    expect(model.types.TermInput.map((f) => f.name).slice(0, 3)).toEqual(["value", "unit", "startEvent"]);
    expect(model.types.LegalReferenceInput.find((f) => f.name === "actId")).toMatchObject({ kind: "ref", ref: "LegalAct" });
    expect(model.sections.map((s) => s.name)).toEqual([...SECTION_NAMES]);
  });
});
