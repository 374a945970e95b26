import { createHash } from "node:crypto";
import { brotliCompressSync, gzipSync, constants as zlib } from "node:zlib";
import { LRUCache } from "lru-cache";

/**
 * The serialised answers of anonymous GraphQL queries, kept in this process's memory.
 *
 * What an anonymous query answers is public data: published versions, which never change,
 * and which of them is in force, which changes only when something public changes
 * (publication, withdrawal, a move, a body, an act, the search vocabulary, the calendar:
 * each commit of such a change sends a PostgreSQL NOTIFY, see cache-invalidation.ts) or when
 * a date arrives (a scheduled version comes into force at midnight in REGISTRY_TIME_ZONE).
 * So an answer is keyed by everything that determines it — the query text, the operation
 * name, the variables, the extensions, the media type asked for, and today's date — and is
 * dropped with every other answer when a public change commits.
 *
 * Correctness does not rest on timing:
 * - an answer computed while a change committed is not stored (a ticket taken before the
 *   execution must still be current when the answer is stored);
 * - while the process cannot hear the notifications (no listening connection), nothing is
 *   served nor stored, and everything is dropped when it listens again (it may have missed some).
 *
 * Bounded by bytes (least recently used first out). A narrow interface for the GraphQL
 * route: `keyOf`, `lookup`, `ticket`, `store`; and for the subscriber: `invalidate`,
 * `setListening`.
 */

export interface CachedAnswer {
  /** The body as sent (UTF-8 JSON). */
  body: Buffer;
  /** The headers of the answer that describe it (content-type, cache-control, vary). */
  headers: ReadonlyArray<readonly [string, string]>;
  etag: string;
  /** Compressed bodies, made the first time a client asks for that encoding. */
  encoded: Map<string, Buffer>;
}

export interface AnswerIdentity {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
  /** The Accept header (the media type of the answer depends on it). */
  accept?: string;
}

export interface ResponseCacheOptions {
  /** Memory for answers, in bytes. */
  maxBytes: number;
  /** Larger answers are not kept (default: an eighth of maxBytes). */
  maxEntryBytes?: number;
  /** Today's date in the registry's time zone (YYYY-MM-DD). */
  today: () => string;
  /**
   * A large answer (ADMIT_LATER_BYTES or more: a full standard) is stored the n-th time it is
   * computed (default 1: at once); smaller ones (catalogue and search pages, cheap to keep and
   * costly to compute) always at once. With 2, a full standard asked once (most of them when
   * reads spread evenly over 100,000 services) costs no copy in memory and pushes out nothing;
   * one asked twice is kept. The keys seen are remembered in two generations of
   * `admitAfter × 50,000` keys at most.
   */
  admitAfter?: number;
}

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  stored: number;
  /** Answers not stored because a change committed while they were computed. */
  discarded: number;
  /** Answers not stored because they were not computed often enough yet (admitAfter). */
  deferred: number;
  invalidations: number;
  entries: number;
  bytes: number;
  listening: boolean;
  settling: boolean;
  /** The date the keys are made with (today in the registry's time zone). */
  today: string;
}

/** Answers this large are kept on their admitAfter-th computation (see ResponseCacheOptions.admitAfter). */
export const ADMIT_LATER_BYTES = 16 * 1024;

/** Fixed cost of an entry besides its body (key, headers, map slots), for the byte bound. */
const ENTRY_OVERHEAD = 512;

export class ResponseCache {
  private readonly answers: LRUCache<string, CachedAnswer>;
  private readonly maxEntryBytes: number;
  private generation = 0;
  private listening = false;
  private settling = false;
  private readonly counters = { hits: 0, misses: 0, stored: 0, discarded: 0, deferred: 0, invalidations: 0 };
  private readonly sightings: Sightings | null;

  constructor(private readonly options: ResponseCacheOptions) {
    this.maxEntryBytes = options.maxEntryBytes ?? Math.floor(options.maxBytes / 8);
    const admitAfter = Math.max(1, Math.floor(options.admitAfter ?? 1));
    this.sightings = admitAfter > 1 ? new Sightings(admitAfter, admitAfter * 50_000) : null;
    this.answers = new LRUCache<string, CachedAnswer>({
      maxSize: Math.max(1, options.maxBytes),
      sizeCalculation: (answer, key) => sizeOf(answer, key),
    });
  }

