import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Least privilege (README): the app's role registry_app (db/roles.sql) gets row privileges
 * only, and only those the API needs. The convention for every later migration:
 *
 * - a new table gets SELECT, INSERT, UPDATE, DELETE for registry_app by the default
 *   privileges set here (never TRUNCATE, REFERENCES or TRIGGER; the app owns nothing);
 * - a table the app must not write (derived rows, history, secrets) REVOKEs what it must
 *   not do in the migration that creates it, and test/db/least-privilege.test.ts lists it;
 * - a privileged action the app needs is a SECURITY DEFINER function owned by the owner,
 *   with `SET search_path = public, pg_temp`, EXECUTE revoked from PUBLIC and granted to
 *   registry_app.
 */
export class LeastPrivilege1796157920000 implements MigrationInterface {
    name = 'LeastPrivilege1796157920000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DO $check$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'registry_app') THEN
                    RAISE EXCEPTION 'Роль registry_app не найдена: создайте роли скриптом db/roles.sql (README, «Least privilege»)';
                END IF;
            END
            $check$
        `);
        await queryRunner.query(`GRANT USAGE ON SCHEMA public TO registry_app`);
        await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO registry_app`);
        await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO registry_app`);
        // tables and sequences created by later migrations (run as the owner)
        await queryRunner.query(`ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO registry_app`);
        await queryRunner.query(`ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO registry_app`);

        // what the app must not write
        await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE ON "typeorm_migrations" FROM registry_app`);
        // derived: written by catalog_entry_sync (below) in the transaction that changes a version
        await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE ON "catalog_entry" FROM registry_app`);
        // history: appended, never changed; the chain's head is the trigger's alone
        await queryRunner.query(`REVOKE UPDATE, DELETE ON "audit_entry" FROM registry_app`);
        await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE ON "audit_chain_head" FROM registry_app`);
        await queryRunner.query(`REVOKE DELETE ON "standard_version" FROM registry_app`);
        // a service's identity never changes; its name, update time and first publication do
        await queryRunner.query(`REVOKE UPDATE, DELETE ON "service" FROM registry_app`);
        await queryRunner.query(`GRANT UPDATE ("name", "updated_at", "first_published_at") ON "service" TO registry_app`);
        // users are deactivated, not deleted
        await queryRunner.query(`REVOKE DELETE ON "app_user" FROM registry_app`);
        // tokens are issued by issue_api_token (below): nobody chooses a token's hash
        await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE ON "api_token" FROM registry_app`);
        await queryRunner.query(`GRANT UPDATE ("last_used_at", "revoked_at") ON "api_token" TO registry_app`);

        // the catalogue's trigger writes rows the app's role may not
        await queryRunner.query(`ALTER FUNCTION catalog_entry_sync() SECURITY DEFINER SET search_path = public, pg_temp`);
        await queryRunner.query(`REVOKE ALL ON FUNCTION catalog_entry_sync() FROM PUBLIC`);

        // a new token: 366 random bits from the server's strong random source (three version-4
        // UUIDs), shown once; only its SHA-256 is stored
        await queryRunner.query(`
            CREATE FUNCTION issue_api_token(p_user_id uuid, p_name character varying, p_expires_at timestamp with time zone)
            RETURNS TABLE (token_id uuid, token text)
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
            DECLARE
                secret text;
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM app_user WHERE id = p_user_id AND active) THEN
                    RAISE EXCEPTION 'Пользователь не найден или деактивирован' USING ERRCODE = 'RG004';
                END IF;
                IF p_expires_at IS NOT NULL AND p_expires_at <= now() THEN
                    RAISE EXCEPTION 'Срок действия токена должен быть в будущем' USING ERRCODE = 'RG004';
                END IF;
                secret := 'rsr_' || rtrim(translate(encode(decode(
                    replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'), 'base64'),
                    E'+/\\n', '-_'), '=');
                RETURN QUERY
                    INSERT INTO api_token (user_id, name, token_hash, prefix, expires_at)
                    VALUES (p_user_id, p_name, encode(sha256(convert_to(secret, 'UTF8')), 'hex'), left(secret, 10), p_expires_at)
                    RETURNING api_token.id, secret;
            END
            $fn$
        `);
        await queryRunner.query(`REVOKE ALL ON FUNCTION issue_api_token(uuid, character varying, timestamp with time zone) FROM PUBLIC`);
        await queryRunner.query(`GRANT EXECUTE ON FUNCTION issue_api_token(uuid, character varying, timestamp with time zone) TO registry_app`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP FUNCTION issue_api_token(uuid, character varying, timestamp with time zone)`);
        await queryRunner.query(`ALTER FUNCTION catalog_entry_sync() SECURITY INVOKER RESET search_path`);
        await queryRunner.query(`GRANT EXECUTE ON FUNCTION catalog_entry_sync() TO PUBLIC`);
        await queryRunner.query(`ALTER DEFAULT PRIVILEGES REVOKE USAGE, SELECT ON SEQUENCES FROM registry_app`);
        await queryRunner.query(`ALTER DEFAULT PRIVILEGES REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM registry_app`);
        await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM registry_app`);
        await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM registry_app`);
        await queryRunner.query(`REVOKE ALL ON SCHEMA public FROM registry_app`);
    }

}
