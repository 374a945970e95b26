import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "./cluster";

const ROOT = path.resolve(__dirname, "..", "..");

export interface AppProcess {
  child: ChildProcess;
  port: number;
  base: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * `npm start`'s entry point (src/main.ts) in a process of its own, on the test database (or `env`'s),
 * without seeds or the sync worker; with TEST_CLOCK_FILE its clock can be moved
 * (test/support/shifted-clock.js). Resolves once /health answers.
 */
export async function startAppProcess(env: Record<string, string> = {}): Promise<AppProcess> {
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, ["-r", path.join(__dirname, "shifted-clock.js"), "-r", path.join(__dirname, "ts-register.js"), path.join(ROOT, "src", "main.ts")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      SEED_ON_START: "false",
      SYNC_WORKER: "false",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app process exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the app process did not answer /health in 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    port,
    base,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 15_000)))]);
      clearTimeout(timer);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

/** A file holding a clock offset in ms for shifted-clock.js (0 at first). */
export function clockFile(name: string): string {
  const file = path.join(ROOT, ".data", `clock-${name}-${process.pid}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, "0");
  return file;
}
