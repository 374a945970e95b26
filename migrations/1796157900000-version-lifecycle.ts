import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * History that cannot be forged (README, "Statuses" and "Least privilege"):
 * - the stored status is the lifecycle only (DRAFT, IN_REVIEW, PUBLISHED, WITHDRAWN): a
 *   published version stays PUBLISHED when a successor is published, and its end of force
 *   is its effective_to; whether it is in force, scheduled or superseded is relative to
 *   today and computed (StandardVersion.state). Existing SUPERSEDED versions become PUBLISHED.
 * - standard_version_guard, one definition of every rule of a version's life: new versions
 *   are inserted only as drafts; publication within sane effective dates, stamped by the
 *   database; a withdrawal ends force at the moment of withdrawal, never in the past; a
 *   version's force ends only when its successor comes into force (checked at commit).
 * - a service's identity (registry number, authority, level, kind) never changes, and the
 *   derived catalogue rows are written only by their trigger.
 * - registry numbers are unique within an authority and among published services, so that
 *   creating a service never reveals an unpublished service of another authority.
 */
export class VersionLifecycle1796157900000 implements MigrationInterface {
    name = 'VersionLifecycle1796157900000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // 1. the stored lifecycle no longer has SUPERSEDED
        for (const index of [
            "uq_standard_version_published",
            "uq_standard_version_open_draft",
            "idx_catalog_entry_search_published",
            "idx_catalog_entry_channels_published",
            "idx_catalog_entry_applicants_published",
            "idx_catalog_entry_ended",
        ]) {
            await queryRunner.query(`DROP INDEX "public"."${index}"`);
        }
        // a trigger naming the column (UPDATE OF status) would block its change of type
        await queryRunner.query(`DROP TRIGGER catalog_entry_sync ON "standard_version"`);
        await queryRunner.query(`ALTER TYPE "public"."standard_version_status" RENAME TO "standard_version_status_old"`);
        await queryRunner.query(`CREATE TYPE "public"."standard_version_status" AS ENUM('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'WITHDRAWN')`);
        const lifecycle = `USING (CASE WHEN "status"::text = 'SUPERSEDED' THEN 'PUBLISHED' ELSE "status"::text END)::"public"."standard_version_status"`;
        await queryRunner.query(`ALTER TABLE "standard_version" ALTER COLUMN "status" DROP DEFAULT`);
        await queryRunner.query(`ALTER TABLE "standard_version" ALTER COLUMN "status" TYPE "public"."standard_version_status" ${lifecycle}`);
        await queryRunner.query(`ALTER TABLE "standard_version" ALTER COLUMN "status" SET DEFAULT 'DRAFT'`);
        await queryRunner.query(`ALTER TABLE "catalog_entry" ALTER COLUMN "status" TYPE "public"."standard_version_status" ${lifecycle}`);
        await queryRunner.query(`DROP TYPE "public"."standard_version_status_old"`);
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION catalog_entry_sync() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                IF NEW.status IN ('PUBLISHED', 'WITHDRAWN') AND NEW.effective_from IS NOT NULL THEN
                    -- a composite function in FROM runs once ((f()).* would run it once per column)
                    INSERT INTO catalog_entry SELECT * FROM catalog_entry_of(NEW)
                    ON CONFLICT (version_id) DO UPDATE SET status = EXCLUDED.status, effective_to = EXCLUDED.effective_to;
                ELSIF TG_OP = 'UPDATE' THEN
                    DELETE FROM catalog_entry WHERE version_id = NEW.id;
                END IF;
                RETURN NULL;
            END
            $fn$
        `);
        await queryRunner.query(`
            CREATE TRIGGER catalog_entry_sync AFTER INSERT OR UPDATE OF status, effective_from, effective_to ON "standard_version"
            FOR EACH ROW EXECUTE FUNCTION catalog_entry_sync()
        `);
        // one open-ended published version per service (its predecessors have an end date)
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_standard_version_published" ON "standard_version" ("service_id")
            WHERE "status" = 'PUBLISHED' AND "effective_to" IS NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_standard_version_open_draft" ON "standard_version" ("service_id")
            WHERE "status" IN ('DRAFT', 'IN_REVIEW')
        `);
        // today's catalogue reads the open-ended rows; versions whose force ends (a scheduled
        // successor, a withdrawal) and past dates are found through their end date
        await queryRunner.query(`CREATE INDEX "idx_catalog_entry_search_published" ON "catalog_entry" USING GIN ("search_vector") WHERE "effective_to" IS NULL`);
        await queryRunner.query(`CREATE INDEX "idx_catalog_entry_channels_published" ON "catalog_entry" USING GIN ("channels") WHERE "effective_to" IS NULL`);
        await queryRunner.query(`CREATE INDEX "idx_catalog_entry_applicants_published" ON "catalog_entry" USING GIN ("applicant_forms") WHERE "effective_to" IS NULL`);
        await queryRunner.query(`CREATE INDEX "idx_catalog_entry_ended" ON "catalog_entry" ("effective_to") WHERE "effective_to" IS NOT NULL`);

        // 2. bulk loads by the owner (synthetic data) may insert history, when they say so
        await queryRunner.query(`
            CREATE FUNCTION registry_bulk_load(relation regclass) RETURNS boolean LANGUAGE sql STABLE AS $fn$
                SELECT coalesce(current_setting('registry.bulk_load', true), '') = 'on'
                   AND pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = relation), 'MEMBER')
            $fn$
        `);

        // 3. the rules of a version's life, in one function: BEFORE each row change, and at
        // commit (AFTER, deferred) for what spans several rows of one transaction
        await queryRunner.query(`DROP TRIGGER standard_version_guard ON "standard_version"`);
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION standard_version_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
            DECLARE
                frozen_old jsonb;
                frozen_new jsonb;
                current_row standard_version;
                -- the application takes "today" in the registry's time zone; the database accepts a
                -- date that is today somewhere on Earth (UTC-12 to UTC+14), and never an earlier one
                earliest_today date := (now() AT TIME ZONE 'Etc/GMT+12')::date;
                latest_today date := (now() AT TIME ZONE 'Etc/GMT-14')::date;
            BEGIN
                IF TG_WHEN = 'AFTER' THEN
                    -- at commit: a published version's force ends only when its successor comes into force
                    SELECT * INTO current_row FROM standard_version WHERE id = NEW.id;
                    IF current_row.status = 'PUBLISHED' AND current_row.effective_to IS NOT NULL AND NOT EXISTS (
                            SELECT 1 FROM standard_version s
                             WHERE s.service_id = current_row.service_id AND s.status = 'PUBLISHED'
                               AND s.number > current_row.number AND s.effective_from = current_row.effective_to) THEN
                        RAISE EXCEPTION 'Действие опубликованной версии № % прекращается только вступлением в силу следующей версии', current_row.number
                            USING ERRCODE = 'RG001';
                    END IF;
                    RETURN NULL;
                END IF;

                IF TG_OP = 'INSERT' THEN
                    -- history is never inserted: every version starts as a draft
                    IF (NEW.status <> 'DRAFT' OR NEW.effective_to IS NOT NULL OR NEW.published_at IS NOT NULL OR NEW.published_by IS NOT NULL
                            OR NEW.withdrawn_at IS NOT NULL OR NEW.withdrawal_reason IS NOT NULL
                            OR NEW.submitted_at IS NOT NULL OR NEW.submitted_by IS NOT NULL)
                            AND NOT registry_bulk_load(TG_RELID) THEN
                        RAISE EXCEPTION 'Новая версия стандарта создаётся только как черновик' USING ERRCODE = 'RG001';
                    END IF;
                    RETURN NEW;
                END IF;

                IF TG_OP = 'DELETE' THEN
                    IF OLD.status <> 'DRAFT' THEN
                        RAISE EXCEPTION 'Версию стандарта в статусе % удалить нельзя', OLD.status USING ERRCODE = 'RG001';
                    END IF;
                    RETURN OLD;
                END IF;

                IF NEW.id IS DISTINCT FROM OLD.id OR NEW.service_id IS DISTINCT FROM OLD.service_id
                        OR NEW.number IS DISTINCT FROM OLD.number OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
                    RAISE EXCEPTION 'Услугу и номер версии изменить нельзя' USING ERRCODE = 'RG001';
                END IF;

                IF OLD.status IN ('DRAFT', 'IN_REVIEW') THEN
                    IF NOT (NEW.status IN ('DRAFT', 'IN_REVIEW') OR (OLD.status = 'IN_REVIEW' AND NEW.status = 'PUBLISHED')) THEN
                        RAISE EXCEPTION 'Недопустимый переход статуса % -> %', OLD.status, NEW.status USING ERRCODE = 'RG001';
                    END IF;
                    IF OLD.status = 'IN_REVIEW'
                            AND (NEW.content IS DISTINCT FROM OLD.content OR NEW.content_hash IS DISTINCT FROM OLD.content_hash) THEN
                        RAISE EXCEPTION 'Содержание версии на согласовании изменить нельзя' USING ERRCODE = 'RG001';
                    END IF;
                    IF NEW.status = 'PUBLISHED' THEN
                        -- 27.07.2010: Federal Law No. 210-FZ, before which no standard of provision existed;
                        -- at most five years ahead, so that no far date blocks every later version
                        IF NEW.effective_from IS NULL OR NEW.effective_from < DATE '2010-07-27'
                                OR NEW.effective_from > latest_today + interval '5 years' THEN
                            RAISE EXCEPTION 'Дата вступления в силу % вне допустимых пределов (с 27.07.2010 и не более чем на 5 лет вперёд)', NEW.effective_from
                                USING ERRCODE = 'RG001';
                        END IF;
                        IF NEW.effective_to IS NOT NULL OR NEW.withdrawn_at IS NOT NULL OR NEW.withdrawal_reason IS NOT NULL THEN
                            RAISE EXCEPTION 'Публикуемая версия действует без даты окончания и не отозвана' USING ERRCODE = 'RG001';
                        END IF;
                        IF EXISTS (SELECT 1 FROM standard_version p
                                    WHERE p.service_id = NEW.service_id AND p.id <> NEW.id AND p.status = 'PUBLISHED'
                                      AND p.effective_from > NEW.effective_from) THEN
                            RAISE EXCEPTION 'Дата вступления в силу не может быть раньше даты вступления в силу предыдущей версии' USING ERRCODE = 'RG001';
                        END IF;
                        NEW.published_at := now();
                        RETURN NEW;
                    END IF;
                    IF NEW.effective_to IS NOT NULL OR NEW.published_at IS NOT NULL OR NEW.published_by IS NOT NULL
                            OR NEW.withdrawn_at IS NOT NULL OR NEW.withdrawal_reason IS NOT NULL THEN
                        RAISE EXCEPTION 'Черновик не может содержать сведений о публикации или отзыве' USING ERRCODE = 'RG001';
                    END IF;
                    RETURN NEW;
                END IF;

                -- PUBLISHED, WITHDRAWN: everything but the end of force and the withdrawal is frozen
                frozen_old := to_jsonb(OLD) - 'status' - 'effective_to' - 'withdrawal_reason' - 'withdrawn_at' - 'updated_at';
                frozen_new := to_jsonb(NEW) - 'status' - 'effective_to' - 'withdrawal_reason' - 'withdrawn_at' - 'updated_at';
                IF frozen_new IS DISTINCT FROM frozen_old THEN
                    RAISE EXCEPTION 'Опубликованная версия стандарта неизменяема' USING ERRCODE = 'RG001';
                END IF;
                IF NEW.status = OLD.status AND NEW.effective_to IS NOT DISTINCT FROM OLD.effective_to
                        AND NEW.withdrawal_reason IS NOT DISTINCT FROM OLD.withdrawal_reason
                        AND NEW.withdrawn_at IS NOT DISTINCT FROM OLD.withdrawn_at THEN
                    RETURN NEW;
                END IF;
                IF OLD.status = 'PUBLISHED' AND NEW.status = 'PUBLISHED'
                        AND NEW.withdrawal_reason IS NOT DISTINCT FROM OLD.withdrawal_reason
                        AND NEW.withdrawn_at IS NOT DISTINCT FROM OLD.withdrawn_at THEN
                    -- superseded: in force until its successor's effective date (the successor is checked at commit)
                    IF OLD.effective_to IS NULL AND NEW.effective_to >= OLD.effective_from THEN
                        RETURN NEW;
                    END IF;
                    -- reinstated: its scheduled successor was withdrawn before taking effect
                    IF OLD.effective_to IS NOT NULL AND NEW.effective_to IS NULL AND OLD.effective_to > earliest_today THEN
                        RETURN NEW;
                    END IF;
                    RAISE EXCEPTION 'Окончание действия опубликованной версии переносится только при замене новой версией или при отзыве её преемника до вступления в силу'
                        USING ERRCODE = 'RG001';
                END IF;
                IF OLD.status = 'PUBLISHED' AND NEW.status = 'WITHDRAWN' THEN
                    IF OLD.effective_to IS NOT NULL THEN
                        RAISE EXCEPTION 'Отозвать можно только последнюю опубликованную версию' USING ERRCODE = 'RG001';
                    END IF;
                    IF coalesce(btrim(NEW.withdrawal_reason), '') = '' THEN
                        RAISE EXCEPTION 'Укажите причину отзыва' USING ERRCODE = 'RG001';
                    END IF;
                    -- from today (or, before its effective date, from that date: it never comes into force)
                    IF NEW.effective_to IS NULL OR NEW.effective_to < OLD.effective_from OR NEW.effective_to < earliest_today
                            OR (NEW.effective_to > latest_today AND NEW.effective_to <> OLD.effective_from) THEN
                        RAISE EXCEPTION 'Отзыв прекращает действие версии с момента отзыва, а не задним или будущим числом (%)', NEW.effective_to
                            USING ERRCODE = 'RG001';
                    END IF;
                    NEW.withdrawn_at := now();
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'Недопустимое изменение опубликованной версии (% -> %)', OLD.status, NEW.status USING ERRCODE = 'RG001';
            END
            $fn$
        `);
        await queryRunner.query(`
            CREATE TRIGGER standard_version_guard BEFORE INSERT OR UPDATE OR DELETE ON "standard_version"
            FOR EACH ROW EXECUTE FUNCTION standard_version_guard()
        `);
        await queryRunner.query(`
            CREATE CONSTRAINT TRIGGER standard_version_succession AFTER UPDATE OF "effective_to" ON "standard_version"
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION standard_version_guard()
        `);

        // 4. a service's identity; registry numbers unique within an authority and among published services
        await queryRunner.query(`ALTER TABLE "service" ADD "first_published_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`
            UPDATE "service" s SET "first_published_at" = coalesce(p.first, s.created_at)
              FROM (SELECT service_id, min(published_at) AS first FROM standard_version
                     WHERE status IN ('PUBLISHED', 'WITHDRAWN') GROUP BY service_id) p
             WHERE p.service_id = s.id
        `);
        await queryRunner.query(`DROP INDEX "public"."uq_service_registry_number"`);
        await queryRunner.query(`CREATE INDEX "idx_service_registry_number" ON "service" ("registry_number")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_service_authority_registry_number" ON "service" ("authority_id", "registry_number")`);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_service_registry_number_published" ON "service" ("registry_number")
            WHERE "first_published_at" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE FUNCTION service_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
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
        await queryRunner.query(`
            CREATE TRIGGER service_guard BEFORE UPDATE OR DELETE ON "service"
            FOR EACH ROW EXECUTE FUNCTION service_guard()
        `);

        // 5. the catalogue rows are derived: written by catalog_entry_sync only
        await queryRunner.query(`
            CREATE FUNCTION catalog_entry_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                -- depth 1 is this trigger on a statement against the table itself
                IF pg_trigger_depth() < 2 AND NOT registry_bulk_load(TG_RELID) THEN
                    RAISE EXCEPTION 'Строки каталога выводятся из опубликованных версий и напрямую не изменяются' USING ERRCODE = 'RG003';
                END IF;
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END
            $fn$
        `);
        await queryRunner.query(`
            CREATE TRIGGER catalog_entry_guard BEFORE INSERT OR UPDATE OR DELETE ON "catalog_entry"
            FOR EACH ROW EXECUTE FUNCTION catalog_entry_guard()
        `);
        await queryRunner.query(`
            CREATE TRIGGER catalog_entry_no_truncate BEFORE TRUNCATE ON "catalog_entry"
            FOR EACH STATEMENT EXECUTE FUNCTION reject_history_rewrite()
        `);
        await queryRunner.query(`
            CREATE TRIGGER service_no_truncate BEFORE TRUNCATE ON "service"
            FOR EACH STATEMENT EXECUTE FUNCTION reject_history_rewrite()
        `);
    }

    public async down(): Promise<void> {
        // the stored statuses and the guard of the earlier schema would let forged history back in
        throw new Error("VersionLifecycle1796157900000 is not reverted: restore a backup taken before it (npm run db:restore)");
    }

}
