import type { ChildProcess } from "node:child_process";

export default async function globalTeardown() {
  const state = (globalThis as Record<string, unknown>).__E2E__ as { server: ChildProcess; pg: { stop(): Promise<void> } | null } | undefined;
  if (!state) return;
  if (state.server.exitCode === null) {
    const exited = new Promise((r) => state.server.once("exit", r));
    state.server.kill("SIGINT");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
  await state.pg?.stop();
}
