import type { Writable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import { toGlobalId, fromGlobalId } from "../../shared/relay/global-id";
import { TermUnit } from "../../standards/content/enums";
import type { Term } from "../../standards/content/common";
import type { ExportedStandard } from "./standards-in-force";
import { variantsOf, variantTitle, variantView } from "../../variants/view";

export type ExportFormat = "ndjson" | "services-csv" | "documents-csv" | "cpsv-ap";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  ndjson: "application/x-ndjson; charset=utf-8",
  "services-csv": "text/csv; charset=utf-8",
  "documents-csv": "text/csv; charset=utf-8",
  "cpsv-ap": "application/ld+json; charset=utf-8",
};

const CLOSED = "the export's output was closed before the export was written";

/**
 * Writes to `out`, waiting when its buffer is full (memory stays flat however large the
 * export); a write rejects when the stream is closed or fails first (the client went away
 * or stalled), so that the export stops and gives its database connection back. One
 * listener of each kind for the whole export, removed at the end: the compression
 * middleware hands "drain" listeners to its zlib stream and cannot remove them again
 * (events.once per write would leave one behind per drain).
 */
function sink(out: Writable) {
  let wake: ((error?: Error) => void) | null = null;
  let failure: Error | null = null;
  const resume = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const closed = () => {
    failure ??= new Error(CLOSED);
    const w = wake;
    wake = null;
    w?.(failure);
  };
  const failed = (error: Error) => {
    failure = error;
    closed();
  };
  out.on("drain", resume);
  out.on("close", closed);
  out.on("error", failed);
  return {
    async write(text: string) {
      if (failure || out.destroyed) throw failure ?? new Error(CLOSED);
      if (out.write(text)) return;
      await new Promise<void>((resolve, reject) => (wake = (error) => (error ? reject(error) : resolve())));
    },
    dispose() {
      out.removeListener("drain", resume); // (a drain listener handed to the compression stream stays there, a no-op from now on)
      out.removeListener("close", closed);
      out.removeListener("error", failed);
      wake = null;
    },
  };
}

/** Streams the standards in the format to `out` (not ended here); returns how many were written. */
export async function writeExport(format: ExportFormat, standards: AsyncIterable<ExportedStandard>, out: Writable, onEach?: () => void): Promise<number> {
  // the first pull opens the snapshot (and lets the caller set response headers) before anything is written
  const iterator = standards[Symbol.asyncIterator]();
  let next = await iterator.next();
  let count = 0;
  const output = sink(out);
  try {
    const head = format === "cpsv-ap" ? cpsvHead() : HEADERS[format];
    if (head) await output.write(head);
    while (!next.done) {
      await output.write((count > 0 && format === "cpsv-ap" ? ",\n" : "") + RENDER[format](next.value));
      count += 1;
      onEach?.();
      next = await iterator.next();
    }
    if (format === "cpsv-ap") await output.write(CPSV_TAIL);
  } finally {
    output.dispose();
    // stopped early (the output closed): the source ends its snapshot and releases its connection
    if (!next.done) await iterator.return?.(undefined);
  }
  return count;
}

const SERVICE_COLUMNS = [
  "registry_number", "name", "authority", "authority_oktmo", "level", "kind", "version", "effective_from", "effective_to",
  "term_value", "term_unit", "term_start", "free", "fees_rub", "submission_channels", "results", "applicant_documents", "interagency_documents", "content_hash",
];
const DOCUMENT_COLUMNS = [
  "registry_number", "service_name", "version", "list", "key", "name", "form", "copies", "condition", "holder", "legal_bases",
];

const HEADERS: Record<ExportFormat, string | null> = {
  ndjson: null,
  // a byte-order mark, so that spreadsheet programs read UTF-8 Cyrillic correctly
  "services-csv": `\ufeff${stringify([SERVICE_COLUMNS])}`,
  "documents-csv": `\ufeff${stringify([DOCUMENT_COLUMNS])}`,
  "cpsv-ap": null, // cpsvHead()
};

