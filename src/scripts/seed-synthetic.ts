import "reflect-metadata";
import { Client } from "pg";
import cliProgress from "cli-progress";
import { openForTool, migrate } from "../db/database";
import { StandardKind } from "../services/service.entity";
import { toGlobalId } from "../shared/relay/global-id";
import { actFacts, buildReferenceData, type ReferenceData } from "./synthetic/reference-data";
import { createContext, generateService, type GeneratedService } from "./synthetic/services";
import { copyRows, copyValue as v } from "./synthetic/copy";

/**
 * npm run seed:synthetic -- --services 100000
 *
 * Loads a reproducible synthetic registry into DATABASE_OWNER_URL (else DATABASE_URL, or the
 * embedded dev database of `npm start`), as the owner role: a bulk load inserts published
 * history directly, which the app's role may not (README, "Least privilege"): authorities in a hierarchy with OKTMO codes, a few hundred legal acts,
 * and N services ("SYN0000001"...) with 1-3 published versions each (older ones
 * superseded) and sometimes a draft. Rows go in with COPY, in one transaction, so a run
 * either loads everything or nothing; a database that already holds synthetic services
 * is left alone. Options: --seed S, --batch B, --check K (validate the first K services'
 * contents like the API would; 0 to skip), --long-history V (the first service gets V
 * published versions), --dry-run (generate only, print sizes), --no-analyze.
 */

