import { createHash } from "node:crypto";
import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Null and absent are the same in a content: stored contents are brought to the normal
 * form (no null fields, no empty objects below the root) and their content hash is
 * recomputed with the hash that ignores nulls. Only versions whose content changes are
 * touched; on a fresh database (or one written only by this version of the app) nothing
 * changes. The meaning of a published version is unchanged (a null field said nothing),
 * so its frozen history is not rewritten in substance: the immutability trigger is
 * bypassed for this one-time rewrite of the representation, as for earlier derivations.
 * Audit entries keep the hashes they recorded at the time (the log is append-only).
 *
 * The normal form and the hash are copied here (not imported) so that this migration
 * keeps doing what it did when it landed.
 */
function normalize(value: unknown, root: boolean): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map((v) => normalize(v, true) ?? null);
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const n = normalize(v, false);
      if (n !== undefined) out[key] = n;
    }
    return root || Object.keys(out).length > 0 ? out : undefined;
  }
  return value;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

export class ContentNormalForm1796158523805 implements MigrationInterface {
    name = 'ContentNormalForm1796158523805'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // candidates: contents whose text shows a null or an empty object (checked exactly below)
        const candidates: { id: string }[] = await queryRunner.query(
            `SELECT id FROM "standard_version" WHERE content::text LIKE '%null%' OR content::text LIKE '%{}%'`,
        );
        if (candidates.length === 0) return;
        await queryRunner.query(`ALTER TABLE "standard_version" DISABLE TRIGGER USER`);
        for (let i = 0; i < candidates.length; i += 500) {
            const ids = candidates.slice(i, i + 500).map((c) => c.id);
            const rows: { id: string; content: unknown }[] = await queryRunner.query(`SELECT id, content FROM "standard_version" WHERE id = ANY($1)`, [ids]);
            for (const row of rows) {
                const normal = normalize(row.content, true);
                if (JSON.stringify(sortKeys(normal)) === JSON.stringify(sortKeys(row.content))) continue;
                const hash = createHash("sha256").update(JSON.stringify(sortKeys(normal))).digest("hex");
                await queryRunner.query(`UPDATE "standard_version" SET content = $2, content_hash = $3 WHERE id = $1`, [row.id, JSON.stringify(normal), hash]);
            }
        }
        await queryRunner.query(`ALTER TABLE "standard_version" ENABLE TRIGGER USER`);
    }

    public async down(): Promise<void> {
        // the normal form means the same as what it replaced: nothing to undo
    }

}
