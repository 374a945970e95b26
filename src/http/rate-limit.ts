import { createHash } from "node:crypto";
import type http from "node:http";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Request rate limits (rate-limiter-flexible, in memory, per process): anonymous
 * requests per client address (weighted by size), authenticated requests per token, and failed
 * authentications per client address within `authBlockSeconds` (past the limit, every
 * request of that address that carries a token is refused for `authBlockSeconds` without
 * looking the token up).
 * A limit of 0 switches that limit off. A refusal is 429 with Retry-After (seconds).
 */
export interface RateLimitConfig {
  windowSeconds: number;
  anonymousPerWindow: number;
  tokenPerWindow: number;
  authFailuresPerWindow: number;
  authBlockSeconds: number;
}

export class RateLimits {
  private readonly anonymous: RateLimiterMemory | null;
  private readonly token: RateLimiterMemory | null;
  private readonly authFailures: RateLimiterMemory | null;

  constructor(readonly config: RateLimitConfig) {
    const limiter = (points: number, duration: number, blockDuration = 0) => (points > 0 ? new RateLimiterMemory({ points, duration, blockDuration }) : null);
    this.anonymous = limiter(config.anonymousPerWindow, config.windowSeconds);
    this.token = limiter(config.tokenPerWindow, config.windowSeconds);
    // failures are counted over the block period itself: 10 in 5 minutes, then 5 minutes blocked
    this.authFailures = limiter(config.authFailuresPerWindow, config.authBlockSeconds, config.authBlockSeconds);
  }

  /**
   * Seconds to wait, or null when the anonymous request from `client` may go on. A request
   * costs 1 point per started 8 KB of its size (an 800 KB body costs 98 requests' worth);
   * `size` is what is known before reading it (Content-Length or the URL). A request of a
   * costly kind (an export) costs `weight` times as much, never more than the whole window.
   */
  anonymousRequest(client: string, size = 0, weight = 1): Promise<number | null> {
    return consume(this.anonymous, client, Math.min(pointsOf(size) * weight, this.config.anonymousPerWindow));
  }

  /** Charges what a body turned out to cost beyond what was charged for `declared` bytes (a body sent without Content-Length). */
  async anonymousBody(client: string, declared: number, actual: number): Promise<void> {
    const extra = pointsOf(actual) - pointsOf(declared);
    if (extra > 0) await consume(this.anonymous, client, extra);
  }

  /** Seconds to wait, or null when a request with this Authorization header may go on. */
  tokenRequest(authorization: string, weight = 1): Promise<number | null> {
    return consume(this.token, createHash("sha256").update(authorization).digest("base64url"), Math.min(weight, this.config.tokenPerWindow));
  }

  /** Seconds the client is still blocked for having failed authentication too often, or null. */
  async authBlocked(client: string): Promise<number | null> {
    if (!this.authFailures) return null;
    const state = await this.authFailures.get(client);
    return state && state.consumedPoints > this.config.authFailuresPerWindow ? retryAfter(state) : null;
  }

  /** Counts a failed authentication of the client. */
  async authFailed(client: string): Promise<void> {
    await consume(this.authFailures, client);
  }
}

/** Rate-limit points of a request of `size` bytes. */
export const pointsOf = (size: number) => 1 + Math.floor(Math.max(0, size - 1) / 8192);

async function consume(limiter: RateLimiterMemory | null, key: string, points = 1): Promise<number | null> {
  if (!limiter) return null;
  try {
    await limiter.consume(key, points);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return retryAfter(rejection);
    throw rejection;
  }
}

const retryAfter = (state: RateLimiterRes) => Math.max(1, Math.ceil(state.msBeforeNext / 1000));

/**
 * The client's address as the limits see it: the socket's peer, or behind a trusted
 * proxy the address it appended to X-Forwarded-For. IPv6 clients are keyed by their
 * /64 network (one subscriber's allocation), IPv4-mapped IPv6 as IPv4.
 */
export function clientAddress(req: http.IncomingMessage, trustProxy: boolean): string {
  let address = req.socket.remoteAddress ?? "unknown";
  if (trustProxy) {
    const forwarded = String(req.headers["x-forwarded-for"] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    if (forwarded.length) address = forwarded[forwarded.length - 1];
  }
  return clientKey(address);
}

export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(":")) return address;
  const [head, tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
