import { Anchor, Box, List, Text } from "@mantine/core";
import { Link } from "react-router";
import type { CompletenessFieldsFragment } from "../../gql/graphql";

export type Finding = CompletenessFieldsFragment["issues"][number];

/** Live completeness findings: guidance, not errors (neutral, never red while typing). */
export function FindingNotes({ findings }: { findings: readonly Finding[] | undefined }) {
  if (!findings?.length) return null;
  return (
    <Box mt={4} mb={6} pl="sm" style={{ borderLeft: "4px solid var(--mantine-color-blue-8)" }} data-finding="">
      {findings.map((f, i) => (
        <Text size="sm" key={i}>
          <strong>{f.severity === "ERROR" ? "Обязательно" : "Рекомендуется"}:</strong> {f.message}{" "}
          <Text span size="xs" c="dimmed">
            ({f.legalReference})
          </Text>
        </Text>
      ))}
    </Box>
  );
}

/** The side panel «Требования закона»: every finding of the section, linked to its field. */
export function FindingPanel({ findings, hrefOf }: { findings: readonly Finding[]; hrefOf: (f: Finding) => string }) {
  return (
    <Box component="aside" aria-labelledby="law-panel-title" p="md" style={{ border: "1px solid var(--mantine-color-gray-5)", borderRadius: 4 }}>
      <Text component="h2" fw={700} size="lg" id="law-panel-title" mb="xs">
        Требования закона
      </Text>
      {findings.length === 0 ? (
        <Text size="sm">Замечаний по разделу нет.</Text>
      ) : (
        <List size="sm" spacing="xs">
          {findings.map((f, i) => (
            <List.Item key={i}>
              <strong>{f.severity === "ERROR" ? "Обязательно" : "Рекомендуется"}:</strong>{" "}
              {hrefOf(f).startsWith("#") ? (
                <Anchor href={hrefOf(f)} onClick={(e) => focusField(e, hrefOf(f).slice(1))}>
                  {f.message}
                </Anchor>
              ) : (
                <Anchor component={Link} to={hrefOf(f)}>
                  {f.message}
                  <span className="visually-hidden"> (в другом разделе)</span>
                </Anchor>
              )}{" "}
              <Text span size="xs" c="dimmed">
                ({f.legalReference})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Box>
  );
}

export function focusField(event: React.MouseEvent, id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  event.preventDefault();
  el.scrollIntoView({ block: "center" });
  const focusable = el.matches("input, select, textarea, button") ? el : el.querySelector<HTMLElement>("input, select, textarea, button");
  (focusable ?? el).focus({ preventScroll: true });
}
