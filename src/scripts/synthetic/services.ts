import { GovernmentLevel } from "../../shared/enums";
import { toGlobalId } from "../../shared/relay/global-id";
import { canonicalJson, sha256 } from "../../shared/canonical-json";
import { Rng } from "./prng";
import { randomDate, type ActRow, type Body, type ReferenceData, type RegionData } from "./reference-data";
import { MUNICIPAL_DOMAINS, SETTLEMENT_DOMAINS, TEMPLATES, type ServiceTemplate } from "./service-templates";
import type { Domain } from "./territories";
import {
  ACCEPTANCE_GROUNDS,
  ALL_ACCESSIBILITY,
  APPLICANT_DOCS,
  APPLICANTS,
  CHANGE_NOTES,
  COMMON_APPLICANT_DOCS,
  DUPLICATE_REFUSALS,
  EXTRA_INDICATORS,
  FILE_FORMATS,
  FILLER_DOCS,
  HOLDER_NAMES,
  INTERAGENCY_DOCS,
  NONE_STATEMENTS,
  PARTICIPANT_ROLES,
  PREMISES,
  PROCEDURES,
  REFUSAL_GROUNDS,
  REFUSAL_GROUNDS_COMMON,
  RESPONSIBLE_UNITS,
  SUSPENSION_GROUNDS,
  TYPICAL_INDICATORS,
  TYPO_REFUSALS,
  type DocTemplate,
  type InteragencyTemplate,
} from "./content-vocabulary";
import { VARIANT_SHARE, addVariants } from "./variants";

/**
 * One synthetic service with its versions. A service is described by a small "spec"
 * (what was chosen at random: template, channels, documents, grounds, fee...); every
 * version's content is built from its spec by a pure function, and a new version is an
 * edited copy of the previous spec. List items are shared between specs, so an item
 * that survives into the next version keeps its key, as the API's draft copy does.
 */

type Channel = "IN_PERSON" | "MFC" | "POST" | "EPGU" | "REGIONAL_PORTAL" | "OFFICIAL_SITE" | "EMAIL" | "PHONE";
type J = Record<string, unknown>;

const ELECTRONIC: readonly Channel[] = ["EPGU", "REGIONAL_PORTAL", "OFFICIAL_SITE", "EMAIL"];
const PERSONAL: readonly Channel[] = ["IN_PERSON", "MFC"];
const ALL_CHANNELS: readonly Channel[] = ["IN_PERSON", "MFC", "POST", "EPGU", "REGIONAL_PORTAL", "OFFICIAL_SITE", "EMAIL", "PHONE"];

/** Latest effective date a generated version gets (fixed, so runs are reproducible). */
const LAST_EFFECTIVE = "2026-06-30";
const REGISTRY_PREFIX = "SYN";

export const registryNumber = (index: number) => `${REGISTRY_PREFIX}${String(index + 1).padStart(7, "0")}`;

export interface ServiceRow {
  id: string;
  registryNumber: string;
  name: string;
  authorityId: string;
  level: GovernmentLevel;
  kind: "REGULAR" | "UNIFIED";
  createdAt: string;
  updatedAt: string;
  /** When its first version was published (the service is public from then on). */
  firstPublishedAt: string;
}

export interface VersionRow {
  id: string;
  serviceId: string;
  number: number;
  /** Stored lifecycle: a published version whose successor took effect stays PUBLISHED, with effectiveTo. */
  status: "DRAFT" | "IN_REVIEW" | "PUBLISHED";
  /** Canonical JSON of the content (what is stored and hashed). */
  content: string;
  contentHash: string;
  revision: number;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  publishedAt: string | null;
  changeNote: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  approvingActId: string | null;
  submittedAt: string | null;
  basedOnId: string | null;
  publishedBy: string | null;
  submittedBy: string | null;
}

export interface GeneratedService {
  service: ServiceRow;
  versions: VersionRow[];
  /** Parsed contents, only when asked for (checks). */
  contents?: J[];
}

export interface GeneratorContext {
  ref: ReferenceData;
  actGid: Map<string, string>;
  authorityGid: Map<string, string>;
  templatesByDomain: Map<Domain, ServiceTemplate[]>;
  federalWeights: [number, number][];
}

export function createContext(ref: ReferenceData): GeneratorContext {
  const templatesByDomain = new Map<Domain, ServiceTemplate[]>();
  for (const t of TEMPLATES) templatesByDomain.set(t.domain, [...(templatesByDomain.get(t.domain) ?? []), t]);
  return {
    ref,
    actGid: new Map(ref.acts.map((a) => [a.id, toGlobalId("LegalAct", a.id)])),
    authorityGid: new Map(ref.authorities.map((a) => [a.id, toGlobalId("Authority", a.id)])),
    templatesByDomain,
    federalWeights: ref.federal.map((f, i) => [i, f.body.weight]),
  };
}

/* ------------------------------------------------------------------ spec */

interface ResultDef {
  key: string;
  name: string;
  kind: string;
  positive: boolean;
  document?: string;
  registryResource?: string;
}

interface FeeDef {
  key: string;
  kind: string;
  name: string;
  amount: number;
  formula?: string;
  exemptions?: string;
  legalBases: J[];
}

