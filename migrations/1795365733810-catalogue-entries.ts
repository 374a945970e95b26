import { MigrationInterface, QueryRunner } from "typeorm";

export class CatalogueEntries1795365733810 implements MigrationInterface {
    name = 'CatalogueEntries1795365733810'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // the catalogue moves from standard_version to a narrow derived table
        await queryRunner.query(`DROP INDEX "public"."idx_standard_version_search"`);
        await queryRunner.query(`DROP INDEX "public"."idx_standard_version_channels"`);
        await queryRunner.query(`DROP INDEX "public"."idx_standard_version_applicants"`);
        await queryRunner.query(`DROP TRIGGER standard_version_search_vector ON "standard_version"`);
        await queryRunner.query(`DROP FUNCTION standard_version_search_vector()`);
        await queryRunner.query(`
            CREATE TABLE "catalog_entry" (
                "version_id" uuid NOT NULL,
                "service_id" uuid NOT NULL,
                "status" "public"."standard_version_status" NOT NULL,
                "effective_from" date NOT NULL,
                "effective_to" date,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "search_vector" tsvector NOT NULL,
                "channels" text array NOT NULL,
                "applicant_forms" text array NOT NULL,
                "free" boolean NOT NULL,
                "extraterritorial" boolean NOT NULL,
                CONSTRAINT "PK_b8cda73c0c63f34c0620ee21cbc" PRIMARY KEY ("version_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_catalog_entry_service_id" ON "catalog_entry" ("service_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version" DROP COLUMN "search_vector"
        `);
        await queryRunner.query(`
            ALTER TABLE "catalog_entry"
            ADD CONSTRAINT "FK_b8cda73c0c63f34c0620ee21cbc" FOREIGN KEY ("version_id") REFERENCES "standard_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        // one derivation, used by the trigger and by the backfill below
        await queryRunner.query(`
            CREATE FUNCTION catalog_entry_of(v standard_version) RETURNS catalog_entry LANGUAGE sql STABLE AS $fn$
                SELECT v.id, v.service_id, v.status, v.effective_from, v.effective_to, v.published_at,
                       standard_search_vector(v.content),
                       ARRAY(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(v.content->'submissionChannels'->'channels') = 'array'
                                                                   THEN v.content->'submissionChannels'->'channels' ELSE '[]'::jsonb END)),
                       ARRAY(SELECT DISTINCT item->>'legalForm'
                               FROM jsonb_array_elements(CASE WHEN jsonb_typeof(v.content->'applicants'->'items') = 'array'
                                                              THEN v.content->'applicants'->'items' ELSE '[]'::jsonb END) item
                              WHERE item->>'legalForm' IS NOT NULL),
                       coalesce((v.content->'fee'->>'free')::boolean, false),
                       coalesce((v.content->'otherRequirements'->>'extraterritorial')::boolean, false)
            $fn$
        `);
        // kept in the transaction that publishes, supersedes or withdraws a version
        await queryRunner.query(`
            CREATE FUNCTION catalog_entry_sync() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                IF NEW.status IN ('PUBLISHED', 'SUPERSEDED', 'WITHDRAWN') AND NEW.effective_from IS NOT NULL THEN
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
        await queryRunner.query(`
            INSERT INTO catalog_entry SELECT e.* FROM standard_version v CROSS JOIN LATERAL catalog_entry_of(v) e
             WHERE v.status IN ('PUBLISHED', 'SUPERSEDED', 'WITHDRAWN') AND v.effective_from IS NOT NULL
        `);
        // today's catalogue reads the PUBLISHED rows; the few versions still in force while a
        // scheduled successor waits (and past dates) are found through their end date
        await queryRunner.query(`CREATE INDEX "idx_catalog_entry_search_published" ON "catalog_entry" USING GIN ("search_vector") WHERE "status" = 'PUBLISHED'`);
        await queryRunner.query(`CREATE INDEX "idx_catalog_entry_channels_published" ON "catalog_entry" USING GIN ("channels") WHERE "status" = 'PUBLISHED'`);
        await queryRunner.query(`CREATE INDEX "idx_catalog_entry_applicants_published" ON "catalog_entry" USING GIN ("applicant_forms") WHERE "status" = 'PUBLISHED'`);
        await queryRunner.query(`CREATE INDEX "idx_catalog_entry_ended" ON "catalog_entry" ("effective_to") WHERE "status" IN ('SUPERSEDED', 'WITHDRAWN')`);
        // territory filters match OKTMO prefixes (LIKE '56%')
        await queryRunner.query(`CREATE INDEX "idx_authority_oktmo_prefix" ON "authority" ("oktmo" varchar_pattern_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER catalog_entry_sync ON "standard_version"`);
        await queryRunner.query(`DROP FUNCTION catalog_entry_sync()`);
        await queryRunner.query(`DROP FUNCTION catalog_entry_of(standard_version)`);
        await queryRunner.query(`DROP INDEX "public"."idx_authority_oktmo_prefix"`);
        await queryRunner.query(`DROP INDEX "public"."idx_catalog_entry_ended"`);
        await queryRunner.query(`DROP INDEX "public"."idx_catalog_entry_applicants_published"`);
        await queryRunner.query(`DROP INDEX "public"."idx_catalog_entry_channels_published"`);
        await queryRunner.query(`DROP INDEX "public"."idx_catalog_entry_search_published"`);
        await queryRunner.query(`
            ALTER TABLE "catalog_entry" DROP CONSTRAINT "FK_b8cda73c0c63f34c0620ee21cbc"
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version"
            ADD "search_vector" tsvector
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_catalog_entry_service_id"
        `);
        await queryRunner.query(`
            DROP TABLE "catalog_entry"
        `);
        await queryRunner.query(`
            CREATE FUNCTION standard_version_search_vector() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                NEW.search_vector := standard_search_vector(NEW.content);
                RETURN NEW;
            END
            $fn$
        `);
        await queryRunner.query(`
            CREATE TRIGGER standard_version_search_vector BEFORE INSERT OR UPDATE OF content ON "standard_version"
            FOR EACH ROW EXECUTE FUNCTION standard_version_search_vector()
        `);
        await queryRunner.query(`ALTER TABLE "standard_version" DISABLE TRIGGER standard_version_guard`);
        await queryRunner.query(`UPDATE "standard_version" SET search_vector = standard_search_vector(content)`);
        await queryRunner.query(`ALTER TABLE "standard_version" ENABLE TRIGGER standard_version_guard`);
        const published = `WHERE "status" IN ('PUBLISHED', 'SUPERSEDED', 'WITHDRAWN')`;
        await queryRunner.query(`CREATE INDEX "idx_standard_version_search" ON "standard_version" USING GIN ("search_vector") ${published}`);
        await queryRunner.query(
            `CREATE INDEX "idx_standard_version_channels" ON "standard_version" USING GIN (("content"->'submissionChannels'->'channels')) ${published}`,
        );
        await queryRunner.query(
            `CREATE INDEX "idx_standard_version_applicants" ON "standard_version" USING GIN (("content"->'applicants'->'items') jsonb_path_ops) ${published}`,
        );
    }

}
