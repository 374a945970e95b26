import { MigrationInterface, QueryRunner } from "typeorm";

export class VersioningAndAudit1795361913211 implements MigrationInterface {
    name = 'VersioningAndAudit1795361913211'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_entry" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "seq" BIGSERIAL NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor" character varying(300),
                "action" character varying(100) NOT NULL,
                "entity_type" character varying(50) NOT NULL,
                "entity_id" uuid NOT NULL,
                "service_id" uuid,
                "version_id" uuid,
                "authority_id" uuid,
                "hash_before" character varying(64),
                "hash_after" character varying(64),
                "changes" jsonb NOT NULL,
                CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_audit_entry_seq" ON "audit_entry" ("seq")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_audit_entry_occurred_at" ON "audit_entry" ("occurred_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_audit_entry_actor" ON "audit_entry" ("actor")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_audit_entry_service_id" ON "audit_entry" ("service_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_audit_entry_authority_id" ON "audit_entry" ("authority_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version"
            ADD "approving_act_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version"
            ADD "review_remarks" text
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version"
            ADD "submitted_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version"
            ADD "withdrawal_reason" text
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version"
            ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version"
            ADD "based_on_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version"
            ADD "published_by" character varying(300)
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_standard_version_in_force" ON "standard_version" ("service_id", "effective_from")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_standard_version_published" ON "standard_version" ("service_id")
            WHERE "status" = 'PUBLISHED'
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_standard_version_open_draft" ON "standard_version" ("service_id")
            WHERE "status" IN ('DRAFT', 'IN_REVIEW')
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version"
            ADD CONSTRAINT "FK_cfd9f71c8e70990a169976f1c10" FOREIGN KEY ("approving_act_id") REFERENCES "legal_act"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Published history is immutable: only the allowed status transitions may touch a
        // non-draft version (and a version under review may not change its content).
        await queryRunner.query(`
            CREATE FUNCTION standard_version_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
            DECLARE
                frozen_old jsonb;
                frozen_new jsonb;
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    IF OLD.status <> 'DRAFT' THEN
                        RAISE EXCEPTION 'Версию стандарта в статусе % удалить нельзя', OLD.status USING ERRCODE = 'RG001';
                    END IF;
                    RETURN OLD;
                END IF;
                IF NEW.service_id IS DISTINCT FROM OLD.service_id OR NEW.number IS DISTINCT FROM OLD.number THEN
                    RAISE EXCEPTION 'Услугу и номер версии изменить нельзя' USING ERRCODE = 'RG001';
                END IF;
                IF OLD.status = 'DRAFT' THEN
                    IF NEW.status NOT IN ('DRAFT', 'IN_REVIEW') THEN
                        RAISE EXCEPTION 'Недопустимый переход статуса % -> %', OLD.status, NEW.status USING ERRCODE = 'RG001';
                    END IF;
                    RETURN NEW;
                END IF;
                IF OLD.status = 'IN_REVIEW' THEN
                    IF NEW.status NOT IN ('IN_REVIEW', 'DRAFT', 'PUBLISHED') THEN
                        RAISE EXCEPTION 'Недопустимый переход статуса % -> %', OLD.status, NEW.status USING ERRCODE = 'RG001';
                    END IF;
                    IF NEW.content IS DISTINCT FROM OLD.content OR NEW.content_hash IS DISTINCT FROM OLD.content_hash THEN
                        RAISE EXCEPTION 'Содержание версии на согласовании изменить нельзя' USING ERRCODE = 'RG001';
                    END IF;
                    RETURN NEW;
                END IF;
                -- PUBLISHED, SUPERSEDED, WITHDRAWN: everything but the status history is frozen
                frozen_old := to_jsonb(OLD) - 'status' - 'effective_to' - 'withdrawal_reason' - 'withdrawn_at' - 'updated_at';
                frozen_new := to_jsonb(NEW) - 'status' - 'effective_to' - 'withdrawal_reason' - 'withdrawn_at' - 'updated_at';
                IF frozen_new IS DISTINCT FROM frozen_old THEN
                    RAISE EXCEPTION 'Опубликованная версия стандарта неизменяема' USING ERRCODE = 'RG001';
                END IF;
                IF OLD.status = 'PUBLISHED' AND NEW.status = 'SUPERSEDED'
                        AND NEW.effective_to IS NOT NULL AND OLD.effective_to IS NULL
                        AND NEW.withdrawal_reason IS NOT DISTINCT FROM OLD.withdrawal_reason
                        AND NEW.withdrawn_at IS NOT DISTINCT FROM OLD.withdrawn_at THEN
                    RETURN NEW;
                END IF;
                IF OLD.status = 'PUBLISHED' AND NEW.status = 'WITHDRAWN'
                        AND NEW.withdrawal_reason IS NOT NULL AND NEW.withdrawn_at IS NOT NULL
                        AND NEW.effective_to IS NOT NULL
                        AND (OLD.effective_to IS NULL OR NEW.effective_to <= OLD.effective_to) THEN
                    RETURN NEW;
                END IF;
                -- a superseded version is reinstated when its scheduled successor is withdrawn before taking effect
                IF OLD.status = 'SUPERSEDED' AND NEW.status = 'PUBLISHED' AND NEW.effective_to IS NULL
                        AND NEW.withdrawal_reason IS NOT DISTINCT FROM OLD.withdrawal_reason
                        AND NEW.withdrawn_at IS NOT DISTINCT FROM OLD.withdrawn_at THEN
                    RETURN NEW;
                END IF;
                IF NEW.status = OLD.status AND NEW.effective_to IS NOT DISTINCT FROM OLD.effective_to
                        AND NEW.withdrawal_reason IS NOT DISTINCT FROM OLD.withdrawal_reason
                        AND NEW.withdrawn_at IS NOT DISTINCT FROM OLD.withdrawn_at THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'Недопустимое изменение опубликованной версии (% -> %)', OLD.status, NEW.status USING ERRCODE = 'RG001';
            END
            $fn$
        `);
        await queryRunner.query(`
            CREATE TRIGGER standard_version_guard BEFORE UPDATE OR DELETE ON "standard_version"
            FOR EACH ROW EXECUTE FUNCTION standard_version_guard()
        `);
        await queryRunner.query(`
            CREATE FUNCTION reject_history_rewrite() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                RAISE EXCEPTION 'Таблица % только для добавления записей (% запрещено)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'RG002';
            END
            $fn$
        `);
        await queryRunner.query(`
            CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON "audit_entry"
            FOR EACH ROW EXECUTE FUNCTION reject_history_rewrite()
        `);
        await queryRunner.query(`
            CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON "audit_entry"
            FOR EACH STATEMENT EXECUTE FUNCTION reject_history_rewrite()
        `);
        await queryRunner.query(`
            CREATE TRIGGER standard_version_no_truncate BEFORE TRUNCATE ON "standard_version"
            FOR EACH STATEMENT EXECUTE FUNCTION reject_history_rewrite()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER standard_version_no_truncate ON "standard_version"`);
        await queryRunner.query(`DROP TRIGGER audit_entry_no_truncate ON "audit_entry"`);
        await queryRunner.query(`DROP TRIGGER audit_entry_append_only ON "audit_entry"`);
        await queryRunner.query(`DROP FUNCTION reject_history_rewrite()`);
        await queryRunner.query(`DROP TRIGGER standard_version_guard ON "standard_version"`);
        await queryRunner.query(`DROP FUNCTION standard_version_guard()`);
        await queryRunner.query(`
            ALTER TABLE "standard_version" DROP CONSTRAINT "FK_cfd9f71c8e70990a169976f1c10"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_standard_version_open_draft"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_standard_version_published"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_standard_version_in_force"
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version" DROP COLUMN "published_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version" DROP COLUMN "based_on_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version" DROP COLUMN "withdrawn_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version" DROP COLUMN "withdrawal_reason"
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version" DROP COLUMN "submitted_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version" DROP COLUMN "review_remarks"
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version" DROP COLUMN "approving_act_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_audit_entry_authority_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_audit_entry_service_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_audit_entry_actor"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_audit_entry_occurred_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_audit_entry_seq"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_entry"
        `);
    }

}
