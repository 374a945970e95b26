import path from "node:path";
import { readFileSync } from "node:fs";
import { getSchema } from "../../src/schema";
import { buildFormModel, labelAndHint, printContentFragment, printFormModel, russianText } from "../../src/web/form-model";
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

describe("labels and hints from the schema's descriptions", () => {
  it("splits a description into a label and a hint, dropping the English and the type names", () => {
    expect(labelAndHint("Значение срока (целое неотрицательное число). Term value.")).toEqual({ label: "Значение срока", hint: "Целое неотрицательное число" });
    expect(labelAndHint("Ключи платежей из перечня услуги (Fee.key). Keys of service-level fees.")).toEqual({ label: "Ключи платежей из перечня услуги" });
    expect(labelAndHint("Документы, подтверждающие полномочия представителя (ключи документов из перечня услуги, RequiredDocument.key), например доверенность. Documents, by key.").label).toBe(
      "Документы, подтверждающие полномочия представителя (ключи документов из перечня услуги), например доверенность",
    );
    // abbreviations and numbers of a legal citation stay in the Russian part
    expect(russianText("Подпункт (подп. 24 п. 1 ст. 333.33 НК РФ). Subitem.")).toBe("Подпункт (подп. 24 п. 1 ст. 333.33 НК РФ)");
  });

  it("turns fields holding keys of other items of the content into pickers of those items", async () => {
    const model = buildFormModel(await getSchema());
    const keyFields = Object.values(model.types).flat().filter((f) => f.kind === "keyRef" || f.kind === "keyRefList");
    expect(keyFields.length).toBeGreaterThan(3);
    for (const f of keyFields) expect([f.name, f.keyOf, Boolean(model.types[f.keyOf!])]).toEqual([f.name, f.keyOf, true]);
    expect(keyFields.find((f) => f.name === "feeKeys")).toMatchObject({ kind: "keyRefList", keyOf: "FeeInput" });
    expect(keyFields.find((f) => f.name === "resultKey")).toMatchObject({ kind: "keyRef", keyOf: "ServiceResultInput" });
    for (const f of Object.values(model.types).flat()) expect([f.name, /\b[A-Z][A-Za-z]+\.key\b/.test(f.label + (f.hint ?? ""))]).toEqual([f.name, false]);
  });
});
