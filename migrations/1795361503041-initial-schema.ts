import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795361503041 implements MigrationInterface {
    name = 'InitialSchema1795361503041'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."government_level" AS ENUM('FEDERAL', 'REGIONAL', 'MUNICIPAL')
        `);
        await queryRunner.query(`
            CREATE TABLE "authority" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(1000) NOT NULL,
                "short_name" character varying(300),
                "level" "public"."government_level" NOT NULL,
                "oktmo" character varying(11),
                "parent_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b0f9bb35ff132fc6bd92d0582ce" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_authority_oktmo" ON "authority" ("oktmo")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_authority_parent_id" ON "authority" ("parent_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."legal_act_type" AS ENUM(
                'CONSTITUTION',
                'FEDERAL_CONSTITUTIONAL_LAW',
                'FEDERAL_LAW',
                'CODE',
                'PRESIDENTIAL_DECREE',
                'GOVERNMENT_DECREE',
                'GOVERNMENT_ORDER',
                'FEDERAL_BODY_ACT',
                'REGIONAL_LAW',
                'REGIONAL_ACT',
                'MUNICIPAL_ACT'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "legal_act" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "type" "public"."legal_act_type" NOT NULL,
                "issuer" character varying(500) NOT NULL,
                "number" character varying(100) NOT NULL,
                "date" date NOT NULL,
                "title" character varying(2000) NOT NULL,
                "url" character varying(2000),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b9541dd361186b233c0cc3d9419" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_legal_act_identity" ON "legal_act" ("type", "issuer", "number", "date")
        `);
        // Russian full-text search over legal acts (declared on the entity with synchronize: false)
        await queryRunner.query(`
            CREATE INDEX "idx_legal_act_search" ON "legal_act" USING GIN (to_tsvector('russian', "title" || ' ' || "number"))
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."standard_kind" AS ENUM('REGULAR', 'UNIFIED')
        `);
        await queryRunner.query(`
            CREATE TABLE "service" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "registry_number" character varying(64) NOT NULL,
                "name" character varying(2000) NOT NULL,
                "authority_id" uuid NOT NULL,
                "level" "public"."government_level" NOT NULL,
                "kind" "public"."standard_kind" NOT NULL DEFAULT 'REGULAR',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_85a21558c006647cd76fdce044b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_service_registry_number" ON "service" ("registry_number")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_service_authority_id" ON "service" ("authority_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_service_updated_at" ON "service" ("updated_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."standard_version_status" AS ENUM(
                'DRAFT',
                'IN_REVIEW',
                'PUBLISHED',
                'SUPERSEDED',
                'WITHDRAWN'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "standard_version" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "service_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "status" "public"."standard_version_status" NOT NULL DEFAULT 'DRAFT',
                "content" jsonb NOT NULL,
                "content_hash" character varying(64) NOT NULL,
                "revision" integer NOT NULL DEFAULT '1',
                "effective_from" date,
                "effective_to" date,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "change_note" text,
                "created_by" character varying(300),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_standard_version_number" UNIQUE ("service_id", "number"),
                CONSTRAINT "PK_88091ebda1833fd6071127adb02" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_standard_version_service_id" ON "standard_version" ("service_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "authority"
            ADD CONSTRAINT "FK_0306dd3786fea5b8fad8f739c42" FOREIGN KEY ("parent_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "service"
            ADD CONSTRAINT "FK_21dae7d114ef9ae73edbdab6f03" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "standard_version"
            ADD CONSTRAINT "FK_198ef45b003b429c551f46da125" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_legal_act_search"`);
        await queryRunner.query(`
            ALTER TABLE "standard_version" DROP CONSTRAINT "FK_198ef45b003b429c551f46da125"
        `);
        await queryRunner.query(`
            ALTER TABLE "service" DROP CONSTRAINT "FK_21dae7d114ef9ae73edbdab6f03"
        `);
        await queryRunner.query(`
            ALTER TABLE "authority" DROP CONSTRAINT "FK_0306dd3786fea5b8fad8f739c42"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_standard_version_service_id"
        `);
        await queryRunner.query(`
            DROP TABLE "standard_version"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."standard_version_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_service_updated_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_service_authority_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_service_registry_number"
        `);
        await queryRunner.query(`
            DROP TABLE "service"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."standard_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_legal_act_identity"
        `);
        await queryRunner.query(`
            DROP TABLE "legal_act"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."legal_act_type"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_authority_parent_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_authority_oktmo"
        `);
        await queryRunner.query(`
            DROP TABLE "authority"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."government_level"
        `);
    }

}
