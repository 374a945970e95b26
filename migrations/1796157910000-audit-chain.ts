import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A tamper-evident audit log: each entry carries the hash of the previous one (one chain
 * for the registry), computed by the database when the entry is inserted, so that an
 * entry changed, removed or slipped in with raw SQL breaks the chain
 * (npm run audit:verify, query auditChainVerification).
 */
export class AuditChain1796157910000 implements MigrationInterface {
    name = 'AuditChain1796157910000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD "prev_hash" character varying(64)`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD "hash" character varying(64)`);
        // the end of the chain: the last entry's number and hash (catches entries removed from the end)
        await queryRunner.query(`
            CREATE TABLE "audit_chain_head" (
                "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
                "last_seq" bigint,
                "last_hash" character varying(64)
            )
        `);
        await queryRunner.query(`INSERT INTO "audit_chain_head" ("id") VALUES (true)`);
        // What an entry's hash covers: every column but the hash itself, in a fixed order, as a
        // JSON array (jsonb's text form is canonical), time in UTC to the microsecond. A column
        // added to audit_entry later is added here by a new migration.
        await queryRunner.query(`
            CREATE FUNCTION audit_entry_hash(e audit_entry) RETURNS character varying LANGUAGE sql STABLE AS $fn$
                SELECT encode(sha256(convert_to(jsonb_build_array(
                    e.seq, e.id, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                    e.actor, e.action, e.entity_type, e.entity_id, e.service_id, e.version_id, e.authority_id,
                    e.hash_before, e.hash_after, e.changes, e.prev_hash
                )::text, 'UTF8')), 'hex')
            $fn$
        `);
        // the entries written so far, in their order
        await queryRunner.query(`ALTER TABLE "audit_entry" DISABLE TRIGGER audit_entry_append_only`);
        await queryRunner.query(`
            DO $chain$
            DECLARE
                e audit_entry;
                previous character varying(64);
                last bigint;
            BEGIN
                FOR e IN SELECT * FROM audit_entry ORDER BY seq LOOP
                    e.prev_hash := previous;
                    e.hash := audit_entry_hash(e);
                    UPDATE audit_entry SET prev_hash = e.prev_hash, hash = e.hash WHERE id = e.id;
                    previous := e.hash;
                    last := e.seq;
                END LOOP;
                UPDATE audit_chain_head SET last_seq = last, last_hash = previous;
            END
            $chain$
        `);
        await queryRunner.query(`ALTER TABLE "audit_entry" ENABLE TRIGGER audit_entry_append_only`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ALTER COLUMN "hash" SET NOT NULL`);
        // Inserting an entry takes the head's lock until commit, so entries join the chain one at a
        // time; the entry's number and time are assigned here, in chain order. SECURITY DEFINER:
        // the app's role may not touch the head itself.
        await queryRunner.query(`
            CREATE FUNCTION audit_entry_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
            DECLARE
                head audit_chain_head;
            BEGIN
                SELECT * INTO head FROM audit_chain_head FOR UPDATE;
                NEW.seq := nextval(pg_get_serial_sequence('public.audit_entry', 'seq'));
                NEW.occurred_at := now();
                NEW.prev_hash := head.last_hash;
                NEW.hash := audit_entry_hash(NEW);
                UPDATE audit_chain_head SET last_seq = NEW.seq, last_hash = NEW.hash;
                RETURN NEW;
            END
            $fn$
        `);
        await queryRunner.query(`REVOKE ALL ON FUNCTION audit_entry_chain() FROM PUBLIC`);
        await queryRunner.query(`
            CREATE TRIGGER audit_entry_chain BEFORE INSERT ON "audit_entry"
            FOR EACH ROW EXECUTE FUNCTION audit_entry_chain()
        `);
        await queryRunner.query(`
            CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON "audit_chain_head"
            FOR EACH STATEMENT EXECUTE FUNCTION reject_history_rewrite()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER audit_chain_head_no_truncate ON "audit_chain_head"`);
        await queryRunner.query(`DROP TRIGGER audit_entry_chain ON "audit_entry"`);
        await queryRunner.query(`DROP FUNCTION audit_entry_chain()`);
        await queryRunner.query(`DROP FUNCTION audit_entry_hash(audit_entry)`);
        await queryRunner.query(`DROP TABLE "audit_chain_head"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP COLUMN "hash"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP COLUMN "prev_hash"`);
    }

}
