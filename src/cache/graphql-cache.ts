import type http from "node:http";
import { createHash } from "node:crypto";
import { ResponseCache, type AnswerIdentity, type CachedAnswer } from "./response-cache";

/** The cache of public answers and the barrier of its invalidations (src/cache/public-answers.ts). */
export interface PublicAnswers {
  cache: ResponseCache;
  barrier(): Promise<void>;
}

/** What the GraphQL route does with the cache for one request (see `cacheAttempt`). */
export interface CacheAttempt {
  /** The answer was sent from the cache: nothing more to do. */
  served: boolean;
  /** After Apollo answered: keeps the answer when it is a public one (200, `cache-control: public`). */
  keep(status: number, headers: Iterable<[string, string]>, body: string | Buffer, etag?: string): void;
}

/**
 * Requests the cache may answer: no credentials of any kind (an API token, a session
 * cookie). Who is anonymous is otherwise decided by authentication; a request carrying a
 * credential always goes through it.
 */
export function mayUseCache(req: http.IncomingMessage): boolean {
  if (req.headers.authorization || req.headers.cookie) return false;
  // a POST is answered only in JSON (GraphQL over HTTP): any other body type is Apollo's to refuse, never a hit
  if (req.method === "POST") return /^application\/json\b/i.test(String(req.headers["content-type"] ?? ""));
  return req.method === "GET";
}

/** The weak ETag of a public answer (the same the route gives answers it computes). */
export function answerEtag(body: string | Buffer): string {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** The response headers of a public answer that describe it (and are stored with it). */
const KEPT_HEADERS = new Set(["content-type", "cache-control", "vary"]);

/**
 * For the GraphQL route: before Apollo, `cacheAttempt` serves a cached answer of an
 * anonymous request (with its ETag; 304 for a matching If-None-Match; compressed as the
 * client accepts, once per answer) or returns how to keep Apollo's answer afterwards.
 * Null when the request may not use the cache.
 */
export async function cacheAttempt(
  public_: PublicAnswers | null,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  params: AnswerIdentity,
): Promise<CacheAttempt | null> {
  if (!public_ || !mayUseCache(req)) return null;
  const { cache } = public_;
  const key = cache.keyOf({ ...params, accept: req.headers.accept ?? "" });
  if (!key) return null;
  // A miss needs no barrier: the answer is computed from the database after every change
  // committed before this request, and one computed across a change is dropped by the
  // ticket or by the invalidation when its notification arrives. Only a stored answer is
  // checked: every change committed before this request must have been heard (read after
  // commit, any process) — a round trip on the listening connection, shared by concurrent hits.
  let answer: CachedAnswer | undefined;
  if (cache.holds(key)) {
    try {
      await public_.barrier();
    } catch {
      return null;
    }
    answer = cache.lookup(key);
  } else {
    cache.lookup(key);
  }
  if (answer) {
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.setHeader("etag", answer.etag);
    res.setHeader("x-registry-cache", "hit");
    if (req.headers["if-none-match"] === answer.etag) {
      res.statusCode = 304;
      res.end();
      return { served: true, keep: () => undefined };
    }
    const { body, encoding } = cache.encodedBody(key, answer, headerText(req.headers["accept-encoding"]));
    res.statusCode = 200;
    if (encoding) res.setHeader("content-encoding", encoding);
    res.setHeader("content-length", body.length);
    res.end(body);
    return { served: true, keep: () => undefined };
  }
  const ticket = cache.ticket();
  return {
    served: false,
    keep(status, headers, body, etag) {
      if (status !== 200 || ticket < 0) return;
      const kept: [string, string][] = [];
      let isPublic = false;
      for (const [name, value] of headers) {
        const lower = name.toLowerCase();
        if (lower === "cache-control" && value.startsWith("public")) isPublic = true;
        if (KEPT_HEADERS.has(lower)) kept.push([lower, value]);
      }
      if (!isPublic) return;
      cache.store(key, ticket, { body: Buffer.isBuffer(body) ? body : Buffer.from(body, "utf8"), headers: kept, etag: etag ?? answerEtag(body) });
    },
  };
}

const headerText = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(", ") : value);
