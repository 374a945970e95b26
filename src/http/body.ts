import type http from "node:http";

/** The client went away (or the request timeout cut it) before its body was read: nothing to answer. */
export class ClientGone extends Error {
  constructor(cause?: unknown) {
    super("the client closed the connection before the request was read", { cause });
    this.name = "ClientGone";
  }
}

/**
 * Reads the body: the bytes, or "too-large" as soon as it exceeds `limit`, or "too-deep" as
 * soon as its JSON nests deeper than `maxDepth` (checked on each chunk as it arrives, so a
 * hostile 800 KB body of brackets is refused after its first bytes; the rest is not read).
 * Rejects with ClientGone when the client goes away (or the request timeout cuts it) first.
 */
export function readBody(req: http.IncomingMessage, limit: number, maxDepth = Infinity): Promise<Buffer | "too-large" | "too-deep"> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.resolve("too-large");
  }
  const nesting = new NestingScanner(maxDepth);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const refuse = (why: "too-large" | "too-deep") => {
      done = true;
      req.removeAllListeners("data");
      req.resume();
      resolve(why);
    };
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) return refuse("too-large");
      if (nesting.exceeded(chunk)) return refuse("too-deep");
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
 * Follows the nesting of arrays and objects in JSON text fed in pieces (outside strings
 * only; malformed JSON is left to JSON.parse). One pass over the bytes, no allocation.
 */
export class NestingScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly max: number) {}

  /** Feeds the next piece; true once the nesting went deeper than the maximum. */
  exceeded(bytes: Buffer): boolean {
    // inside a string (most of a GraphQL body: the query text) the next quote or backslash is found natively
    let backslash = -1;
    for (let i = 0; i < bytes.length; i++) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          continue;
        }
        if (backslash < i) backslash = indexOrEnd(bytes, BACKSLASH, i);
        i = Math.min(indexOrEnd(bytes, QUOTE, i), backslash);
        if (i === bytes.length) break;
        if (bytes[i] === BACKSLASH) this.escaped = true;
        else this.inString = false;
        continue;
      }
      const b = bytes[i];
      if (b === QUOTE) this.inString = true;
      else if (b === OPEN_BRACKET || b === OPEN_BRACE) {
        if (++this.depth > this.max) return true;
      } else if (b === CLOSE_BRACKET || b === CLOSE_BRACE) this.depth--;
    }
    return false;
  }
}

function indexOrEnd(bytes: Buffer, byte: number, from: number): number {
  const at = bytes.indexOf(byte, from);
  return at < 0 ? bytes.length : at;
}

/** Whether JSON text nests arrays and objects deeper than `max`. */
export function jsonNestingExceeds(text: Buffer | string, max: number): boolean {
  return new NestingScanner(max).exceeded(typeof text === "string" ? Buffer.from(text, "utf8") : text);
}
