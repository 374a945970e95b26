import { MigrationInterface, QueryRunner } from "typeorm";

export class UsersRolesTokens1795362432489 implements MigrationInterface {
    name = 'UsersRolesTokens1795362432489'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "login" character varying(100) NOT NULL,
                "name" character varying(300) NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_app_user_login" ON "app_user" ("login")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."user_role" AS ENUM('ADMIN', 'REGISTRAR', 'APPROVER', 'AUDITOR')
        `);
        await queryRunner.query(`
            CREATE TABLE "role_assignment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "role" "public"."user_role" NOT NULL,
                "authority_id" uuid,
                "include_subordinates" boolean NOT NULL DEFAULT false,
                CONSTRAINT "uq_role_assignment" UNIQUE ("user_id", "role", "authority_id"),
                CONSTRAINT "PK_7e79671a8a5db18936173148cb4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_role_assignment_user_id" ON "role_assignment" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "api_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "prefix" character varying(12) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_api_token_user_id" ON "api_token" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_api_token_hash" ON "api_token" ("token_hash")
        `);
        await queryRunner.query(`
            ALTER TABLE "authority"
            ADD "four_eyes" boolean NOT NULL DEFAULT true
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version"
            ADD "submitted_by" character varying(300)
        `);
        await queryRunner.query(`
            ALTER TABLE "role_assignment"
            ADD CONSTRAINT "FK_0308896e1a10f74ce104f6cc93f" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "role_assignment"
            ADD CONSTRAINT "FK_5047eadc8b4677163332ad5c786" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "api_token"
            ADD CONSTRAINT "FK_1725c5ea908ff009f6ab3fa34fd" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "api_token" DROP CONSTRAINT "FK_1725c5ea908ff009f6ab3fa34fd"
        `);
        await queryRunner.query(`
            ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_5047eadc8b4677163332ad5c786"
        `);
        await queryRunner.query(`
            ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_0308896e1a10f74ce104f6cc93f"
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version" DROP COLUMN "submitted_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "authority" DROP COLUMN "four_eyes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_api_token_hash"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_api_token_user_id"
        `);
        await queryRunner.query(`
            DROP TABLE "api_token"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_role_assignment_user_id"
        `);
        await queryRunner.query(`
            DROP TABLE "role_assignment"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."user_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_app_user_login"
        `);
        await queryRunner.query(`
            DROP TABLE "app_user"
        `);
    }

}
