import { startPublic, textOf } from "./support";
import { completeContent, isoDate, publishedService } from "../support/standards";
import { createAuthority } from "../support/factories";
import { unique } from "../support/harness";
import { JS_PATH } from "../../src/public/assets";
import { regionOf, territoryMeaning, territoryOptions } from "../../src/public/catalogue-page";
import { gzipSync } from "node:zlib";

let env: Awaited<ReturnType<typeof startPublic>>;
beforeAll(async () => {
  env = await startPublic();
});
afterAll(() => env.close());

const hits = (page: string) => [...page.matchAll(/<h2><a href="\/catalog\/([^"]+)">/g)].map((m) => decodeURIComponent(m[1]));

describe("public catalogue (GET form, works without scripts)", () => {
  // other test files publish many services of the same name in the shared database: the seeds are found within their territories
  it("finds services by a partial word; each hit shows the body, the term and whether it is free; the count as the API counts", async () => {
    const res = await env.get("/catalog?size=50&territory=56701000&q=" + encodeURIComponent("разрешения на строит"));
    expect(res.status).toBe(200);
    expect(hits(res.text)).toContain("SEED-58-PNZ-GRK51");
    const text = textOf(res.text);
    expect(text).toMatch(/Выдача разрешения на строительство Орган Администрация города Пензы Срок 5 рабочих дней, со дня поступления \(подачи\) запроса Плата Бесплатно/);
    const api = await env.h.gql(`query($s: String) { services(search: $s, filter: { territory: "56701000" }, first: 1) { totalCount } }`, { s: "разрешения на строит" });
    expect(text).toContain(`Найдено услуг: ${api.data.services.totalCount}`);
    expect(res.text).toMatch(/<p id="result-count" role="status"/);
    expect(textOf((await env.get("/catalog?size=50&territory=03701000&q=" + encodeURIComponent("разрешения на строит"))).text)).toContain("Администрация муниципального образования город Краснодар");
    // one unfinished word is enough (the catalogue's search widens as typed)
    expect(hits((await env.get("/catalog?size=50&territory=56701000&q=" + encodeURIComponent("разрешени"))).text)).toContain("SEED-58-PNZ-GRK51");
    expect(hits((await env.get("/catalog?size=50&territory=03701000&q=" + encodeURIComponent("строит"))).text)).toContain("SEED-23-KRD-GRK51");
  });

  it("filters by territory (OKTMO, both ways), body, channel, applicant category and fee", async () => {
    const penza = hits((await env.get("/catalog?size=50&territory=56701000&q=" + encodeURIComponent("разрешение"))).text);
    expect(penza).toContain("SEED-58-PNZ-GRK51");
    expect(penza).not.toContain("SEED-23-KRD-GRK51");
    const region = hits((await env.get("/catalog?size=50&territory=03&q=" + encodeURIComponent("разрешение"))).text);
    expect(region).toContain("SEED-23-KRD-GRK51");
    expect(region).not.toContain("SEED-58-PNZ-GRK51");
    const seeded = await env.h.gql(`{ serviceByRegistryNumber(registryNumber: "SEED-23-KRD-GRK51") { authority { id } } }`);
    const krasnodar = seeded.data.serviceByRegistryNumber.authority.id;
    const byBody = await env.get(`/catalog?authority=${encodeURIComponent(krasnodar)}`);
    expect(byBody.text).toContain(`<option value="${krasnodar}" selected>Администрация муниципального образования город Краснодар</option>`);
    // the ГПЗУ seed of the same body is a draft (its approving act was not read): not public
    expect(hits(byBody.text)).toEqual(["SEED-23-KRD-GRK51"]);
    const near = "size=50&territory=56701000&q=" + encodeURIComponent("разрешение");
    expect(hits((await env.get(`/catalog?free=false&${near}`)).text)).not.toContain("SEED-58-PNZ-GRK51");
    expect(hits((await env.get(`/catalog?free=true&channel=EPGU&applicant=LEGAL_ENTITY&${near}`)).text)).toContain("SEED-58-PNZ-GRK51");
    expect(hits((await env.get(`/catalog?channel=POST&${near}`)).text)).not.toContain("SEED-58-PNZ-GRK51");
    expect(hits((await env.get(`/catalog?applicant=FOREIGN_INDIVIDUAL&${near}`)).text)).not.toContain("SEED-58-PNZ-GRK51");
  });

  it("pages with keyset links, forward and back", async () => {
    const word = `пагинация${unique().replace(/\d/g, "")}`;
    const authority = await createAuthority(env.h);
    const made: string[] = [];
    for (let i = 0; i < 7; i++) {
      const content = await completeContent(env.h, authority.id);
      content.name = { ...content.name, fullName: `Услуга ${word} ${String.fromCharCode(1040 + i)}` };
      made.push((await publishedService(env.h, { effectiveFrom: isoDate(-1), content, authorityId: authority.id })).service.registryNumber);
    }
    const first = await env.get(`/catalog?size=5&q=${encodeURIComponent(word)}`);
    const page1 = hits(first.text);
    expect(page1).toHaveLength(5);
    const next = /<a href="([^"]+)" rel="next">/.exec(first.text)![1].replace(/&amp;/g, "&");
    const second = await env.get(next);
    expect(textOf(second.text)).toContain("страница 2");
    const page2 = hits(second.text);
    expect(page2).toHaveLength(2);
    expect([...page1, ...page2].sort()).toEqual([...made].sort());
    const prev = /<a href="([^"]+)" rel="prev">/.exec(second.text)![1].replace(/&amp;/g, "&");
    expect(hits((await env.get(prev)).text)).toEqual(page1);
  });

  it("reads a territory code by its OKTMO levels, and offers the subjects and bodies' territories to pick from", async () => {
    const res = await env.get("/catalog?size=50&territory=56701000&q=" + encodeURIComponent("разрешени"));
    expect(textOf(res.text)).toContain(
      "Территория 56701000: муниципальный район, муниципальный или городской округ, Пензенская область. Показаны услуги органов этой территории и органов, чья территория её включает",
    );
    expect(textOf((await env.get("/catalog?territory=56")).text)).toContain("Территория 56: Пензенская область.");
    // the picker: each subject's whole territory, then the bodies' territories inside it, in code order
    const list = /<datalist id="f-territory-list">([\s\S]*?)<\/datalist>/.exec(res.text)![1];
    const values = [...list.matchAll(/<option value="(\d+)" label="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    expect(values.length).toBeGreaterThan(0);
    expect(values.map((v) => v[0])).toEqual([...values.map((v) => v[0])].sort());
    for (const [code, label] of values) {
      if (code.length <= 3) expect(label).toMatch(/ — вся территория$/);
      else if (regionOf(code)) expect(values.find((v) => v[0] === regionOf(code)!.prefix)).toBeDefined();
    }
  });

  it("territories: the longest OKTMO prefix names the subject (an autonomous okrug inside an oblast), levels read from the code", () => {
    expect(regionOf("71951000")).toEqual({ prefix: "719", name: expect.stringContaining("Ямало-Ненецкий") });
    expect(regionOf("71000000")?.name).toBe("Тюменская область");
    expect(regionOf("02000000")).toBeNull();
    const bodies = [{ name: "Администрация города Пензы", oktmo: "56701000" }, { name: "Федеральный орган", oktmo: null }];
    expect(territoryMeaning("56000000")).toMatch(/^Территория 56000000: Пензенская область\./);
    expect(territoryMeaning("567")).toMatch(/^Территория 567: автономный округ или вид муниципальных образований субъекта, Пензенская область\./);
    expect(territoryMeaning("56701000001")).toMatch(/^Территория 56701000001: населённый пункт, Пензенская область\./);
    expect(territoryMeaning("5")).toBeNull();
    expect(territoryOptions(bodies)).toEqual([["56", "Пензенская область — вся территория"], ["56701000", "Администрация города Пензы (Пензенская область)"]]);
  });

  it("answers a wrong territory code with the error summary and the field's error, in Russian", async () => {
    const res = await env.get("/catalog?size=50&territory=56a");
    expect(res.status).toBe(400);
    const text = textOf(res.text);
    expect(text).toContain("Есть ошибки");
    expect(res.text).toContain('<a href="#f-territory">Территория задаётся кодом ОКТМО или его началом: от 2 до 11 цифр</a>');
    expect(res.text).toMatch(/<title>Ошибка: /);
    expect(res.text).toContain('aria-invalid="true"');
    // values no form offers: Russian messages, never a 500
    for (const [query, message] of [
      ["channel=TELEPATHY", "Выберите способ подачи запроса из списка"],
      ["applicant=ROBOT", "Выберите категорию заявителя из списка"],
      ["authority=not-an-id", null],
    ] as const) {
      const bad = await env.get(`/catalog?${query}`);
      expect(bad.status).toBe(400);
      const summary = textOf(/<div class="error-summary"[\s\S]*?<\/ul>/.exec(bad.text)![0]);
      expect(summary).toMatch(/[А-Яа-я]/);
      if (message) expect(summary).toContain(message);
    }
  });

  it("adds search as you type by one small bundled script (under 300 KB compressed), served by the registry", async () => {
    const page = await env.get("/catalog");
    expect(page.text).toContain(`<script src="${JS_PATH}" defer></script>`);
    expect(page.text).not.toMatch(/<script src="https?:|<link[^>]+href="https?:/);
    const js = await env.get(JS_PATH);
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toMatch(/javascript/);
    expect(gzipSync(js.text).length).toBeLessThan(4 * 1024);
    // it replaces the results, the count (a status region) and the error summary, and skips an unfinished territory code
    for (const id of ["results", "problems", "result-count"]) {
      expect(page.text).toContain(`id="${id}"`);
      expect(js.text).toContain(`"${id}"`);
    }
    expect(js.text).toContain("/^\\d{2,11}$/.test(territory.value.trim())");
  });
});
