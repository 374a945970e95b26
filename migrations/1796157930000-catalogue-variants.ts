import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The catalogue's per-variant rows (Decree 1228): one row per variant of each published
 * (or withdrawn) version, or one implicit row for a version without variants,
 * with what the per-variant filters read. Kept by its own trigger beside catalog_entry
 * (which it does not touch); published content is frozen, so rows are written once.
 */
export class CatalogueVariants1796157930000 implements MigrationInterface {
    name = 'CatalogueVariants1796157930000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "catalog_variant" ("version_id" uuid NOT NULL, "ordinal" integer NOT NULL, "variant_key" text, "number" integer, "name" text, "kind" text, "channels" text array NOT NULL, "applicant_forms" text array NOT NULL, "free" boolean NOT NULL, "extraterritorial" boolean NOT NULL, CONSTRAINT "PK_2aebb8e1c1dba9800e0b7db1d6b" PRIMARY KEY ("version_id", "ordinal"))`);
        await queryRunner.query(`ALTER TABLE "catalog_variant" ADD CONSTRAINT "FK_5714d32f5fcb7fc843be261d094" FOREIGN KEY ("version_id") REFERENCES "standard_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // one derivation for the trigger and the backfill: a variant's own channels, applicant
        // categories, fee and extraterritoriality, or the service-level ones it leaves empty
        await queryRunner.query(`
            CREATE FUNCTION catalog_variants_of(v standard_version) RETURNS SETOF catalog_variant LANGUAGE sql STABLE AS $fn$
                WITH service AS (
                    SELECT ARRAY(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(v.content->'submissionChannels'->'channels') = 'array'
                                                                   THEN v.content->'submissionChannels'->'channels' ELSE '[]'::jsonb END)) AS channels,
                           coalesce((v.content->'fee'->>'free')::boolean, false) AS free,
                           coalesce((v.content->'otherRequirements'->>'extraterritorial')::boolean, false) AS extraterritorial,
                           CASE WHEN jsonb_typeof(v.content->'applicants'->'items') = 'array' THEN v.content->'applicants'->'items' ELSE '[]'::jsonb END AS categories
                ), variants AS (
                    SELECT x.value AS variant, x.ordinality::int AS ordinal
                      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(v.content->'variants') = 'array' THEN v.content->'variants' ELSE '[]'::jsonb END)
                           WITH ORDINALITY x
                     WHERE jsonb_typeof(x.value) = 'object'
                )
                SELECT v.id, 0, NULL::text, NULL::int, NULL::text, NULL::text, s.channels,
                       ARRAY(SELECT DISTINCT item->>'legalForm' FROM jsonb_array_elements(s.categories) item WHERE item->>'legalForm' IS NOT NULL),
                       s.free, s.extraterritorial
                  FROM service s
                 WHERE NOT EXISTS (SELECT 1 FROM variants)
                UNION ALL
                SELECT v.id, w.ordinal, w.variant->>'key',
                       CASE WHEN jsonb_typeof(w.variant->'number') = 'number' THEN (w.variant->>'number')::numeric::int END,
                       w.variant->>'name', w.variant->>'kind',
                       CASE WHEN jsonb_typeof(w.variant->'submissionChannels') = 'array'
                            THEN ARRAY(SELECT jsonb_array_elements_text(w.variant->'submissionChannels')) ELSE s.channels END,
                       ARRAY(SELECT DISTINCT item->>'legalForm' FROM jsonb_array_elements(s.categories) item
                              WHERE item->>'legalForm' IS NOT NULL
                                AND (coalesce(jsonb_typeof(w.variant->'applicantCategoryKeys'), 'null') <> 'array'
                                     OR w.variant->'applicantCategoryKeys' ? (item->>'key'))),
                       CASE WHEN jsonb_typeof(w.variant->'fee') = 'object' THEN coalesce((w.variant->'fee'->>'free')::boolean, false) ELSE s.free END,
                       CASE WHEN jsonb_typeof(w.variant->'extraterritorial') = 'boolean' THEN (w.variant->>'extraterritorial')::boolean ELSE s.extraterritorial END
                  FROM variants w CROSS JOIN service s
            $fn$
        `);
        await queryRunner.query(`
            CREATE FUNCTION catalog_variant_sync() RETURNS trigger LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
            BEGIN
                IF NEW.status IN ('PUBLISHED', 'WITHDRAWN') AND NEW.effective_from IS NOT NULL THEN
                    IF NOT EXISTS (SELECT 1 FROM catalog_variant WHERE version_id = NEW.id) THEN
                        INSERT INTO catalog_variant SELECT * FROM catalog_variants_of(NEW);
                    END IF;
                ELSIF TG_OP = 'UPDATE' THEN
                    DELETE FROM catalog_variant WHERE version_id = NEW.id;
                END IF;
                RETURN NULL;
            END
            $fn$
        `);
        await queryRunner.query(`
            CREATE TRIGGER catalog_variant_sync AFTER INSERT OR UPDATE OF status, effective_from ON "standard_version"
            FOR EACH ROW EXECUTE FUNCTION catalog_variant_sync()
        `);
        await queryRunner.query(`
            INSERT INTO catalog_variant SELECT e.* FROM standard_version v CROSS JOIN LATERAL catalog_variants_of(v) e
             WHERE v.status IN ('PUBLISHED', 'WITHDRAWN') AND v.effective_from IS NOT NULL
        `);
        // derived, like catalog_entry: written only by its trigger (least privilege, README)
        await queryRunner.query(`REVOKE ALL ON FUNCTION catalog_variant_sync() FROM PUBLIC`);
        await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE ON "catalog_variant" FROM registry_app`);
        // the filter probes a version's rows: answered from the index alone (measured: the probe
        // through the primary key and the heap cost 10-80 % more per catalogue page than this)
        await queryRunner.query(`CREATE INDEX "idx_catalog_variant_covering" ON "catalog_variant" ("version_id") INCLUDE ("channels", "applicant_forms", "free", "extraterritorial", "variant_key")`);
        await queryRunner.query(`CREATE INDEX "idx_catalog_variant_channels" ON "catalog_variant" USING GIN ("channels")`);
        await queryRunner.query(`CREATE INDEX "idx_catalog_variant_applicant_forms" ON "catalog_variant" USING GIN ("applicant_forms")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER catalog_variant_sync ON "standard_version"`);
        await queryRunner.query(`DROP FUNCTION catalog_variant_sync()`);
        await queryRunner.query(`DROP FUNCTION catalog_variants_of(standard_version)`);
        await queryRunner.query(`DROP INDEX "public"."idx_catalog_variant_applicant_forms"`);
        await queryRunner.query(`DROP INDEX "public"."idx_catalog_variant_channels"`);
        await queryRunner.query(`DROP INDEX "public"."idx_catalog_variant_covering"`);
        await queryRunner.query(`ALTER TABLE "catalog_variant" DROP CONSTRAINT "FK_5714d32f5fcb7fc843be261d094"`);
        await queryRunner.query(`DROP TABLE "catalog_variant"`);
    }
}
