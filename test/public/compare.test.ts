import { parse } from "csv-parse/sync";
import { startPublic } from "./support";
import { publishContent } from "../support/standards";
import { createLegalAct, createService } from "../support/factories";
import { toGlobalId } from "../../src/shared/relay/global-id";

/* standardCompare over HTTP, anonymously (published versions): the construction permit of Penza and of Krasnodar. */
let env: Awaited<ReturnType<typeof startPublic>>;
beforeAll(async () => {
  env = await startPublic();
});
afterAll(() => env.close());

const COMPARE = `query($ids: [ID!]!) {
  standardCompare(versionIds: $ids) {
    versions { number service { registryNumber authority { name } } }
    rows { element path label cells { value outlier } }
  }
}`;

async function post(query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${env.base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, json: (await res.json()) as any };
}

async function currentId(rn: string): Promise<string> {
  const res = await post(`query($rn: String!) { serviceByRegistryNumber(registryNumber: $rn) { current { id } } }`, { rn });
  return res.json.data.serviceByRegistryNumber.current.id;
}

describe("standardCompare: one service across bodies", () => {
  it("lists the real differences of the two municipalities' construction permits, matching documents by name", async () => {
    const ids = [await currentId("SEED-58-PNZ-GRK51"), await currentId("SEED-23-KRD-GRK51")];
    const res = await post(COMPARE, { ids });
    expect(res.json.errors).toBeUndefined();
    const { versions, rows } = res.json.data.standardCompare;
    expect(versions.map((v: any) => v.service.registryNumber)).toEqual(["SEED-58-PNZ-GRK51", "SEED-23-KRD-GRK51"]);
    const row = (element: string, label: RegExp) => rows.find((r: any) => r.element === element && label.test(r.label));
    // the providing body, by name
    expect(row("ART14_1_2", /орган, предоставляющий услугу/i).cells.map((c: any) => c.value)).toEqual(["Администрация города Пензы", "Администрация муниципального образования город Краснодар"]);
    // the term: the same value, counted from the same event, but Krasnodar's regulation covers its historic settlement
    expect(rows.some((r: any) => r.element === "ART14_1_4" && /^Срок предоставления услуги$/.test(r.label))).toBe(false);
    expect(row("ART14_1_4", /пояснение$/i).cells[1].value).toContain("исторического поселения города Краснодара");
    // each municipality's own regulation among the legal bases: present in one, absent in the other
    const bases = rows.filter((r: any) => r.element === "ART14_1_5");
    expect(bases.map((r: any) => r.cells.map((c: any) => c.value))).toEqual(expect.arrayContaining([["есть", null], [null, "есть"]]));
    // the documents have different keys but the same names: matched by name, only the holder differs
    const gpzu = row("ART14_1_6", /Градостроительный план земельного участка.*наименование органа/i);
    expect(gpzu.cells.map((c: any) => c.value)).toEqual(["Администрация города Пензы", "Администрация муниципального образования город Краснодар"]);
    expect(rows.filter((r: any) => r.element === "ART14_1_6" && r.cells.some((c: any) => c.value === null))).toEqual([]);
    // registration: 20 minutes in Krasnodar
    expect(row("ART14_1_11", /Лично в органе/).cells[1].value).toContain("не более 20 минут");
    // what the law fixes for both is not listed: the fee, the refusal grounds
    expect(rows.filter((r: any) => ["ART14_1_9", "ART14_1_8"].includes(r.element))).toEqual([]);
    // two versions: no outliers
    expect(rows.every((r: any) => r.cells.every((c: any) => !c.outlier))).toBe(true);
  });

  it("marks the outlier among three bodies; the same table downloads as CSV", async () => {
    const [row] = await env.h.ds.query(`SELECT v.content, s.authority_id FROM standard_version v JOIN service s ON s.id = v.service_id WHERE s.registry_number = 'SEED-58-PNZ-GRK51'`);
    const service = await createService(env.h, { authorityId: toGlobalId("Authority", row.authority_id), name: row.content.name.fullName, kind: "REGULAR" });
    const act = await createLegalAct(env.h, { type: "MUNICIPAL_ACT", title: "Об утверждении административного регламента" });
    const version = await publishContent(env.h, service.draft.id, service.draft.revision, { ...row.content, term: { ...row.content.term, value: 7 } }, "2024-01-10", act.id);
    const ids = [await currentId("SEED-58-PNZ-GRK51"), await currentId("SEED-23-KRD-GRK51"), version.id];
    const res = await post(COMPARE, { ids });
    const term = res.json.data.standardCompare.rows.find((r: any) => r.element === "ART14_1_4" && r.label === "Срок предоставления услуги");
    expect(term.cells.map((c: any) => c.value)).toEqual(["5 рабочих дней, со дня поступления (подачи) запроса", "5 рабочих дней, со дня поступления (подачи) запроса", "7 рабочих дней, со дня поступления (подачи) запроса"]);
    expect(term.cells.map((c: any) => c.outlier)).toEqual([false, false, true]);

    const csv = await fetch(`${env.base}/reports/compare.csv?versionIds=${ids.map(encodeURIComponent).join(",")}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const table: string[][] = parse((await csv.text()).replace(/^\ufeff/, ""));
    expect(table[0].slice(0, 2)).toEqual(["Элемент", "Поле"]);
    expect(table[0][2]).toContain("Администрация города Пензы — SEED-58-PNZ-GRK51");
    expect(table).toHaveLength(res.json.data.standardCompare.rows.length + 1);
    const termLine = table.find((r) => r[1] === "Срок предоставления услуги")!;
    expect(termLine.slice(2)).toEqual(["5 рабочих дней, со дня поступления (подачи) запроса", "5 рабочих дней, со дня поступления (подачи) запроса", "7 рабочих дней, со дня поступления (подачи) запроса (выброс)", "1"]);
  });

  it("refuses fewer than two versions, a repeated one and an unknown one with Russian messages", async () => {
    const id = await currentId("SEED-58-PNZ-GRK51");
    for (const [ids, message] of [
      [[id], /от 2 до 50 версий/],
      [[id, id], /дважды/],
      [[id, toGlobalId("StandardVersion", "00000000-0000-4000-8000-000000000000")], /не найдена/],
    ] as const) {
      const res = await post(COMPARE, { ids });
      expect(res.status).toBeLessThan(500);
      expect(res.json.errors[0].message).toMatch(message);
    }
    const csv = await fetch(`${env.base}/reports/compare.csv?versionIds=${encodeURIComponent(id)}`);
    expect(csv.status).toBe(400);
    expect((await csv.json()).errors[0].message).toMatch(/от 2 до 50 версий/);
  });
});
