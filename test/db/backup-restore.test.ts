import fs from "node:fs";
import type { DataSource } from "typeorm";
import { Client } from "pg";
import { baseBackup, checkBackup, readManifest } from "../../src/db/backup";
import { restore } from "../../src/db/restore";
import { startEmbeddedPostgres } from "../../src/db/embedded-postgres";
import { createDataSource } from "../../src/data-source";
import { verifyAuditChain } from "../../src/history/audit-chain";
import { freePort, removeScratch, scratchDir, startScratchCluster } from "../support/cluster";
import { startHarness, type Harness } from "../support/harness";
import { DRAFT_CREATE, WITHDRAW, isoDate, publishContent, publishedService } from "../support/standards";
import { createLegalAct, createService, expectNoErrors } from "../support/factories";

/**
 * The restore drill (issue 10 §9), on a cluster of its own with WAL archiving on: a backup
 * taken while the server runs, restored into fresh data directories — as it was at the
 * backup, and at a point in time from the WAL archive — with every version's content hash
 * and the audit chain compared before and after.
 */
let db: Awaited<ReturnType<typeof startScratchCluster>>;
let h: Harness;
const archive = scratchDir("backup-wal-archive");
const dirs: string[] = [];

beforeAll(async () => {
  removeScratch(archive);
  db = await startScratchCluster("backup", { walArchiveDir: archive });
  h = await startHarness({ app: db.appUrl, owner: db.ownerUrl });
});
afterAll(async () => {
  await h?.close();
  await db?.remove();
  for (const dir of [archive, ...dirs]) removeScratch(dir);
});

/** Every version with its stored hash and a hash of the content as stored; the whole audit chain; the verifier's verdict. */
async function snapshot(ds: DataSource) {
  return {
    versions: await ds.query(
      `SELECT id, number, status, effective_from, effective_to, content_hash,
              encode(sha256(convert_to(content::text, 'UTF8')), 'hex') AS content_digest
         FROM standard_version ORDER BY id`,
    ),
    catalogue: await ds.query("SELECT version_id, status, effective_to FROM catalog_entry ORDER BY version_id"),
    chain: await ds.query("SELECT seq::text AS seq, prev_hash, hash FROM audit_entry ORDER BY seq"),
    verdict: await verifyAuditChain(ds),
  };
}

async function restoredSnapshot(dataDir: string) {
  const again = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "registry" });
  const ds = createDataSource(again.appUrl, undefined, { poolSize: 1 });
  await ds.initialize();
  try {
    return await snapshot(ds);
  } finally {
    await ds.destroy();
    await again.stop();
  }
}

async function superuser<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: db.superuserUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const fresh = (name: string) => {
  const dir = scratchDir(name);
  removeScratch(dir);
  dirs.push(dir);
  return dir;
};

describe("backup and restore drill", () => {
  it("restores a backup into a fresh data directory with every version and the audit chain as they were; the WAL archive gives point-in-time recovery", async () => {
    // a registry with history: a superseded version, a scheduled one, a withdrawal, a draft
    const { service, versionId, content } = await publishedService(h, { effectiveFrom: isoDate(-20) });
    const v2 = (await h.gql(DRAFT_CREATE, { serviceId: service.id })).data.standardDraftCreate.standardVersion;
    await publishContent(h, v2.id, 1, content, isoDate(15), (await createLegalAct(h)).id);
    const other = await publishedService(h, { effectiveFrom: isoDate(-3) });
    expectNoErrors(await h.gql(WITHDRAW, { id: other.versionId, reason: "Услуга упразднена" }), "standardVersionWithdraw");
    await createService(h);
    const before = await snapshot(h.ds);
    expect(before.verdict.valid).toBe(true);
    expect(before.versions.length).toBeGreaterThanOrEqual(4);
    expect(before.versions.map((v: { id: string }) => v.id)).toContain(Buffer.from(versionId, "base64url").toString().split(":")[1]);

    const backupDir = fresh("backup-copy");
    const manifest = await baseBackup({ superuserUrl: db.superuserUrl, dataDir: db.dataDir, target: backupDir });
    expect(checkBackup(backupDir)).toEqual([]);
    expect(readManifest(backupDir).auditHead).toEqual({ seq: before.verdict.headSeq, hash: before.verdict.headHash });
    expect(manifest.walFiles.length).toBeGreaterThan(0);
    expect(fs.statSync(`${backupDir}/credentials.json`).mode & 0o777).toBe(0o600);

    // after the backup: a change, a moment, another change
    await publishedService(h, { effectiveFrom: isoDate(0) });
    const [{ at }] = await h.ds.query("SELECT clock_timestamp()::text AS at");
    const middle = await snapshot(h.ds);
    await new Promise((r) => setTimeout(r, 1100));
    await publishedService(h, { effectiveFrom: isoDate(1) });
    const latest = await snapshot(h.ds);
    // the last segment goes to the archive now, not in a minute (archive_timeout)
    await superuser(async (c) => {
      const { rows: [{ file }] } = await c.query("SELECT pg_walfile_name(pg_switch_wal()) AS file");
      for (let i = 0; i < 100; i++) {
        const { rows: [{ last }] } = await c.query("SELECT last_archived_wal AS last FROM pg_stat_archiver");
        if (last && last.slice(8) >= file.slice(8)) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`${file} was not archived`);
    });

    // 1. the backup alone: exactly the state at the backup
    const plain = fresh("restore-plain");
    const result = await restore({ backupDir, dataDir: plain, port: await freePort(), database: "registry" });
    expect(result.auditChain).toEqual(before.verdict);
    expect(await restoredSnapshot(plain)).toEqual(before);

    // 2. point in time: the first change after the backup, not the second
    const pit = fresh("restore-pit");
    await restore({ backupDir, dataDir: pit, port: await freePort(), database: "registry", walArchiveDir: archive, targetTime: at });
    expect(await restoredSnapshot(pit)).toEqual(middle);

    // 3. the whole archive: everything up to the last archived change
    const all = fresh("restore-all");
    await restore({ backupDir, dataDir: all, port: await freePort(), database: "registry", walArchiveDir: archive });
    expect(await restoredSnapshot(all)).toEqual(latest);
  });

  it("refuses to restore over a data directory that is not empty, and a damaged backup", async () => {
    const backupDir = fresh("backup-refuse");
    await baseBackup({ superuserUrl: db.superuserUrl, dataDir: db.dataDir, target: backupDir });
    await expect(restore({ backupDir, dataDir: db.dataDir, port: await freePort(), database: "registry" })).rejects.toThrow(/not empty/);
    const file = Object.keys(readManifest(backupDir).files).find((f) => f.startsWith("base/"))!;
    fs.appendFileSync(`${backupDir}/data/${file}`, "x");
    expect(checkBackup(backupDir)).toEqual([`changed: ${file}`]);
    await expect(restore({ backupDir, dataDir: fresh("restore-damaged"), port: await freePort(), database: "registry" })).rejects.toThrow(/damaged/);
  });
});
