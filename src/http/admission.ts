import { GraphQLError } from "graphql";
import type { Viewer } from "../auth/viewer";
import type { RateLimits } from "./rate-limit";
import { sendJson } from "./responses";
import type { RouteContext } from "./http-server";

/** The limits of a plain-HTTP route (the change feed, the exports): see Route.admission. */
export interface Admission {
  /** Rate-limit points one request costs (a GraphQL request of its size costs 1 per started 8 KB). */
  points: number;
  /** A cap on requests of this kind running at once in this process (shared by the routes given the same cap). */
  concurrent?: ConcurrencyCap;
}

/** At most `max` at once; past it a request is refused (503) rather than queued. */
export class ConcurrencyCap {
  private running = 0;
  constructor(readonly max: number) {}
  /** A release function, or null when `max` are running (0 = no cap). */
  tryAcquire(): (() => void) | null {
    if (this.max > 0 && this.running >= this.max) return null;
    this.running += 1;
    let released = false;
    return () => {
      if (!released) (released = true), (this.running -= 1);
    };
  }
  get size(): number {
    return this.running;
  }
}

const error = (ctx: RouteContext, status: number, code: string, message: string, headers: Record<string, string> = {}) => {
  ctx.req.resume();
  sendJson(ctx.res, status, { errors: [{ message, extensions: { code } }] }, { "cache-control": "no-store", ...headers });
};

/**
 * Applies a route's limits before its handler, as /graphql applies them: an anonymous
 * request is charged to its address (`points`, weighted by the URL's size), a request with
 * a token is authenticated and charged to the token (a wrong token counts as a failed
 * authentication of the address, and a blocked address is refused without a lookup), then
 * the concurrency cap. Returns the release of the cap, or null when it has answered the
 * refusal (429 with Retry-After, 401, 503 with Retry-After).
 */
export async function admit(ctx: RouteContext, admission: Admission, limits: RateLimits, authenticate: (authorization: string | undefined) => Promise<Viewer>): Promise<(() => void) | null> {
  const authorization = ctx.req.headers.authorization;
  if (authorization) {
    const blocked = await limits.authBlocked(ctx.client);
    if (blocked !== null) {
      error(ctx, 429, "RATE_LIMITED", `Слишком много неудачных попыток аутентификации; повторите через ${blocked} с`, { "retry-after": String(blocked) });
      return null;
    }
    try {
      await authenticate(authorization);
    } catch (failure) {
      if (!(failure instanceof GraphQLError) || failure.extensions.code !== "UNAUTHENTICATED") throw failure;
      await limits.authFailed(ctx.client);
      error(ctx, 401, "UNAUTHENTICATED", failure.message, { "www-authenticate": "Bearer" });
      return null;
    }
    const wait = await limits.tokenRequest(authorization, admission.points);
    if (wait !== null) {
      error(ctx, 429, "RATE_LIMITED", `Превышен лимит запросов для этого токена; повторите через ${wait} с`, { "retry-after": String(wait) });
      return null;
    }
  } else {
    const wait = await limits.anonymousRequest(ctx.client, ctx.req.url?.length ?? 0, admission.points);
    if (wait !== null) {
      error(ctx, 429, "RATE_LIMITED", `Слишком много запросов; повторите через ${wait} с или используйте токен доступа`, { "retry-after": String(wait) });
      return null;
    }
  }
  const release = admission.concurrent ? admission.concurrent.tryAcquire() : () => undefined;
  if (!release) {
    error(ctx, 503, "TOO_MANY_EXPORTS", `Сейчас выполняется наибольшее число выгрузок (${admission.concurrent!.max}); повторите через 5 с`, { "retry-after": "5" });
    return null;
  }
  return release;
}