interface Spec {
  t: ServiceTemplate;
  name: string;
  shortName?: string;
  providerGid: string;
  providerShort: string;
  responsibleUnit?: string;
  participants: J[];
  mfcFull: boolean;
  mfcMayRefuse: boolean;
  mfcAgreement: string;
  submission: Channel[];
  delivery: Channel[];
  regKeys: Record<Channel, string>;
  results: ResultDef[];
  registryModel: boolean;
  term: J;
  issueTerm: J;
  nameBasis: J[];
  legalBases: J[];
  regulationRefs: J[];
  applicantDocs: J[];
  interagencyDocs: J[];
  acceptance: J[] | null;
  suspension: J[] | null;
  refusal: J[];
  fee: FeeDef | null;
  freeBasis: J[];
  queue: { submission: number; result: number; appointment?: number };
  premises: J;
  indicators: J[];
  necessary: J[] | null;
  flags: { extraterritorial: boolean; complexRequest: boolean; proactive: boolean; qualifiedSignature: boolean };
  fileFormats: string;
  otherNote?: string;
  applicants: J[];
  representativeAllowed: boolean;
  notes: { submission?: string; progress?: string; delivery?: string };
  aux: { typo: J; duplicate: J; leave: J };
  forms: J;
  /** Spare documents and grounds to add in later versions. */
  spareDocs: DocTemplate[];
  spareRefusals: { text: string; basis: [string, string?, string?] }[];
}

class Builder {
  constructor(
    readonly ctx: GeneratorContext,
    readonly rng: Rng,
  ) {}

  act(key: string): ActRow {
    const act = this.ctx.ref.federalActs.get(key);
    if (!act) throw new Error(`unknown federal act ${key}`);
    return act;
  }

  ref(act: ActRow | string, article?: string, part?: string, item?: string, note?: string): J {
    const row = typeof act === "string" ? this.act(act) : act;
    const r: J = { key: this.rng.uuid(), actId: this.ctx.actGid.get(row.id)! };
    if (article) r.article = article;
    if (part) r.part = part;
    if (item) r.item = item;
    if (note) r.note = note;
    return r;
  }

  basis(b: readonly [string, string?, string?]): J {
    return this.ref(b[0], b[1], b[2]);
  }
}

interface Placement {
  level: GovernmentLevel;
  body: Body;
  region: RegionData | null;
  domains: readonly Domain[];
  municipal: boolean;
}

function place(ctx: GeneratorContext, rng: Rng): Placement {
  const ref = ctx.ref;
  const kind = rng.weighted([
    ["federal", 3],
    ["territorial", 6],
    ["regional", 27],
    ["capital", 20],
    ["district", 31],
    ["settlement", 13],
  ] as const);
  if (kind === "federal") {
    const fed = ref.federal[rng.weighted(ctx.federalWeights)];
    return { level: GovernmentLevel.FEDERAL, body: fed.central, region: null, domains: fed.central.domains, municipal: false };
  }
  const region = rng.pick(ref.regions);
  switch (kind) {
    case "territorial": {
      const bodies = [...region.territorial.values()];
      const body = rng.pick(bodies);
      return { level: GovernmentLevel.FEDERAL, body, region, domains: body.domains, municipal: false };
    }
    case "regional": {
      const body = rng.pick(region.bodies);
      return { level: GovernmentLevel.REGIONAL, body, region, domains: body.domains, municipal: false };
    }
    case "capital":
      return { level: region.capital.row.level, body: region.capital, region, domains: MUNICIPAL_DOMAINS, municipal: true };
    case "district": {
      const body = rng.pick(region.districts);
      return { level: GovernmentLevel.MUNICIPAL, body, region, domains: MUNICIPAL_DOMAINS, municipal: true };
    }
    default: {
      if (region.settlements.length === 0) {
        const body = rng.pick(region.districts);
        return { level: GovernmentLevel.MUNICIPAL, body, region, domains: SETTLEMENT_DOMAINS, municipal: true };
      }
      const body = rng.pick(region.settlements);
      return { level: GovernmentLevel.MUNICIPAL, body, region, domains: SETTLEMENT_DOMAINS, municipal: true };
    }
  }
}

function pickTemplate(ctx: GeneratorContext, rng: Rng, domains: readonly Domain[]): ServiceTemplate {
  const candidates: ServiceTemplate[] = [];
  for (const d of domains) candidates.push(...(ctx.templatesByDomain.get(d) ?? []));
  return rng.pick(candidates.length ? candidates : TEMPLATES);
}

function pickChannels(rng: Rng, p: Placement): { submission: Channel[]; delivery: Channel[] } {
  const submission: Channel[] = [];
  if (rng.chance(0.72)) submission.push("IN_PERSON");
  if (rng.chance(p.level === GovernmentLevel.FEDERAL ? 0.5 : 0.42)) submission.push("MFC");
  if (rng.chance(0.33)) submission.push("POST");
  if (rng.chance(0.55)) submission.push("EPGU");
  if (rng.chance(0.1)) submission.push("REGIONAL_PORTAL");
  if (rng.chance(0.04)) submission.push("OFFICIAL_SITE");
  if (rng.chance(0.03)) submission.push("EMAIL");
  if (submission.length === 0) submission.push(rng.chance(0.5) ? "IN_PERSON" : "EPGU");
  const delivery = submission.filter((c) => c === "IN_PERSON" || c === "MFC" || c === "POST" || c === "EPGU");
  if (!delivery.includes("POST") && rng.chance(0.2)) delivery.push("POST");
  if (delivery.length === 0) delivery.push("IN_PERSON");
  return { submission, delivery };
}

const money = (n: number) => `${Math.round(n)}.00`;

