import { startHarness, type Harness } from "../support/harness";
import { createLegalAct, createService, expectNoErrors } from "../support/factories";
import { DRAFT_CREATE, UPDATE, isoDate, publishContent, publishedService } from "../support/standards";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const DIFF = `query($from: ID!, $to: ID!) { standardDiff(fromVersionId: $from, toVersionId: $to) { from { number } to { number } changes { element path kind before after summary } } }`;

describe("standardDiff and changesFromPrevious", () => {
  it("lists exactly the element-level changes of an amendment, matching items by key", async () => {
    const { service, versionId: v1, content } = await publishedService(h, { effectiveFrom: isoDate(-30) });
    const v2 = (await h.gql(DRAFT_CREATE, { serviceId: service.id })).data.standardDraftCreate.standardVersion;
    const docs = content.documents!.applicantDocuments!.items!;
    const amended = {
      ...content,
      term: { ...content.term, value: 3 },
      documents: {
        ...content.documents,
        applicantDocuments: {
          ...content.documents!.applicantDocuments,
          items: [{ ...docs[0], name: `${docs[0].name} (в новой редакции)` }, ...docs.slice(2)],
        },
      },
    };
    const act = await createLegalAct(h, { type: "MUNICIPAL_ACT", title: "О внесении изменений" });
    await publishContent(h, v2.id, 1, amended, isoDate(0), act.id);

    const res = await h.gql(DIFF, { from: v1, to: v2.id });
    expect(res.errors).toBeUndefined();
    const { changes } = res.data.standardDiff;
    const items = ["documents", "applicantDocuments", "items"];
    expect(changes.map((c: any) => [c.element, c.kind, c.path])).toEqual([
      ["ART14_1_4", "CHANGED", ["term"]],
      ["ART14_1_6", "REMOVED", [...items, docs[1].key]],
      ["ART14_1_6", "CHANGED", [...items, docs[0].key]],
    ]);
    expect(changes[0].summary).toMatch(/5 рабочих дней.* → 3 рабочих дня/);
    expect(changes[0]).toMatchObject({ before: { value: 5 }, after: { value: 3 } });

    const own = await h.gql(`query($id: ID!) { standardVersion(id: $id) { changesFromPrevious { element kind path } } }`, { id: v2.id });
    expect(own.data.standardVersion.changesFromPrevious).toEqual(changes.map(({ element, kind, path }: any) => ({ element, kind, path })));
    const first = await h.gql(`query($id: ID!) { standardVersion(id: $id) { changesFromPrevious { kind } } }`, { id: v1 });
    expect(first.data.standardVersion.changesFromPrevious).toBeNull();
  });

  it("names the act of a removed legal basis in changesFromPrevious and standardDiff (type, date, number)", async () => {
    const { service, versionId: v1, content } = await publishedService(h, { effectiveFrom: isoDate(-30) });
    const removed = content.legalBases!.items![0];
    const act = (await h.gql(`query($id: ID!) { node(id: $id) { ... on LegalAct { type number date } } }`, { id: removed.actId })).data.node;
    const v2 = (await h.gql(DRAFT_CREATE, { serviceId: service.id })).data.standardDraftCreate.standardVersion;
    const approving = await createLegalAct(h, { type: "MUNICIPAL_ACT", title: "О внесении изменений" });
    await publishContent(h, v2.id, 1, { ...content, legalBases: { items: content.legalBases!.items!.slice(1) } }, isoDate(0), approving.id);
    const res = await h.gql(`query($id: ID!) { standardVersion(id: $id) { changesFromPrevious { kind path summary } } }`, { id: v2.id });
    const [change] = res.data.standardVersion.changesFromPrevious;
    expect(change).toMatchObject({ kind: "REMOVED", path: ["legalBases", "items", removed.key] });
    const [y, m, d] = act.date.split("-");
    expect(change.summary).toContain(`от ${d}.${m}.${y} № ${act.number}`);
    expect(change.summary).not.toMatch(/ссылка на акт/);
    const diff = await h.gql(DIFF, { from: v1, to: v2.id });
    expect(diff.data.standardDiff.changes[0].summary).toBe(change.summary);
  });

  it("refuses to compare versions of two services", async () => {
    const a = await createService(h);
    const b = await createService(h);
    const res = await h.gql(DIFF, { from: a.draft.id, to: b.draft.id });
    expect(res.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(res.errors![0].message).toMatch(/одной услуги/);
  });
});

describe("auditLog", () => {
  it("records every mutation with actor, action, hashes and changes, newest first, filterable", async () => {
    const service = await createService(h);
    const edit = await h.gql(UPDATE, { id: service.draft.id, input: { term: { value: 12, unit: "WORKING_DAYS" } }, rev: 1 });
    expectNoErrors(edit, "standardDraftUpdate");
    const Q = `query($filter: AuditLogFilter) { auditLog(first: 10, filter: $filter) {
      edges { node { id actor action entityType entityId hashBefore hashAfter changes service { id } standardVersion { id } occurredAt } } totalCount } }`;
    const res = await h.gql(Q, { filter: { serviceId: service.id } });
    const nodes = res.data.auditLog.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.action)).toEqual(["standardDraftUpdate", "serviceCreate"]);
    expect(nodes[0]).toMatchObject({ actor: "test", entityType: "StandardVersion", entityId: service.draft.id, service: { id: service.id }, standardVersion: { id: service.draft.id } });
    expect(nodes[0].hashBefore).toBe(nodes[1].hashAfter);
    expect(nodes[0].hashAfter).not.toBe(nodes[0].hashBefore);
    expect(nodes[0].changes.changes).toEqual([expect.objectContaining({ element: "ART14_1_4", path: ["term"], kind: "ADDED" })]);
    const node = await h.gql(`query($id: ID!) { node(id: $id) { ... on AuditEntry { action } } }`, { id: nodes[0].id });
    expect(node.data.node).toEqual({ action: "standardDraftUpdate" });

    const none = await h.gql(Q, { filter: { serviceId: service.id, actor: "nobody" } });
    expect(none.data.auditLog.totalCount).toBe(0);
    const window = await h.gql(Q, { filter: { serviceId: service.id, from: nodes[0].occurredAt } });
    expect(window.data.auditLog.edges.map((e: any) => e.node.action)).toEqual(["standardDraftUpdate"]);
  });

  it("writes nothing when the mutation fails", async () => {
    const service = await createService(h);
    const uuid = Buffer.from(service.id, "base64url").toString().split(":")[1];
    const count = async () => (await h.ds.query("SELECT count(*)::int AS n FROM audit_entry WHERE service_id = $1", [uuid]))[0].n;
    const before = await count();
    const bad = await h.gql(UPDATE, { id: service.draft.id, input: { term: { value: -1 } }, rev: 1 });
    expect(bad.data.standardDraftUpdate.userErrors).not.toEqual([]);
    const stale = await h.gql(UPDATE, { id: service.draft.id, input: { term: { value: 1 } }, rev: 7 });
    expect(stale.data.standardDraftUpdate.userErrors[0].code).toBe("STALE_REVISION");
    expect(await count()).toBe(before);
  });
});
