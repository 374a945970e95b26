-- The two PostgreSQL roles of the registry (README, "Least privilege").
--
--   registry_owner  owns the database, its schema and every table, function and type; runs the
--                   migrations (DATABASE_OWNER_URL). Not a superuser.
--   registry_app    the login the API serves requests with (DATABASE_URL): connects, reads and
--                   writes rows as the migrations grant it; owns nothing, cannot TRUNCATE, create,
--                   alter or drop anything, nor create temporary objects; a member of no role.
--
-- Run it as a superuser (or a role with CREATEROLE that owns the database), connected to the
-- registry's database, after CREATE DATABASE and before the first migration; it is idempotent
-- and also moves the objects of an older installation to registry_owner. Passwords come from
-- two settings, so that they never appear in a command line or in the server log:
--
--   PGOPTIONS="-c registry.owner_password=$OWNER_PASSWORD -c registry.app_password=$APP_PASSWORD" \
--     psql "postgres://postgres@db.example/registry" -v ON_ERROR_STOP=1 -f db/roles.sql
--
-- (An empty setting leaves that role's password unchanged.) The embedded PostgreSQL of
-- `npm start` and `npm test` runs this same file with random passwords kept in .data/.
DO $roles$
DECLARE
    owner_password text := nullif(current_setting('registry.owner_password', true), '');
    app_password text := nullif(current_setting('registry.app_password', true), '');
    membership record;
    obj record;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'registry_owner') THEN
        CREATE ROLE registry_owner LOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'registry_app') THEN
        CREATE ROLE registry_app LOGIN;
    END IF;
    -- the attributes hold even for roles that existed before
    ALTER ROLE registry_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
    ALTER ROLE registry_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT;
    IF owner_password IS NOT NULL THEN
        EXECUTE format('ALTER ROLE registry_owner PASSWORD %L', owner_password);
    END IF;
    IF app_password IS NOT NULL THEN
        EXECUTE format('ALTER ROLE registry_app PASSWORD %L', app_password);
    END IF;
    -- the app is a member of no role: not of the owner, not of pg_read_server_files,
    -- pg_write_server_files, pg_execute_server_program or any other predefined role
    FOR membership IN SELECT roleid::regrole::text AS name FROM pg_auth_members WHERE member = 'registry_app'::regrole LOOP
        EXECUTE format('REVOKE %s FROM registry_app', membership.name);
    END LOOP;

    -- the database and its public schema belong to the owner; the app may only connect
    EXECUTE format('ALTER DATABASE %I OWNER TO registry_owner', current_database());
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO registry_app', current_database());
    ALTER SCHEMA public OWNER TO registry_owner;
    REVOKE ALL ON SCHEMA public FROM PUBLIC;
    GRANT USAGE ON SCHEMA public TO registry_app;

    -- an installation from before the two roles: its objects move to the owner
    FOR obj IN
        SELECT c.oid::regclass::text AS name, c.relkind FROM pg_class c
         WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
           AND c.relowner <> 'registry_owner'::regrole
           -- a sequence owned by a column moves with its table
           AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i') AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass))
    LOOP
        EXECUTE format('ALTER %s %s OWNER TO registry_owner',
            CASE obj.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
            obj.name);
    END LOOP;
    FOR obj IN SELECT p.oid::regprocedure::text AS name, p.prokind FROM pg_proc p
                WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> 'registry_owner'::regrole LOOP
        EXECUTE format('ALTER %s %s OWNER TO registry_owner', CASE obj.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, obj.name);
    END LOOP;
    FOR obj IN SELECT t.oid::regtype::text AS name, t.typtype FROM pg_type t
                WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd', 'r') AND t.typowner <> 'registry_owner'::regrole LOOP
        EXECUTE format('ALTER %s %s OWNER TO registry_owner', CASE obj.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, obj.name);
    END LOOP;
END
$roles$;