function makeDoc(b: Builder, d: DocTemplate, opts: { request?: boolean } = {}): J {
  const rng = b.rng;
  const doc: J = { key: rng.uuid(), name: d.name };
  const requirements = d.requirements && rng.chance(0.3) ? d.requirements : rng.chance(0.08) ? rng.pick(REQ_TEXTS) : undefined;
  if (requirements) doc.requirements = requirements;
  doc.form = d.form ?? "ORIGINAL";
  if (rng.chance(0.4) || opts.request) doc.copies = opts.request ? 1 : rng.int(1, 2);
  if (d.form === "ORIGINAL_FOR_INSPECTION") doc.originalReturned = true;
  if (d.condition) doc.condition = d.condition;
  if (opts.request) doc.isRequestForm = true;
  if (d.personal) doc.personalStorage = true;
  const bases = [b.basis(d.basis ?? ["fz-210", "7", "1"])];
  if (rng.chance(0.08)) bases.push(b.ref("fz-210", "7", "1", rng.chance(0.5) ? "1" : "2"));
  doc.legalBases = bases;
  return doc;
}

const REQ_TEXTS = [
  "Документ должен быть действительным на дату обращения, не должен содержать подчисток, приписок, зачёркнутых слов и неоговорённых исправлений, а также повреждений, не позволяющих однозначно истолковать его содержание.",
  "Тексты документов должны быть написаны разборчиво, наименования юридических лиц — без сокращения, с указанием их мест нахождения; фамилии, имена и отчества физических лиц, адреса их мест жительства написаны полностью.",
  "Документ, составленный на иностранном языке, представляется с нотариально удостоверенным переводом на русский язык.",
  "Копия представляется вместе с подлинником; специалист, принимающий документы, сверяет копию с подлинником и возвращает подлинник заявителю.",
  "При подаче в электронной форме документ представляется в виде электронного образа, подписанного простой электронной подписью заявителя, в формате pdf, jpg или png с разрешением не менее 300 dpi.",
];

function holderBody(p: Placement, holder: InteragencyTemplate["holder"]): Body | null {
  const region = p.region;
  if (!region) return null;
  switch (holder) {
    case "rosreestr":
      return region.territorial.get("Росреестр") ?? null;
    case "fns":
    case "zags":
      return region.territorial.get("ФНС России") ?? null;
    case "mvd":
    case "gibdd":
      return region.territorial.get("МВД России") ?? null;
    case "sfr":
    case "fri":
      return region.territorial.get("Социальный фонд России") ?? null;
    case "municipal":
      return p.municipal ? p.body : region.capital;
    case "regional":
      return { row: region.government, domains: [], acts: [] };
    default:
      return null;
  }
}

function makeInteragency(b: Builder, p: Placement, d: InteragencyTemplate): J {
  const doc: J = { key: b.rng.uuid(), name: d.name, form: "INFORMATION" };
  const holder = holderBody(p, d.holder);
  if (holder && b.rng.chance(0.7)) {
    doc.holderAuthorityId = b.ctx.authorityGid.get(holder.row.id);
    doc.holderName = holder.row.name;
  } else {
    doc.holderName = HOLDER_NAMES[d.holder];
  }
  doc.holderResource = d.resource;
  doc.legalBases = [b.basis(d.basis)];
  return doc;
}

/** Document list sizes: 2..25 in total, skewed to short lists. */
function documentCounts(rng: Rng): { applicant: number; interagency: number } {
  const total = 2 + Math.floor(24 * Math.pow(rng.next(), 4));
  const interagency = Math.min(total - 2, Math.floor(rng.next() * Math.min(6, total)));
  return { applicant: total - interagency, interagency };
}

