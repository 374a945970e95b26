import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The change feed (issue 15): one row per event that changes what the public sees,
 * written in the transaction that makes the change. Its order is the order of commits:
 * `seq` is assigned by a deferred trigger at COMMIT under a transaction-level advisory
 * lock, so a transaction that commits later always gets a larger number, and a reader
 * that has seen seq N has seen every event numbered below N (no sequence-gap trap).
 */
export class ChangeFeed1795400000000 implements MigrationInterface {
    name = 'ChangeFeed1795400000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "change_kind" AS ENUM (
                'SERVICE_CREATED', 'SERVICE_RENAMED', 'SERVICE_MOVED',
                'VERSION_PUBLISHED', 'VERSION_SCHEDULED', 'VERSION_IN_FORCE', 'VERSION_WITHDRAWN'
            )
        `);
        await queryRunner.query(`CREATE SEQUENCE "change_event_seq" AS bigint`);
        await queryRunner.query(`
            CREATE TABLE "change_event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "seq" bigint,
                "kind" "change_kind" NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "service_id" uuid NOT NULL REFERENCES "service"("id") ON DELETE RESTRICT,
                "version_id" uuid REFERENCES "standard_version"("id") ON DELETE RESTRICT,
                "authority_id" uuid NOT NULL,
                "oktmo" varchar,
                "previous_authority_id" uuid,
                "previous_oktmo" varchar,
                "data" jsonb NOT NULL,
                CONSTRAINT "pk_change_event" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_change_event_seq" ON "change_event" ("seq")`);
        await queryRunner.query(`CREATE INDEX "idx_change_event_service" ON "change_event" ("service_id", "seq")`);
        // a scheduled version comes into force once
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_change_event_in_force" ON "change_event" ("version_id") WHERE "kind" = 'VERSION_IN_FORCE'`);
        // scheduled versions waiting for their date (the in-force event is recorded when it arrives)
        await queryRunner.query(`
            CREATE TABLE "change_event_due" (
                "version_id" uuid NOT NULL REFERENCES "standard_version"("id") ON DELETE CASCADE,
                "service_id" uuid NOT NULL,
                "effective_from" date NOT NULL,
                CONSTRAINT "pk_change_event_due" PRIMARY KEY ("version_id")
            )
        `);
        await queryRunner.query(`CREATE INDEX "idx_change_event_due_date" ON "change_event_due" ("effective_from")`);
        // SECURITY DEFINER: the app's login role only inserts and reads events; the
        // numbering (UPDATE of its own new row) runs with the owner's rights
        await queryRunner.query(`
            CREATE FUNCTION change_event_number() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
            BEGIN
                -- held until the transaction ends: commits that number events are serialised,
                -- so numbers follow the order in which the transactions become visible
                PERFORM pg_advisory_xact_lock(7340012015);
                UPDATE change_event SET seq = nextval('change_event_seq') WHERE id = NEW.id;
                RETURN NULL;
            END
            $fn$
        `);
        await queryRunner.query(`
            CREATE CONSTRAINT TRIGGER change_event_number AFTER INSERT ON "change_event"
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION change_event_number()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER change_event_number ON "change_event"`);
        await queryRunner.query(`DROP FUNCTION change_event_number()`);
        await queryRunner.query(`DROP TABLE "change_event_due"`);
        await queryRunner.query(`DROP TABLE "change_event"`);
        await queryRunner.query(`DROP SEQUENCE "change_event_seq"`);
        await queryRunner.query(`DROP TYPE "change_kind"`);
    }
}