interface Options {
  services: number;
  seed: number;
  batch: number;
  check: number;
  longHistory: number;
  dryRun: boolean;
  analyze: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { services: 1000, seed: 1, batch: 1000, check: 30, longHistory: 0, dryRun: false, analyze: true };
  const numeric = (name: string, value: string | undefined) => {
    const n = Number(value);
    if (value === undefined || !Number.isInteger(n) || n < 0) throw new Error(`${name} expects a non-negative integer, got ${value}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes("=") ? arg.split("=", 2) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--services": options.services = numeric(flag, value()); break;
      case "--seed": options.seed = numeric(flag, value()); break;
      case "--batch": options.batch = Math.max(1, numeric(flag, value())); break;
      case "--check": options.check = numeric(flag, value()); break;
      case "--long-history": options.longHistory = numeric(flag, value()); break;
      case "--dry-run": options.dryRun = true; break;
      case "--no-analyze": options.analyze = false; break;
      case "--help":
      case "-h":
        console.log("usage: seed-synthetic [--services N] [--seed S] [--batch B] [--check K] [--long-history V] [--dry-run] [--no-analyze]");
        process.exit(0);
      // eslint-disable-next-line no-fallthrough
      default:
        throw new Error(`unknown option ${arg} (try --help)`);
    }
  }
  if (options.services > 9_999_999) throw new Error("--services: at most 9,999,999");
  return options;
}

const AUTHORITY_COLUMNS = ["id", "name", "short_name", "level", "oktmo", "parent_id", "four_eyes", "created_at", "updated_at"];
const SERVICE_COLUMNS = ["id", "registry_number", "name", "authority_id", "level", "kind", "created_at", "updated_at", "first_published_at"];
const VERSION_COLUMNS = [
  "id", "service_id", "number", "status", "content", "content_hash", "revision", "effective_from", "effective_to", "published_at",
  "change_note", "created_by", "created_at", "updated_at", "approving_act_id", "submitted_at", "based_on_id", "published_by", "submitted_by",
];

function serviceLines(batch: GeneratedService[]): { services: string[]; versions: string[]; bytes: number[] } {
  const services: string[] = [];
  const versions: string[] = [];
  const bytes: number[] = [];
  for (const { service: s, versions: vs } of batch) {
    services.push([s.id, v(s.registryNumber), v(s.name), s.authorityId, s.level, s.kind, s.createdAt, s.updatedAt, s.firstPublishedAt].join("\t"));
    for (const r of vs) {
      bytes.push(Buffer.byteLength(r.content, "utf8"));
      versions.push(
        [
          r.id, r.serviceId, r.number, r.status, v(r.content), r.contentHash, r.revision, v(r.effectiveFrom), v(r.effectiveTo), v(r.publishedAt),
          v(r.changeNote), v(r.createdBy), r.createdAt, r.updatedAt, v(r.approvingActId), v(r.submittedAt), v(r.basedOnId), v(r.publishedBy), v(r.submittedBy),
        ].join("\t"),
      );
    }
  }
  return { services, versions, bytes };
}

/**
 * Authorities and legal acts, committed before the services (the two loading connections
 * must both see them). Their ids are fixed by the seed, so a run that failed later finds
 * them in place and does not insert them twice; acts that the seeds already loaded are reused.
 */
async function loadReferenceData(client: Client, ref: ReferenceData): Promise<void> {
  const present = await client.query("SELECT 1 FROM authority WHERE id = $1", [ref.authorities[0].id]);
  await client.query("BEGIN");
  if (present.rowCount === 0) {
    await copyRows(
      client,
      "authority",
      AUTHORITY_COLUMNS,
      ref.authorities.map((a) => [a.id, v(a.name), v(a.shortName), a.level, v(a.oktmo), v(a.parentId), a.fourEyes, a.createdAt, a.createdAt].join("\t")),
    );
  }
  await client.query(
    `INSERT INTO legal_act (id, type, issuer, number, date, title, url)
     SELECT * FROM unnest($1::uuid[], $2::legal_act_type[], $3::varchar[], $4::varchar[], $5::date[], $6::varchar[], $7::varchar[])
     ON CONFLICT DO NOTHING`,
    [
      ref.acts.map((a) => a.id),
      ref.acts.map((a) => a.type),
      ref.acts.map((a) => a.issuer),
      ref.acts.map((a) => a.number),
      ref.acts.map((a) => a.date),
      ref.acts.map((a) => a.title),
      ref.acts.map((a) => a.url),
    ],
  );
  await client.query("COMMIT");
  const existing = await client.query<{ id: string; identity: string }>(
    `SELECT id, type || '|' || issuer || '|' || number || '|' || date::text AS identity FROM legal_act`,
  );
  const idByIdentity = new Map(existing.rows.map((r) => [r.identity, r.id]));
  let reused = 0;
  for (const act of ref.acts) {
    const id = idByIdentity.get(`${act.type}|${act.issuer}|${act.number}|${act.date}`);
    if (!id) throw new Error(`legal act ${act.number} of ${act.date} was not stored`);
    if (id !== act.id) {
      act.id = id;
      reused++;
    }
  }
  if (reused) console.log(`[synthetic] reused ${reused} legal acts already in the database`);
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

function sizeSummary(bytes: number[]): string {
  const sorted = [...bytes].sort((a, b) => a - b);
  const avg = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
  const kb = (n: number) => (n / 1024).toFixed(1);
  return `content JSON per version: avg ${kb(avg)} KB, p5 ${kb(percentile(sorted, 5))} KB, p50 ${kb(percentile(sorted, 50))} KB, p95 ${kb(percentile(sorted, 95))} KB, max ${kb(sorted[sorted.length - 1] ?? 0)} KB`;
}

async function runChecks(ref: ReferenceData, options: Options): Promise<void> {
  if (options.check === 0) return;
  // loaded only when checking: it builds the GraphQL schema
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { checkContents } = require("./synthetic/check") as typeof import("./synthetic/check");
  const ctx = createContext(ref);
  const samples: Parameters<typeof import("./synthetic/check").checkContents>[0] = [];
  for (let i = 0; i < Math.min(options.check, options.services); i++) {
    const g = generateService(ctx, options.seed, i, { keepContents: true, publishedVersions: i === 0 && options.longHistory ? options.longHistory : undefined });
    const profile = g.service.kind === "UNIFIED" ? StandardKind.UNIFIED : StandardKind.REGULAR;
    g.versions.forEach((row, k) =>
      samples.push({ content: g.contents![k], published: row.status === "PUBLISHED", profile, label: `${g.service.registryNumber} v${row.number}` }),
    );
  }
  const report = await checkContents(samples, actFacts(ref.acts, (id) => toGlobalId("LegalAct", id)));
  const warnings = [...report.warnings.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code}×${n}`).join(", ");
  console.log(`[synthetic] checked ${report.checked} contents of the first ${Math.min(options.check, options.services)} services: ${report.problems.length} problems; completeness warnings: ${warnings || "none"}`);
  if (report.problems.length) {
    for (const p of report.problems.slice(0, 30)) console.error(`  ${p}`);
    throw new Error("generated content failed the API's checks (see above)");
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const ref = buildReferenceData(options.seed);
  const publishedOf = (i: number) => (i === 0 && options.longHistory ? options.longHistory : undefined);

  if (options.dryRun) {
    await runChecks(ref, options);
    const ctx = createContext(ref);
    const bytes: number[] = [];
    let versions = 0;
    const t0 = Date.now();
    for (let i = 0; i < options.services; i++) {
      const g = generateService(ctx, options.seed, i, { publishedVersions: publishedOf(i) });
      versions += g.versions.length;
      for (const r of g.versions) bytes.push(Buffer.byteLength(r.content, "utf8"));
    }
    const s = (Date.now() - t0) / 1000;
    console.log(`[synthetic] dry run: ${options.services} services, ${versions} versions generated in ${s.toFixed(1)} s (${Math.round(options.services / s)} services/s)`);
    console.log(`[synthetic] ${sizeSummary(bytes)}`);
    return;
  }

  const db = await openForTool();
  const url = db.ownerUrl ?? db.appUrl;
  const where = url.replace(/\/\/[^@]*@/, "//");
  let applied: string[];
  try {
    applied = await migrate(url);
  } catch (error) {
    await db.stop();
    throw new Error(`cannot migrate ${where} as the owner: ${(error as Error).message}. Set DATABASE_OWNER_URL (README, "Least privilege").`);
  }
  if (applied.length) console.log(`[synthetic] applied migrations: ${applied.join(", ")}`);

  const client = new Client({ connectionString: url, application_name: "seed-synthetic" });
  await client.connect();
  const clients = [client];
  const closing: Client[] = [];
  let committed = false;
  try {
    const [{ count }] = (await client.query<{ count: number }>("SELECT count(*)::int AS count FROM service WHERE registry_number LIKE 'SYN%'")).rows;
    if (count > 0) {
      if (count === options.services) {
        console.log(`[synthetic] ${where} already holds the ${count} synthetic services (SYN…); nothing to do.`);
        return;
      }
      throw new Error(
        `${where} already holds ${count} synthetic services (SYN…), not ${options.services}; refusing to add more. ` +
          "Load into another (empty) database, or drop this one first.",
      );
    }

    await runChecks(ref, options);
    await loadReferenceData(client, ref);
    const ctx = createContext(ref);

    // Two connections, each in one transaction, so that PostgreSQL uses both cores; both
    // commit at the end (and both roll back if either fails).
    const second = new Client({ connectionString: url, application_name: "seed-synthetic" });
    await second.connect();
    clients.push(second);
    const vocabulary = new Client({ connectionString: url, application_name: "seed-synthetic" });
    await vocabulary.connect();
    closing.push(vocabulary);
    for (const c of clients) {
      await c.query("BEGIN");
      await c.query("SET LOCAL synchronous_commit TO off");
      // the owner's bulk load may insert published history (standard_version_guard, registry_bulk_load)
      await c.query("SET LOCAL registry.bulk_load TO on");
    }

    const bar = new cliProgress.SingleBar(
      {
        format: "[synthetic] {bar} {percentage}% | {value}/{total} services | {versions} versions | {speed} services/s | ETA {eta_formatted}",
        noTTYOutput: true,
        notTTYSchedule: 10_000,
        etaBuffer: 20,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(options.services, 0, { versions: 0, speed: 0 });
    const loadStarted = Date.now();
    const bytes: number[] = [];
    let versionCount = 0;
    let stored = 0;
    const inFlight: Promise<unknown>[] = clients.map(() => Promise.resolve());
    for (let from = 0, k = 0; from < options.services; from += options.batch, k++) {
      const batch: GeneratedService[] = [];
      for (let i = from; i < Math.min(options.services, from + options.batch); i++) {
        batch.push(generateService(ctx, options.seed, i, { publishedVersions: publishedOf(i) }));
        // let the sockets drain the previous batches to PostgreSQL while generating
        if (i % 25 === 24) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      const lines = serviceLines(batch);
      bytes.push(...lines.bytes);
      versionCount += lines.versions.length;
      const slot = k % clients.length;
      // the words of the batch's names go into the search vocabulary first, committed: the
      // vocabulary trigger of each loading transaction then finds them there instead of
      // waiting for the other transaction's uncommitted words (which waits for this client)
      await vocabulary.query(
        `INSERT INTO search_lexeme (lexeme)
         SELECT DISTINCT l FROM unnest($1::text[]) n CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('russian', n))) l
         ON CONFLICT DO NOTHING`,
        [batch.map((g) => g.service.name)],
      );
      await inFlight[slot];
      const c = clients[slot];
      inFlight[slot] = Promise.all([copyRows(c, "service", SERVICE_COLUMNS, lines.services), copyRows(c, "standard_version", VERSION_COLUMNS, lines.versions)]).then(() => {
        stored += batch.length;
        bar.update(stored, { versions: versionCount, speed: Math.round(stored / ((Date.now() - loadStarted) / 1000)) });
      });
      // a failed batch must stop the run at once, not at the end
      inFlight[slot].catch(() => undefined);
    }
    await Promise.all(inFlight);
    for (const c of clients) await c.query("COMMIT");
    committed = true;
    bar.stop();
    const loaded = (Date.now() - started) / 1000;

    if (options.analyze) await client.query("ANALYZE authority, legal_act, service, standard_version");
    const elapsed = (Date.now() - started) / 1000;
    const rows = ref.authorities.length + ref.acts.length + options.services + versionCount;
    const megabytes = bytes.reduce((s, x) => s + x, 0) / 1024 / 1024;
    console.log(
      `[synthetic] loaded ${options.services} services, ${versionCount} versions, ${ref.authorities.length} authorities, ${ref.acts.length} legal acts ` +
        `(${rows} rows, ${megabytes.toFixed(0)} MB of content JSON) into ${where}`,
    );
    console.log(`[synthetic] ${sizeSummary(bytes)}`);
    console.log(
      `[synthetic] elapsed ${elapsed.toFixed(1)} s (load ${loaded.toFixed(1)} s${options.analyze ? `, analyze ${(elapsed - loaded).toFixed(1)} s` : ""}): ` +
        `${Math.round(rows / loaded)} rows/s, ${Math.round(options.services / loaded)} services/s, ${(megabytes / loaded).toFixed(1)} MB/s`,
    );
  } catch (error) {
    if (!committed) for (const c of clients) await c.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    for (const c of [...clients, ...closing]) await c.end().catch(() => undefined);
    await db.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`[synthetic] failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