function createSpec(b: Builder, p: Placement, t: ServiceTemplate, name: string, shortName: string | undefined, approving: ActRow): Spec {
  const rng = b.rng;
  const ctx = b.ctx;
  const { submission, delivery } = pickChannels(rng, p);
  const regKeys = Object.fromEntries(ALL_CHANNELS.map((c) => [c, rng.uuid()])) as Record<Channel, string>;
  const region = p.region;
  const vars = { gen: region?.region.gen ?? "Российской Федерации", body: p.body.row.shortName ?? p.body.row.name };

  const participants: J[] = [];
  if (region && rng.chance(0.3)) {
    const rosreestr = region.territorial.get("Росреестр");
    if (rosreestr) {
      participants.push({ key: rng.uuid(), authorityId: ctx.authorityGid.get(rosreestr.row.id), name: rosreestr.row.name, role: PARTICIPANT_ROLES[0] });
    }
  }
  if (submission.includes("MFC") && region) participants.push({ key: rng.uuid(), name: region.mfcName, role: PARTICIPANT_ROLES[1] });
  if (rng.chance(0.15)) participants.push({ key: rng.uuid(), name: "Федеральное казначейство", role: PARTICIPANT_ROLES[3] });

  const registryKind = t.registry && rng.chance(0.6);
  const results: ResultDef[] = [
    {
      key: rng.uuid(),
      name: t.result,
      kind: registryKind ? "REGISTRY_RECORD" : submission.includes("EPGU") && rng.chance(0.4) ? "DOCUMENT_ELECTRONIC" : "DOCUMENT_PAPER",
      positive: true,
      ...(rng.chance(0.4) ? { document: `${t.result} (подписывается руководителем органа)` } : {}),
      ...(registryKind ? { registryResource: t.registry } : {}),
    },
    {
      key: rng.uuid(),
      name: rng.pick(["Решение об отказе в предоставлении услуги", "Уведомление об отказе в предоставлении услуги с указанием причин отказа", "Мотивированный отказ в предоставлении услуги"]),
      kind: "DOCUMENT_PAPER",
      positive: false,
      ...(rng.chance(0.4) ? { document: "Решение с указанием оснований отказа" } : {}),
    },
  ];
  if (rng.chance(0.2)) {
    results.push({ key: rng.uuid(), name: `Выписка из реестра о результате предоставления услуги «${t.result}»`, kind: "DOCUMENT_ELECTRONIC", positive: true, document: "Выписка формируется автоматически и подписывается усиленной квалифицированной электронной подписью органа" });
  }

  const value = rng.int(t.termDays[0], t.termDays[1]);
  const term: J = {
    value,
    unit: t.calendarDays ? "CALENDAR_DAYS" : "WORKING_DAYS",
    startEvent: rng.weighted([["REQUEST_REGISTRATION", 7], ["DAY_AFTER_REGISTRATION", 2], ["REQUEST_RECEIPT", 1]] as const),
    legalBases: [b.basis(t.basis), ...(rng.chance(0.3) ? [b.ref("fz-210", "6")] : [])],
    includesInteragency: true,
  };
  if (rng.chance(0.2)) term.startNote = "В том числе для запросов, поданных через многофункциональный центр, почтовым отправлением или в электронной форме через ЕПГУ.";
  if (rng.chance(0.15)) term.note = "Срок предоставления услуги включает срок межведомственного информационного взаимодействия и не может быть продлён.";
  const issueTerm: J = { value: rng.int(1, 3), unit: "WORKING_DAYS", startEvent: "DECISION" };

  const establishing = p.level === GovernmentLevel.MUNICIPAL ? b.ref("fz-131", rng.pick(["14", "15", "16"]), "1") : p.level === GovernmentLevel.REGIONAL ? b.ref("fz-414", "44", "1") : null;
  const legalBases: J[] = [
    { ...b.basis(t.basis), role: "ESTABLISHES_POWER" },
    ...(establishing ? [{ ...establishing, role: "ESTABLISHES_POWER" }] : []),
    { ...b.ref("fz-210"), role: "OTHER" },
    ...(t.fee ? [{ ...b.ref(t.fee.act, t.fee.article), role: "SETS_FEE" }] : []),
    ...rng.sample(["fz-63", "fz-152", "fz-181", "pp-1376", "pp-236", "pp-634", "fz-59"], rng.int(0, 2)).map((k) => ({ ...b.ref(k), role: "OTHER" })),
  ];

  // documents
  const counts = documentCounts(rng);
  const pool = [...(APPLICANT_DOCS[t.domain] ?? [])];
  const applicantDocs: J[] = [
    makeDoc(b, { name: rng.pick(["Заявление о предоставлении услуги", `Заявление (запрос) о предоставлении услуги «${t.result}»`, "Запрос о предоставлении услуги"]),
      form: "ORIGINAL", requirements: "Заявление оформляется по форме, приведённой в приложении № 1 к административному регламенту, и подписывается заявителем или его представителем.", basis: t.basis }, { request: true }),
  ];
  const representativeAllowed = rng.chance(0.9);
  const common = representativeAllowed ? COMMON_APPLICANT_DOCS : COMMON_APPLICANT_DOCS.filter((d) => !/полномочия/.test(d.name));
  const wanted = [...common.slice(0, representativeAllowed ? 2 : 1), ...rng.sample(pool, pool.length), ...rng.sample(FILLER_DOCS, FILLER_DOCS.length), common[common.length - 1]];
  for (const d of wanted) {
    if (applicantDocs.length >= Math.max(counts.applicant, representativeAllowed ? 3 : 2)) break;
    applicantDocs.push(makeDoc(b, d));
  }
  const spareDocs = wanted.filter((d) => !applicantDocs.some((x) => x.name === d.name));
  const interPool = rng.sample(t.fee ? INTERAGENCY_DOCS : INTERAGENCY_DOCS.filter((d) => d.holder !== "treasury"), counts.interagency);
  const interagencyDocs = interPool.map((d) => makeInteragency(b, p, d));

  // grounds
  const usable = ACCEPTANCE_GROUNDS.filter((g) => !g.channels || g.channels.some((c) => submission.includes(c)));
  const acceptance = rng.chance(0.78)
    ? rng.sample(usable, rng.int(1, Math.min(2, usable.length))).map((g) => {
        const item: J = { key: rng.uuid(), text: g.text, legalBases: [b.basis(g.basis)] };
        if (g.channels) item.channels = g.channels.filter((c) => submission.includes(c));
        return item;
      })
    : null;
  const suspension = rng.chance(0.4)
    ? rng.sample(SUSPENSION_GROUNDS, rng.int(1, 2)).map((g) => ({
        key: rng.uuid(),
        text: g.text,
        legalBases: [b.basis(g.basis)],
        maxTerm: { value: g.days, unit: "CALENDAR_DAYS", startEvent: "DECISION" },
      }))
    : null;
  const domainRefusals = REFUSAL_GROUNDS[t.domain] ?? [];
  const refusalPool = [...rng.sample(domainRefusals, rng.int(Math.min(1, domainRefusals.length), Math.min(2, domainRefusals.length))), ...rng.sample(REFUSAL_GROUNDS_COMMON, 1)];
  const refusal = refusalPool.map((g) => ({ key: rng.uuid(), text: g.text, legalBases: [b.basis(g.basis)], ...(rng.chance(0.05) ? { note: "Отказ не препятствует повторному обращению." } : {}) }));
  const spareRefusals = [...domainRefusals, ...REFUSAL_GROUNDS_COMMON].filter((g) => !refusalPool.includes(g));

  const fee: FeeDef | null = t.fee
    ? {
        key: rng.uuid(),
        kind: t.fee.kind,
        name: t.fee.name,
        amount: t.fee.amount,
        ...(rng.chance(0.3) ? { exemptions: "От уплаты государственной пошлины освобождаются инвалиды I и II групп, ветераны Великой Отечественной войны (подпункт 2 пункта 1 статьи 333.35 Налогового кодекса Российской Федерации)." } : {}),
        legalBases: [b.ref(t.fee.act, t.fee.article, t.fee.part, t.fee.item)],
      }
    : null;

  const personal = submission.some((c) => PERSONAL.includes(c)) || delivery.some((c) => PERSONAL.includes(c));
  const queue = { submission: rng.pick([15, 15, 15, 10, 12]), result: rng.pick([15, 15, 10]), ...(personal && rng.chance(0.5) ? { appointment: rng.pick([5, 10]) } : {}) };

  const accessibility = rng.chance(0.85) ? [...ALL_ACCESSIBILITY] : rng.sample(ALL_ACCESSIBILITY, rng.int(6, 9)).sort();
  const premises: J = {
    premises: rng.pick(PREMISES.premises),
    waitingHall: rng.pick(PREMISES.waitingHall),
    fillingPlaces: rng.pick(PREMISES.fillingPlaces),
    informationStands: rng.pick(PREMISES.informationStands),
    accessibility,
    ...(rng.chance(0.4) ? { accessibilityNote: rng.pick(PREMISES.accessibilityNote) } : {}),
    disabledParkingPercent: 10,
    legalBases: [b.ref("fz-181", "15")],
  };

  const flags = {
    extraterritorial: rng.chance(0.3),
    complexRequest: submission.includes("MFC") && rng.chance(0.4),
    proactive: rng.chance(0.03),
    qualifiedSignature: t.applicants === "business" && rng.chance(0.6),
  };
  const mfcFull = rng.chance(0.2);
  const yesNo = (v: boolean) => (v ? "да" : "нет");
  const indicators: J[] = [
    ...TYPICAL_INDICATORS.map((i) => {
      const target =
        i.target === "flag:mfc" ? yesNo(submission.includes("MFC")) : i.target === "flag:extraterritorial" ? yesNo(flags.extraterritorial) : i.target === "flag:complexRequest" ? yesNo(flags.complexRequest) : i.target;
      return { key: rng.uuid(), name: i.name, type: i.type, target, ...(i.unit ? { unit: i.unit } : {}), ...(i.formula ? { formula: i.formula } : {}) };
    }),
    ...rng.sample(EXTRA_INDICATORS, rng.chance(0.35) ? 1 : 0).map((i) => ({ key: rng.uuid(), name: i.name, type: i.type, target: i.target, ...(i.unit ? { unit: i.unit } : {}), ...(i.formula && rng.chance(0.5) ? { formula: i.formula } : {}) })),
  ];

  const necessary = rng.chance(0.15)
    ? [
        {
          key: rng.uuid(),
          name: t.domain === "construction" || t.domain === "land" ? "Подготовка технического (межевого) плана кадастровым инженером" : "Выдача нотариально удостоверенной доверенности",
          provider: t.domain === "construction" || t.domain === "land" ? "Кадастровые инженеры" : "Нотариусы",
          paid: true,
          amount: money(rng.pick([1500, 2000, 3500, 8000, 12000])),
          legalBases: [b.ref("fz-210", "9", "1")],
        },
      ]
    : null;

  const applicants = rng.sample(APPLICANTS[t.applicants], rng.int(1, 2)).map((a) => ({ key: rng.uuid(), name: a.name, legalForm: a.legalForm, description: a.description }));

  const groundItem = (text: string) => ({ key: rng.uuid(), text, legalBases: [b.ref("fz-210", "7", "1", "4")] });
  const aux = {
    typo: {
      procedure: rng.pick(PROCEDURES.typo),
      term: { value: 5, unit: "WORKING_DAYS", startEvent: "REQUEST_REGISTRATION" },
      refusalGrounds: rng.chance(0.5) ? { items: TYPO_REFUSALS.slice(0, 1).map(groundItem) } : { noneStated: true, noneStatement: NONE_STATEMENTS.typo },
      notApplicable: false,
    },
    duplicate: {
      procedure: rng.pick(PROCEDURES.duplicate),
      term: { value: rng.pick([3, 5]), unit: "WORKING_DAYS", startEvent: "REQUEST_REGISTRATION" },
      refusalGrounds: { items: [groundItem(rng.pick(DUPLICATE_REFUSALS))] },
      notApplicable: false,
    },
    leave: {
      procedure: rng.pick(PROCEDURES.leave),
      term: { value: 1, unit: "WORKING_DAYS", startEvent: "REQUEST_REGISTRATION" },
      notApplicable: false,
    },
  };

  const annex = (n: number, title: string): J => ({ title, reference: `Приложение № ${n} к регламенту` });
  const forms: J = {
    request: annex(1, "Форма заявления"),
    result: t.fee?.kind === "STATE_DUTY" && p.level === GovernmentLevel.FEDERAL
      ? { title: `Форма документа «${t.result}»`, approvedBy: b.ref(approving) }
      : annex(2, "Форма документа, являющегося результатом"),
    typoCorrection: annex(3, "Форма заявления об исправлении опечаток"),
    duplicate: annex(4, "Форма заявления о выдаче дубликата"),
    withdrawal: annex(5, "Форма заявления об оставлении без рассмотрения"),
  };

  return {
    t,
    name,
    shortName,
    providerGid: ctx.authorityGid.get(p.body.row.id)!,
    providerShort: vars.body,
    responsibleUnit: p.level !== GovernmentLevel.FEDERAL && rng.chance(0.6) ? rng.pick(RESPONSIBLE_UNITS) : undefined,
    participants,
    mfcFull,
    mfcMayRefuse: rng.chance(0.3),
    mfcAgreement: `Соглашение о взаимодействии с МФЦ от ${randomDate(rng, "2015-01-15", "2019-12-20").split("-").reverse().join(".")} № ${rng.int(1, 250)}`,
    submission,
    delivery,
    regKeys,
    results,
    registryModel: !!registryKind,
    term,
    issueTerm,
    nameBasis: [b.basis(t.basis)],
    legalBases,
    regulationRefs: [{ ...b.ref(approving, undefined, undefined, undefined, "административный регламент"), role: "REGULATION" }],
    applicantDocs,
    interagencyDocs,
    acceptance,
    suspension,
    refusal,
    fee,
    freeBasis: [b.ref("fz-210", "8", "1")],
    queue,
    premises,
    indicators,
    necessary,
    flags,
    fileFormats: rng.pick(FILE_FORMATS),
    otherNote: rng.chance(0.3) ? "Предоставление услуги в упреждающем режиме не предусмотрено; информирование о ходе предоставления услуги осуществляется по выбору заявителя через ЕПГУ или по телефону." : undefined,
    applicants,
    representativeAllowed,
    notes: {
      submission: rng.chance(0.5) ? "Запрос и документы могут быть поданы заявителем лично, через представителя или в электронной форме с использованием ЕПГУ." : undefined,
      progress: rng.chance(0.5) ? "Сведения о ходе рассмотрения запроса предоставляются по телефону, при личном обращении и в личном кабинете на ЕПГУ." : undefined,
      delivery: rng.chance(0.4) ? "Способ получения результата указывается заявителем в запросе." : undefined,
    },
    aux,
    forms,
    spareDocs,
    spareRefusals,
  };
}

