import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A NOTIFY on channel `registry_public_change` when a change of what anonymous readers see
 * commits, so that every process of the app drops its cached public answers (issue 16;
 * src/cache/). PostgreSQL delivers a notification only when its transaction commits, once
 * per transaction and payload however many rows changed, and never for a rolled-back one.
 *
 * What anonymous answers are made of, and what changes it:
 *  - the change feed: every publication, withdrawal, move, rename and coming into force
 *    appends to change_event in its own transaction;
 *  - a published or withdrawn version, and a service once it was published (belt and
 *    braces: the lifecycle writes them in the same transactions as the feed);
 *  - bodies, legal acts, the search's synonyms and vocabulary, the production calendar.
 * Drafts, reviews, users, tokens, webhooks and the audit log are not public: editing a
 * draft notifies nothing.
 */
export class PublicChangeNotify1796160000000 implements MigrationInterface {
    name = 'PublicChangeNotify1796160000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE FUNCTION registry_public_change_notify() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                PERFORM pg_notify('registry_public_change', TG_TABLE_NAME);
                RETURN NULL;
            END
            $fn$
        `);
        for (const table of ["change_event", "authority", "legal_act", "search_synonym", "search_lexeme", "production_calendar_day", "production_calendar_year"]) {
            await queryRunner.query(
                `CREATE TRIGGER public_change_notify AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION registry_public_change_notify()`,
            );
            await queryRunner.query(`CREATE TRIGGER public_change_notify_truncate AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION registry_public_change_notify()`);
        }
        await queryRunner.query(`
            CREATE TRIGGER public_change_notify AFTER UPDATE OR DELETE ON "standard_version" FOR EACH ROW
            WHEN (OLD.status IN ('PUBLISHED', 'WITHDRAWN')) EXECUTE FUNCTION registry_public_change_notify()
        `);
        await queryRunner.query(`
            CREATE TRIGGER public_change_notify_published AFTER INSERT OR UPDATE ON "standard_version" FOR EACH ROW
            WHEN (NEW.status IN ('PUBLISHED', 'WITHDRAWN')) EXECUTE FUNCTION registry_public_change_notify()
        `);
        await queryRunner.query(`
            CREATE TRIGGER public_change_notify AFTER UPDATE OR DELETE ON "service" FOR EACH ROW
            WHEN (OLD.first_published_at IS NOT NULL) EXECUTE FUNCTION registry_public_change_notify()
        `);
        await queryRunner.query(`
            CREATE TRIGGER public_change_notify_published AFTER UPDATE ON "service" FOR EACH ROW
            WHEN (NEW.first_published_at IS NOT NULL) EXECUTE FUNCTION registry_public_change_notify()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER public_change_notify_published ON "service"`);
        await queryRunner.query(`DROP TRIGGER public_change_notify ON "service"`);
        await queryRunner.query(`DROP TRIGGER public_change_notify_published ON "standard_version"`);
        await queryRunner.query(`DROP TRIGGER public_change_notify ON "standard_version"`);
        for (const table of ["change_event", "authority", "legal_act", "search_synonym", "search_lexeme", "production_calendar_day", "production_calendar_year"]) {
            await queryRunner.query(`DROP TRIGGER public_change_notify_truncate ON "${table}"`);
            await queryRunner.query(`DROP TRIGGER public_change_notify ON "${table}"`);
        }
        await queryRunner.query(`DROP FUNCTION registry_public_change_notify()`);
    }
}
