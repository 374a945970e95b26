import type { Client } from "pg";

/**
 * `COPY table (columns) FROM STDIN` over a plain `pg` client, without pg-copy-streams:
 * a "submittable" query (pg calls submit() when it is its turn on the connection) that
 * answers the server's CopyInResponse with CopyData chunks and CopyDone. Rows are in
 * COPY text format; `copyValue` escapes a value for it.
 */
const CHUNK = 1 << 20;

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

class CopyFrom {
  readonly text: string;
  callback?: (error: Error | null, rowCount?: number) => void;
  private rowCount = 0;
  private failed = false;

  constructor(
    sql: string,
    private readonly data: Buffer,
  ) {
    this.text = sql;
  }

  submit(connection: CopyConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    for (let offset = 0; offset < this.data.length; offset += CHUNK) {
      connection.sendCopyFromChunk(this.data.subarray(offset, Math.min(offset + CHUNK, this.data.length)));
    }
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text?: string }): void {
    const match = /COPY (\d+)/.exec(message.text ?? "");
    this.rowCount = match ? Number(match[1]) : 0;
  }

  handleReadyForQuery(): void {
    if (!this.failed) this.callback?.(null, this.rowCount);
  }

  handleError(error: Error): void {
    this.failed = true;
    this.callback?.(error);
  }

  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/** Runs one COPY ... FROM STDIN with `rows` (each already tab-separated, without the newline). */
export function copyRows(client: Client, table: string, columns: readonly string[], rows: readonly string[]): Promise<number> {
  const sql = `COPY ${table} (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`;
  const query = new CopyFrom(sql, Buffer.from(rows.length ? `${rows.join("\n")}\n` : "", "utf8"));
  return new Promise((resolve, reject) => {
    query.callback = (error, count) => (error ? reject(error) : resolve(count ?? 0));
    (client as unknown as { query(q: CopyFrom): void }).query(query);
  });
}

const NEEDS_ESCAPE = /[\\\n\r\t]/;

/** A value in COPY text format: \N for null, backslash escapes for \ and control characters. */
export function copyValue(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "\\N";
  const text = String(value);
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[\\\n\r\t]/g, (c) => (c === "\\" ? "\\\\" : c === "\n" ? "\\n" : c === "\r" ? "\\r" : "\\t"));
}
