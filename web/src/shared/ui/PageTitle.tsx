import { useEffect, useRef, type ReactNode } from "react";
import { Title } from "@mantine/core";

/**
 * The page's h1 and <title> («… — Реестр стандартов»); after a route change focus moves
 * to the h1 (WCAG 2.4.3), so a screen reader announces the new page.
 */
export function PageTitle({ children, title, error = false }: { children: ReactNode; title: string; error?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${error ? "Ошибка: " : ""}${title} — Реестр стандартов`;
  }, [title, error]);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <Title order={1} ref={ref} tabIndex={-1} mb="md" style={{ outline: "none" }}>
      {children}
    </Title>
  );
}