/* ---------------------------------------------------------- content */

function buildContent(s: Spec): J {
  const submission = s.submission;
  const electronic = submission.filter((c) => ELECTRONIC.includes(c));
  const hasElectronic = electronic.length > 0;
  const mfc = submission.includes("MFC");
  const personal = submission.some((c) => PERSONAL.includes(c)) || s.delivery.some((c) => PERSONAL.includes(c));

  const progress: Channel[] = [];
  if (submission.includes("IN_PERSON")) progress.push("IN_PERSON");
  if (mfc) progress.push("MFC");
  if (hasElectronic) progress.push(submission.includes("REGIONAL_PORTAL") && !submission.includes("EPGU") ? "REGIONAL_PORTAL" : "EPGU");
  progress.push("PHONE");
  if (!hasElectronic && submission.includes("POST")) progress.push("POST");

  const registrationItems = submission.map((channel) => {
    const item: J = { key: s.regKeys[channel], channel };
    if (channel === "IN_PERSON" || channel === "MFC") {
      item.sameDay = true;
    } else {
      item.sameDay = false;
      item.term = { value: 1, unit: "WORKING_DAYS", startEvent: "REQUEST_RECEIPT" };
      item.nonWorkingDayRule = "Запрос, поступивший в нерабочий день, регистрируется в следующий рабочий день.";
    }
    return item;
  });

  const auxChannels = submission.filter((c) => c === "IN_PERSON" || c === "MFC" || c === "POST" || c === "EPGU");
  const paymentMethods = ["CASH", "BANK_TRANSFER", ...(submission.includes("EPGU") ? ["EPGU_ONLINE"] : []), ...(mfc ? ["MFC_TERMINAL"] : [])];
  const infoSystems = [
    ...(submission.includes("EPGU") ? ["EPGU", "ESIA"] : []),
    ...(submission.includes("REGIONAL_PORTAL") ? ["REGIONAL_PORTAL"] : []),
    "SMEV",
    ...(s.fee ? ["GIS_GMP"] : []),
    "DEPARTMENTAL",
    ...(mfc ? ["MFC_SYSTEM"] : []),
  ];

  const content: J = {
    name: { fullName: s.name, ...(s.shortName ? { shortName: s.shortName } : {}), legalBases: s.nameBasis },
    provider: {
      authorityId: s.providerGid,
      ...(s.responsibleUnit ? { responsibleUnit: s.responsibleUnit } : {}),
      ...(s.participants.length ? { participants: s.participants } : {}),
      participantsNoneStated: s.participants.length === 0,
      mfcParticipation: mfc ? (s.mfcFull ? "FULL" : "ACCEPTANCE_AND_ISSUE") : "NONE",
      ...(mfc ? { mfcAgreement: s.mfcAgreement, mfcMayRefuseAcceptance: s.mfcMayRefuse } : {}),
    },
    results: {
      items: s.results.map((r) => ({ ...r, deliveryChannels: s.delivery })),
      registryModel: s.registryModel,
    },
    term: { ...s.term, resultIssueTerm: s.issueTerm },
    legalBases: { items: [...s.legalBases, ...s.regulationRefs] },
    documents: {
      applicantDocuments: { items: s.applicantDocs, noneStated: false },
      interagencyDocuments: s.interagencyDocs.length ? { items: s.interagencyDocs, noneStated: false } : { noneStated: true },
    },
    acceptanceRefusalGrounds: s.acceptance ? { items: s.acceptance, noneStated: false } : { noneStated: true, noneStatement: NONE_STATEMENTS.acceptance },
    suspensionAndRefusal: {
      suspensionGrounds: s.suspension ? { items: s.suspension, noneStated: false } : { noneStated: true, noneStatement: NONE_STATEMENTS.suspension },
      refusalGrounds: { items: s.refusal, noneStated: false },
    },
    fee: s.fee
      ? {
          free: false,
          items: [
            {
              key: s.fee.key,
              kind: s.fee.kind,
              name: s.fee.name,
              amount: money(s.fee.amount),
              ...(s.fee.exemptions ? { exemptions: s.fee.exemptions } : {}),
              paymentMethods,
              timing: "BEFORE_SUBMISSION",
              legalBases: s.fee.legalBases,
            },
          ],
        }
      : { free: true, freeLegalBases: s.freeBasis },
    queueTime: personal
      ? { submissionMinutes: s.queue.submission, resultMinutes: s.queue.result, ...(s.queue.appointment ? { appointmentMinutes: Math.min(s.queue.appointment, s.queue.submission) } : {}), noInPersonChannel: false }
      : { noInPersonChannel: true },
    registrationTerms: { items: registrationItems },
    premises: s.premises,
    indicators: { items: s.indicators },
    otherRequirements: {
      ...(s.necessary ? { necessaryServices: s.necessary, necessaryServicesNoneStated: false } : { necessaryServicesNoneStated: true }),
      informationSystems: infoSystems,
      mfcAvailable: mfc,
      ...(mfc ? { mfcInFull: s.mfcFull } : {}),
      electronicAvailable: hasElectronic,
      ...(hasElectronic
        ? {
            electronicStages: [
              "INFORMATION",
              ...(personal ? ["APPOINTMENT"] : []),
              "REQUEST_FORMATION",
              "REQUEST_SUBMISSION",
              ...(s.fee ? ["PAYMENT"] : []),
              "PROGRESS",
              "RESULT",
              "QUALITY_EVALUATION",
              "APPEAL",
            ],
            electronicSignature: s.flags.qualifiedSignature ? "QUALIFIED" : "SIMPLE",
            fileFormats: s.fileFormats,
          }
        : {}),
      extraterritorial: s.flags.extraterritorial,
      complexRequest: s.flags.complexRequest,
      proactive: s.flags.proactive,
      ...(s.otherNote ? { note: s.otherNote } : {}),
    },
    applicants: { items: s.applicants, representativeAllowed: s.representativeAllowed },
    submissionChannels: { channels: submission, ...(s.notes.submission ? { note: s.notes.submission } : {}) },
    progressInformation: { channels: progress, ...(s.notes.progress ? { note: s.notes.progress } : {}) },
    typoCorrection: { ...s.aux.typo, channels: auxChannels },
    duplicateIssue: { ...s.aux.duplicate, channels: auxChannels },
    leaveWithoutConsideration: { ...s.aux.leave, channels: auxChannels },
    forms: s.forms,
    resultDelivery: { channels: s.delivery, ...(s.notes.delivery ? { note: s.notes.delivery } : {}) },
  };
  return content;
}