const RENDER: Record<ExportFormat, (s: ExportedStandard) => string> = {
  ndjson: (s) =>
    `${JSON.stringify({
      service: { id: toGlobalId("Service", s.service.id), registryNumber: s.service.registryNumber, name: s.service.name, level: s.service.level, kind: s.service.kind },
      authority: { id: toGlobalId("Authority", s.authority.id), name: s.authority.name, oktmo: s.authority.oktmo },
      version: {
        id: toGlobalId("StandardVersion", s.version.id),
        number: s.version.number,
        effectiveFrom: s.version.effectiveFrom,
        effectiveTo: s.version.effectiveTo,
        publishedAt: s.version.publishedAt,
        contentHash: s.version.contentHash,
        approvingActId: s.version.approvingActId ? toGlobalId("LegalAct", s.version.approvingActId) : null,
      },
      content: s.content,
    })}\n`,
  "services-csv": (s) => {
    const c = s.content;
    const fees = (c.fee?.items ?? []).map((f) => f.amount).filter(Boolean);
    return stringify([
      [
        s.service.registryNumber, s.service.name, s.authority.name, s.authority.oktmo ?? "", s.service.level, s.service.kind, s.version.number,
        s.version.effectiveFrom, s.version.effectiveTo ?? "", c.term?.value ?? "", c.term?.unit ?? "", c.term?.startEvent ?? "",
        c.fee?.free == null ? "" : c.fee.free ? "true" : "false", fees.join("; "), (c.submissionChannels?.channels ?? []).join("; "),
        (c.results?.items ?? []).map((r) => r.name).filter(Boolean).join("; "),
        c.documents?.applicantDocuments?.items?.length ?? 0, c.documents?.interagencyDocuments?.items?.length ?? 0, s.version.contentHash,
      ],
    ]);
  },
  "documents-csv": (s) => {
    const lists = [
      ["APPLICANT", s.content.documents?.applicantDocuments?.items ?? []],
      ["INTERAGENCY", s.content.documents?.interagencyDocuments?.items ?? []],
    ] as const;
    const rows = lists.flatMap(([list, items]) =>
      items.map((d) => [
        s.service.registryNumber, s.service.name, s.version.number, list, d.key ?? "", d.name ?? "", d.form ?? "", d.copies ?? "", d.condition ?? "",
        d.holderName ?? "", (d.legalBases ?? []).map((b) => actLabel(s, b.actId, b.article, b.part, b.item)).join("; "),
      ]),
    );
    return rows.length ? stringify(rows) : "";
  },
  "cpsv-ap": (s) => cpsvNodes(s).map((n) => JSON.stringify(n)).join(",\n"),
};

function actLabel(s: ExportedStandard, actId?: string | null, article?: string | null, part?: string | null, item?: string | null): string {
  const act = actId ? s.acts.get(fromGlobalId(actId)?.id ?? "") : undefined;
  const where = [item && `п. ${item}`, part && `ч. ${part}`, article && `ст. ${article}`].filter(Boolean).join(" ");
  return [where, act ? `${act.title}${act.number ? ` № ${act.number}` : ""}` : ""].filter(Boolean).join(" ");
}

/* ---------- CPSV-AP 3.2 JSON-LD ---------- */

const NS = "urn:service-standard-registry:";
const CPSV_CONTEXT = {
  cpsv: "http://purl.org/vocab/cpsv#",
  cv: "http://data.europa.eu/m8g/",
  dct: "http://purl.org/dc/terms/",
  eli: "http://data.europa.eu/eli/ontology#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  dcat: "http://www.w3.org/ns/dcat#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
};
const CPSV_TAIL = "\n]}\n";
const cpsvHead = () => `{"@context":${JSON.stringify(CPSV_CONTEXT)},\n"@graph":[\n${[...vocabularyNodes()].map((n) => JSON.stringify(n)).join(",\n")},\n`;

const ru = (value: string) => ({ "@language": "ru", "@value": value });
const iri = (...parts: string[]) => NS + parts.map(encodeURIComponent).join(":");
const RUB = "http://publications.europa.eu/resource/authority/currency/RUB";
const RUSSIA = "http://publications.europa.eu/resource/authority/country/RUS";

