import fs from "node:fs";
import path from "node:path";
import { In, type DataSource, type EntityManager } from "typeorm";
import { evaluate } from "./evaluate";
import { Severity, type CompletenessIssue, type CompletenessReport, type EvaluationContext } from "./types";
import { CompletenessResult } from "./completeness-result.entity";
import { RULE_BY_CODE } from "./rules";
import type { StandardKind } from "../services/service.entity";
import type { StandardContent } from "../standards/content/standard-content";
import { StandardVersion } from "../standards/standard-version.entity";
import { LegalAct, isFederalActType, isTaxCode } from "../legal-acts/legal-act.entity";
import { Authority } from "../authorities/authority.entity";
import { collectActIds, collectAuthorityIds } from "../standards/content/content-tools";
import { toGlobalId, tryDecodeId, decodeId } from "../shared/relay/global-id";
import { sha256 } from "../shared/canonical-json";
import type { Viewer } from "../auth/viewer";
import type { AuthorityService } from "../authorities/authority.service";
import { Role } from "../auth/auth.entities";
import { forbidden } from "../auth/errors";
import { today } from "../shared/dates";

/**
 * Identifies the rules in force: a hash of the compiled rules code, so that stored
 * verdicts are recomputed after any change of a rule.
 */
export const RULES_VERSION: string = (() => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(js|ts)$/.test(entry.name) && !/\.d\.ts$|\.service\.|\.resolver\.|\.types\.|\.entity\./.test(entry.name)) files.push(full);
    }
  };
  walk(__dirname);
  walk(path.join(__dirname, "..", "variants")); // what a variant selects and how its view reads
  return sha256(files.map((f) => fs.readFileSync(f, "utf8")).join("\u0000")).slice(0, 16);
})();

export interface CountsByState {
  complete: number;
  incomplete: number;
}

/** An incomplete version in a completeness report, with its errors. */
export interface FailingVersion {
  versionId: string;
  number: number;
  status: StandardVersion["status"];
  serviceId: string;
  registryNumber: string;
  serviceName: string;
  authorityId: string;
  authorityName: string;
  score: number;
  issues: CompletenessIssue[];
}

export interface CompletenessSummaryData {
  authorityId: string;
  includeSubordinate: boolean;
  drafts: CountsByState;
  published: CountsByState;
  topFailingRules: { rule: string; count: number }[];
}

/** Gathers the facts the pure rules need (the cited acts), evaluates contents and keeps verdicts for summaries. */
export class CompletenessService {
  constructor(
    private readonly ds: DataSource,
    private readonly viewer: Viewer,
    private readonly authorities: AuthorityService,
  ) {}

  async evaluate(content: StandardContent, profile: StandardKind, em: EntityManager = this.ds.manager): Promise<CompletenessReport> {
    return evaluate(content, await this.context([content], profile, em));
  }

  /**
   * The evaluation context for one or several contents: the legal acts they cite, with their
   * level (and whether an act is the Tax Code), and which of the authorities they name are
   * registered (references are checked as an update checks them).
   */
  async context(contents: StandardContent[], profile: StandardKind, em: EntityManager = this.ds.manager): Promise<EvaluationContext> {
    const actIds = new Set<string>();
    const authorityIds = new Set<string>();
    for (const content of contents) {
      collectActIds(content, actIds);
      collectAuthorityIds(content, authorityIds);
    }
    const decode = (type: "LegalAct" | "Authority", globalIds: Set<string>) =>
      [...globalIds].map((g) => tryDecodeId(type, g)).filter((id): id is string => !!id);
    const actUuids = decode("LegalAct", actIds);
    const authorityUuids = decode("Authority", authorityIds);
    const acts = actUuids.length
      ? await em.getRepository(LegalAct).find({ select: { id: true, type: true, number: true, title: true }, where: { id: In(actUuids) } })
      : [];
    const authorities = authorityUuids.length ? await em.getRepository(Authority).find({ select: { id: true }, where: { id: In(authorityUuids) } }) : [];
    return {
      profile,
      acts: new Map(acts.map((a) => [toGlobalId("LegalAct", a.id), { type: a.type, federal: isFederalActType(a.type), taxCode: isTaxCode(a) }])),
      authorities: new Set(authorities.map((a) => toGlobalId("Authority", a.id))),
    };
  }

