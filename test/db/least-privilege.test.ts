import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { Client } from "pg";
import { connect, startHarness, unique, type Harness } from "../support/harness";
import { isoDate, publishedService } from "../support/standards";
import { APP_ROLE, OWNER_ROLE } from "../../src/db/roles";
import { credentialsFile } from "../../src/db/credentials";

/**
 * Least privilege (issue 10 §1): connected as the app's role, exactly as the API is, every
 * attack of the red-team report is refused by PostgreSQL itself.
 */
let h: Harness;
let app: Client;
let versionUuid: string;
beforeAll(async () => {
  h = await startHarness();
  app = await connect();
  const { versionId } = await publishedService(h, { effectiveFrom: isoDate(0) });
  versionUuid = Buffer.from(versionId, "base64url").toString().split(":")[1];
});
afterAll(async () => {
  await app.end();
  await h.close();
});

/** Runs one statement as the app's role in a transaction that is always rolled back. */
async function attempt(sql: string, params: unknown[] = []): Promise<string> {
  await app.query("BEGIN");
  try {
    await app.query(sql, params);
    return "accepted";
  } catch (error) {
    return (error as Error).message;
  } finally {
    await app.query("ROLLBACK");
  }
}

describe("the app's role", () => {
  it("is who the API connects as: no superuser, owns nothing, a member of no role", async () => {
    const [row] = (
      await app.query(
        `SELECT current_user AS login, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolreplication, r.rolbypassrls,
                (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owns,
                (SELECT count(*)::int FROM pg_proc p WHERE p.proowner = r.oid) AS functions,
                ARRAY(SELECT m.roleid::regrole::text FROM pg_auth_members m WHERE m.member = r.oid) AS member_of
           FROM pg_roles r WHERE r.rolname = current_user`,
      )
    ).rows;
    expect(row).toEqual({
      login: APP_ROLE,
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolreplication: false,
      rolbypassrls: false,
      owns: 0,
      functions: 0,
      member_of: [],
    });
    const [{ current_user: apiLogin }] = await h.ds.query("SELECT current_user");
    expect(apiLogin).toBe(APP_ROLE);
  });

  it.each([
    ["disable the version guard", "ALTER TABLE standard_version DISABLE TRIGGER standard_version_guard", /must be owner/],
    ["disable every trigger", "ALTER TABLE audit_entry DISABLE TRIGGER ALL", /must be owner/],
    ["drop the version guard", "DROP TRIGGER standard_version_guard ON standard_version", /must be owner/],
    ["drop the audit log's trigger", "DROP TRIGGER audit_entry_append_only ON audit_entry", /must be owner/],
    ["replace the guard function", "CREATE OR REPLACE FUNCTION standard_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$", /must be owner|permission denied/],
    ["create a function of its own", "CREATE FUNCTION public.sneak() RETURNS int LANGUAGE sql AS 'SELECT 1'", /permission denied for schema public/],
    ["create a table", "CREATE TABLE public.sneak (x int)", /permission denied for schema public/],
    ["create a temporary table (to shadow names)", "CREATE TEMP TABLE service (x int)", /permission denied to create temporary tables/],
    ["switch triggers off for the session", "SET session_replication_role = replica", /permission denied to set parameter/],
    ["become the owner", `SET ROLE ${OWNER_ROLE}`, /permission denied to set role/],
    ["read a server file", "SELECT pg_read_file('/etc/passwd')", /permission denied for function pg_read_file/],
    ["read a server file as binary", "SELECT pg_read_binary_file('postgresql.conf')", /permission denied for function pg_read_binary_file/],
    ["list the data directory", "SELECT pg_ls_dir('.')", /permission denied for function pg_ls_dir/],
    ["import a file as a large object", "SELECT lo_import('/etc/passwd')", /permission denied for function lo_import|must be superuser/],
    ["run a shell command", "COPY audit_entry (action) FROM PROGRAM 'id'", /permission denied|must be superuser|pg_execute_server_program/],
    ["write a server file", "COPY (SELECT 1) TO '/tmp/registry-sneak'", /permission denied|must be superuser|pg_write_server_files/],
    ["truncate the versions", "TRUNCATE standard_version CASCADE", /permission denied for table standard_version/],
    ["truncate the audit log", "TRUNCATE audit_entry", /permission denied for table audit_entry/],
    ["delete audit entries", "DELETE FROM audit_entry", /permission denied for table audit_entry/],
    ["rewrite an audit entry", "UPDATE audit_entry SET actor = 'someone'", /permission denied for table audit_entry/],
    ["move the audit chain's end", "UPDATE audit_chain_head SET last_hash = NULL", /permission denied for table audit_chain_head/],
    ["delete a version", "DELETE FROM standard_version", /permission denied for table standard_version/],
    ["move a service to another authority", "UPDATE service SET authority_id = authority_id", /permission denied for table service/],
    ["change a registry number", "UPDATE service SET registry_number = 'X'", /permission denied for table service/],
    ["write catalogue rows", "DELETE FROM catalog_entry", /permission denied for table catalog_entry/],
    ["write per-variant catalogue rows", "DELETE FROM catalog_variant", /permission denied for table catalog_variant/],
    ["mark migrations as applied", "DELETE FROM typeorm_migrations", /permission denied for table typeorm_migrations/],
    ["delete a user", "DELETE FROM app_user", /permission denied for table app_user/],
    ["change a token's hash", "UPDATE api_token SET token_hash = 'x'", /permission denied for table api_token/],
    ["rewrite a change event", "UPDATE change_event SET data = '{}'", /permission denied for table change_event/],
    ["delete change events", "DELETE FROM change_event", /permission denied for table change_event/],
    ["take a number of the change feed", "SELECT nextval('change_event_seq')", /permission denied for sequence change_event_seq/],
    ["rewrite a stored content rendering", "UPDATE content_rendering SET body = '{}'", /permission denied for table content_rendering/],
    ["delete stored content renderings", "DELETE FROM content_rendering", /permission denied for table content_rendering/],
    ["rewrite a webhook attempt", "UPDATE webhook_attempt SET http_status = 200", /permission denied for table webhook_attempt/],
    ["create a job queue (DDL in pgboss)", `SELECT pgboss.create_queue('sneak', '{"policy":"standard"}'::json)`, /permission denied for function create_queue/],
    ["drop a job queue", "SELECT pgboss.delete_queue('webhook-delivery')", /permission denied for function delete_queue/],
    ["create a table in the job queue's schema", "CREATE TABLE pgboss.sneak (x int)", /permission denied for schema pgboss/],
    ["change the job queue's definitions", "DELETE FROM pgboss.queue", /permission denied for table queue/],
  ])("may not %s", async (_what, sql, refusal) => {
    expect(await attempt(sql)).toMatch(refusal);
  });

  it("may not insert an API token with a hash of its choosing; tokens come only from issue_api_token", async () => {
    const login = unique("lp-");
    await h.gql(`mutation($login: String!) { userCreate(input: { login: $login, name: "Проверка" }) { user { id } } }`, { login });
    const [user] = await h.ds.query("SELECT id FROM app_user WHERE login = $1", [login]);
    const chosen = createHash("sha256").update("rsr_chosen-by-the-attacker").digest("hex");
    expect(await attempt("INSERT INTO api_token (user_id, name, token_hash, prefix) VALUES ($1, 'x', $2, 'rsr_chosen')", [user.id, chosen])).toMatch(
      /permission denied for table api_token/,
    );
    // the function makes the secret itself; the caller only learns it
    await app.query("BEGIN");
    try {
      const { rows: [issued] } = await app.query("SELECT token_id, token FROM issue_api_token($1, 'probe', now() + interval '1 day')", [user.id]);
      expect(issued.token).toMatch(/^rsr_[A-Za-z0-9_-]{64}$/);
      const { rows: [stored] } = await app.query("SELECT token_hash FROM api_token WHERE id = $1", [issued.token_id]);
      expect(stored.token_hash).toBe(createHash("sha256").update(issued.token).digest("hex"));
    } finally {
      await app.query("ROLLBACK");
    }
  });

  it("still does its own work: reads, writes a draft, appends to the audit log (the API's whole suite runs as this role)", async () => {
    expect(await attempt("UPDATE standard_version SET updated_at = updated_at WHERE id = $1", [versionUuid])).toBe("accepted");
    expect(await attempt("SELECT count(*) FROM catalog_entry")).toBe("accepted");
    expect(
      await attempt("INSERT INTO audit_entry (action, entity_type, entity_id, changes) VALUES ('probe', 'Service', gen_random_uuid(), '{}')"),
    ).toBe("accepted");
  });
});

