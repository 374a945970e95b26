import { startHarness, type Harness } from "../support/harness";
import { createAuthority, createService } from "../support/factories";
import { UPDATE, completeContent, isoDate, publishedService } from "../support/standards";
import { Viewer } from "../../src/auth/viewer";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const VALIDATE = `query($input: StandardContentInput!, $profile: StandardKind!) {
  standardValidate(input: $input, profile: $profile) {
    complete score
    elements { element status issues { rule } }
    issues { rule element legalReference severity path message }
  }
}`;

describe("standardValidate", () => {
  it("reports the issues of an unsaved content and saves nothing", async () => {
    const [{ n: before }] = await h.ds.query("SELECT count(*)::int AS n FROM standard_version");
    const [{ n: auditBefore }] = await h.ds.query("SELECT count(*)::int AS n FROM audit_entry");
    const res = await h.gql(VALIDATE, { input: { term: { value: 30 } }, profile: "REGULAR" });
    expect(res.errors).toBeUndefined();
    const report = res.data.standardValidate;
    expect(report.complete).toBe(false);
    expect(report.elements).toHaveLength(23);
    expect(report.issues).toContainEqual({
      rule: "TERM_UNIT_MISSING",
      element: "ART14_1_4",
      legalReference: expect.stringMatching(/п\. 4 ч\. 1 ст\. 14/),
      severity: "ERROR",
      path: ["term", "unit"],
      message: expect.stringMatching(/[а-я]/),
    });
    expect(report.elements.find((e: any) => e.element === "ART14_2_5").status).toBe("NOT_REQUIRED");
    expect((await h.ds.query("SELECT count(*)::int AS n FROM standard_version"))[0].n).toBe(before);
    expect((await h.ds.query("SELECT count(*)::int AS n FROM audit_entry"))[0].n).toBe(auditBefore);
  });

  it("says a complete standard is complete, for both profiles", async () => {
    const content = await completeContent(h);
    for (const profile of ["REGULAR", "UNIFIED"]) {
      const res = await h.gql(VALIDATE, { input: content, profile });
      expect(res.data.standardValidate.issues.filter((i: any) => i.severity === "ERROR")).toEqual([]);
      expect(res.data.standardValidate).toMatchObject({ complete: true, score: 1 });
    }
  });

  it("requires authentication", async () => {
    const res = await h.gql(VALIDATE, { input: {}, profile: "REGULAR" }, Viewer.anonymous());
    expect(res.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  });
});

describe("StandardVersion.completeness and completenessSummary", () => {
  it("gives each version its report, and summarises an authority with its subordinates", async () => {
    const root = await createAuthority(h, { level: "REGIONAL" });
    const child = await createAuthority(h, { parentId: root.id });
    const { versionId } = await publishedService(h, { effectiveFrom: isoDate(0), authorityId: child.id, content: await completeContent(h, child.id) });
    const draft = await createService(h, { authorityId: child.id });
    await h.gql(UPDATE, { id: draft.draft.id, input: { term: { value: 5 } }, rev: 1 });
    await createService(h, { authorityId: root.id }); // an empty draft of the root itself

    const version = await h.gql(`query($id: ID!) { standardVersion(id: $id) { completeness { complete score } } }`, { id: versionId });
    expect(version.data.standardVersion.completeness).toEqual({ complete: true, score: 1 });

    const SUMMARY = `query($id: ID!, $sub: Boolean) { completenessSummary(authorityId: $id, includeSubordinate: $sub) {
      authority { id } includeSubordinate drafts { complete incomplete } published { complete incomplete }
      topFailingRules { count rule { code elements severityRegular legalReference } } } }`;
    const all = await h.gql(SUMMARY, { id: root.id, sub: true });
    expect(all.errors).toBeUndefined();
    expect(all.data.completenessSummary).toMatchObject({
      authority: { id: root.id },
      includeSubordinate: true,
      drafts: { complete: 0, incomplete: 2 },
      published: { complete: 1, incomplete: 0 },
    });
    const top = all.data.completenessSummary.topFailingRules;
    expect(top[0]).toMatchObject({ count: 2, rule: { severityRegular: "ERROR" } });
    const onlyRoot = await h.gql(SUMMARY, { id: root.id, sub: false });
    expect(onlyRoot.data.completenessSummary).toMatchObject({ drafts: { complete: 0, incomplete: 1 }, published: { complete: 0, incomplete: 0 } });

    // verdicts are stored and reused: a second summary evaluates nothing new
    const [{ n }] = await h.ds.query("SELECT count(*)::int AS n FROM completeness_result");
    await h.gql(SUMMARY, { id: root.id, sub: true });
    expect((await h.ds.query("SELECT count(*)::int AS n FROM completeness_result"))[0].n).toBe(n);
  });

  it("lists the rule catalogue", async () => {
    const res = await h.gql(`{ completenessRules { code kind elements severityRegular severityUnified legalReference description } }`);
    const codes = res.data.completenessRules.map((r: any) => r.code);
    expect(codes).toEqual(expect.arrayContaining(["DOCUMENTS_INTERAGENCY_DEMANDED_FROM_APPLICANT", "QUEUE_TIME_OVER_15_MINUTES", "TERM_UNIT_MISSING"]));
    expect(new Set(codes).size).toBe(codes.length);
  });
});
