import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { startPublic } from "./support";
import { unique } from "../support/harness";
import { isoDate, publishedService } from "../support/standards";
import { createAuthority, createService } from "../support/factories";

/* The auditor's reports over HTTP with a bearer token: completeness (GraphQL, CSV, XLSX) and the audit log (filters, CSV). */
let env: Awaited<ReturnType<typeof startPublic>>;
let parent: { id: string };
let child: { id: string };
let token: string;
beforeAll(async () => {
  env = await startPublic();
  parent = await createAuthority(env.h);
  child = await createAuthority(env.h, { parentId: parent.id });
  await publishedService(env.h, { effectiveFrom: isoDate(-5), authorityId: child.id });
  await createService(env.h, { authorityId: child.id, name: "Неполная услуга подчинённого органа" });
  await createService(env.h, { authorityId: parent.id, name: "Неполная услуга <органа> & \"кавычки\"" });
  token = await tokenFor([{ role: "AUDITOR", authorityId: parent.id, includeSubordinates: true }]);
});
afterAll(() => env.close());

async function tokenFor(roles: unknown[]): Promise<string> {
  const login = unique("auditor-");
  const user = await env.h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }`, { input: { login, name: login, roles } });
  const res = await env.h.gql(`mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { token } }`, { input: { userId: user.data.userCreate.user.id, name: "отчёты" } });
  return res.data.apiTokenCreate.token;
}

async function gql(query: string, variables: Record<string, unknown>, bearer = token) {
  const res = await fetch(`${env.base}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as any;
}

const download = (path: string, bearer: string | null = token) => fetch(`${env.base}${path}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });

const REPORT = `query($id: ID!) {
  completenessSummary(authorityId: $id, includeSubordinate: true) {
    drafts { complete incomplete } published { complete incomplete }
    topFailingRules { count rule { code legalReference } }
    failing { registryNumber serviceName authorityName score version { id status } issues { rule legalReference message severity } }
  }
}`;

describe("completeness report per authority with subordinates", () => {
  it("counts, the most frequent failing rules with their norms, the failing services with their findings; CSV and XLSX say the same", async () => {
    const res = await gql(REPORT, { id: parent.id });
    expect(res.errors).toBeUndefined();
    const report = res.data.completenessSummary;
    expect(report.drafts).toEqual({ complete: 0, incomplete: 2 });
    expect(report.published).toEqual({ complete: 1, incomplete: 0 });
    expect(report.failing).toHaveLength(2);
    expect(report.failing.every((f: any) => f.issues.length > 0 && f.issues.every((i: any) => i.severity === "ERROR" && /ст\. 14/.test(i.legalReference)))).toBe(true);
    expect(report.topFailingRules[0].rule.legalReference).toMatch(/210-ФЗ/);

    const csv = await download(`/reports/completeness.csv?authorityId=${encodeURIComponent(parent.id)}&includeSubordinate=true`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="completeness.csv"');
    const rows: string[][] = parse((await csv.text()).replace(/^\ufeff/, ""));
    const [header, ...lines] = rows;
    expect(header).toEqual(["Реестровый номер", "Услуга", "Орган власти", "Версия", "Статус", "Полнота, %", "Элемент", "Правило", "Норма закона", "Замечание", "Идентификатор версии"]);
    const versions = new Set(lines.map((l) => l[10]));
    expect(versions.size).toBe(report.drafts.incomplete + report.published.incomplete);
    expect(lines).toHaveLength(report.failing.reduce((n: number, f: any) => n + f.issues.length, 0));
    for (const top of report.topFailingRules) {
      expect(new Set(lines.filter((l) => l[7] === top.rule.code).map((l) => l[10])).size).toBe(top.count);
    }
    expect(lines.some((l) => l[1] === 'Неполная услуга <органа> & "кавычки"')).toBe(true);

    const xlsx = await download(`/reports/completeness.xlsx?authorityId=${encodeURIComponent(parent.id)}&includeSubordinate=true`);
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Сводка", "Частые нарушения", "Неполные стандарты"]);
    const values = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
    const [drafts, published] = values(book.getWorksheet("Сводка")!);
    expect(drafts.slice(3)).toEqual([report.drafts.complete, report.drafts.incomplete]);
    expect(published.slice(3)).toEqual([report.published.complete, report.published.incomplete]);
    expect(values(book.getWorksheet("Частые нарушения")!).map((r) => [r[0], r[3]])).toEqual(report.topFailingRules.map((t: any) => [t.rule.code, t.count]));
    expect(values(book.getWorksheet("Неполные стандарты")!).map((r) => String(r[10]))).toEqual(lines.map((l) => l[10]));
  });

  it("is for those who read the authority's internals: anonymous 401, an auditor of another authority 403, no authority 400", async () => {
    const path = `/reports/completeness.csv?authorityId=${encodeURIComponent(parent.id)}&includeSubordinate=true`;
    expect((await download(path, null)).status).toBe(401);
    const stranger = await tokenFor([{ role: "AUDITOR", authorityId: (await createAuthority(env.h)).id }]);
    const forbidden = await download(path, stranger);
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).errors[0].message).toMatch(/Недостаточно прав/);
    const missing = await download(`/reports/completeness.xlsx`);
    expect(missing.status).toBe(400);
    expect((await missing.json()).errors[0].message).toBe("Укажите орган власти (authorityId)");
  });
});

describe("audit log with filters and export", () => {
  const LOG = `query($filter: AuditLogFilter) { auditLog(filter: $filter, first: 50) { totalCount edges { node { action actor entityId hash service { registryNumber } } } } }`;

  it("filters by body (with subordinates), action and period; the CSV has the same entries and the chain check", async () => {
    const filter = { authorityId: parent.id, includeSubordinate: true, action: "serviceCreate" };
    const res = await gql(LOG, { filter });
    expect(res.errors).toBeUndefined();
    expect(res.data.auditLog.totalCount).toBe(3);
    const future = await gql(LOG, { filter: { ...filter, from: new Date(Date.now() + 86_400_000).toISOString() } });
    expect(future.data.auditLog.totalCount).toBe(0);
    const publishes = await gql(LOG, { filter: { ...filter, action: "standardVersionPublish" } });
    expect(publishes.data.auditLog.totalCount).toBe(1);

    const csv = await download(`/reports/audit.csv?authorityId=${encodeURIComponent(parent.id)}&includeSubordinate=true&action=serviceCreate`);
    expect(csv.status).toBe(200);
    const verification = await gql(`{ auditChainVerification { valid } }`, {});
    expect(csv.headers.get("x-audit-chain")).toMatch(verification.data.auditChainVerification.valid ? /^valid; entries=\d+; head=[0-9a-f]{64}$/ : /^broken;/);
    const [header, ...lines]: string[][] = parse((await csv.text()).replace(/^\ufeff/, ""));
    expect(header.slice(0, 4)).toEqual(["№", "Когда", "Кто", "Действие"]);
    expect(lines.map((l) => l[5])).toEqual(res.data.auditLog.edges.map((e: any) => e.node.entityId));
    expect(lines.map((l) => l[12])).toEqual(res.data.auditLog.edges.map((e: any) => e.node.hash));
    expect(lines.every((l) => l[3] === "serviceCreate")).toBe(true);

    const bad = await download(`/reports/audit.csv?from=вчера`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].message).toMatch(/дата в формате ГГГГ-ММ-ДД/);
  });
});
