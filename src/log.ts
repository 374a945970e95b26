import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type DestinationStream, type Logger } from "pino";
import type { Logger as TypeOrmLogger } from "typeorm";

/**
 * The server's log: one JSON line per event (pino), with the request id of the HTTP
 * request it happened in. Every value is escaped by JSON (a "\n" in a value cannot
 * start a line of its own) and capped in size; the content of standards, remarks,
 * statement parameters, variables and credentials are never written (their keys are
 * dropped wherever they appear, also inside errors).
 */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

export const LOG_LIMITS = { string: 500, stack: 3000, keys: 30, items: 20, depth: 4 };

/** Keys whose values are never logged, at any depth. */
const HIDDEN = new Set(["content", "remarks", "changes", "parameters", "params", "variables", "query", "body", "authorization", "cookie", "token", "password", "driverError"]);

export function capString(value: string, max = LOG_LIMITS.string): string {
  return value.length <= max ? value : `${value.slice(0, max)}…(+${value.length - max})`;
}

/** An error as a log value: its kind, message, SQLSTATE and a capped stack; nothing it carries (parameters, query). */
export function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: capString(String(error)) };
  const e = error as Error & { code?: unknown; constraint?: unknown; table?: unknown; driverError?: { code?: unknown; constraint?: unknown } };
  const code = e.code ?? e.driverError?.code;
  const constraint = e.constraint ?? e.driverError?.constraint;
  return {
    type: e.name,
    message: capString(e.message),
    ...(typeof code === "string" ? { code } : {}),
    ...(typeof constraint === "string" ? { constraint } : {}),
    ...(e.stack ? { stack: capString(e.stack, LOG_LIMITS.stack) } : {}),
  };
}

/** A copy of a log value that is bounded in depth, keys, items and string length. */
export function capValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return capString(value);
  if (value === null || typeof value !== "object") return typeof value === "bigint" ? String(value) : value;
  if (value instanceof Error) return serializeError(value);
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `[${value.length} bytes]`;
  if (depth >= LOG_LIMITS.depth) return "[…]";
  if (Array.isArray(value)) {
    const items = value.slice(0, LOG_LIMITS.items).map((v) => capValue(v, depth + 1));
    if (value.length > LOG_LIMITS.items) items.push(`…(+${value.length - LOG_LIMITS.items})`);
    return items;
  }
  const out: Record<string, unknown> = {};
  const entries = Object.entries(value as Record<string, unknown>);
  for (const [key, v] of entries.slice(0, LOG_LIMITS.keys)) out[capString(key, 64)] = HIDDEN.has(key) ? "[hidden]" : capValue(v, depth + 1);
  if (entries.length > LOG_LIMITS.keys) out["…"] = `+${entries.length - LOG_LIMITS.keys} keys`;
  return out;
}

/** Where the lines go: stdout, or a test's capture (see captureLogs). */
// asynchronous (buffered) writes: a slow reader of stdout never blocks the event loop; flushed on exit
let sink: DestinationStream = pino.destination({ dest: 1, sync: false });

export const log: Logger = pino(
  {
    level: process.env.LOG_LEVEL ?? "info",
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => capValue(object) as Record<string, unknown>,
    },
    // errors are serialized by capValue (formatters run before serializers): no second pass
    serializers: { err: (value: unknown) => value },
    mixin: () => requestScope.getStore() ?? {},
    hooks: {
      // messages too are capped (they may quote a value)
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === "string" ? capString(a) : a)) as Parameters<typeof method>);
      },
    },
  },
  { write: (line: string) => sink.write(line) },
);

/** For tests: collects the log lines (parsed) until restore(); lowers the level to `level` meanwhile. */
export function captureLogs(level: pino.Level = "info"): { lines: () => Record<string, unknown>[]; raw: () => string; restore: () => void } {
  const previous = { sink, level: log.level };
  let text = "";
  sink = { write: (line: string) => void (text += line) };
  log.level = level;
  return {
    raw: () => text,
    lines: () => text.split("\n").filter(Boolean).map((l) => JSON.parse(l)),
    restore: () => {
      sink = previous.sink;
      log.level = previous.level;
    },
  };
}

/**
 * TypeORM's logger for the app: a failed statement is one line with the error and the
 * statement's text (capped), never its parameters (draft content, remarks, forged values).
 */
export class SqlLogger implements TypeOrmLogger {
  logQuery() {}
  logQueryError(error: string | Error, query: string) {
    log.error({ err: error, sql: capString(query, 300) }, "SQL statement failed");
  }
  logQuerySlow(time: number, query: string) {
    log.warn({ ms: time, sql: capString(query, 300) }, "slow SQL statement");
  }
  logSchemaBuild() {}
  logMigration(message: string) {
    log.info(message);
  }
  log(level: "log" | "info" | "warn", message: unknown) {
    if (level === "warn") log.warn({ detail: message }, "typeorm");
    else log.debug({ detail: message }, "typeorm");
  }
}
