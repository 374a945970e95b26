import { useEffect, useRef } from "react";
import { Box, List, Title } from "@mantine/core";

export interface SummaryError {
  /** DOM id of the field (or fieldset) to link to. */
  target: string;
  message: string;
}

/**
 * GOV.UK's error summary: «Есть ошибки», one link per error worded as the inline message,
 * focused when it appears; a link focuses its field after scrolling its label or legend
 * into view (govuk-frontend error-summary.mjs).
 */
export function ErrorSummary({ errors, title = "Есть ошибки" }: { errors: SummaryError[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => e.target + e.message).join("|");
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [signature, errors.length]);
  if (!errors.length) return null;
  return (
    <Box ref={ref} tabIndex={-1} p="md" mb="lg" style={{ border: "4px solid var(--mantine-color-red-9)" }} aria-labelledby="error-summary-title">
      <div role="alert">
        <Title order={2} size="h3" id="error-summary-title">
          {title}
        </Title>
        <List mt="xs">
          {errors.map((e, i) => (
            <List.Item key={i}>
              <a href={`#${e.target}`} onClick={(event) => focusTarget(event, e.target)} style={{ color: "var(--mantine-color-red-9)", fontWeight: 700 }}>
                {e.message}
              </a>
            </List.Item>
          ))}
        </List>
      </div>
    </Box>
  );
}

function focusTarget(event: React.MouseEvent, id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  event.preventDefault();
  const legendOrLabel = el.closest("fieldset")?.querySelector("legend") ?? document.querySelector(`label[for="${CSS.escape(id)}"]`);
  (legendOrLabel ?? el).scrollIntoView();
  const focusable = el.matches("input, select, textarea, button") ? el : el.querySelector<HTMLElement>("input, select, textarea, button");
  (focusable ?? el).focus({ preventScroll: true });
}
