import type http from "node:http";

/** The client went away (or the request timeout cut it) before its body was read: nothing to answer. */
export class ClientGone extends Error {
  constructor(cause?: unknown) {
    super("the client closed the connection before the request was read", { cause });
    this.name = "ClientGone";
  }
}

/**
 * Reads the body, or null as soon as it exceeds the limit (the rest is not buffered).
 * Rejects when the client goes away (or the server's request timeout cuts it) first.
 */
export function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks));
    });
    req.on("error", (error) => {
      if (!done) (done = true), reject(new ClientGone(error));
    });
    req.on("close", () => {
      if (!done) (done = true), reject(new ClientGone());
    });
  });
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;

/**
 * Whether JSON text nests arrays and objects deeper than `max`: one pass over the bytes,
 * before JSON.parse (and everything after it) spends time on a hostile body.
 * Malformed JSON is left to JSON.parse.
 */
export function jsonNestingExceeds(text: Buffer | string, max: number): boolean {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) inString = true;
    else if (b === OPEN_BRACKET || b === OPEN_BRACE) {
      if (++depth > max) return true;
    } else if (b === CLOSE_BRACKET || b === CLOSE_BRACE) depth--;
  }
  return false;
}