describe("privileges by table (the convention for new tables: README, «Least privilege»)", () => {
  /** Tables the app must not write freely; every other table gets exactly SELECT, INSERT, UPDATE, DELETE by default privileges. */
  const RESTRICTED: Record<string, string[]> = {
    typeorm_migrations: ["SELECT"],
    catalog_entry: ["SELECT"],
    catalog_variant: ["SELECT"],
    audit_entry: ["INSERT", "SELECT"],
    audit_chain_head: ["SELECT"],
    standard_version: ["INSERT", "SELECT", "UPDATE"],
    service: ["INSERT", "SELECT"],
    app_user: ["INSERT", "SELECT", "UPDATE"],
    api_token: ["SELECT"],
    search_synonym: ["SELECT"],
    search_lexeme: ["INSERT", "SELECT"],
    change_event: ["INSERT", "SELECT"],
    webhook_attempt: ["INSERT", "SELECT"],
    content_rendering: ["INSERT", "SELECT"],
  };
  const COLUMNS: Record<string, string[]> = { service: ["first_published_at", "name", "updated_at"], api_token: ["last_used_at", "revoked_at"] };

  it("every table: owned by the owner; the app holds exactly its privileges, never TRUNCATE, REFERENCES or TRIGGER", async () => {
    const rows: { table: string; owner: string; privileges: string[] }[] = (
      await app.query(
        `SELECT c.relname AS table, c.relowner::regrole::text AS owner,
                ARRAY(SELECT p FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) p
                       WHERE has_table_privilege($1, c.oid, p) ORDER BY p) AS privileges
           FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY 1`,
        [APP_ROLE],
      )
    ).rows;
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect({ table: row.table, owner: row.owner }).toEqual({ table: row.table, owner: OWNER_ROLE });
      expect({ table: row.table, privileges: row.privileges }).toEqual({ table: row.table, privileges: RESTRICTED[row.table] ?? ["DELETE", "INSERT", "SELECT", "UPDATE"] });
    }
    for (const [table, columns] of Object.entries(COLUMNS)) {
      const { rows: updatable } = await app.query(
        `SELECT attname FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND has_column_privilege($2, attrelid, attnum, 'UPDATE') ORDER BY 1`,
        [table, APP_ROLE],
      );
      expect(updatable.map((r) => r.attname)).toEqual(columns);
    }
  });

  it("the job queue's schema (pgboss): installed by the owner; the app uses it, creates nothing there, and writes only jobs, archive, schedules and pg-boss's clock", async () => {
    const { rows: [schema] } = await app.query(
      `SELECT nspowner::regrole::text AS owner, has_schema_privilege($1, oid, 'USAGE') AS usage, has_schema_privilege($1, oid, 'CREATE') AS create
         FROM pg_namespace WHERE nspname = 'pgboss'`,
      [APP_ROLE],
    );
    expect(schema).toEqual({ owner: OWNER_ROLE, usage: true, create: false });
    const { rows } = await app.query(
      `SELECT c.relname AS table, c.relowner::regrole::text AS owner,
              ARRAY(SELECT p FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) p
                     WHERE has_table_privilege($1, c.oid, p) ORDER BY p) AS privileges
         FROM pg_class c WHERE c.relnamespace = 'pgboss'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
      [APP_ROLE],
    );
    const dml = ["DELETE", "INSERT", "SELECT", "UPDATE"];
    expect(rows).toEqual([
      { table: "archive", owner: OWNER_ROLE, privileges: dml },
      { table: "job", owner: OWNER_ROLE, privileges: dml },
      { table: "queue", owner: OWNER_ROLE, privileges: ["SELECT"] },
      { table: "schedule", owner: OWNER_ROLE, privileges: dml },
      { table: "subscription", owner: OWNER_ROLE, privileges: ["SELECT"] },
      { table: "version", owner: OWNER_ROLE, privileges: ["SELECT", "UPDATE"] },
    ]);
    // every queue pg-boss uses exists already (the migration made their partitions)
    const { rows: queues } = await app.query(`SELECT name FROM pgboss.queue ORDER BY name`);
    expect(queues.map((q) => q.name)).toEqual(["__pgboss__send-it", "sync-maintenance", "webhook-delivery"]);
  });

  it("every SECURITY DEFINER function has a fixed search_path and cannot be called by PUBLIC", async () => {
    const { rows } = await app.query(
      `SELECT p.proname AS name, p.proconfig AS config, has_function_privilege('public', p.oid, 'EXECUTE') AS public
         FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef ORDER BY 1`,
    );
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(["audit_entry_chain", "catalog_entry_sync", "catalog_variant_sync", "change_event_number", "issue_api_token", "service_move"]));
    for (const row of rows) expect(row).toEqual({ name: row.name, config: ["search_path=public, pg_temp"], public: false });
  });
});

const embedded = process.env.TEST_PG_SUPERUSER_URL ? describe : describe.skip;
embedded("the embedded server", () => {
  const dataDir = path.resolve(__dirname, "..", "..", ".data", `pg-test-${Number(process.env.TEST_PG_PORT ?? 54331)}`);

  it("keeps its random passwords in .data/ (mode 0600); the old postgres/postgres login is refused", async () => {
    const file = credentialsFile(dataDir);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const credentials = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(new Set([credentials.superuser.password, credentials.owner.password, credentials.app.password]).size).toBe(3);
    expect(credentials.app.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const legacy = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${process.env.TEST_PG_PORT ?? 54331}/postgres` });
    await expect(legacy.connect()).rejects.toThrow(/password authentication failed/);
  });

  it("authenticates with SCRAM and listens on the loopback interface only, without a Unix socket", async () => {
    const su = await connect(process.env.TEST_PG_SUPERUSER_URL);
    try {
      const settings = (await su.query(`SELECT name, setting FROM pg_settings WHERE name IN ('listen_addresses', 'unix_socket_directories', 'password_encryption') ORDER BY name`)).rows;
      expect(settings).toEqual([
        { name: "listen_addresses", setting: "127.0.0.1" },
        { name: "password_encryption", setting: "scram-sha-256" },
        { name: "unix_socket_directories", setting: "" },
      ]);
      const hba = (await su.query("SELECT type, address, auth_method FROM pg_hba_file_rules ORDER BY line_number")).rows;
      expect(hba).toEqual([
        { type: "host", address: "127.0.0.1", auth_method: "scram-sha-256" },
        { type: "host", address: "::1", auth_method: "scram-sha-256" },
      ]);
      const stored = (await su.query("SELECT rolname, rolpassword LIKE 'SCRAM-SHA-256$%' AS scram FROM pg_authid WHERE rolname IN ('postgres', $1, $2) ORDER BY 1", [OWNER_ROLE, APP_ROLE])).rows;
      expect(stored).toEqual([
        { rolname: "postgres", scram: true },
        { rolname: APP_ROLE, scram: true },
        { rolname: OWNER_ROLE, scram: true },
      ]);
    } finally {
      await su.end();
    }
  });
});