/* --------------------------------------------------------- evolution */

function evolve(b: Builder, s: Spec, approving: ActRow | null): Spec {
  const rng = b.rng;
  const next: Spec = { ...s };
  const ops = rng.sample(["term", "addDoc", "removeDoc", "editDoc", "addRefusal", "removeRefusal", "fee", "queue", "epgu", "indicator", "note"], rng.int(2, 5));
  for (const op of ops) {
    switch (op) {
      case "term": {
        const v = (s.term.value as number) ?? 10;
        next.term = { ...s.term, value: Math.max(1, v - rng.int(1, Math.max(1, Math.floor(v / 3)))) };
        break;
      }
      case "addDoc":
        if (next.spareDocs.length) {
          const d = next.spareDocs[0];
          next.spareDocs = next.spareDocs.slice(1);
          next.applicantDocs = [...next.applicantDocs, makeDoc(b, d)];
        }
        break;
      case "removeDoc":
        if (next.applicantDocs.length > 4) {
          const i = rng.int(3, next.applicantDocs.length - 1);
          next.applicantDocs = next.applicantDocs.filter((_, j) => j !== i);
        }
        break;
      case "editDoc": {
        const i = rng.int(0, next.applicantDocs.length - 1);
        const doc = next.applicantDocs[i];
        next.applicantDocs = next.applicantDocs.map((d, j) => (j === i ? { ...doc, requirements: rng.pick(REQ_TEXTS), copies: 1 } : d));
        break;
      }
      case "addRefusal":
        if (next.spareRefusals.length) {
          const g = next.spareRefusals[0];
          next.spareRefusals = next.spareRefusals.slice(1);
          next.refusal = [...next.refusal, { key: rng.uuid(), text: g.text, legalBases: [b.basis(g.basis)] }];
        }
        break;
      case "removeRefusal":
        if (next.refusal.length > 2) next.refusal = next.refusal.slice(0, -1);
        break;
      case "fee":
        if (next.fee) next.fee = { ...next.fee, amount: Math.ceil((next.fee.amount * rng.pick([1.5, 2, 1.25])) / 50) * 50 };
        break;
      case "queue":
        next.queue = { ...next.queue, submission: Math.min(next.queue.submission, rng.pick([10, 12, 15])) };
        break;
      case "epgu":
        if (!next.submission.includes("EPGU")) {
          next.submission = [...next.submission, "EPGU"];
          if (!next.delivery.includes("EPGU")) next.delivery = [...next.delivery, "EPGU"];
        }
        break;
      case "indicator": {
        const extra = EXTRA_INDICATORS.find((i) => !next.indicators.some((x) => x.name === i.name));
        if (extra) next.indicators = [...next.indicators, { key: rng.uuid(), name: extra.name, type: extra.type, target: extra.target, ...(extra.unit ? { unit: extra.unit } : {}) }];
        break;
      }
      default:
        next.notes = { ...next.notes, delivery: "Результат направляется заявителю способом, указанным в запросе, в том числе в личный кабинет на ЕПГУ." };
    }
  }
  if (approving && !next.regulationRefs.some((r) => r.actId === b.ctx.actGid.get(approving.id))) {
    next.regulationRefs = [...next.regulationRefs, { ...b.ref(approving, undefined, undefined, undefined, "изменения в административный регламент"), role: "REGULATION" }];
  }
  return next;
}

