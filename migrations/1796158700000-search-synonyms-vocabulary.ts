import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Search that finds what people type: the maintained list of abbreviations and
 * colloquial words the portal search expands (applied by rewriting the query, see
 * src/services/catalogue-search.ts), and the vocabulary of the catalogue (the stems of
 * the words of service names) with a trigram index, from which a word typed with a typo
 * is corrected when full-text search finds nothing. pg_trgm ships with PostgreSQL
 * (contrib) and is a trusted extension: the database owner may create it.
 *
 * To extend the synonym list: a new migration, or by hand as the owner
 *   INSERT INTO search_synonym (term, alternatives) VALUES ('гибдд', ARRAY['госавтоинспекция']);
 * A term is one lowercase word; each alternative is a word or a phrase (all of its words
 * are then required), matched with Russian stemming.
 */
const SYNONYMS: [string, string[]][] = [
    ["загс", ["запись актов гражданского состояния", "акт гражданского состояния", "заключение брака", "расторжение брака", "регистрация рождения", "регистрация смерти", "усыновление", "установление отцовства", "перемена имени"]],
    ["ижс", ["индивидуальное жилищное строительство", "индивидуальный жилой дом"]],
    ["мфц", ["многофункциональный центр"]],
    ["гпзу", ["градостроительный план земельного участка"]],
    ["егрн", ["единый государственный реестр недвижимости"]],
    ["инн", ["идентификационный номер налогоплательщика"]],
    ["снилс", ["страховой номер индивидуального лицевого счёта"]],
    ["огрн", ["основной государственный регистрационный номер"]],
    ["егрюл", ["единый государственный реестр юридических лиц"]],
    ["егрип", ["единый государственный реестр индивидуальных предпринимателей"]],
    ["епгу", ["единый портал государственных и муниципальных услуг"]],
    ["госуслуги", ["единый портал государственных и муниципальных услуг"]],
    ["ип", ["индивидуальный предприниматель"]],
    ["юрлицо", ["юридическое лицо"]],
    ["внж", ["вид на жительство"]],
    ["рвп", ["разрешение на временное проживание"]],
    ["омс", ["обязательное медицинское страхование"]],
    ["осаго", ["обязательное страхование гражданской ответственности владельцев транспортных средств"]],
    ["бти", ["техническая инвентаризация"]],
    ["стройка", ["строительство", "строительный"]],
    ["земля", ["земельный участок"]],
    ["прописка", ["регистрация по месту жительства"]],
    ["садик", ["детский сад", "дошкольное образование"]],
    ["реклама", ["рекламный"]],
    ["перепланировка", ["переустройство", "перепланирование"]],
];

export class SearchSynonymsVocabulary1796158700000 implements MigrationInterface {
    name = 'SearchSynonymsVocabulary1796158700000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "search_synonym" (
                "term" varchar(100) NOT NULL,
                "alternatives" text array NOT NULL,
                CONSTRAINT "PK_search_synonym" PRIMARY KEY ("term"),
                CONSTRAINT "CHK_search_synonym_term" CHECK ("term" = lower("term") AND "term" !~ '\\s')
            )
        `);
        await queryRunner.query(`COMMENT ON TABLE "search_synonym" IS 'Сокращения и разговорные слова, которые поиск каталога дополняет их полными формами (term — одно слово в нижнем регистре, alternatives — слова или фразы)'`);
        // the app reads the list; it is maintained by migrations or by an operator as the owner
        await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE ON "search_synonym" FROM registry_app`);
        for (const [term, alternatives] of SYNONYMS) {
            await queryRunner.query(`INSERT INTO "search_synonym" ("term", "alternatives") VALUES ($1, $2)`, [term, alternatives]);
        }
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        // the stems of the words of service names, kept as names are created or changed (new words only)
        await queryRunner.query(`
            CREATE TABLE "search_lexeme" (
                "lexeme" text NOT NULL,
                CONSTRAINT "PK_search_lexeme" PRIMARY KEY ("lexeme")
            )
        `);
        await queryRunner.query(`CREATE INDEX "idx_search_lexeme_trgm" ON "search_lexeme" USING GIST ("lexeme" gist_trgm_ops)`);
        // the app adds words (through the trigger of the names it writes) and reads them; nothing else
        await queryRunner.query(`REVOKE UPDATE, DELETE ON "search_lexeme" FROM registry_app`);
        await queryRunner.query(`
            CREATE FUNCTION search_lexeme_collect() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                INSERT INTO search_lexeme (lexeme)
                SELECT DISTINCT l FROM unnest(tsvector_to_array(to_tsvector('russian', NEW.name))) l
                ON CONFLICT DO NOTHING;
                RETURN NULL;
            END
            $fn$
        `);
        await queryRunner.query(`
            CREATE TRIGGER search_lexeme_collect AFTER INSERT OR UPDATE OF name ON "service"
            FOR EACH ROW EXECUTE FUNCTION search_lexeme_collect()
        `);
        await queryRunner.query(`
            INSERT INTO search_lexeme (lexeme)
            SELECT DISTINCT l FROM service s CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('russian', s.name))) l
            ON CONFLICT DO NOTHING
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER search_lexeme_collect ON "service"`);
        await queryRunner.query(`DROP FUNCTION search_lexeme_collect()`);
        await queryRunner.query(`DROP TABLE "search_lexeme"`);
        await queryRunner.query(`DROP TABLE "search_synonym"`);
    }

}