  /** Stores the verdict of a version (in the caller's transaction). */
  async record(em: EntityManager, version: StandardVersion, profile: StandardKind, report?: CompletenessReport): Promise<void> {
    const verdict = report ?? (await this.evaluate(version.content, profile, em));
    await em.upsert(CompletenessResult, resultRow(version, profile, verdict), ["versionId"]);
  }

  /**
   * Complete / incomplete counts of the open drafts and of the published versions of
   * an authority's services (optionally with subordinates), and the most frequent
   * failing rules. Verdicts stored for the current content and rules are reused; the
   * others are computed and stored on the way.
   */
  async summary(authorityGlobalId: string, includeSubordinate: boolean): Promise<CompletenessSummaryData> {
    const authorityIds = await this.reportScope(authorityGlobalId, includeSubordinate);
    const rootId = decodeId("Authority", authorityGlobalId, ["authorityId"]);
    // open drafts, and published versions in force or coming into force (not those superseded)
    const scope = `FROM standard_version v JOIN service s ON s.id = v.service_id
       WHERE s.authority_id = ANY($1::uuid[])
         AND (v.status IN ('DRAFT', 'IN_REVIEW') OR (v.status = 'PUBLISHED' AND (v.effective_to IS NULL OR v.effective_to > $2::date)))`;
    const date = today();
    const stale: { id: string; kind: StandardKind }[] = await this.ds.query(
      `SELECT v.id, s.kind ${scope}
         AND NOT EXISTS (SELECT 1 FROM completeness_result r WHERE r.version_id = v.id
                          AND r.content_hash = v.content_hash AND r.profile = s.kind AND r.rules_version = $3)`,
      [authorityIds, date, RULES_VERSION],
    );
    await this.refresh(stale);
    const [counts] = await this.ds.query(
      `SELECT count(*) FILTER (WHERE v.status <> 'PUBLISHED' AND r.complete)::int AS drafts_complete,
              count(*) FILTER (WHERE v.status <> 'PUBLISHED' AND NOT r.complete)::int AS drafts_incomplete,
              count(*) FILTER (WHERE v.status = 'PUBLISHED' AND r.complete)::int AS published_complete,
              count(*) FILTER (WHERE v.status = 'PUBLISHED' AND NOT r.complete)::int AS published_incomplete
         ${scope.replace("WHERE", "JOIN completeness_result r ON r.version_id = v.id WHERE")}`,
      [authorityIds, date],
    );
    const top: { rule: string; count: number }[] = await this.ds.query(
      `SELECT rule, count(*)::int AS count
         FROM (SELECT unnest(r.error_rules) AS rule ${scope.replace("WHERE", "JOIN completeness_result r ON r.version_id = v.id WHERE")}) failing
        GROUP BY rule ORDER BY count DESC, rule LIMIT 10`,
      [authorityIds, date],
    );
    return {
      authorityId: rootId,
      includeSubordinate,
      drafts: { complete: counts.drafts_complete, incomplete: counts.drafts_incomplete },
      published: { complete: counts.published_complete, incomplete: counts.published_incomplete },
      topFailingRules: top,
    };
  }

