import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The change feed (issue 15): one row per event that changes what the public sees,
 * written in the transaction that makes the change. Its order is the order of commits:
 * `seq` is assigned by a deferred trigger at COMMIT under a transaction-level advisory
 * lock, so a transaction that commits later always gets a larger number, and a reader
 * that has seen seq N has seen every event numbered below N (no sequence-gap trap).
 */
export class ChangeFeed1796159000000 implements MigrationInterface {
    name = 'ChangeFeed1796159000000'

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
        await queryRunner.query(`REVOKE ALL ON FUNCTION change_event_number() FROM PUBLIC`);
        // the feed is history: the app appends events and reads them, never rewrites or
        // deletes one, and never takes a number (only change_event_number does)
        await queryRunner.query(`REVOKE UPDATE, DELETE ON "change_event" FROM registry_app`);
        await queryRunner.query(`REVOKE ALL ON SEQUENCE "change_event_seq" FROM registry_app`);
        // versions published before the feed existed and not yet in force: their entry into
        // force is recorded when the date arrives (in the registry's default time zone)
        await queryRunner.query(`
            INSERT INTO "change_event_due" (version_id, service_id, effective_from)
            SELECT id, service_id, effective_from FROM standard_version
             WHERE status = 'PUBLISHED' AND effective_from > (now() AT TIME ZONE 'Europe/Moscow')::date
        `);

        // a reorganisation moves a service to another body (serviceMove, ADMIN): the one change
        // of a service's authority that service_guard lets through, and only inside
        // service_move, which runs as the owner (the app may not update authority_id)
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION service_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'Услугу удалить нельзя' USING ERRCODE = 'RG003';
                END IF;
                IF NEW.id IS DISTINCT FROM OLD.id OR NEW.registry_number IS DISTINCT FROM OLD.registry_number
                        OR (NEW.authority_id IS DISTINCT FROM OLD.authority_id AND NOT (
                            coalesce(current_setting('registry.service_move', true), '') = OLD.id::text
                            AND pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')))
                        OR NEW.level IS DISTINCT FROM OLD.level
                        OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
                    RAISE EXCEPTION 'Реестровый номер, орган власти, уровень и вид услуги не изменяются' USING ERRCODE = 'RG003';
                END IF;
                IF NEW.first_published_at IS DISTINCT FROM OLD.first_published_at THEN
                    IF OLD.first_published_at IS NOT NULL OR NOT EXISTS (
                            SELECT 1 FROM standard_version WHERE service_id = NEW.id AND status = 'PUBLISHED') THEN
                        RAISE EXCEPTION 'Дата первой публикации услуги ставится один раз, при публикации её стандарта' USING ERRCODE = 'RG003';
                    END IF;
                    NEW.first_published_at := now();
                END IF;
                RETURN NEW;
            END
            $fn$
        `);
        await queryRunner.query(`
            CREATE FUNCTION service_move(p_service_id uuid, p_authority_id uuid) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
            BEGIN
                PERFORM set_config('registry.service_move', p_service_id::text, true);
                UPDATE service SET authority_id = p_authority_id, updated_at = now() WHERE id = p_service_id;
                PERFORM set_config('registry.service_move', '', true);
            END
            $fn$
        `);
        await queryRunner.query(`REVOKE ALL ON FUNCTION service_move(uuid, uuid) FROM PUBLIC`);
        await queryRunner.query(`GRANT EXECUTE ON FUNCTION service_move(uuid, uuid) TO registry_app`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP FUNCTION service_move(uuid, uuid)`);
        // service_guard as 1796157900000-version-lifecycle created it
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION service_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'Услугу удалить нельзя' USING ERRCODE = 'RG003';
                END IF;
                IF NEW.id IS DISTINCT FROM OLD.id OR NEW.registry_number IS DISTINCT FROM OLD.registry_number
                        OR NEW.authority_id IS DISTINCT FROM OLD.authority_id OR NEW.level IS DISTINCT FROM OLD.level
                        OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
                    RAISE EXCEPTION 'Реестровый номер, орган власти, уровень и вид услуги не изменяются' USING ERRCODE = 'RG003';
                END IF;
                IF NEW.first_published_at IS DISTINCT FROM OLD.first_published_at THEN
                    IF OLD.first_published_at IS NOT NULL OR NOT EXISTS (
                            SELECT 1 FROM standard_version WHERE service_id = NEW.id AND status = 'PUBLISHED') THEN
                        RAISE EXCEPTION 'Дата первой публикации услуги ставится один раз, при публикации её стандарта' USING ERRCODE = 'RG003';
                    END IF;
                    NEW.first_published_at := now();
                END IF;
                RETURN NEW;
            END
            $fn$
        `);
        await queryRunner.query(`DROP TRIGGER change_event_number ON "change_event"`);
        await queryRunner.query(`DROP FUNCTION change_event_number()`);
        await queryRunner.query(`DROP TABLE "change_event_due"`);
        await queryRunner.query(`DROP TABLE "change_event"`);
        await queryRunner.query(`DROP SEQUENCE "change_event_seq"`);
        await queryRunner.query(`DROP TYPE "change_kind"`);
    }
}
