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

  it("reports scalar changes with both values, naming the element they belong to", () => {
    const changes = diffContent(model, { queueTime: { submissionMinutes: 20 } }, { queueTime: { submissionMinutes: 15 } });
    expect(changes).toEqual([
      expect.objectContaining({
        element: "ART14_1_10",
        path: ["queueTime", "submissionMinutes"],
        kind: "CHANGED",
        before: 20,
        after: 15,
        summary: "Максимальный срок ожидания в очереди: при подаче запроса, минут — 20 → 15",
      }),
    ]);
    const free = diffContent(model, { fee: { free: false } }, { fee: { free: true } });
    expect(free[0].summary).toBe("Размер платы и способы её взимания: услуга предоставляется бесплатно (явное указание) — нет → да");
  });

  it("names the act of an added or removed legal reference (type, date, number, pinpoint)", () => {
    const acts = (id: string) => ({ "act-210": "Федеральный закон от 27.07.2010 № 210-ФЗ", "act-gk": "Градостроительный кодекс Российской Федерации от 29.12.2004 № 190-ФЗ" })[id];
    const ref = (key: string, actId: string, article: string, part?: string) => ({ key, actId, article, part, role: "PRIMARY" });
    const changes = diffContent(
      model,
      { legalBases: { items: [ref("r1", "act-210", "7", "1"), ref("r2", "act-gk", "51")] } },
      { legalBases: { items: [ref("r2", "act-gk", "51")] } },
      { acts },
    );
    expect(changes).toHaveLength(1);
    expect(changes[0].kind).toBe("REMOVED");
    expect(changes[0].summary).toMatch(/исключено «Федеральный закон от 27\.07\.2010 № 210-ФЗ, ст\. 7, ч\. 1»/);
    // inside a document: its legal bases by act as well
    const before = { documents: { applicantDocuments: { items: [doc("d1", "Паспорт", { legalBases: [ref("b1", "act-210", "7")] })] } } };
    const after = { documents: { applicantDocuments: { items: [doc("d1", "Паспорт", { legalBases: [ref("b2", "act-gk", "51")] })] } } };
    const [inner] = diffContent(model, before, after, { acts });
    expect(inner.summary).toMatch(/добавлено «Градостроительный кодекс Российской Федерации от 29\.12\.2004 № 190-ФЗ, ст\. 51»/);
    expect(inner.summary).toMatch(/исключено «Федеральный закон от 27\.07\.2010 № 210-ФЗ, ст\. 7»/);
  });

  it("shows the old and new value of each changed field of a document", () => {
    const before = { documents: { applicantDocuments: { items: [doc("d1", "Паспорт", { copies: 1, requirements: "Действующий" })] } } };
    const after = { documents: { applicantDocuments: { items: [doc("d1", "Паспорт", { form: "ORIGINAL", copies: 2, requirements: "Действующий" })] } } };
    const [change] = diffContent(model, before, after);
    expect(change.kind).toBe("CHANGED");
    expect(change.summary).toMatch(/изменено «Паспорт»: /);
    expect(change.summary).toMatch(/форма представления — Копия → Подлинник/);
    expect(change.summary).toMatch(/количество экземпляров — 1 → 2/);
    expect(change.summary).not.toMatch(/требования/);
  });

  it("shows a change of a long text by the part that differs, so the two sides never look alike", () => {
    const common = "Подтверждаются взаимное добровольное согласие на заключение брака и отсутствие обстоятельств, препятствующих заключению брака";
    const before = { documents: { applicantDocuments: { items: [doc("d1", "Заявление", { requirements: `${common}; подписи заверяются.` })] } } };
    const after = { documents: { applicantDocuments: { items: [doc("d1", "Заявление", { requirements: `${common}; подписи проставляются в присутствии должностного лица.` })] } } };
    const [change] = diffContent(model, before, after);
    const [, was, now] = /— «(.*?)» → «(.*?)»$/.exec(change.summary)!;
    expect(was).not.toBe(now);
    expect(was).toMatch(/заверяются/);
    expect(now).toMatch(/в присутствии должностного лица/);
  });

  it("treats a null field like an absent one, at every depth (null and absent are the same)", () => {
    const stored = { fee: { free: true }, documents: { applicantDocuments: { items: [doc("d1", "Паспорт")] } } };
    const readBack = {
      fee: { free: true, items: null, freeLegalBases: null },
      documents: { applicantDocuments: { items: [doc("d1", "Паспорт", { legalBases: null, copies: null, holderName: null })], noneStated: null }, interagencyDocuments: null },
      queueTime: null,
      forms: { request: null },
    };
    expect(diffContent(model, stored, readBack)).toEqual([]);
    expect(diffContent(model, readBack, stored)).toEqual([]);
  });
});
