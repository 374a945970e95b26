import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { startHarness, type Harness } from "../support/harness";
import { createAuthority } from "../support/factories";
import { completeContent, isoDate, publishedService } from "../support/standards";
import { goldenWithVariants } from "../variants/fixtures";
import { startHttp } from "../support/http";
import { publishNext } from "./feed-support";
import { loadSeeds } from "../../src/seeding/load-seeds";
import { decodeFeedCursor } from "../../src/sync/feed/change-feed";
import { fromGlobalId } from "../../src/shared/relay/global-id";
import { normalizeContent } from "../../src/shared/canonical-json";
import type { App } from "../../src/app";

jest.setTimeout(120_000);

const FIXTURES = path.join(__dirname, "..", "fixtures", "cpsv-ap-3.2.0");
const SHAPES = path.join(FIXTURES, "cpsv-ap-SHACL.ttl");
const CONTEXT = `https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld=${path.join(FIXTURES, "cpsv-ap.jsonld")}`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cpsv-"));

/** The official shapes checked with rdf-validate-shacl (an ES module: run in its own process). */
function shacl(document: unknown, ...extra: string[]): { conforms: boolean; triples: number; results: { path: string | null; constraint: string; focusNode: string }[] } {
  const file = path.join(tmp, `doc-${Math.random().toString(36).slice(2)}.jsonld`);
  fs.writeFileSync(file, typeof document === "string" ? document : JSON.stringify(document));
  return JSON.parse(execFileSync(process.execPath, [path.join(__dirname, "..", "support", "shacl-validate.mjs"), SHAPES, file, CONTEXT, ...extra], { encoding: "utf8", maxBuffer: 1 << 28 }));
}

let h: Harness;
let app: App;
let base: string;
beforeAll(async () => {
  h = await startHarness();
  const http = await startHttp(h.ds);
  app = http.app;
  base = http.url.replace(/\/graphql$/, "");
});
afterAll(async () => {
  await app.stop();
  await h.close();
});

describe("the SHACL check itself works", () => {
  it("passes on the release's own example (with the classes of the code-list entries it cites) and fails on a broken copy", () => {
    const example = JSON.parse(fs.readFileSync(path.join(FIXTURES, "example-rdf_public_service.jsonld"), "utf8"));
    const vocabularies = path.join(FIXTURES, "example-vocabularies.ttl");
    expect(shacl(example, vocabularies)).toMatchObject({ conforms: true, results: [] });
    // without the code lists, only their sh:class checks fail
    const bare = shacl(example);
    expect(bare.conforms).toBe(false);
    expect(new Set(bare.results.map((r) => r.constraint.split("#")[1]))).toEqual(new Set(["ClassConstraintComponent"]));
    // a public service without its mandatory identifier (minCount 1), and with a processing time that is no duration
    const broken = structuredClone(example);
    delete broken["@graph"][0]["dct:identifier"];
    broken["@graph"][0]["cv:processingTime"] = { "@value": "пять дней", "@type": "xsd:duration" };
    const report = shacl(broken, vocabularies);
    expect(report.conforms).toBe(false);
    expect(report.results.map((r) => r.path)).toEqual(expect.arrayContaining(["http://purl.org/dc/terms/identifier", "http://data.europa.eu/m8g/processingTime"]));
  });
});

