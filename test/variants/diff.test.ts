import { getSchema } from "../../src/schema";
import { buildContentModel, type ContentModel } from "../../src/history/content-model";
import { diffContent } from "../../src/history/diff";
import { goldenWithVariants, variant } from "./fixtures";

let model: ContentModel;
beforeAll(async () => {
  model = buildContentModel(await getSchema());
});

const diff = (change: (c: any) => void) => {
  const before = goldenWithVariants();
  const after = goldenWithVariants();
  change(after);
  return diffContent(model, before as never, after as never);
};

describe("diff of variants and profiling, by key", () => {
  it("a renamed variant is one CHANGED", () => {
    const changes = diff((c) => (variant(c, "v-self-legal").name = "Застройщик — юридическое лицо"));
    expect(changes).toEqual([
      {
        element: "ART14_1_3",
        path: ["variants", "v-self-legal"],
        kind: "CHANGED",
        before: expect.objectContaining({ key: "v-self-legal", name: "Заявитель — юридическое лицо, обращается самостоятельно" }),
        after: expect.objectContaining({ key: "v-self-legal", name: "Застройщик — юридическое лицо" }),
        summary: "Вариант 2 «Заявитель — юридическое лицо, обращается самостоятельно»: наименование — «Заявитель — юридическое лицо, обращается самостоятельно» → «Застройщик — юридическое лицо»",
      },
    ]);
  });

  it("a document added to one variant is a change of that variant, named by its service-level name", () => {
    const changes = diff((c) => variant(c, "v-self-legal").documents.items.push({ key: "v2-poa", documentKey: "doc-power-of-attorney" }));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      element: "ART14_1_6",
      path: ["variants", "v-self-legal"],
      kind: "CHANGED",
      summary: "Вариант 2 «Заявитель — юридическое лицо, обращается самостоятельно»: добавлен документ «Документ, подтверждающий полномочия представителя заявителя (доверенность)»",
    });
  });

  it("a variant's term: filed under the term element, summarised with its unit", () => {
    const [change] = diff((c) => (variant(c, "v-self-individual").term.value = 3));
    expect(change).toMatchObject({ element: "ART14_1_4", path: ["variants", "v-self-individual"] });
    expect(change.summary).toMatch(/максимальный срок предоставления варианта — 5 рабочих дней.* → 3 рабочих дня/);
  });

  it("several fields of a variant: one change under the variants' element, each field said", () => {
    const [change, ...rest] = diff((c) => {
      variant(c, "v-typo").refusalGrounds = { noneStated: true };
      variant(c, "v-typo").submissionChannels = ["EPGU"];
    });
    expect(rest).toEqual([]);
    expect(change.element).toBe("ART14_1_3");
    expect(change.summary).toBe(
      "Вариант 4 «Исправление допущенных опечаток и ошибок в разрешении»: способы подачи запроса — через ЕПГУ; основания для отказа в предоставлении: исключено «Отсутствие опечаток и ошибок в выданном разрешении на строительство», указано, что оснований нет",
    );
  });

  it("variants added and removed; null and absent fields are the same", () => {
    const changes = diff((c) => {
      c.variants = c.variants.filter((v: any) => v.key !== "v-withdrawal");
      c.variants.push({ key: "v-new", number: 7, name: "Внесение изменений в разрешение", kind: "MAIN", resultKey: "result-permit" });
      variant(c, "v-duplicate").note = null;
    });
    expect(changes.map((c) => [c.kind, c.path, c.summary])).toEqual([
      ["REMOVED", ["variants", "v-withdrawal"], "Варианты предоставления услуги: исключён вариант 6 «Оставление заявления без рассмотрения»"],
      ["ADDED", ["variants", "v-new"], "Варианты предоставления услуги: добавлен вариант 7 «Внесение изменений в разрешение»"],
    ]);
  });

  it("profiling: attributes and values are keyed lists; a renamed attribute is one CHANGED", () => {
    const changes = diff((c) => (c.profiling.attributes[1].name = "Кто является застройщиком"));
    expect(changes).toEqual([
      expect.objectContaining({
        element: "ART14_2_1",
        path: ["profiling", "attributes", "category"],
        kind: "CHANGED",
        summary: expect.stringMatching(/изменено «Категория застройщика» → «Кто является застройщиком»/),
      }),
    ]);
    expect(diff((c) => c.profiling.places.pop())).toEqual([
      expect.objectContaining({ element: "ART14_2_1", path: ["profiling", "places", "EPGU"], kind: "REMOVED" }),
    ]);
  });

  it("variants and profiling that appear in a new version", () => {
    const before = goldenWithVariants();
    delete before.variants;
    delete before.profiling;
    const changes = diffContent(model, before as never, goldenWithVariants() as never);
    expect(changes.map((c) => [c.kind, c.path.join("/")])).toEqual([
      ["ADDED", "profiling"],
      ...["v-self-individual", "v-self-legal", "v-representative", "v-typo", "v-duplicate", "v-withdrawal"].map((k) => ["ADDED", `variants/${k}`]),
    ]);
    expect(changes[0].summary).toBe("Профилирование заявителя — заполнено");
  });
});
