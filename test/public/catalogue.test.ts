import { startPublic, textOf } from "./support";
import { completeContent, isoDate, publishedService } from "../support/standards";
import { createAuthority } from "../support/factories";
import { unique } from "../support/harness";
import { JS_PATH } from "../../src/public/assets";
import { gzipSync } from "node:zlib";

let env: Awaited<ReturnType<typeof startPublic>>;
beforeAll(async () => {
  env = await startPublic();
});
afterAll(() => env.close());

const hits = (page: string) => [...page.matchAll(/<h2><a href="\/catalog\/([^"]+)">/g)].map((m) => decodeURIComponent(m[1]));

describe("public catalogue (GET form, works without scripts)", () => {
  it("finds services by a partial word; each hit shows the body, the term and whether it is free; the count as the API counts", async () => {
    const res = await env.get("/catalog?q=" + encodeURIComponent("разрешения на строит"));
    expect(res.status).toBe(200);
    expect(hits(res.text)).toEqual(expect.arrayContaining(["SEED-58-PNZ-GRK51", "SEED-23-KRD-GRK51"]));
    const text = textOf(res.text);
    expect(text).toMatch(/Выдача разрешения на строительство Орган Администрация города Пензы Срок 5 рабочих дней, со дня поступления \(подачи\) запроса Плата Бесплатно/);
    expect(text).toContain("Администрация муниципального образования город Краснодар");
    const api = await env.h.gql(`query($s: String) { services(search: $s, first: 1) { totalCount } }`, { s: "разрешения на строит" });
    expect(text).toContain(`Найдено услуг: ${api.data.services.totalCount}`);
    expect(res.text).toMatch(/<p id="result-count" role="status"/);
    // a single prefix finds the housing subsidy too (the catalogue's search, widened as typed)
    expect(hits((await env.get("/catalog?q=" + encodeURIComponent("разрешени"))).text)).toContain("SEED-58-PNZ-GRK51");
  });

  it("filters by territory (OKTMO, both ways), body, channel, applicant category and fee", async () => {
    const penza = hits((await env.get("/catalog?territory=56701000&q=" + encodeURIComponent("разрешение"))).text);
    expect(penza).toContain("SEED-58-PNZ-GRK51");
    expect(penza).not.toContain("SEED-23-KRD-GRK51");
    const region = hits((await env.get("/catalog?territory=03&q=" + encodeURIComponent("разрешение"))).text);
    expect(region).toContain("SEED-23-KRD-GRK51");
    expect(region).not.toContain("SEED-58-PNZ-GRK51");
    const authorities = await env.h.gql(`{ authorities(first: 100) { edges { node { id name } } } }`);
    const krasnodar = authorities.data.authorities.edges.find((e: any) => e.node.name === "Администрация муниципального образования город Краснодар").node.id;
    const byBody = await env.get(`/catalog?authority=${encodeURIComponent(krasnodar)}`);
    expect(byBody.text).toContain(`<option value="${krasnodar}" selected>`);
    // the ГПЗУ seed of the same body is a draft (its approving act was not read): not public
    expect(hits(byBody.text)).toEqual(["SEED-23-KRD-GRK51"]);
    const paid = hits((await env.get("/catalog?free=false&q=" + encodeURIComponent("разрешение"))).text);
    expect(paid).not.toContain("SEED-58-PNZ-GRK51");
    const free = hits((await env.get("/catalog?free=true&channel=EPGU&applicant=LEGAL_ENTITY&q=" + encodeURIComponent("разрешение"))).text);
    expect(free).toContain("SEED-58-PNZ-GRK51");
    const byPost = hits((await env.get("/catalog?channel=POST&q=" + encodeURIComponent("разрешение на строительство"))).text);
    expect(byPost).not.toContain("SEED-58-PNZ-GRK51");
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

  it("answers a wrong territory code with the error summary and the field's error, in Russian", async () => {
    const res = await env.get("/catalog?territory=56a");
    expect(res.status).toBe(400);
    const text = textOf(res.text);
    expect(text).toContain("Есть ошибки");
    expect(res.text).toContain('<a href="#f-territory">Территория задаётся кодом ОКТМО или его началом: от 2 до 11 цифр</a>');
    expect(res.text).toMatch(/<title>Ошибка: /);
    expect(res.text).toContain('aria-invalid="true"');
  });

  it("adds search as you type by one small bundled script (under 300 KB compressed), served by the registry", async () => {
    const page = await env.get("/catalog");
    expect(page.text).toContain(`<script src="${JS_PATH}" defer></script>`);
    expect(page.text).not.toMatch(/<script src="https?:|<link[^>]+href="https?:/);
    const js = await env.get(JS_PATH);
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toMatch(/javascript/);
    expect(gzipSync(js.text).length).toBeLessThan(300 * 1024);
  });
});
