import { MigrationInterface, QueryRunner } from "typeorm";

/** Password sign-in for the web workspace: Argon2id credentials, throttling of failed attempts, browser sessions. */
export class PasswordSignIn1796159400000 implements MigrationInterface {
    name = 'PasswordSignIn1796159400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "user_credential" ("user_id" uuid NOT NULL, "password_hash" character varying(200) NOT NULL, "must_change" boolean NOT NULL DEFAULT true, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e3ed75d626fd1dc6847bfae267e" PRIMARY KEY ("user_id"))`);
        await queryRunner.query(`CREATE TABLE "sign_in_throttle" ("login" character varying(100) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f401126d029ac86ac8b27ec3b9a" PRIMARY KEY ("login"))`);
        await queryRunner.query(`CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "absolute_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "user_agent" character varying(300), CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_user_session_user_id" ON "user_session" ("user_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_session_token_hash" ON "user_session" ("token_hash") `);
        await queryRunner.query(`ALTER TABLE "user_credential" ADD CONSTRAINT "FK_e3ed75d626fd1dc6847bfae267e" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_session" ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"`);
        await queryRunner.query(`ALTER TABLE "user_credential" DROP CONSTRAINT "FK_e3ed75d626fd1dc6847bfae267e"`);
        await queryRunner.query(`DROP INDEX "public"."uq_user_session_token_hash"`);
        await queryRunner.query(`DROP INDEX "public"."idx_user_session_user_id"`);
        await queryRunner.query(`DROP TABLE "user_session"`);
        await queryRunner.query(`DROP TABLE "sign_in_throttle"`);
        await queryRunner.query(`DROP TABLE "user_credential"`);
    }
}
