import { Anchor, Table, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { CompletenessFieldsFragment } from "../../gql/graphql";
import { formModel } from "../../shared/text/fieldText.generated";

type Element = { code: string; part: number; item: number; section: string; titleRu: string; legalReference: string };

export const ELEMENT_STATUS: Record<string, { label: string; color?: string }> = {
  FILLED: { label: "Заполнен" },
  MISSING: { label: "Не заполнен" },
  INVALID: { label: "Есть ошибки", color: "var(--mantine-color-red-9)" },
  NOT_REQUIRED: { label: "Не требуется", color: "var(--mantine-color-gray-7)" },
};

/** GOV.UK's task list: the 23 elements in the order of the law, each row a link with its status in words. */
export function ElementTaskList({ versionId, elements, completeness, editable }: { versionId: string; elements: readonly Element[]; completeness: CompletenessFieldsFragment; editable: boolean }) {
  const status = new Map(completeness.elements.map((e) => [e.element, e.status]));
  const counts = new Map<string, number>();
  for (const i of completeness.issues) if (i.severity === "ERROR") counts.set(i.element, (counts.get(i.element) ?? 0) + 1);
  return (
    <>
      {[1, 2].map((part) => (
        <section key={part} aria-labelledby={`part-${part}`}>
          <Title order={2} size="h3" id={`part-${part}`} mt="lg" mb="xs">
            Часть {part} статьи 14
          </Title>
          <Table>
            <Table.Caption className="visually-hidden">Элементы части {part} статьи 14 и их состояние</Table.Caption>
            <Table.Thead className="visually-hidden">
              <Table.Tr>
                <Table.Th scope="col">Элемент</Table.Th>
                <Table.Th scope="col">Состояние</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {elements
                .filter((e) => e.part === part)
                .map((e) => {
                  const s = ELEMENT_STATUS[status.get(e.code as never) ?? "MISSING"];
                  const hintId = `hint-${e.code}`;
                  const statusId = `status-${e.code}`;
                  return (
                    <Table.Tr key={e.code}>
                      <Table.Td>
                        <Anchor component={Link} to={`/drafts/${versionId}/${e.section}`} aria-describedby={`${hintId} ${statusId}`}>
                          {e.item}. {e.titleRu}
                        </Anchor>
                        <Text size="xs" c="dimmed" id={hintId}>
                          {e.legalReference}
                        </Text>
                      </Table.Td>
                      <Table.Td id={statusId} style={{ color: s.color, fontWeight: s.color ? 700 : undefined, whiteSpace: "nowrap" }}>
                        {s.label}
                        {counts.get(e.code) ? ` (${counts.get(e.code)})` : ""}
                        {!editable && <span className="visually-hidden"> (только чтение)</span>}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
            </Table.Tbody>
          </Table>
        </section>
      ))}
      {(() => {
        // sections that are not one of the 23 elements: variants and applicant profiling (Decree 1228)
        const covered = new Set(elements.map((e) => e.section));
        const extra = formModel.sections.filter((s) => !covered.has(s.name));
        if (!extra.length) return null;
        return (
          <section aria-labelledby="part-variants">
            <Title order={2} size="h3" id="part-variants" mt="lg" mb="xs">
              Варианты предоставления и профилирование заявителя
            </Title>
            <ul>
              {extra.map((s) => (
                <li key={s.name}>
                  <Anchor component={Link} to={`/drafts/${versionId}/${s.name}`}>
                    {s.label.charAt(0).toUpperCase() + s.label.slice(1)}
                  </Anchor>
                </li>
              ))}
            </ul>
          </section>
        );
      })()}
    </>
  );
}

export function summaryLine(completeness: CompletenessFieldsFragment): string {
  const filled = completeness.elements.filter((e) => e.status === "FILLED").length;
  const errors = completeness.issues.filter((i) => i.severity === "ERROR").length;
  return `Заполнено ${filled} из ${completeness.elements.length} · ошибок: ${errors}`;
}

/** A glyph per status, beside the status in words (hidden text and title): never colour alone. */
const GLYPH: Record<string, string> = { FILLED: "✓", MISSING: "○", INVALID: "!", NOT_REQUIRED: "–" };

/**
 * The summary bar of the 23 elements on every element page: each element's number and
 * status, updated by the live check while typing, each a link to its page.
 */
export function ElementSummaryBar({ versionId, elements, completeness, section }: { versionId: string; elements: readonly Element[]; completeness: CompletenessFieldsFragment; section: string }) {
  const status = new Map(completeness.elements.map((e) => [e.element as string, e.status as string]));
  return (
    <nav aria-label="Элементы стандарта" className="no-print">
      <Text size="sm" fw={700} role="status" mb={4}>
        {summaryLine(completeness)}
      </Text>
      <ol className="element-bar">
        {elements.map((e, i) => {
          const s = status.get(e.code) ?? "MISSING";
          const words = ELEMENT_STATUS[s]?.label ?? s;
          return (
            <li key={e.code}>
              <Link to={`/drafts/${versionId}/${e.section}`} data-status={s} title={`${e.titleRu}: ${words}`} aria-current={e.section === section ? "page" : undefined}>
                <span aria-hidden="true">
                  {i + 1} {GLYPH[s] ?? ""}
                </span>
                <span className="visually-hidden">
                  Элемент {i + 1}, {e.titleRu}: {words}
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
