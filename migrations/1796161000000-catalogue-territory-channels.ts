import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What the catalogue's territory and channel pages filter and sort by, on the catalogue row
 * itself (issue 16, item 5c): the providing body (`authority_id`, whose territory the page's
 * authority set is computed from), the service's registry name (the NAME order) and the
 * channels of every variant (`variant_channels`: the union of catalog_variant's channels, the
 * service-level ones for a version without variants). One index answers a territory page from
 * the index alone: the bodies' rows, their dates, names and channels, without visiting each
 * service, its catalogue row and its variants (region 71: 6,527 services, ~53,000 buffers).
 * Kept by the catalogue triggers: catalog_entry_of at publication, and a trigger on service for
 * a rename (publication) or a move (service_move); both SECURITY DEFINER, the app still may not
 * write catalog_entry.
 */
export class CatalogueTerritoryChannels1796161000000 implements MigrationInterface {
    name = 'CatalogueTerritoryChannels1796161000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "catalog_entry" ADD "authority_id" uuid`);
        await queryRunner.query(`ALTER TABLE "catalog_entry" ADD "name" character varying`);
        await queryRunner.query(`ALTER TABLE "catalog_entry" ADD "variant_channels" text array`);
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
                       v.content->'provider'->>'delegatedFrom',
                       s.authority_id, s.name,
                       ARRAY(SELECT DISTINCT ch FROM catalog_variants_of(v) cv CROSS JOIN unnest(cv.channels) ch ORDER BY ch)
                  FROM service s WHERE s.id = v.service_id
            $fn$
        `);
        // one pass over every catalogue row (100,000 services: tens of seconds on a loaded machine)
        await queryRunner.query(`SET LOCAL statement_timeout = 0`);
        await queryRunner.query(`SET LOCAL registry.bulk_load = on`);
        await queryRunner.query(`
            UPDATE catalog_entry c SET authority_id = s.authority_id, name = s.name,
                   variant_channels = ARRAY(SELECT DISTINCT ch FROM catalog_variant cv CROSS JOIN unnest(cv.channels) ch WHERE cv.version_id = c.version_id ORDER BY ch)
              FROM service s WHERE s.id = c.service_id
        `);
        await queryRunner.query(`SET LOCAL registry.bulk_load = off`);
        // the planner needs the new columns' statistics (the index below is chosen by them)
        await queryRunner.query(`ANALYZE catalog_entry`);
        await queryRunner.query(`ALTER TABLE "catalog_entry" ALTER COLUMN "authority_id" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "catalog_entry" ALTER COLUMN "name" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "catalog_entry" ALTER COLUMN "variant_channels" SET NOT NULL`);
        // a rename (publication) or a move (service_move) reaches the service's catalogue rows
        await queryRunner.query(`
            CREATE FUNCTION catalog_entry_service_sync() RETURNS trigger LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
            BEGIN
                UPDATE catalog_entry SET authority_id = NEW.authority_id, name = NEW.name WHERE service_id = NEW.id;
                RETURN NULL;
            END
            $fn$
        `);
        await queryRunner.query(`REVOKE ALL ON FUNCTION catalog_entry_service_sync() FROM PUBLIC`);
        await queryRunner.query(`
            CREATE TRIGGER catalog_entry_service_sync AFTER UPDATE OF name, authority_id ON "service"
            FOR EACH ROW WHEN (NEW.name IS DISTINCT FROM OLD.name OR NEW.authority_id IS DISTINCT FROM OLD.authority_id)
            EXECUTE FUNCTION catalog_entry_service_sync()
        `);
        // the bodies' rows with what a territory page filters and sorts by: an index-only scan
        await queryRunner.query(`
            CREATE INDEX "idx_catalog_entry_authority" ON "catalog_entry" ("authority_id", "name", "service_id")
            INCLUDE ("effective_from", "effective_to", "version_id", "variant_channels")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_catalog_entry_authority"`);
        await queryRunner.query(`DROP TRIGGER catalog_entry_service_sync ON "service"`);
        await queryRunner.query(`DROP FUNCTION catalog_entry_service_sync()`);
        // catalog_entry_of as 1796159300000-fidelity-to-real-texts left it (its row type loses the columns first)
        await queryRunner.query(`DROP FUNCTION catalog_entry_of(standard_version)`);
        await queryRunner.query(`ALTER TABLE "catalog_entry" DROP COLUMN "variant_channels"`);
        await queryRunner.query(`ALTER TABLE "catalog_entry" DROP COLUMN "name"`);
        await queryRunner.query(`ALTER TABLE "catalog_entry" DROP COLUMN "authority_id"`);
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
                       coalesce((v.content->'otherRequirements'->>'extraterritorial')::boolean, false),
                       v.content->'provider'->>'delegatedFrom'
            $fn$
        `);
    }
}
