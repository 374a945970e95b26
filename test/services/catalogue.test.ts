import { startHarness, unique, type Harness } from "../support/harness";
import { startHttp } from "../support/http";
import { createAuthority } from "../support/factories";
import { completeContent, DRAFT_CREATE, isoDate, publishContent, publishedService } from "../support/standards";
import { fullSelection } from "../support/content-builder";
import { getSchema } from "../../src/schema";
import { Viewer } from "../../src/auth/viewer";
import { fromGlobalId } from "../../src/shared/relay/global-id";
import type { StandardContent } from "../../src/standards/content/standard-content";

/** The portal read path: search, filters, keyset pages, the hot read and HTTP caching. */
let h: Harness;
let http: Awaited<ReturnType<typeof startHttp>>;
let base: StandardContent;
const anonymous = Viewer.anonymous();

beforeAll(async () => {
  h = await startHarness();
  http = await startHttp(h.ds);
  const golden = await completeContent(h);
  // a neutral base: results and applicants that no search or filter below looks for
  base = {
    ...golden,
    name: { ...golden.name, shortName: null, keywords: null },
    results: { ...golden.results, items: golden.results!.items!.map((r, i) => ({ ...r, name: `Итоговый документ ${i + 1}` })) },
    applicants: { items: [{ key: "ap-individuals", name: "Физические лица", legalForm: "INDIVIDUAL" as never }], representativeAllowed: true },
  };
});
afterAll(async () => {
  await http.app.stop();
  await h.close();
});

/** Publishes a complete standard with the given name and overrides, under the given authority. */
async function publish(authorityId: string, name: string, overrides: Partial<StandardContent> = {}) {
  const content = { ...base, ...overrides, name: { ...base.name, fullName: name, ...(overrides.name ?? {}) } };
  return publishedService(h, { effectiveFrom: isoDate(-1), authorityId, content });
}

