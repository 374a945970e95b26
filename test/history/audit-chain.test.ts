import type { DataSource, EntityManager } from "typeorm";
import { startHarness, unique, type Harness } from "../support/harness";
import { completeDraft } from "../support/standards";
import { verifyAuditChainIn } from "../../src/history/audit-chain";
import { auditVerify } from "../../src/scripts/audit-verify";
import { Viewer } from "../../src/auth/viewer";
import { AuthService } from "../../src/auth/auth.service";

/**
 * The audit log is tamper-evident (issue 10 §2): each entry carries the previous entry's
 * hash; the verifier (query auditChainVerification, npm run audit:verify) finds the first
 * entry changed, removed or slipped in with raw SQL — as the owner, since the app's role may
 * not touch the log at all (test/db/least-privilege.test.ts).
 */
let h: Harness;
let owner: DataSource;
beforeAll(async () => {
  h = await startHarness();
  owner = await h.owner();
});
afterAll(() => h.close());

const VERIFY = `{ auditChainVerification { valid entries headSeq headHash firstBroken { seq entryId kind message } } }`;

/** Three fresh entries of this test, in chain order. */
async function entries(): Promise<{ id: string; seq: string; prev_hash: string | null; hash: string }[]> {
  // a draft is submitted only when complete
  const { service } = await completeDraft(h);
  await h.gql(`mutation($id: ID!) { standardDraftSubmit(id: $id) { userErrors { code } } }`, { id: service.draft.id });
  await h.gql(`mutation($id: ID!) { standardDraftReturn(id: $id, remarks: "Уточните") { userErrors { code } } }`, { id: service.draft.id });
  return h.ds.query("SELECT id, seq::text AS seq, prev_hash, hash FROM audit_entry WHERE service_id = $1 ORDER BY seq", [
    Buffer.from(service.id, "base64url").toString().split(":")[1],
  ]);
}

/** Raw SQL by the owner with the log's own triggers off, inside `work`'s transaction. */
async function forged<T>(em: EntityManager, sql: string, params: unknown[]): Promise<void> {
  await em.query("ALTER TABLE audit_entry DISABLE TRIGGER USER");
  await em.query(sql, params);
  await em.query("ALTER TABLE audit_entry ENABLE TRIGGER USER");
}

class Rollback extends Error {}
async function inRolledBackTransaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
  let result: T;
  await owner
    .transaction(async (em) => {
      result = await work(em);
      throw new Rollback();
    })
    .catch((e) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return result!;
}