const CHANNEL_LABELS: Record<string, string> = {
  IN_PERSON: "Лично в органе, предоставляющем услугу",
  MFC: "Через многофункциональный центр (МФЦ)",
  POST: "Почтовым отправлением",
  EPGU: "Через Единый портал государственных и муниципальных услуг (ЕПГУ)",
  REGIONAL_PORTAL: "Через региональный портал государственных и муниципальных услуг",
  OFFICIAL_SITE: "Через официальный сайт органа",
  EMAIL: "По электронной почте",
  PHONE: "По телефону",
};

/** The code-list entries the export refers to, with their classes (the shapes check them with sh:class). */
function* vocabularyNodes() {
  yield { "@id": RUB, "@type": "skos:Concept", "skos:prefLabel": ru("Российский рубль") };
  yield { "@id": RUSSIA, "@type": "dct:Location", "dct:identifier": "RUS" };
  for (const [code, label] of Object.entries(CHANNEL_LABELS)) yield { "@id": iri("channel-type", code), "@type": "skos:Concept", "skos:prefLabel": ru(label) };
}

const TERM_UNIT_RU: Record<TermUnit, string> = {
  WORKING_DAYS: "раб. дн.",
  CALENDAR_DAYS: "календ. дн.",
  MONTHS: "мес.",
  HOURS: "ч",
  MINUTES: "мин",
};

/** ISO 8601 duration of a term (xsd:duration knows no working days: they are days, and the description says so). */
export function isoDuration(term: Term | null | undefined): string | null {
  if (!term?.value || !term.unit) return null;
  switch (term.unit) {
    case TermUnit.WORKING_DAYS:
    case TermUnit.CALENDAR_DAYS:
      return `P${term.value}D`;
    case TermUnit.MONTHS:
      return `P${term.value}M`;
    case TermUnit.HOURS:
      return `PT${term.value}H`;
    case TermUnit.MINUTES:
      return `PT${term.value}M`;
  }
}

