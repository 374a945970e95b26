import { Badge } from "@mantine/core";

const VERSION_STATUS: Record<string, { label: string; color: string }> = {
  DRAFT: { label: "Черновик", color: "gray" },
  IN_REVIEW: { label: "На согласовании", color: "blue" },
  PUBLISHED: { label: "Опубликован", color: "green" },
  SUPERSEDED: { label: "Заменён", color: "gray" },
  WITHDRAWN: { label: "Отозван", color: "red" },
};

/** A version's status in words (never by colour alone). */
export function StatusTag({ status, scheduled }: { status: string; scheduled?: string | null }) {
  const s = VERSION_STATUS[status] ?? { label: status, color: "gray" };
  return (
    <Badge color={s.color} variant="light" autoContrast style={{ textTransform: "none" }}>
      {scheduled ? `Опубликован, вступит в силу ${formatDate(scheduled)}` : s.label}
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
