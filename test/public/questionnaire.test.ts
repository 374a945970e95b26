import { startPublic, textOf } from "./support";
import { publishContent } from "../support/standards";
import { createLegalAct, createService } from "../support/factories";
import { toGlobalId } from "../../src/shared/relay/global-id";

/*
 * The МФЦ operator's questionnaire over HTTP, one question per page, answered by following the
 * forms (GET) as a browser without scripts does. The variant seeds (Decree 1228) stay drafts (their
 * approving acts were not read), so each test publishes a copy of the seed's content under its own
 * service: the checklist is the one the seed encodes from the regulation.
 */
let env: Awaited<ReturnType<typeof startPublic>>;
beforeAll(async () => {
  env = await startPublic();
});
afterAll(() => env.close());

async function publishedCopy(seedNumber: string): Promise<string> {
  const [row] = await env.h.ds.query(
    `SELECT v.content, s.authority_id FROM standard_version v JOIN service s ON s.id = v.service_id WHERE s.registry_number = $1 ORDER BY v.number DESC LIMIT 1`,
    [seedNumber],
  );
  const service = await createService(env.h, { authorityId: toGlobalId("Authority", row.authority_id), name: row.content.name.fullName, kind: "REGULAR" });
  const act = await createLegalAct(env.h, { type: "MUNICIPAL_ACT", title: "Об утверждении административного регламента" });
  await publishContent(env.h, service.draft.id, service.draft.revision, row.content, "2024-05-01", act.id);
  return service.registryNumber;
}

/** Follows a page's form, choosing the radio with this label. */
async function answer(page: string, label: string): Promise<{ status: number; text: string; url: string }> {
  const action = /<form method="get" action="([^"]+)"/.exec(page)![1].replace(/&amp;/g, "&");
  const q = new URLSearchParams();
  for (const m of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) q.append(m[1], m[2].replace(/&amp;/g, "&"));
  const radio = [...page.matchAll(/<label for="[^"]+"><input type="radio" id="[^"]+" name="([^"]+)" value="([^"]+)"> ([^<]+)<\/label>/g)].find((m) => m[3].trim() === label);
  if (!radio) throw new Error(`no answer «${label}» on the page`);
  q.append(radio[1], radio[2]);
  const url = `${action}?${q}`;
  const res = await env.get(url);
  return { ...res, url };
}

const legend = (page: string) => textOf(/<legend class="page-legend">([\s\S]*?)<\/legend>/.exec(page)?.[1] ?? "").trim();

describe("МФЦ operator's questionnaire", () => {
  it("housing subsidy: the tenant asking through a representative gets variant 4 and its checklist", async () => {
    const rn = await publishedCopy("SEED-1228-ZHKU-SUBSIDY");
    let page = await env.get(`/catalog/${rn}/questionnaire`);
    expect(page.status).toBe(200);
    expect(page.text).not.toMatch(/<script/);
    const asked: string[] = [];
    const choices: Record<string, string> = {};
    // the seed's attributes, answered as the applicant would: a grant, a tenant, through a representative
    const raw = await env.h.ds.query(`SELECT v.content FROM standard_version v JOIN service s ON s.id = v.service_id WHERE s.registry_number = $1`, [rn]);
    const attributes = raw[0].content.profiling.attributes as { key: string; values: { key: string; name: string }[] }[];
    const pick = { purpose: "purpose-grant", dwelling: "dwelling-tenant", who: "who-representative" } as Record<string, string>;
    for (const a of attributes) choices[a.key] = a.values.find((v) => v.key === pick[a.key])!.name;
    let current = { ...page, url: "" };
    for (let step = 0; step < 5 && /<legend class="page-legend">/.test(current.text); step++) {
      const question = legend(current.text);
      asked.push(question);
      const key = attributes.find((a) => new RegExp(`type="radio" id="[^"]+" name="a" value="${a.key}~`).test(current.text))!.key;
      current = await answer(current.text, choices[key]);
      expect(current.status).toBe(200);
    }
    expect(asked).toHaveLength(3);
    const text = textOf(current.text);
    expect(text).toContain("Что нужно заявителю");
    expect(text).toContain("Вариант 4: Заявитель, являющийся нанимателем жилого помещения, обратился через представителя");
    // the checklist the seed gives for variant 4: its documents (with the representative's authority), term, fee, where to receive
    const api = await env.h.gql(
      `query($rn: String!) { requirements(registryNumber: $rn, variantKey: "v4-tenant-representative") { documents { name category } term { value } resultDelivery { channels } fee { free } } }`,
      { rn },
    );
    const req = api.data.requirements;
    for (const d of req.documents) expect(text).toContain(d.name);
    expect(req.documents.some((d: any) => /представител/i.test(d.name))).toBe(true);
    expect(text).toContain(`Срок предоставления ${req.term.value} `);
    expect(text).toContain(req.fee?.free ? "Плата Бесплатно" : "Плата");
    expect(text).toMatch(/Получить результат [^П]*(МФЦ|Лично)/);
    // the back link returns to the previous question
    const back = /<a href="([^"]+)" class="back-link">Назад<\/a>/.exec(current.text)![1].replace(/&amp;/g, "&");
    expect(legend((await env.get(back)).text)).toBe(asked[2]);
  });

  it("exchange of dwellings: the result is chosen first, then who applies; continuing without an answer says what to do", async () => {
    const rn = await publishedCopy("SEED-1228-OPEKA-OBMEN");
    const first = await env.get(`/catalog/${rn}/questionnaire`);
    expect(legend(first.text)).toContain("За каким результатом обращается заявитель?");
    const empty = await env.get(`/catalog/${rn}/questionnaire?asked=result`);
    expect(empty.status).toBe(400);
    expect(textOf(empty.text)).toContain("Есть ошибки Выберите результат, за которым обращается заявитель");
    const results = [...first.text.matchAll(/name="result" value="[^"]+"> ([^<]+)<\/label>/g)].map((m) => m[1].trim());
    const second = await answer(first.text, results[0]);
    const who = [...second.text.matchAll(/name="a" value="[^"]+"> ([^<]+)<\/label>/g)].map((m) => m[1].trim());
    expect(who.length).toBeGreaterThanOrEqual(2);
    const done = await answer(second.text, who[0]);
    const text = textOf(done.text);
    expect(text).toContain("Вариант 1: Выдача решения заявителю, обратившемуся самостоятельно");
    expect(text).toContain("Документы, которые представляет заявитель");
  });

  it("a service without variants goes straight to its checklist", async () => {
    const text = textOf((await env.get("/catalog/SEED-58-PNZ-GRK51/questionnaire")).text);
    expect(text).toContain("Услуга предоставляется в одном варианте");
    expect(text).toContain("Заявление о выдаче разрешения на строительство Форма: Подлинник");
    expect(text).toContain("Срок предоставления 5 рабочих дней");
    expect(text).toContain("Плата Бесплатно");
  });

  it("an edited link with an answer that does not exist starts again with a message; an unknown service is 404", async () => {
    const rn = await publishedCopy("SEED-1228-OPEKA-OBMEN");
    const res = await env.get(`/catalog/${rn}/questionnaire?result=res-decision&a=no-such~thing`);
    expect(res.status).toBeLessThan(500);
    expect((await env.get("/catalog/NO-SUCH-1/questionnaire")).status).toBe(404);
  });
});