function cpsvNodes(s: ExportedStandard): object[] {
  const c = s.content;
  const service = iri("service", s.service.registryNumber);
  const authority = iri("authority", s.authority.id);
  const nodes: object[] = [];
  const evidenceKeys = new Set<string>();
  const evidences = (c.documents?.applicantDocuments?.items ?? []).map((d, i) => {
    if (d.key) evidenceKeys.add(d.key);
    const id = `${service}:evidence:${encodeURIComponent(d.key ?? String(i))}`;
    nodes.push({
      "@id": id,
      "@type": "cv:Evidence",
      "dct:identifier": d.key ?? String(i),
      "dct:title": ru(d.name ?? "Документ"),
      ...(d.requirements ? { "dct:description": ru(d.requirements) } : {}),
    });
    return { "@id": id };
  });
  const outputs = (c.results?.items ?? []).map((r, i) => {
    const id = `${service}:output:${encodeURIComponent(r.key ?? String(i))}`;
    nodes.push({ "@id": id, "@type": "cv:Output", "dct:identifier": r.key ?? String(i), "dct:title": ru(r.name ?? "Результат") });
    return { "@id": id };
  });
  const costs = c.fee?.free
    ? [{ key: "free", amount: "0", name: "Услуга предоставляется бесплатно" }]
    : (c.fee?.items ?? []).map((f, i) => ({ key: f.key ?? String(i), amount: f.amount, name: f.name ?? f.formula ?? "Плата" }));
  const costRefs = costs.map((f) => {
    const id = `${service}:cost:${encodeURIComponent(f.key)}`;
    nodes.push({
      "@id": id,
      "@type": "cv:Cost",
      "dct:identifier": f.key,
      "dct:description": ru(f.name),
      ...(f.amount != null ? { "cv:hasValue": { "@value": String(Number(f.amount)), "@type": "xsd:double" }, "cv:currency": { "@id": RUB } } : {}),
    });
    return { "@id": id };
  });
  const channels = (c.submissionChannels?.channels ?? []).map((ch) => {
    const id = `${service}:channel:${ch}`;
    nodes.push({ "@id": id, "@type": "cv:Channel", "dct:identifier": ch, "dct:type": { "@id": iri("channel-type", ch) } });
    return { "@id": id };
  });
  const actIds = new Set<string>();
  for (const b of c.legalBases?.items ?? []) if (b.actId) actIds.add(fromGlobalId(b.actId)?.id ?? "");
  const legal = [...actIds].filter(Boolean).map((id) => {
    const act = s.acts.get(id);
    nodes.push({
      "@id": iri("act", id),
      "@type": "eli:LegalResource",
      ...(act ? { "eli:title": ru(act.title), ...(act.number ? { "eli:id_local": act.number } : {}), ...(act.date ? { "eli:date_document": { "@value": act.date, "@type": "xsd:date" } } : {}) } : {}),
    });
    return { "@id": iri("act", id) };
  });
  // Decree 1228 variants: one cv:Requirement each (who it is for), supported by the evidence it selects
  const requirements = variantsOf(c).map((v, i) => {
    const id = `${service}:variant:${encodeURIComponent(v.key ?? String(i))}`;
    const view = variantView(c, v);
    const selected = (view.documents?.applicantDocuments?.items ?? []).filter((d) => d?.key && evidenceKeys.has(d.key));
    const combinations = (v.combinations ?? []).map((k) => k?.note).filter((n): n is string => !!n);
    const own = v.term?.value && v.term.unit ? ` Срок варианта: ${v.term.value} ${TERM_UNIT_RU[v.term.unit]}` : "";
    nodes.push({
      "@id": id,
      "@type": "cv:Requirement",
      "dct:identifier": v.key ?? String(i),
      "dct:title": ru(variantTitle(v)),
      "dct:description": ru(`Вариант предоставления услуги (постановление Правительства РФ от 20.07.2021 № 1228).${combinations.length ? ` Для заявителей: ${combinations.join("; ")}.` : ""}${own}`),
      ...(selected.length ? { "cv:hasSupportingEvidence": selected.map((d) => ({ "@id": `${service}:evidence:${encodeURIComponent(d!.key!)}` })) } : {}),
    });
    return { "@id": id };
  });
  const duration = isoDuration(c.term);
  const termNote = c.term?.unit === TermUnit.WORKING_DAYS ? ` Срок: ${c.term.value} рабочих дней.` : "";
  nodes.unshift(
    {
      "@id": service,
      "@type": "cpsv:PublicService",
      "dct:identifier": s.service.registryNumber,
      "dct:title": ru(s.service.name),
      "dct:description": ru(`${c.name?.shortName ?? s.service.name}. Стандарт предоставления услуги, версия ${s.version.number}, действует с ${s.version.effectiveFrom}.${termNote}`),
      "cv:hasCompetentAuthority": { "@id": authority },
      ...(c.name?.keywords?.length ? { "dcat:keyword": c.name.keywords.map(ru) } : {}),
      ...(duration ? { "cv:processingTime": { "@value": duration, "@type": "xsd:duration" } } : {}),
      ...(evidences.length ? { "cpsv:hasInput": evidences } : {}),
      ...(outputs.length ? { "cpsv:produces": outputs } : {}),
      ...(costRefs.length ? { "cv:hasCost": costRefs } : {}),
      ...(channels.length ? { "cv:hasChannel": channels } : {}),
      ...(legal.length ? { "cv:hasLegalResource": legal } : {}),
      ...(requirements.length ? { "cv:holdsRequirement": requirements } : {}),
    },
    {
      "@id": authority,
      "@type": "cv:PublicOrganisation",
      "skos:prefLabel": ru(s.authority.name),
      // the body's territory (OKTMO); a body without one (federal) serves the whole country
      "dct:spatial": { "@id": s.authority.oktmo ? iri("oktmo", s.authority.oktmo) : RUSSIA },
    },
    ...(s.authority.oktmo ? [{ "@id": iri("oktmo", s.authority.oktmo), "@type": "dct:Location", "dct:identifier": s.authority.oktmo }] : []),
  );
  return nodes;
}