  /** The key of an answer: a SHA-256 of what determines it, today's date included. */
  keyOf(identity: AnswerIdentity): string | null {
    if (typeof identity.query !== "string" && !identity.extensions) return null;
    const hash = createHash("sha256");
    hash.update(this.options.today());
    for (const part of [identity.accept ?? "", str(identity.operationName), str(identity.query), json(identity.variables), json(identity.extensions)]) {
      hash.update("\0");
      hash.update(part);
    }
    return hash.digest("base64url");
  }

  /** The stored answer of the key, when the cache may serve (it hears the invalidations). */
  lookup(key: string): CachedAnswer | undefined {
    if (!this.listening) return undefined;
    const answer = this.answers.get(key);
    if (answer) this.counters.hits++;
    else this.counters.misses++;
    return answer;
  }

  /** Whether an answer of the key is stored (and may be served), without counting a lookup nor refreshing it. */
  holds(key: string): boolean {
    return this.listening && this.answers.has(key);
  }

  /** Taken before an answer is computed; `store` keeps the answer only if no change committed since. */
  ticket(): number {
    return this.listening && !this.settling ? this.generation : -1;
  }

  store(key: string, ticket: number, answer: Omit<CachedAnswer, "encoded">): boolean {
    if (!this.listening || this.settling || ticket !== this.generation) {
      this.counters.discarded++;
      return false;
    }
    if (this.sightings && answer.body.length >= ADMIT_LATER_BYTES && !this.sightings.admits(key)) {
      this.counters.deferred++;
      return false;
    }
    const entry: CachedAnswer = { ...answer, encoded: new Map() };
    if (sizeOf(entry, key) > this.maxEntryBytes) return false;
    this.answers.set(key, entry);
    this.counters.stored++;
    return true;
  }

  /**
   * The body in one of the encodings the client accepts (br, gzip), compressed once and
   * kept with the answer; the body itself when it accepts none or it is small.
   */
  encodedBody(key: string, answer: CachedAnswer, acceptEncoding: string | undefined): { body: Buffer; encoding: string | null } {
    const encoding = answer.body.length >= 1024 ? preferredEncoding(acceptEncoding) : null;
    if (!encoding) return { body: answer.body, encoding: null };
    let body = answer.encoded.get(encoding);
    if (!body) {
      body =
        encoding === "br"
          ? brotliCompressSync(answer.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: answer.body.length } })
          : gzipSync(answer.body);
      answer.encoded.set(encoding, body);
      // the entry grew: account for it (if it is still there)
      if (this.answers.peek(key) === answer) this.answers.set(key, answer);
    }
    return { body, encoding };
  }

  /** A public change committed: every answer may be stale. */
  invalidate(): void {
    this.generation++;
    this.counters.invalidations++;
    this.answers.clear();
  }

  /** Whether the process hears the invalidations; when it starts to again, it may have missed some. */
  setListening(listening: boolean): void {
    if (listening === this.listening) return;
    this.invalidate();
    this.listening = listening;
  }

  /**
   * While a change may not have reached every read replica: answers computed now could be
   * read from one that lags, so none is kept (those begun before were made stale by the
   * invalidation that started it).
   */
  setSettling(settling: boolean): void {
    if (settling) this.generation++;
    this.settling = settling;
  }

  stats(): ResponseCacheStats {
    return { ...this.counters, entries: this.answers.size, bytes: this.answers.calculatedSize ?? 0, listening: this.listening, settling: this.settling, today: this.options.today() };
  }
}

/**
 * How often each key was computed, in two generations: when the current one holds `limit`
 * keys it becomes the previous one (and the one before is dropped), so memory stays bounded
 * and a key asked rarely is forgotten.
 */
class Sightings {
  private current = new Map<string, number>();
  private previous = new Map<string, number>();

  constructor(private readonly admitAfter: number, private readonly limit: number) {}

  /** Counts a computation of the key; true when it is the admitAfter-th (or later). */
  admits(key: string): boolean {
    const seen = (this.current.get(key) ?? this.previous.get(key) ?? 0) + 1;
    if (seen >= this.admitAfter) {
      this.current.delete(key);
      this.previous.delete(key);
      return true;
    }
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, seen);
    return false;
  }
}

function sizeOf(answer: CachedAnswer, key: string): number {
  let size = ENTRY_OVERHEAD + key.length + answer.body.length;
  for (const body of answer.encoded.values()) size += body.length;
  return size;
}

const str = (value: unknown) => (typeof value === "string" ? value : value == null ? "" : JSON.stringify(value));
const json = (value: unknown) => (value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value));

/** br before gzip, when the client accepts it with a non-zero quality. */
export function preferredEncoding(acceptEncoding: string | undefined): "br" | "gzip" | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? (accepted.has("*") ? accepted.get("*")! : 0)) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return null;
}
