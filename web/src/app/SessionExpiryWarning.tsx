import { useEffect, useRef, useState } from "react";
import { Alert, Button } from "@mantine/core";
import { useSession } from "./session";
import { lastRequestAt } from "./apollo";

const WARN_MS = 2 * 60_000;

/**
 * WCAG 2.2.1: a session about to end for want of activity is announced, with a way to go
 * on. The server extends a session on every request, so the deadline is the last request
 * plus the idle time the server gave the session (its expiresAt when it was read);
 * nothing is asked of the server until the user chooses to go on.
 */
export function SessionExpiryWarning({ expiresAt }: { expiresAt: string }) {
  const { refetch } = useSession();
  const idle = useRef(0);
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    idle.current = new Date(expiresAt).getTime() - Date.now();
    const tick = () => {
      const ms = lastRequestAt() + idle.current - Date.now();
      setLeft(ms <= WARN_MS ? Math.max(0, ms) : null);
    };
    tick();
    const timer = window.setInterval(tick, 10_000);
    return () => window.clearInterval(timer);
  }, [expiresAt]);
  if (left === null) return null;
  return (
    <Alert role="alert" color="yellow" variant="light" mb="md" title={left > 0 ? "Сеанс скоро закончится" : "Сеанс, возможно, закончился"}>
      {left > 0 ? `Без действий сеанс закончится через ${Math.max(1, Math.ceil(left / 60_000))} мин.` : "Сеанс закончился из-за перерыва в работе."}{" "}
      <Button size="compact-sm" variant="default" onClick={() => void refetch()}>
        Продолжить работу
      </Button>
    </Alert>
  );
}
