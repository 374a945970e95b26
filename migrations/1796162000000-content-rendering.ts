import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Stored texts of published contents (issue 16; src/http/content-rendering.ts): the GraphQL
 * answer of a published or withdrawn version's complete content — its document with the
 * fields it lacks as nulls, in the schema's order — per version and `shape` (a hash of the
 * complete selection, so a changed content model renders anew). The app reads them instead
 * of executing the content and writes the missing ones (src/http/rendering-backfill.ts).
 *
 * What PostgreSQL guarantees, whatever the app does: a text is stored only for a version whose
 * content is frozen (published or withdrawn), only if it is a JSON object holding exactly that
 * content (equal to it once the null fields of both are dropped: GraphQL adds nulls for absent
 * fields, nothing else), and it never changes: the app may insert and read, not update or
 * delete (the rows of a version go with it; a draft, the only deletable version, has none).
 */
export class ContentRendering1796162000000 implements MigrationInterface {
    name = 'ContentRendering1796162000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "content_rendering" (
                "version_id" uuid NOT NULL REFERENCES "standard_version" ("id") ON DELETE CASCADE,
                "shape" character varying(64) NOT NULL,
                "body" text NOT NULL,
                "created_at" timestamp with time zone NOT NULL DEFAULT now(),
                CONSTRAINT "PK_content_rendering" PRIMARY KEY ("version_id", "shape")
            )
        `);
        await queryRunner.query(`
            CREATE FUNCTION content_rendering_check() RETURNS trigger LANGUAGE plpgsql AS $fn$
            DECLARE
                v record;
                rendered jsonb;
            BEGIN
                IF TG_OP = 'UPDATE' THEN
                    RAISE EXCEPTION 'a stored content rendering never changes' USING ERRCODE = 'check_violation';
                END IF;
                SELECT status, content INTO v FROM standard_version WHERE id = NEW.version_id;
                IF v.status IS NULL OR v.status NOT IN ('PUBLISHED', 'WITHDRAWN') THEN
                    RAISE EXCEPTION 'only the content of a published or withdrawn version is stored rendered' USING ERRCODE = 'check_violation';
                END IF;
                BEGIN
                    rendered := NEW.body::jsonb;
                EXCEPTION WHEN others THEN
                    RAISE EXCEPTION 'a content rendering must be JSON' USING ERRCODE = 'check_violation';
                END;
                IF jsonb_typeof(rendered) <> 'object' OR jsonb_strip_nulls(rendered) <> jsonb_strip_nulls(v.content) THEN
                    RAISE EXCEPTION 'the rendering of version % does not hold its content', NEW.version_id USING ERRCODE = 'check_violation';
                END IF;
                RETURN NEW;
            END
            $fn$
        `);
        await queryRunner.query(`CREATE TRIGGER content_rendering_check BEFORE INSERT OR UPDATE ON "content_rendering" FOR EACH ROW EXECUTE FUNCTION content_rendering_check()`);
        // derived rows (the convention of migration LeastPrivilege): the app reads and adds, nothing else
        await queryRunner.query(`REVOKE UPDATE, DELETE ON "content_rendering" FROM registry_app`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "content_rendering"`);
        await queryRunner.query(`DROP FUNCTION content_rendering_check()`);
    }
}
