import { Badge } from "@mantine/core";

import type { StandardVersionState } from "../../gql/graphql";

const VERSION_STATE: Record<StandardVersionState, { label: string; color: string }> = {
  DRAFT: { label: "Черновик", color: "gray" },
  IN_REVIEW: { label: "На согласовании", color: "blue" },
  SCHEDULED: { label: "Опубликован, вступит в силу", color: "teal" },
  IN_FORCE: { label: "Действует", color: "green" },
  SUPERSEDED: { label: "Заменён", color: "gray" },
  WITHDRAWN: { label: "Отозван", color: "red" },
};

/**
 * Where a version stands today, in words (never by colour alone), from the API's computed
 * `state`: a version published with a future date reads «Опубликован, вступит в силу …».
 */
export function StatusTag({ state, effectiveFrom }: { state: StandardVersionState; effectiveFrom?: string | null }) {
  const s = VERSION_STATE[state] ?? { label: state, color: "gray" };
  return (
    <Badge color={s.color} variant="light" autoContrast style={{ textTransform: "none" }}>
      {state === "SCHEDULED" ? `${s.label} ${formatDate(effectiveFrom)}` : s.label}
    </Badge>
  );
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}.${m}.${y}`;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  return new Date(iso).toLocaleString("ru-RU", { dateStyle: "short", timeStyle: "short" });
}

export function percent(score: number): string {
  return `${Math.round(score * 100)} %`;
}