describe("bulk exports of the standards in force", () => {
  it("NDJSON of the full standards, as of today or a later date, filtered by body; the feed cursor of the same snapshot", async () => {
    const authority = await createAuthority(h, { oktmo: "63701000" });
    const a = await publishedService(h, { effectiveFrom: isoDate(-5), authorityId: authority.id });
    const b = await publishedService(h, { effectiveFrom: isoDate(0), authorityId: authority.id, content: a.content });
    const v2 = await publishNext(h, b.service.id, a.content, isoDate(10));
    await publishedService(h, { effectiveFrom: isoDate(0) }); // another body

    const res = await fetch(`${base}/export/standards.ndjson?authorityId=${authority.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/x-ndjson/);
    expect(res.headers.get("x-total-count")).toBe("2");
    expect(BigInt(decodeFeedCursor(res.headers.get("x-feed-cursor")))).toBeGreaterThan(0n);
    const lines = (await res.text()).trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.service.id).sort()).toEqual([a.service.id, b.service.id].sort());
    const lineB = lines.find((l) => l.service.id === b.service.id);
    expect(lineB.version).toMatchObject({ id: b.versionId, number: 1 });
    expect(lineB.content.term).toEqual(normalizeContent(a.content.term));

    const later = (await (await fetch(`${base}/export/standards.ndjson?authorityId=${authority.id}&date=${isoDate(10)}`)).text()).trim().split("\n").map((l) => JSON.parse(l));
    expect(later.find((l) => l.service.id === b.service.id).version.id).toBe(v2);
    // the territory as the catalogue reads it: bodies inside the place, and the region's body that contains it
    const region = await publishedService(h, { effectiveFrom: isoDate(0), authorityId: (await createAuthority(h, { level: "REGIONAL", oktmo: "63000000" })).id });
    const neighbour = await publishedService(h, { effectiveFrom: isoDate(0), authorityId: (await createAuthority(h, { oktmo: "64701000" })).id });
    const byTerritory = (await (await fetch(`${base}/export/standards.ndjson?territory=63701000`)).text()).trim().split("\n").map((l) => JSON.parse(l));
    expect(byTerritory.map((l) => l.service.id)).toEqual(expect.arrayContaining([a.service.id, b.service.id, region.service.id]));
    expect(byTerritory.map((l) => l.service.id)).not.toContain(neighbour.service.id);

    const bad = await fetch(`${base}/export/standards.ndjson?date=01.02.2026`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].message).toMatch(/ГГГГ-ММ-ДД/);
  });

  it("CSV of the catalogue (one row per service) and of the documents (one row per document)", async () => {
    const authority = await createAuthority(h);
    const { service, content } = await publishedService(h, { effectiveFrom: isoDate(0), authorityId: authority.id });
    const services = await (await fetch(`${base}/export/services.csv?authorityId=${authority.id}`)).text();
    const rows = services.replace(/^\ufeff/, "").trim().split("\n");
    expect(rows[0]).toMatch(/^registry_number,name,authority,/);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(service.registryNumber);
    expect(rows[1]).toContain(",5,WORKING_DAYS,REQUEST_RECEIPT,");
    const documents = await (await fetch(`${base}/export/documents.csv?authorityId=${authority.id}`)).text();
    const docRows = documents.replace(/^\ufeff/, "").trim().split("\n");
    const expected = (content.documents?.applicantDocuments?.items?.length ?? 0) + (content.documents?.interagencyDocuments?.items?.length ?? 0);
    expect(expected).toBeGreaterThan(1);
    expect(docRows.filter((r) => r.startsWith(service.registryNumber))).toHaveLength(expected);
    expect(docRows.some((r) => r.includes(",INTERAGENCY,"))).toBe(true);
  });

  it("CPSV-AP: a standard with Decree 1228 variants holds one cv:Requirement per variant, supported by the evidence it selects; it conforms", async () => {
    const authority = await createAuthority(h, { oktmo: "63702000" });
    const content = await completeContent(h, authority.id, goldenWithVariants);
    const { service } = await publishedService(h, { effectiveFrom: isoDate(0), content, authorityId: authority.id });
    const text = await (await fetch(`${base}/export/cpsv-ap.jsonld?authorityId=${authority.id}`)).text();
    const graph: any[] = JSON.parse(text)["@graph"];
    const publicService = graph.find((n) => n["@type"] === "cpsv:PublicService");
    expect(publicService["dct:identifier"]).toBe(service.registryNumber);
    const requirements = graph.filter((n) => n["@type"] === "cv:Requirement");
    expect(requirements.map((r) => r["dct:identifier"])).toEqual(content.variants!.map((v) => v!.key));
    expect(publicService["cv:holdsRequirement"].map((r: any) => r["@id"])).toEqual(requirements.map((r) => r["@id"]));
    const first = requirements[0];
    expect(first["dct:title"]).toEqual({ "@language": "ru", "@value": `Вариант 1 «${content.variants![0]!.name}»` });
    // the documents variant 1 selects, as the service's evidence nodes
    const evidence = new Map(graph.filter((n) => n["@type"] === "cv:Evidence").map((n) => [n["@id"], n["dct:identifier"]]));
    const selected = content.variants![0]!.documents!.items!.map((d) => d!.documentKey).filter((k) => content.documents!.applicantDocuments!.items!.some((a) => a!.key === k));
    expect(selected.length).toBeGreaterThan(0);
    expect(first["cv:hasSupportingEvidence"].map((e: any) => evidence.get(e["@id"]))).toEqual(selected);
    const report = shacl(text);
    expect(report.results.slice(0, 5)).toEqual([]);
    expect(report.conforms).toBe(true);
    // a requirement without its mandatory identifier is caught by the same shapes
    const broken = JSON.parse(text);
    delete broken["@graph"].find((n: any) => n["@type"] === "cv:Requirement")["dct:identifier"];
    expect(shacl(broken).results.map((r) => r.path)).toContain("http://purl.org/dc/terms/identifier");
  });

  it("an act registered without its title read is named in the exports by its citation (type, date, number, issuer), and still conforms", async () => {
    const authority = await createAuthority(h);
    const created = await h.gql(
      `mutation($n: String!) { legalActCreate(input: { type: MUNICIPAL_ACT, issuer: "Администрация города Кадома", number: $n, date: "2013-10-10" }) { legalAct { id title } userErrors { code message } } }`,
      { n: `${Date.now() % 100000}-п` },
    );
    const act = created.data.legalActCreate.legalAct;
    expect(act.title).toBeNull();
    const content = await completeContent(h, authority.id);
    content.legalBases!.items!.push({ key: "untitled-act", actId: act.id, article: "2" });
    await publishedService(h, { effectiveFrom: isoDate(0), content, authorityId: authority.id });
    const text = await (await fetch(`${base}/export/cpsv-ap.jsonld?authorityId=${authority.id}`)).text();
    const resource = JSON.parse(text)["@graph"].find((n: any) => n["@type"] === "eli:LegalResource" && String(n["@id"]).endsWith(fromGlobalId(act.id)!.id));
    expect(resource["eli:title"]).toEqual({ "@language": "ru", "@value": expect.stringMatching(/от 10\.10\.2013 № \d+-п \(Администрация города Кадома\)$/) });
    expect(shacl(text).conforms).toBe(true);
  });

  it("CPSV-AP 3.2 JSON-LD of the seeded registry conforms to the official shapes; a broken copy does not", async () => {
    await loadSeeds(h.ds, h.apollo).catch(() => loadSeeds(h.ds, h.apollo)); // another test file may be loading them too
    const res = await fetch(`${base}/export/cpsv-ap.jsonld`);
    expect(res.headers.get("content-type")).toMatch(/application\/ld\+json/);
    const text = await res.text();
    const doc = JSON.parse(text);
    const services = doc["@graph"].filter((n: any) => n["@type"] === "cpsv:PublicService");
    expect(services.length).toBe(Number(res.headers.get("x-total-count")));
    expect(services.filter((n: any) => String(n["dct:identifier"]).startsWith("SEED-")).length).toBeGreaterThanOrEqual(4);
    const seeded = services.find((n: any) => n["dct:identifier"] === "SEED-58-PNZ-GRK51");
    expect(seeded["dct:title"]["@language"]).toBe("ru");
    expect(seeded["cv:processingTime"]["@value"]).toMatch(/^P\d+[DM]$|^PT\d+[HM]$/);
    for (const type of ["cv:Evidence", "cv:Cost", "cv:Channel", "cv:Output", "eli:LegalResource", "cv:PublicOrganisation"]) {
      expect(doc["@graph"].some((n: any) => n["@type"] === type)).toBe(true);
    }
    const report = shacl(text);
    expect(report.results.slice(0, 5)).toEqual([]);
    expect(report.conforms).toBe(true);

    const broken = structuredClone(doc);
    const node = broken["@graph"].find((n: any) => n["@type"] === "cpsv:PublicService");
    delete node["cv:hasCompetentAuthority"];
    const brokenReport = shacl(broken);
    expect(brokenReport.conforms).toBe(false);
    expect(brokenReport.results.map((r) => r.path)).toContain("http://data.europa.eu/m8g/hasCompetentAuthority");
  });
});
