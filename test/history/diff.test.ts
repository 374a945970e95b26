import { getSchema } from "../../src/schema";
import { buildContentModel, type ContentModel } from "../../src/history/content-model";
import { diffContent } from "../../src/history/diff";

let model: ContentModel;
beforeAll(async () => {
  model = buildContentModel(await getSchema());
});

const doc = (key: string, name: string, extra: object = {}) => ({ key, name, form: "COPY", ...extra });

describe("diffContent", () => {
  it("reports nothing for equal contents, whatever the key order", () => {
    const a = { term: { value: 5, unit: "WORKING_DAYS" }, fee: { free: true } };
    const b = { fee: { free: true }, term: { unit: "WORKING_DAYS", value: 5 } };
    expect(diffContent(model, a, b)).toEqual([]);
  });

  it("compares a term as one value and says so in Russian", () => {
    const changes = diffContent(
      model,
      { term: { value: 30, unit: "CALENDAR_DAYS", startEvent: "REQUEST_REGISTRATION", includesInteragency: true } },
      { term: { value: 20, unit: "WORKING_DAYS", startEvent: "REQUEST_REGISTRATION", includesInteragency: true } },
    );
    expect(changes).toEqual([
      {
        element: "ART14_1_4",
        path: ["term"],
        kind: "CHANGED",
        before: { value: 30, unit: "CALENDAR_DAYS", startEvent: "REQUEST_REGISTRATION" },
        after: { value: 20, unit: "WORKING_DAYS", startEvent: "REQUEST_REGISTRATION" },
        summary: expect.stringMatching(/^Срок предоставления услуги — 30 календарных дней.* → 20 рабочих дней/),
      },
    ]);
  });

  it("matches list items by key: a renamed document is one CHANGED; added and removed items are reported", () => {
    const before = { documents: { applicantDocuments: { items: [doc("k1", "Заявление"), doc("k2", "Паспорт"), doc("k3", "Доверенность")] } } };
    const after = { documents: { applicantDocuments: { items: [doc("k2", "Паспорт"), doc("k1", "Заявление о выдаче разрешения"), doc("k4", "Схема")] } } };
    const changes = diffContent(model, before, after);
    const path = ["documents", "applicantDocuments", "items"];
    expect(changes.map((c) => [c.kind, c.path])).toEqual([
      ["REMOVED", [...path, "k3"]],
      ["CHANGED", [...path, "k1"]],
      ["ADDED", [...path, "k4"]],
    ]);
    expect(changes.every((c) => c.element === "ART14_1_6")).toBe(true);
    const renamed = changes[1];
    expect(renamed.before).toEqual(doc("k1", "Заявление"));
    expect(renamed.after).toEqual(doc("k1", "Заявление о выдаче разрешения"));
    expect(renamed.summary).toMatch(/изменено «Заявление» → «Заявление о выдаче разрешения»/);
    expect(changes[2].summary).toMatch(/добавлено «Схема»/);
  });

  it("reports enum list values one by one, and whole sections that appear or disappear", () => {
    const changes = diffContent(
      model,
      { submissionChannels: { channels: ["IN_PERSON", "POST"] }, forms: { request: { title: "Форма" } } },
      { submissionChannels: { channels: ["IN_PERSON", "EPGU"] }, queueTime: { submissionMinutes: 15, resultMinutes: 15 } },
    );
    expect(changes.map((c) => [c.element, c.kind, c.path.join(".")])).toEqual([
      ["ART14_1_10", "ADDED", "queueTime"],
      ["ART14_2_2", "REMOVED", "submissionChannels.channels.POST"],
      ["ART14_2_2", "ADDED", "submissionChannels.channels.EPGU"],
      ["ART14_2_8", "REMOVED", "forms"],
    ]);
    expect(changes[2].summary).toMatch(/добавлено «Через Единый портал/);
  });

  it("reports scalar changes with both values", () => {
    const changes = diffContent(model, { queueTime: { submissionMinutes: 20 } }, { queueTime: { submissionMinutes: 15 } });
    expect(changes).toEqual([
      expect.objectContaining({ element: "ART14_1_10", path: ["queueTime", "submissionMinutes"], kind: "CHANGED", before: 20, after: 15, summary: "При подаче запроса, минут — 20 → 15" }),
    ]);
  });
});