  /**
   * The incomplete versions counted by the summary (open drafts, published versions in force or
   * coming into force), with their findings (errors): who, which service, which rule, which norm.
   * Read after the summary, whose verdicts are then current.
   */
  async failing(authorityGlobalId: string, includeSubordinate: boolean): Promise<FailingVersion[]> {
    const authorityIds = await this.reportScope(authorityGlobalId, includeSubordinate);
    const rows: (Omit<FailingVersion, "issues"> & { kind: StandardKind })[] = await this.ds.query(
      `SELECT v.id AS "versionId", v.number, v.status, s.id AS "serviceId", s.registry_number AS "registryNumber", s.name AS "serviceName",
              s.kind, a.id AS "authorityId", a.name AS "authorityName", r.score
         FROM standard_version v JOIN service s ON s.id = v.service_id JOIN authority a ON a.id = s.authority_id
         JOIN completeness_result r ON r.version_id = v.id
        WHERE s.authority_id = ANY($1::uuid[]) AND NOT r.complete
          AND (v.status IN ('DRAFT', 'IN_REVIEW') OR (v.status = 'PUBLISHED' AND (v.effective_to IS NULL OR v.effective_to > $2::date)))
        ORDER BY a.name, s.name, s.registry_number, v.number`,
      [authorityIds, today()],
    );
    const out: FailingVersion[] = [];
    for (let i = 0; i < rows.length; i += 500) {
      const batch = rows.slice(i, i + 500);
      const contents: { id: string; content: StandardContent }[] = await this.ds.query(`SELECT id, content FROM standard_version WHERE id = ANY($1::uuid[])`, [batch.map((r) => r.versionId)]);
      const contentOf = new Map(contents.map((c) => [c.id, c.content]));
      for (const profile of new Set(batch.map((r) => r.kind))) {
        const group = batch.filter((r) => r.kind === profile);
        const ctx = await this.context(group.map((r) => contentOf.get(r.versionId) ?? {}), profile);
        for (const { kind: _kind, ...row } of group) {
          const report = evaluate(contentOf.get(row.versionId) ?? {}, ctx);
          out.push({ ...row, issues: report.issues.filter((issue) => issue.severity === Severity.ERROR) });
        }
      }
    }
    const order = new Map(rows.map((r, i) => [r.versionId, i]));
    return out.sort((a, b) => order.get(a.versionId)! - order.get(b.versionId)!);
  }

  /** The authorities of a report: the authority (with subordinates) whose internals the viewer reads. */
  private async reportScope(authorityGlobalId: string, includeSubordinate: boolean): Promise<string[]> {
    this.viewer.requireAuthenticated();
    const authorityIds = await this.authorities.scopeIds(authorityGlobalId, includeSubordinate, ["authorityId"]);
    if (!authorityIds.length || !authorityIds.every((id) => this.viewer.canSeeInternals(id) || this.viewer.has(Role.ADMIN, null))) {
      throw forbidden();
    }
    return authorityIds;
  }

  /**
   * Evaluates and stores verdicts in batches (one contents query and one acts query per
   * batch); the next batch is read while this one is evaluated, so PostgreSQL and Node
   * work at the same time.
   */
  private async refresh(stale: { id: string; kind: StandardKind }[]): Promise<void> {
    const BATCH = 500;
    const read = (from: number) =>
      from < stale.length
        ? (this.ds.query(`SELECT id, content, content_hash AS "contentHash" FROM standard_version WHERE id = ANY($1::uuid[])`, [
            stale.slice(from, from + BATCH).map((b) => b.id),
          ]) as Promise<Pick<StandardVersion, "id" | "content" | "contentHash">[]>)
        : null;
    let next = read(0);
    for (let i = 0; next; i += BATCH) {
      const versions = await next;
      next = read(i + BATCH);
      const batch = stale.slice(i, i + BATCH);
      const kindOf = new Map(batch.map((b) => [b.id, b.kind]));
      const rows = [];
      for (const profile of new Set(kindOf.values())) {
        const group = versions.filter((v) => kindOf.get(v.id) === profile);
        const ctx = await this.context(group.map((v) => v.content), profile);
        for (const v of group) rows.push(resultRow(v, profile, evaluate(v.content, ctx)));
      }
      if (rows.length) await this.ds.getRepository(CompletenessResult).upsert(rows, ["versionId"]);
    }
  }
}

function resultRow(version: Pick<StandardVersion, "id" | "contentHash">, profile: StandardKind, report: CompletenessReport) {
  const codes = (severity: Severity) => [...new Set(report.issues.filter((i) => i.severity === severity).map((i) => i.rule))];
  return {
    versionId: version.id,
    contentHash: version.contentHash,
    profile,
    rulesVersion: RULES_VERSION,
    complete: report.complete,
    score: report.score,
    errorRules: codes(Severity.ERROR),
    warningRules: codes(Severity.WARNING),
  };
}

export { RULE_BY_CODE };
