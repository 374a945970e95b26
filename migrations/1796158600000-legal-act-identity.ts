import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Registrars register the acts they cite: an act is one record per type, issuer, number
 * and date whatever the letter case (the service also collapses spaces and drops a
 * leading "№" before it looks an act up). The index holds that under concurrent
 * registrations; it fails to build only if such duplicates were already registered,
 * which an administrator then resolves.
 */
export class LegalActIdentity1796158600000 implements MigrationInterface {
    name = 'LegalActIdentity1796158600000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_legal_act_identity_ci" ON "legal_act" ("type", lower("issuer"), lower("number"), "date")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."uq_legal_act_identity_ci"`);
    }

}
