import { MigrationInterface, QueryRunner } from "typeorm";

export class CompletenessResults1795362763440 implements MigrationInterface {
    name = 'CompletenessResults1795362763440'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "completeness_result" (
                "version_id" uuid NOT NULL,
                "content_hash" character varying(64) NOT NULL,
                "profile" "public"."standard_kind" NOT NULL,
                "rules_version" character varying(64) NOT NULL,
                "complete" boolean NOT NULL,
                "score" real NOT NULL,
                "error_rules" text array NOT NULL,
                "warning_rules" text array NOT NULL,
                "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_cc87f6a2588729c7f26d68f6c07" PRIMARY KEY ("version_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "completeness_result"
            ADD CONSTRAINT "FK_cc87f6a2588729c7f26d68f6c07" FOREIGN KEY ("version_id") REFERENCES "standard_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "completeness_result" DROP CONSTRAINT "FK_cc87f6a2588729c7f26d68f6c07"
        `);
        await queryRunner.query(`
            DROP TABLE "completeness_result"
        `);
    }

}