describe("the audit chain", () => {
  it("links each entry to the previous one by its hash, computed by the database", async () => {
    const [a, b, c] = await entries();
    const [prevOfA] = await h.ds.query("SELECT hash FROM audit_entry WHERE seq < $1 ORDER BY seq DESC LIMIT 1", [a.seq]);
    expect(a.prev_hash).toBe(prevOfA?.hash ?? null);
    // other tests may write between ours: each entry links to its predecessor in seq order
    for (const e of [b, c]) {
      const [prev] = await h.ds.query("SELECT hash FROM audit_entry WHERE seq < $1 ORDER BY seq DESC LIMIT 1", [e.seq]);
      expect(e.prev_hash).toBe(prev.hash);
    }
    const [{ recomputed }] = await h.ds.query("SELECT audit_entry_hash(e) AS recomputed FROM audit_entry e WHERE id = $1", [b.id]);
    expect(recomputed).toBe(b.hash);
    // a client cannot choose them
    const [inserted] = await h.ds.query(
      "INSERT INTO audit_entry (action, entity_type, entity_id, changes, prev_hash, hash, seq, occurred_at) VALUES ('probe', 'Service', gen_random_uuid(), '{}', 'forged', 'forged', 1, '2001-01-01') RETURNING prev_hash, hash, seq::text AS seq, occurred_at",
    );
    expect(inserted.hash).not.toBe("forged");
    expect(inserted.prev_hash).not.toBe("forged");
    expect(Number(inserted.seq)).toBeGreaterThan(Number(c.seq));
    expect(new Date(inserted.occurred_at).getFullYear()).toBeGreaterThan(2001);
  });

  it("the query and the command report an intact chain", async () => {
    await entries();
    const res = await h.gql(VERIFY);
    expect(res.data.auditChainVerification).toMatchObject({ valid: true, firstBroken: null, headHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const lines: string[] = [];
    const { code, report } = await auditVerify(process.env.DATABASE_URL!, (l) => lines.push(l));
    expect(code).toBe(0);
    expect(report.valid).toBe(true);
    expect(lines[0]).toMatch(/Журнал аудита цел/);
  });

  it("an entry changed with raw SQL: the verifier names it (ALTERED)", async () => {
    const [, b] = await entries();
    const report = await inRolledBackTransaction(async (em) => {
      await forged(em, `UPDATE audit_entry SET changes = '{"remarks": "подделано"}' WHERE id = $1`, [b.id]);
      return verifyAuditChainIn(em);
    });
    expect(report).toMatchObject({ valid: false, firstBroken: { seq: b.seq, entryId: b.id, kind: "ALTERED" } });
  });

  it("an entry changed and given a fresh hash: the next entry's link breaks (BROKEN_LINK)", async () => {
    const [, b, c] = await entries();
    const report = await inRolledBackTransaction(async (em) => {
      await forged(em, `UPDATE audit_entry SET actor = 'someone-else' WHERE id = $1`, [b.id]);
      await forged(em, `UPDATE audit_entry e SET hash = audit_entry_hash(e) WHERE id = $1`, [b.id]);
      return verifyAuditChainIn(em);
    });
    expect(report.firstBroken).toMatchObject({ seq: c.seq, entryId: c.id, kind: "BROKEN_LINK" });
  });

  it("an entry removed: the one after it has lost its link (BROKEN_LINK); entries removed from the end: TRUNCATED", async () => {
    const [, b, c] = await entries();
    const removed = await inRolledBackTransaction(async (em) => {
      await forged(em, `DELETE FROM audit_entry WHERE id = $1`, [b.id]);
      return verifyAuditChainIn(em);
    });
    expect(removed.firstBroken).toMatchObject({ seq: c.seq, kind: "BROKEN_LINK" });
    const truncated = await inRolledBackTransaction(async (em) => {
      await em.query("LOCK TABLE audit_chain_head"); // nobody appends meanwhile
      await forged(em, `DELETE FROM audit_entry WHERE seq = (SELECT last_seq FROM audit_chain_head)`, []);
      return verifyAuditChainIn(em);
    });
    expect(truncated.firstBroken).toMatchObject({ kind: "TRUNCATED", entryId: null });
  });

  it("an entry inserted around the chain (triggers off): BROKEN_LINK", async () => {
    const report = await inRolledBackTransaction(async (em) => {
      await em.query("LOCK TABLE audit_chain_head");
      await forged(
        em,
        `INSERT INTO audit_entry (action, entity_type, entity_id, changes, hash, seq)
         VALUES ('standardVersionPublish', 'StandardVersion', gen_random_uuid(), '{}', repeat('0', 64), (SELECT last_seq FROM audit_chain_head) + 1)`,
        [],
      );
      return verifyAuditChainIn(em);
    });
    // its hash is not what its fields give (and were it right, its link would not be)
    expect(report.firstBroken?.kind).toBe("ALTERED");
  });

  it("a forgery committed with raw SQL by the owner is caught by the query and by the command; repaired, the chain is intact again", async () => {
    const [a] = await entries();
    const [original] = await owner.query("SELECT changes FROM audit_entry WHERE id = $1", [a.id]);
    await owner.transaction((em) => forged(em, `UPDATE audit_entry SET changes = '{"forged": true}' WHERE id = $1`, [a.id]));
    try {
      const res = await h.gql(VERIFY);
      expect(res.data.auditChainVerification).toMatchObject({ valid: false, headHash: null, firstBroken: { seq: a.seq, kind: "ALTERED", message: expect.stringMatching(new RegExp(`№ ${a.seq} изменена`)) } });
      expect(Buffer.from(res.data.auditChainVerification.firstBroken.entryId, "base64url").toString()).toBe(`AuditEntry:${a.id}`);
      const lines: string[] = [];
      const { code } = await auditVerify(process.env.DATABASE_URL!, (l) => lines.push(l));
      expect(code).toBe(1);
      expect(lines[0]).toMatch(new RegExp(`НАРУШЕН \\(ALTERED\\) на записи № ${a.seq}`));
    } finally {
      await owner.transaction((em) => forged(em, `UPDATE audit_entry SET changes = $2 WHERE id = $1`, [a.id, JSON.stringify(original.changes)]));
    }
    expect((await h.gql(VERIFY)).data.auditChainVerification.valid).toBe(true);
  });

  it("is verified by administrators and auditors; others are refused", async () => {
    const login = unique("chain-");
    const created = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } } }`, { input: { login, name: login } });
    const userId = Buffer.from(created.data.userCreate.user.id, "base64url").toString().split(":")[1];
    const nobody = await new AuthService(h.ds).viewerOf(userId, login);
    expect((await h.gql(VERIFY, {}, nobody)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await h.gql(VERIFY, {}, Viewer.anonymous())).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    await h.gql(`mutation($id: ID!) { userRoleGrant(userId: $id, input: { role: ADMIN }) { userErrors { code } } }`, { id: created.data.userCreate.user.id });
    const admin = await new AuthService(h.ds).viewerOf(userId, login);
    expect((await h.gql(VERIFY, {}, admin)).data.auditChainVerification.valid).toBe(true);
  });
});