const CATALOGUE = `query($first: Int, $after: String, $filter: ServiceFilter, $search: String, $orderBy: ServiceOrder) {
  services(first: $first, after: $after, filter: $filter, search: $search, orderBy: $orderBy) {
    edges { cursor node { id name current { id } } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;
const names = (res: any) => res.data.services.edges.map((e: any) => e.node.name);

describe("search", () => {
  it("finds Russian word forms (stemming) in names, keywords and results, ranked by relevance", async () => {
    const tag = unique("т").replace(/[^a-zа-я0-9]/gi, "");
    const authority = await createAuthority(h);
    await publish(authority.id, `Выдача разрешения на строительство ${tag}`);
    await publish(authority.id, `Приём уведомлений ${tag}`, { results: { ...base.results, items: [
      { key: "r1", name: "Разрешение на строительство", kind: "DOCUMENT_PAPER" as never, positive: true, deliveryChannels: ["IN_PERSON" as never] },
      // refusal grounds exist: the negative result is among the results (an ERROR otherwise)
      { key: "r2", name: "Уведомление об отказе", kind: "DOCUMENT_PAPER" as never, positive: false, deliveryChannels: ["IN_PERSON" as never] },
    ] } });
    await publish(authority.id, `Выдача справок ${tag}`, { name: { keywords: ["строительства", "разрешения"] } });
    await publish(authority.id, `Выдача архивных справок ${tag}`);

    const res = await h.gql(CATALOGUE, { first: 10, search: `разрешение строительство ${tag}` }, anonymous);
    expect(res.errors).toBeUndefined();
    expect(names(res)).toEqual([`Выдача разрешения на строительство ${tag}`, `Выдача справок ${tag}`, `Приём уведомлений ${tag}`]);
    const stems = await h.gql(CATALOGUE, { first: 10, search: `разрешениями строительством ${tag}` }, anonymous);
    expect(names(stems)).toHaveLength(3);
    const byName = await h.gql(CATALOGUE, { first: 10, search: `разрешение ${tag}`, orderBy: { field: "NAME" } }, anonymous);
    expect(names(byName)).toEqual([`Выдача разрешения на строительство ${tag}`, `Выдача справок ${tag}`, `Приём уведомлений ${tag}`]);
  });

  it("refuses RELEVANCE order without a search", async () => {
    const res = await h.gql(CATALOGUE, { first: 1, orderBy: { field: "RELEVANCE" } }, anonymous);
    expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(res.errors![0].message).toMatch(/RELEVANCE/);
  });
});

describe("search that finds what people type", () => {
  // a made-up Cyrillic word that no other test's service contains
  const tag = `зюйд${[...Date.now().toString(36).slice(-5)].map((c) => "абвгдежзиклмнопрстуфхцчшщэюя"[parseInt(c, 36) % 28]).join("")}`;
  const found: Record<string, string> = {};
  const search = async (q: string) => {
    const res = await h.gql(CATALOGUE, { first: 100, search: q }, anonymous);
    expect(res.errors).toBeUndefined();
    const mine = new Map(Object.entries(found).map(([k, v]) => [v, k]));
    return res.data.services.edges.map((e: any) => mine.get(e.node.id)).filter(Boolean).sort();
  };

  beforeAll(async () => {
    const authority = await createAuthority(h);
    const names: Record<string, string> = {
      advert: `Выдача разрешения на установку и эксплуатацию рекламной конструкции ${tag}`,
      izhs: `Выдача разрешения на строительство объекта индивидуального жилищного строительства ${tag}`,
      permit: `Выдача разрешения на строительство ${tag}`,
      marriage: `Государственная регистрация заключения брака ${tag}`,
      archive: `Выдача архивных справок ${tag}`,
      rest: `Организация отдыха детей в каникулярное время ${tag}`,
      land: `Предоставление земельного участка в аренду ${tag}`,
    };
    for (const [key, name] of Object.entries(names)) found[key] = (await publish(authority.id, name)).service.id;
  });

  it("expands abbreviations and colloquial words from the maintained list (ЗАГС, ИЖС, стройка)", async () => {
    expect(await search(`ЗАГС ${tag}`)).toEqual(["marriage"]);
    expect(await search(`ИЖС ${tag}`)).toEqual(["izhs"]);
    expect(await search(`стройка ${tag}`)).toEqual(["izhs", "permit"]);
  });

  it("matches the last word as a prefix: search as you type, «реклама» finds «рекламной конструкции»", async () => {
    expect(await search(`${tag} реклама`)).toEqual(["advert"]);
    expect(await search(`реклама ${tag}`)).toEqual(["advert"]);
    expect(await search(`${tag} разреш`)).toEqual(["advert", "izhs", "permit"]);
    expect(await search(`${tag} разрешение на стр`)).toEqual(["izhs", "permit"]);
  });

  it("tries a broader form when the strict one finds nothing: every word as a beginning (отдых → отдыха, участок → участка)", async () => {
    expect(await search(`отдых детей ${tag}`)).toEqual(["rest"]);
    expect(await search(`земельный участок ${tag}`)).toEqual(["land"]);
  });

  it("corrects words from the catalogue's vocabulary by trigrams when full-text search finds nothing (a typo)", async () => {
    expect(await search(`${tag} строитльство`)).toEqual(expect.arrayContaining(["permit"]));
    expect(await search(`${tag} архивнх спровок`)).toEqual(["archive"]);
    // the fallback pages and orders by similarity like any search
    const res = await h.gql(CATALOGUE, { first: 1, search: `${tag} архивнх спровок`, orderBy: { field: "RELEVANCE" } }, anonymous);
    expect(res.errors).toBeUndefined();
    expect(res.data.services.edges.map((e: any) => e.node.id)).toEqual([found.archive]);
  });
});

describe("filters", () => {
  it("combine territory, channel, electronic submission, applicant category, fee and extraterritoriality on the version in force", async () => {
    const region = `9${String(Math.floor(Math.random() * 9))}`;
    const prefix = `${region}${String(Math.floor(Math.random() * 900) + 100)}`;
    const city = await createAuthority(h, { oktmo: `${prefix}000` });
    const district = await createAuthority(h, { oktmo: `${prefix}101` });
    const elsewhere = await createAuthority(h, { oktmo: `${region === "98" ? "97" : "98"}000000` });
    const mfcOnly = { submissionChannels: { channels: ["IN_PERSON", "MFC"] as never }, registrationTerms: base.registrationTerms, progressInformation: { channels: ["IN_PERSON", "PHONE"] as never } };
    const a = await publish(city.id, `A ${prefix}`, { ...mfcOnly, applicants: { items: [{ key: "ap", name: "Юрлица", legalForm: "LEGAL_ENTITY" as never }] } });
    const b = await publish(district.id, `B ${prefix}`, { applicants: { items: [{ key: "ap", name: "Все", legalForm: "ANY" as never }] } });
    const c = await publish(city.id, `C ${prefix}`, {
      fee: { free: false, items: [{ key: "f", kind: "FEE" as never, name: "Плата", amount: "350.00", paymentMethods: ["BANK_TRANSFER" as never], legalBases: base.fee!.freeLegalBases }] },
      otherRequirements: { ...base.otherRequirements, extraterritorial: true },
    });
    const d = await publish(elsewhere.id, `D ${prefix}`);
    // services of this test only (federal bodies without a code are found on every territory)
    const mine = new Set([a, b, c, d].map((s) => s.service.id));
    const ids = async (filter: object) => {
      const res = await h.gql(CATALOGUE, { first: 100, filter }, anonymous);
      expect(res.errors).toBeUndefined();
      return res.data.services.edges.map((e: any) => e.node.id).filter((id: string) => mine.has(id)).sort();
    };
    const all = [a, b, c].map((s) => s.service.id).sort();
    expect(await ids({ territory: prefix })).toEqual(all);
    // the settlement's own body, and the city's that contains it
    expect(await ids({ territory: `${prefix}101` })).toEqual(all);
    expect(await ids({ territory: `${prefix}101`, authorityId: district.id })).toEqual([b.service.id]);
    expect(await ids({ territory: prefix, channel: "EPGU" })).toEqual([b.service.id, c.service.id].sort());
    expect(await ids({ territory: prefix, electronic: false })).toEqual([a.service.id]);
    expect(await ids({ territory: prefix, channel: "MFC", applicantLegalForm: "LEGAL_ENTITY" })).toEqual([a.service.id, b.service.id].sort());
    expect(await ids({ territory: prefix, applicantLegalForm: "INDIVIDUAL" })).toEqual([b.service.id, c.service.id].sort());
    expect(await ids({ territory: prefix, free: false })).toEqual([c.service.id]);
    expect(await ids({ territory: prefix, free: true, extraterritorial: false })).toEqual([a.service.id, b.service.id].sort());
    expect(await ids({ territory: prefix, extraterritorial: true, channel: "MFC" })).toEqual([c.service.id]);
    expect(await ids({ territory: prefix, authorityId: city.id })).toEqual([a.service.id, c.service.id].sort());
  });

  it("match the territory both ways: a place finds its settlement's, city's or district's, region's and federal services; a region finds everything inside it", async () => {
    const region = `8${String(Math.floor(Math.random() * 10))}`;
    const prefix = `${region}${String(Math.floor(Math.random() * 900) + 100)}`;
    const regionBody = await createAuthority(h, { level: "REGIONAL", oktmo: `${region}000000` });
    const district = await createAuthority(h, { oktmo: `${prefix}000` });
    const settlement = await createAuthority(h, { oktmo: `${prefix}410` });
    const neighbour = await createAuthority(h, { oktmo: `${region}${prefix.slice(2) === "999" ? "998" : "999"}000` });
    const federal = await createAuthority(h, { level: "FEDERAL", oktmo: null, name: unique("Федеральная служба ") });
    const otherRegion = await createAuthority(h, { level: "REGIONAL", oktmo: `${region === "89" ? "88" : "89"}000000` });
    const s = {
      region: await publish(regionBody.id, `Региональная ${prefix}`),
      district: await publish(district.id, `Районная ${prefix}`),
      settlement: await publish(settlement.id, `Поселенческая ${prefix}`),
      neighbour: await publish(neighbour.id, `Соседняя ${prefix}`),
      federal: await publish(federal.id, `Федеральная ${prefix}`),
      otherRegion: await publish(otherRegion.id, `Чужая ${prefix}`),
    };
    const mine = new Map(Object.entries(s).map(([k, v]) => [v.service.id, k]));
    const found = async (territory: string) => {
      const res = await h.gql(CATALOGUE, { first: 100, filter: { territory } }, anonymous);
      expect(res.errors).toBeUndefined();
      return res.data.services.edges.map((e: any) => mine.get(e.node.id)).filter(Boolean).sort();
    };
    // an applicant's place (a populated place of the settlement, 11 digits)
    expect(await found(`${prefix}410101`)).toEqual(["district", "federal", "region", "settlement"]);
    // the settlement itself, then the district (as 8 digits or its prefix)
    expect(await found(`${prefix}410`)).toEqual(["district", "federal", "region", "settlement"]);
    expect(await found(`${prefix}000`)).toEqual(["district", "federal", "region", "settlement"]);
    expect(await found(prefix)).toEqual(["district", "federal", "region", "settlement"]);
    // the region, by its prefix or its 8-digit code: everything inside it
    expect(await found(region)).toEqual(["district", "federal", "neighbour", "region", "settlement"]);
    expect(await found(`${region}000000`)).toEqual(["district", "federal", "neighbour", "region", "settlement"]);
  });

  it("a territory or body page follows its services: a move changes the territory that lists it, a republished name its place in the NAME order; a channel filter on the body's rows", async () => {
    const prefix = `4${String(Math.floor(Math.random() * 9))}${String(Math.floor(Math.random() * 900) + 100)}`;
    const here = await createAuthority(h, { oktmo: `${prefix}000` });
    const there = await createAuthority(h, { oktmo: `${prefix.slice(0, 2)}${prefix.slice(2) === "999" ? "998" : "999"}000` });
    const channels = (list: string[]) => ({
      submissionChannels: { channels: list as never },
      registrationTerms: { items: base.registrationTerms!.items!.filter((t: any) => list.includes(t.channel)) },
      progressInformation: { channels: ["IN_PERSON", "PHONE"] as never },
    });
    const b = await publish(here.id, `Б ${prefix}`);
    const a = await publish(here.id, `А ${prefix}`, channels(["IN_PERSON", "MFC"]) as never);
    const c = await publish(here.id, `В ${prefix}`, channels(["IN_PERSON"]) as never);
    const mine = new Map([a, b, c].map((s, i) => [s.service.id, "абв"[i]]));
    const page = async (filter: object, first = 100) => {
      const res = await h.gql(CATALOGUE, { first, filter }, anonymous);
      expect(res.errors).toBeUndefined();
      return res.data.services.edges.map((e: any) => mine.get(e.node.id)).filter(Boolean).join("");
    };
    expect(await page({ territory: prefix })).toBe("абв");
    expect(await page({ territory: prefix, channel: "MFC" })).toBe("аб");
    expect(await page({ territory: prefix, channel: "IN_PERSON" })).toBe("абв");
    expect(await page({ territory: prefix, electronic: true })).toBe("б");
    expect(await page({ territory: prefix, channel: "MFC", electronic: true })).toBe("б");
    expect(await page({ authorityId: here.id, channel: "MFC" })).toBe("аб");
    // the NAME order pages by keyset over the territory's rows
    const first = await h.gql(CATALOGUE, { first: 1, filter: { authorityId: here.id } }, anonymous);
    const second = await h.gql(CATALOGUE, { first: 2, after: first.data.services.pageInfo.endCursor, filter: { authorityId: here.id } }, anonymous);
    expect([...first.data.services.edges, ...second.data.services.edges].map((e: any) => mine.get(e.node.id)).join("")).toBe("абв");

    // a new version renames «А» to «Г»: it is now last
    const draft = (await h.gql(DRAFT_CREATE, { serviceId: a.service.id })).data.standardDraftCreate.standardVersion;
    const renamed = { ...base, ...channels(["IN_PERSON", "MFC"]), name: { ...base.name, fullName: `Г ${prefix}` } };
    await publishContent(h, draft.id, draft.revision, renamed, isoDate(0), a.act.id);
    expect(await page({ territory: prefix })).toBe("бва");
    expect(await page({ territory: prefix, channel: "MFC" })).toBe("ба");
    const res = await h.gql(CATALOGUE, { first: 100, filter: { territory: prefix } }, anonymous);
    expect(res.data.services.edges.find((e: any) => e.node.id === a.service.id).node.name).toBe(`Г ${prefix}`);

    // «Б» moves to a body of a neighbouring district: it leaves this territory's pages and joins that one's
    const MOVE = `mutation($id: ID!, $a: ID!) { serviceMove(id: $id, authorityId: $a) { userErrors { code field message } } }`;
    expect((await h.gql(MOVE, { id: b.service.id, a: there.id })).data.serviceMove.userErrors).toEqual([]);
    expect(await page({ territory: prefix })).toBe("ва");
    expect(await page({ territory: `${there.oktmo}`.slice(0, 5), channel: "MFC" })).toBe("б");
    expect(await page({ authorityId: there.id })).toBe("б");
    // the catalogue rows are still the database's own: the app may not write them
    await expect(h.ds.query(`UPDATE catalog_entry SET name = 'x' WHERE service_id = $1`, [fromGlobalId(b.service.id)!.id])).rejects.toThrow();
  });

  it("lists only services with a standard in force for anonymous portals", async () => {
    const authority = await createAuthority(h, { oktmo: "96000000" });
    const scheduled = await publishedService(h, { effectiveFrom: isoDate(30), authorityId: authority.id, content: base });
    const res = await h.gql(CATALOGUE, { first: 100, filter: { authorityId: authority.id } }, anonymous);
    expect(res.data.services.edges).toEqual([]);
    const future = await h.gql(`query($f: ServiceFilter, $d: LocalDate) { services(first: 10, filter: $f, asOf: $d) { edges { node { id standard { id } } } } }`, {
      f: { authorityId: authority.id },
      d: isoDate(30),
    }, anonymous);
    expect(future.data.services.edges).toEqual([{ node: { id: scheduled.service.id, standard: { id: scheduled.versionId } } }]);
  });
});

describe("keyset pagination", () => {
  it("never skips or repeats a row while services are being added", async () => {
    const prefix = `95${String(Math.floor(Math.random() * 900000) + 100000)}`;
    const authority = await createAuthority(h, { oktmo: prefix });
    const original: string[] = [];
    for (const letter of ["Б", "Г", "Е", "Ж", "И", "К", "М"]) original.push((await publish(authority.id, `${letter} услуга ${prefix}`)).service.id);
    const seen: string[] = [];
    let after: string | null = null;
    const inserts = ["А", "Ё", "Л", "Я"];
    for (;;) {
      const res: any = await h.gql(CATALOGUE, { first: 2, after, filter: { territory: prefix } }, anonymous);
      seen.push(...res.data.services.edges.map((e: any) => e.node.id));
      if (inserts.length) await publish(authority.id, `${inserts.shift()} услуга ${prefix}`);
      if (!res.data.services.pageInfo.hasNextPage) break;
      after = res.data.services.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of original) expect(seen).toContain(id);
  });
});

describe("the hot read", () => {
  it("reads a service with its authority and full current standard in one SQL query (two with the cited acts)", async () => {
    const authority = await createAuthority(h);
    const { service } = await publish(authority.id, `Горячее чтение ${unique()}`);
    const schema = await getSchema();
    const withoutActs = `query($rn: String!) { serviceByRegistryNumber(registryNumber: $rn) { id name authority { id name oktmo } current { id number effectiveFrom content { ${fullSelection(schema, "StandardContent")} } } } }`;
    const withActs = withoutActs.replace(fullSelection(schema, "StandardContent"), fullSelection(schema, "StandardContent", true));
    h.counter.reset();
    const res = await h.gql(withoutActs, { rn: service.registryNumber }, anonymous);
    expect(res.errors).toBeUndefined();
    expect(res.data.serviceByRegistryNumber.current.content.documents.applicantDocuments.items.length).toBeGreaterThan(0);
    expect(h.counter.queries).toHaveLength(1);
    h.counter.reset();
    const full = await h.gql(withActs, { rn: service.registryNumber }, anonymous);
    expect(full.errors).toBeUndefined();
    expect(h.counter.queries).toHaveLength(2);
    h.counter.reset();
    const byId = await h.gql(`query($id: ID!) { service(id: $id) { authority { name } current { content { term { value } } } } }`, { id: service.id }, anonymous);
    expect(byId.data.service.current.content.term.value).toBe(5);
    expect(h.counter.queries).toHaveLength(1);
    // the versions in force on the dates the query asks for come in the same statement
    h.counter.reset();
    const asOf = await h.gql(
      `query($id: ID!, $d: LocalDate!) { service(id: $id) { current { number } standardAsOf(date: $d) { number content { term { value } } } } }`,
      { id: service.id, d: isoDate(-1) },
      anonymous,
    );
    expect(asOf.data.service).toEqual({ current: { number: 1 }, standardAsOf: { number: 1, content: { term: { value: 5 } } } });
    expect(h.counter.queries).toHaveLength(1);
  });
});

describe("HTTP caching", () => {
  it("marks anonymous reads public with an ETag (304 when unchanged) and everything else no-store", async () => {
    const query = `{ standardElements { code } }`;
    const first = await fetch(http.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\//);
    const again = await fetch(http.url, { method: "POST", headers: { "content-type": "application/json", "if-none-match": etag }, body: JSON.stringify({ query }) });
    expect(again.status).toBe(304);
    const mutation = await fetch(http.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `mutation { authorityCreate(input: {}) { userErrors { code } } }` }) });
    expect(mutation.headers.get("cache-control")).toBe("private, no-store");
  });

  it("accepts automatic persisted queries over GET, so that edges can cache them", async () => {
    const query = `{ standardElements { code part } }`;
    const sha256Hash = require("node:crypto").createHash("sha256").update(query).digest("hex");
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
    const headers = { "apollo-require-preflight": "true" };
    const miss = await (await fetch(`${http.url}?extensions=${extensions}`, { headers })).json();
    expect(miss.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    await fetch(`${http.url}?query=${encodeURIComponent(query)}&extensions=${extensions}`, { headers });
    const hit = await fetch(`${http.url}?extensions=${extensions}`, { headers });
    expect((await hit.json()).data.standardElements).toHaveLength(23);
    expect(hit.headers.get("cache-control")).toBe("public, max-age=300");
  });
});