/* ----------------------------------------------------------- service */

const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
const at = (date: string, rng: Rng) => `${date}T${String(rng.int(6, 14)).padStart(2, "0")}:${String(rng.int(0, 59)).padStart(2, "0")}:${String(rng.int(0, 59)).padStart(2, "0")}.000Z`;

/** The latest act of the chain dated at least 10 days before `date`, else the first one. */
function actBefore(acts: readonly ActRow[], date: string): ActRow {
  let found = acts[0];
  for (const a of acts) if (addDays(a.date, 10) <= date) found = a;
  return found;
}

export interface ServiceOptions {
  /** Number of published versions of this service (overrides the random 1..3). */
  publishedVersions?: number;
  /** Keep parsed contents (for checks). */
  keepContents?: boolean;
}

export function generateService(ctx: GeneratorContext, seed: number, index: number, options: ServiceOptions = {}): GeneratedService {
  const rng = new Rng(seed, index + 1);
  const b = new Builder(ctx, rng);
  const p = place(ctx, rng);
  const t = pickTemplate(ctx, rng, p.domains);

  let name = t.name;
  let shortName: string | undefined;
  if (t.qualifiers && rng.chance(0.45)) {
    shortName = t.name;
    name = `${t.name} ${rng.pick(t.qualifiers)}`;
  }
  if (p.municipal && p.body.territory && rng.chance(0.3)) name = `${name} на территории ${p.body.territory}`;
  const unified = rng.chance(0.12);

  const serviceId = rng.uuid();
  const published = options.publishedVersions ?? rng.weighted([[1, 5], [2, 3], [3, 2]] as const);
  const acts = p.body.acts.length ? p.body.acts : ctx.ref.regions[0].bodies[0].acts;

  // effective dates: the first between 2016 and 2022, then every 8..30 months, never after LAST_EFFECTIVE
  const dates: string[] = [];
  // a long history (--long-history) gets versions every 20..40 days from 2016, so that all fit
  let date = randomDate(rng, "2016-01-11", published > 3 ? "2016-12-30" : "2022-12-30");
  for (let k = 0; k < published; k++) {
    if (k > 0) date = addDays(date, published > 3 ? rng.int(20, Math.max(20, Math.min(40, Math.floor(3000 / published)))) : rng.int(240, 900));
    if (date > LAST_EFFECTIVE) break;
    dates.push(date);
  }
  if (dates.length === 0) dates.push(LAST_EFFECTIVE);

  const firstAct = actBefore(acts, dates[0]);
  let spec = createSpec(b, p, t, name, shortName, firstAct);
  // a share of services has Decree 1228 variants; their own stream, so the rest of the dataset is unchanged
  const variantRng = new Rng(seed + 1228, index + 1);
  const content = variantRng.chance(VARIANT_SHARE) ? (sp: Spec) => addVariants(buildContent(sp), variantRng) : buildContent;
  const versions: VersionRow[] = [];
  const contents: J[] = [];
  const emit = (status: VersionRow["status"], content: J, fields: Partial<VersionRow>): VersionRow => {
    const text = canonicalJson(content);
    const row: VersionRow = {
      id: rng.uuid(),
      serviceId,
      number: versions.length + 1,
      status,
      content: text,
      contentHash: sha256(text),
      revision: rng.int(1, 6),
      effectiveFrom: null,
      effectiveTo: null,
      publishedAt: null,
      changeNote: null,
      createdBy: "synthetic-registrar",
      createdAt: "",
      updatedAt: "",
      approvingActId: null,
      submittedAt: null,
      basedOnId: versions.length ? versions[versions.length - 1].id : null,
      publishedBy: null,
      submittedBy: null,
      ...fields,
    };
    if (options.keepContents) contents.push(content);
    versions.push(row);
    return row;
  };

  for (let k = 0; k < dates.length; k++) {
    const approving = k === 0 ? firstAct : actBefore(acts, dates[k]);
    if (k > 0) spec = evolve(b, spec, approving);
    const publishedDay = addDays(dates[k], -rng.int(3, 30));
    const publishedAt = at(publishedDay, rng);
    const createdAt = at(addDays(publishedDay, -rng.int(5, 60)), rng);
    if (versions.length) {
      const prev = versions[versions.length - 1];
      prev.effectiveTo = dates[k];
      prev.updatedAt = publishedAt;
    }
    emit("PUBLISHED", content(spec), {
      effectiveFrom: dates[k],
      publishedAt,
      changeNote: k === 0 ? "Первоначальная редакция стандарта" : rng.pick(CHANGE_NOTES),
      createdAt,
      updatedAt: publishedAt,
      approvingActId: approving.id,
      publishedBy: "synthetic-approver",
      submittedAt: at(addDays(publishedDay, -rng.int(1, 4)), rng),
      submittedBy: "synthetic-registrar",
    });
  }

  const draftKind = rng.weighted([[null, 85], ["DRAFT", 12], ["IN_REVIEW", 3]] as const);
  if (draftKind) {
    spec = evolve(b, spec, null);
    const createdAt = at(randomDate(rng, "2026-01-12", "2026-09-30"), rng);
    emit(draftKind, content(spec), {
      revision: rng.int(1, 4),
      createdAt,
      updatedAt: createdAt,
      changeNote: rng.pick(CHANGE_NOTES),
      ...(draftKind === "IN_REVIEW" ? { submittedAt: createdAt, submittedBy: "synthetic-registrar" } : {}),
    });
  }

  const last = versions[versions.length - 1];
  const service: ServiceRow = {
    id: serviceId,
    registryNumber: registryNumber(index),
    name,
    authorityId: p.body.row.id,
    level: p.level,
    kind: unified ? "UNIFIED" : "REGULAR",
    createdAt: versions[0].createdAt,
    updatedAt: last.updatedAt,
    firstPublishedAt: versions[0].publishedAt!,
  };
  return { service, versions, ...(options.keepContents ? { contents } : {}) };
}
