import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Fidelity to real regulations (issue 12):
 *  - a legal act as a source gives it: without a title read, with its current edition
 *    («в ред. от …») and the list of its amending acts; acts are still searched by title and
 *    number (the index takes a missing title as empty);
 *  - providers the law names as a class are found by the catalogue's search (the class is
 *    part of the search vector, weight D), and the catalogue row says whose power a provider
 *    exercises when it is delegated (filter `delegatedFrom`).
 * Existing rows keep what they have: the new columns are null, acts keep their titles; the
 * catalogue rows of published versions get the new search vector and column here (the
 * owner's bulk-load switch lets this migration past the catalogue's guard).
 */
export class FidelityToRealTexts1796159300000 implements MigrationInterface {
    name = 'FidelityToRealTexts1796159300000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "legal_act" ALTER COLUMN "title" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "legal_act" ADD "edition_date" date`);
        await queryRunner.query(`ALTER TABLE "legal_act" ADD "amendments" jsonb`);
        await queryRunner.query(`DROP INDEX "public"."idx_legal_act_search"`);
        await queryRunner.query(`CREATE INDEX "idx_legal_act_search" ON "legal_act" USING GIN (to_tsvector('russian', coalesce("title", '') || ' ' || "number"))`);

        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION standard_search_vector(content jsonb) RETURNS tsvector
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
                SELECT setweight(to_tsvector('russian', coalesce(content->'name'->>'fullName', '') || ' ' || coalesce(content->'name'->>'shortName', '')), 'A')
                    || setweight(to_tsvector('russian', coalesce(content->'name'->'keywords', '[]'::jsonb)), 'B')
                    || setweight(to_tsvector('russian', jsonb_path_query_array(content, '$.results.items[*].name')), 'C')
                    || setweight(to_tsvector('russian', coalesce(content->'provider'->>'providerClass', '')), 'D')
            $fn$
        `);
        await queryRunner.query(`ALTER TABLE "catalog_entry" ADD "delegated_from" text`);
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION catalog_entry_of(v standard_version) RETURNS catalog_entry LANGUAGE sql STABLE AS $fn$
                SELECT v.id, v.service_id, v.status, v.effective_from, v.effective_to, v.published_at,
                       standard_search_vector(v.content),
                       ARRAY(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(v.content->'submissionChannels'->'channels') = 'array'
                                                                   THEN v.content->'submissionChannels'->'channels' ELSE '[]'::jsonb END)),
                       ARRAY(SELECT DISTINCT item->>'legalForm'
                               FROM jsonb_array_elements(CASE WHEN jsonb_typeof(v.content->'applicants'->'items') = 'array'
                                                              THEN v.content->'applicants'->'items' ELSE '[]'::jsonb END) item
                              WHERE item->>'legalForm' IS NOT NULL),
                       coalesce((v.content->'fee'->>'free')::boolean, false),
                       coalesce((v.content->'otherRequirements'->>'extraterritorial')::boolean, false),
                       v.content->'provider'->>'delegatedFrom'
            $fn$
        `);
        await queryRunner.query(`SET LOCAL registry.bulk_load = on`);
        await queryRunner.query(`
            UPDATE catalog_entry c SET search_vector = standard_search_vector(v.content), delegated_from = v.content->'provider'->>'delegatedFrom'
              FROM standard_version v WHERE v.id = c.version_id
        `);
        await queryRunner.query(`SET LOCAL registry.bulk_load = off`);
        await queryRunner.query(`CREATE INDEX "idx_catalog_entry_delegated" ON "catalog_entry" ("delegated_from") WHERE "delegated_from" IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_catalog_entry_delegated"`);
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION standard_search_vector(content jsonb) RETURNS tsvector
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
                SELECT setweight(to_tsvector('russian', coalesce(content->'name'->>'fullName', '') || ' ' || coalesce(content->'name'->>'shortName', '')), 'A')
                    || setweight(to_tsvector('russian', coalesce(content->'name'->'keywords', '[]'::jsonb)), 'B')
                    || setweight(to_tsvector('russian', jsonb_path_query_array(content, '$.results.items[*].name')), 'C')
            $fn$
        `);
        await queryRunner.query(`ALTER TABLE "catalog_entry" DROP COLUMN "delegated_from"`);
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION catalog_entry_of(v standard_version) RETURNS catalog_entry LANGUAGE sql STABLE AS $fn$
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
        await queryRunner.query(`DROP INDEX "public"."idx_legal_act_search"`);
        await queryRunner.query(`CREATE INDEX "idx_legal_act_search" ON "legal_act" USING GIN (to_tsvector('russian', "title" || ' ' || "number"))`);
        await queryRunner.query(`ALTER TABLE "legal_act" DROP COLUMN "amendments"`);
        await queryRunner.query(`ALTER TABLE "legal_act" DROP COLUMN "edition_date"`);
        // acts registered without a title get their number as the title
        await queryRunner.query(`UPDATE "legal_act" SET "title" = "number" WHERE "title" IS NULL`);
        await queryRunner.query(`ALTER TABLE "legal_act" ALTER COLUMN "title" SET NOT NULL`);
    }
}
