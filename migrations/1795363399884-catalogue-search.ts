import { MigrationInterface, QueryRunner } from "typeorm";

export class CatalogueSearch1795363399884 implements MigrationInterface {
    name = 'CatalogueSearch1795363399884'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "standard_version"
            ADD "search_vector" tsvector
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_service_name_id" ON "service" ("name", "id")
        `);
        // Russian full-text search over the name (A), keywords (B) and results (C) of a standard
        await queryRunner.query(`
            CREATE FUNCTION standard_search_vector(content jsonb) RETURNS tsvector
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
                SELECT setweight(to_tsvector('russian', coalesce(content->'name'->>'fullName', '') || ' ' || coalesce(content->'name'->>'shortName', '')), 'A')
                    || setweight(to_tsvector('russian', coalesce(content->'name'->'keywords', '[]'::jsonb)), 'B')
                    || setweight(to_tsvector('russian', jsonb_path_query_array(content, '$.results.items[*].name')), 'C')
            $fn$
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
        // backfill: the immutability trigger lets an UPDATE through only if nothing frozen changes,
        // so it is bypassed for this one-time derivation
        await queryRunner.query(`ALTER TABLE "standard_version" DISABLE TRIGGER standard_version_guard`);
        await queryRunner.query(`UPDATE "standard_version" SET search_vector = standard_search_vector(content)`);
        await queryRunner.query(`ALTER TABLE "standard_version" ENABLE TRIGGER standard_version_guard`);
        // catalogue filters on the versions that are or were in force
        const published = `WHERE "status" IN ('PUBLISHED', 'SUPERSEDED', 'WITHDRAWN')`;
        await queryRunner.query(`CREATE INDEX "idx_standard_version_search" ON "standard_version" USING GIN ("search_vector") ${published}`);
        await queryRunner.query(
            `CREATE INDEX "idx_standard_version_channels" ON "standard_version" USING GIN (("content"->'submissionChannels'->'channels')) ${published}`,
        );
        await queryRunner.query(
            `CREATE INDEX "idx_standard_version_applicants" ON "standard_version" USING GIN (("content"->'applicants'->'items') jsonb_path_ops) ${published}`,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_standard_version_applicants"`);
        await queryRunner.query(`DROP INDEX "public"."idx_standard_version_channels"`);
        await queryRunner.query(`DROP INDEX "public"."idx_standard_version_search"`);
        await queryRunner.query(`DROP TRIGGER standard_version_search_vector ON "standard_version"`);
        await queryRunner.query(`DROP FUNCTION standard_version_search_vector()`);
        await queryRunner.query(`DROP FUNCTION standard_search_vector(jsonb)`);
        await queryRunner.query(`
            DROP INDEX "public"."idx_service_name_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version" DROP COLUMN "search_vector"
        `);
    }

}
