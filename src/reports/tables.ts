import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { CompletenessSummaryData, FailingVersion } from "../completeness/completeness.service";
import { RULE_BY_CODE } from "../completeness/rules";
import { ELEMENT_BY_CODE } from "../completeness/elements";
import type { ComparedRow } from "../history/compare";
import type { AuditEntry } from "../history/audit-entry.entity";
import { toGlobalId } from "../shared/relay/global-id";
import type { ChainReport } from "../history/audit-chain";

/**
 * The auditor's reports as tables (header row first), pure functions of what the use-case
 * services return; written as CSV (UTF-8 with a BOM, so that spreadsheet programs read the
 * Cyrillic) or XLSX (exceljs). The same tables the GraphQL answers hold, so the counts agree.
 */
export type Table = { name: string; rows: (string | number | null)[][] };

const STATUS_RU: Record<string, string> = { DRAFT: "Черновик", IN_REVIEW: "На согласовании", PUBLISHED: "Опубликована", WITHDRAWN: "Отозвана" };
const statusRu = (status: string) => STATUS_RU[status] ?? status;
const elementRu = (code: string) => {
  const e = ELEMENT_BY_CODE.get(code as never);
  return e ? `п. ${e.item} ч. ${e.part} ст. 14: ${e.titleRu}` : code;
};

/** Sheet 1: the counts of the summary. */
export function completenessSummaryTable(summary: CompletenessSummaryData, authorityName: string): Table {
  return {
    name: "Сводка",
    rows: [
      ["Орган власти", "С подчинёнными", "Версии", "Полных", "Неполных"],
      [authorityName, summary.includeSubordinate ? "да" : "нет", "Черновики (DRAFT, IN_REVIEW)", summary.drafts.complete, summary.drafts.incomplete],
      [authorityName, summary.includeSubordinate ? "да" : "нет", "Опубликованные (действуют или вступят в силу)", summary.published.complete, summary.published.incomplete],
    ],
  };
}

/** Sheet 2: the most frequent failing rules with their legal references. */
export function failingRulesTable(summary: CompletenessSummaryData): Table {
  return {
    name: "Частые нарушения",
    rows: [
      ["Правило", "Норма закона", "Что проверяет", "Версий с ошибкой"],
      ...summary.topFailingRules.map((r) => {
        const rule = RULE_BY_CODE.get(r.rule);
        return [r.rule, rule?.legalReference ?? "", rule?.description ?? "", r.count];
      }),
    ],
  };
}

/** Sheet 3 (and the CSV): one row per error of each incomplete version. */
export function failingVersionsTable(failing: FailingVersion[]): Table {
  return {
    name: "Неполные стандарты",
    rows: [
      ["Реестровый номер", "Услуга", "Орган власти", "Версия", "Статус", "Полнота, %", "Элемент", "Правило", "Норма закона", "Замечание", "Идентификатор версии"],
      ...failing.flatMap((f) =>
        f.issues.map((issue) => [
          f.registryNumber,
          f.serviceName,
          f.authorityName,
          f.number,
          statusRu(f.status),
          Math.round(f.score * 100),
          elementRu(issue.element),
          issue.rule,
          issue.legalReference,
          issue.message,
          toGlobalId("StandardVersion", f.versionId),
        ]),
      ),
    ],
  };
}

/** The comparison: one row per differing field, a column per version; outliers marked «(выброс)». */
export function comparisonTable(columns: string[], rows: ComparedRow[]): Table {
  return {
    name: "Сравнение",
    rows: [
      ["Элемент", "Поле", ...columns, "Выбросы"],
      ...rows.map((r) => [
        elementRu(r.element),
        r.label,
        ...r.values.map((v, i) => `${v ?? "нет"}${r.outliers[i] ? " (выброс)" : ""}`),
        r.outliers.filter(Boolean).length,
      ]),
    ],
  };
}

/** The audit log, newest first; every entry with its hash and its predecessor's (the chain can be checked from the file). */
export function auditTable(entries: AuditEntry[], services: Map<string, { registryNumber: string; name: string }>): Table {
  return {
    name: "Журнал аудита",
    rows: [
      ["№", "Когда", "Кто", "Действие", "Объект", "Идентификатор объекта", "Реестровый номер", "Услуга", "Изменения", "Хеш до", "Хеш после", "Хеш предыдущей записи", "Хеш записи"],
      ...entries.map((e) => {
        const service = e.serviceId ? services.get(e.serviceId) : undefined;
        return [
          e.seq,
          e.occurredAt.toISOString(),
          e.actor,
          e.action,
          e.entityType,
          toGlobalId(e.entityType as never, e.entityId),
          service?.registryNumber ?? null,
          service?.name ?? null,
          JSON.stringify(e.changes),
          e.hashBefore,
          e.hashAfter,
          e.prevHash,
          e.hash,
        ];
      }),
    ],
  };
}

/** The chain check as one line of text (a header of the export). */
export function chainSummary(report: ChainReport): string {
  return report.valid ? `valid; entries=${report.entries}; head=${report.headHash ?? ""}` : `broken; entries=${report.entries}; seq=${report.firstBroken?.seq ?? ""}; kind=${report.firstBroken?.kind ?? ""}`;
}

export function toCsv(table: Table): string {
  return `\ufeff${stringify(table.rows)}`;
}

/** An XLSX workbook with one sheet per table: bold header, frozen first row, filters, widths by content. */
export async function toXlsx(tables: Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Реестр стандартов предоставления услуг";
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
    for (const row of table.rows) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    const width = table.rows[0]?.length ?? 0;
    if (width > 0 && table.rows.length > 1) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width } };
    for (let c = 1; c <= width; c++) {
      const longest = Math.max(...table.rows.map((r) => String(r[c - 1] ?? "").length));
      sheet.getColumn(c).width = Math.min(60, Math.max(10, longest + 2));
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
