import net from "node:net";
import type { AddressInfo } from "node:net";
import { startHarness, unique, type Harness } from "../support/harness";
import { startHttp } from "../support/http";
import { NestingScanner, jsonNestingExceeds } from "../../src/http/body";
import { clientKey } from "../../src/http/rate-limit";
import type { AppOptions } from "../../src/app";

/**
 * Abuse from anonymous clients is refused cheaply and before the expensive step: deep
 * JSON before JSON.parse, repeated fields before validation, rate limits before the body
 * is read; slow and idle connections are cut, and one address cannot hold every connection.
 * Each test runs its own server with its own (low) limits.
 */
let h: Harness;
const servers: Awaited<ReturnType<typeof startHttp>>[] = [];
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  for (const s of servers) await s.app.stop();
  await h.close();
});

async function serve(http: AppOptions["http"] = {}) {
  const server = await startHttp(h.ds, { http });
  servers.push(server);
  return server;
}

async function adminToken(): Promise<string> {
  const login = unique("abuse-");
  const user = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } } }`, { input: { login, name: login, roles: [{ role: "ADMIN" }] } });
  const res = await h.gql(`mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { token } }`, { input: { userId: user.data.userCreate.user.id, name: "abuse" } });
  return res.data.apiTokenCreate.token;
}

const VIEWER = { query: "{ viewer { authenticated } }" };

describe("bodies and documents that cost a lot before they are rejected", () => {
  it("refuses a body nested deeper than MAX_JSON_DEPTH before parsing it (400, Russian)", async () => {
    const { post } = await serve({ maxJsonDepth: 32 });
    const deep = `{"query":"{ __typename }","variables":{"a":${"[".repeat(200_000)}${"]".repeat(200_000)}}}`;
    const res = await post(deep);
    expect(res.status).toBe(400);
    expect(res.json.errors[0]).toEqual({ message: "Тело запроса вложено слишком глубоко: более 32 уровней массивов и объектов", extensions: { code: "BAD_REQUEST" } });
    // nesting within the limit goes through
    const fine = await post({ query: "{ __typename }", extensions: { nested: [[[1]]] } });
    expect(fine.json).toEqual({ data: { __typename: "Query" } });
  });

  it("refuses a deep body from its first bytes, without waiting for the rest", async () => {
    const { url } = await serve({ maxJsonDepth: 32 });
    const socket = net.connect(Number(new URL(url).port), "127.0.0.1");
    let received = "";
    socket.on("data", (d) => (received += d.toString()));
    socket.on("error", () => undefined);
    const start = '{"query":"{ __typename }","variables":{"a":' + "[".repeat(1000);
    socket.write(`POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 800000\r\n\r\n${start}`);
    // 799,000 bytes are still to come; the answer comes anyway
    for (let i = 0; i < 100 && !received; i++) await new Promise((r) => setTimeout(r, 50));
    socket.destroy();
    expect(received).toMatch(/^HTTP\/1\.1 400/);
    expect(received).toContain("вложено слишком глубоко");
  });

  it("counts nesting outside strings only", () => {
    expect(jsonNestingExceeds('{"a":"[[[[[[[[[[{{{{{{\\"[[["}', 3)).toBe(false);
    expect(jsonNestingExceeds('{"a":[[[1]]]}', 3)).toBe(true);
    expect(jsonNestingExceeds('{"a":[[[1]]]}', 4)).toBe(false);
  });

  it("counts the same when the body arrives in pieces cut anywhere, escapes and quotes at the cuts included", () => {
    const bodies = ['{"q":"a\\\\"}[[[[', '{"q":"x\\"[[[[\\\\","v":[[[1]]]}', '["\\\\\\"[","[[[[", [[ ["]"] ]]]', '{"a":"[[[[[[[[[[{{{{{{\\"[[["}'];
    for (const body of bodies) {
      const bytes = Buffer.from(body, "utf8");
      for (let max = 1; max <= 5; max++) {
        const whole = jsonNestingExceeds(body, max);
        for (let cut = 0; cut <= bytes.length; cut++) {
          for (let second = cut; second <= bytes.length; second += 3) {
            const scanner = new NestingScanner(max);
            const pieces = [bytes.subarray(0, cut), bytes.subarray(cut, second), bytes.subarray(second)];
            expect({ body, max, cut, second, exceeded: pieces.some((p) => scanner.exceeded(p)) }).toEqual({ body, max, cut, second, exceeded: whole });
          }
        }
      }
    }
    // a reference count, byte by byte, for the same bodies
    const reference = (text: string, max: number) => {
      let depth = 0, inString = false, escaped = false;
      for (const ch of text) {
        if (inString) {
          if (escaped) escaped = false;
          else if (ch === "\\") escaped = true;
          else if (ch === '"') inString = false;
        } else if (ch === '"') inString = true;
        else if (ch === "[" || ch === "{") {
          if (++depth > max) return true;
        } else if (ch === "]" || ch === "}") depth--;
      }
      return false;
    };
    for (const body of bodies) for (let max = 1; max <= 5; max++) expect(jsonNestingExceeds(body, max)).toBe(reference(body, max));
  });

  it("refuses a query that repeats fields more than GRAPHQL_MAX_DUPLICATE_FIELDS times, before validation (QUERY_TOO_COMPLEX, 400)", async () => {
    const { post } = await serve({ maxDuplicateFields: 100 });
    const flood = await post({ query: `{ viewer { ${"login ".repeat(1190)} } }` });
    expect(flood.status).toBe(400);
    expect(flood.json.errors).toEqual([
      { message: "В запросе слишком много повторяющихся полей: 1189 повторов (допустимо не более 100), например «login»", extensions: { code: "QUERY_TOO_COMPLEX" } },
    ]);
    // inline fragments are flattened into their selection set, as GraphQL's validation sees them
    const fragments = await post({ query: `{ viewer { ${"... on ViewerInfo { login } ".repeat(150)} } }` });
    expect(fragments.json.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    // a few repeats (fragments of one field, as clients write them) are fine
    const few = await post({ query: `{ viewer { login login ... on ViewerInfo { login authenticated } } }` });
    expect(few.json).toEqual({ data: { viewer: { login: null, authenticated: false } } });
  });
});

describe("rate limits (429 with Retry-After)", () => {
  const limits = (l: Partial<NonNullable<AppOptions["http"]>["rateLimits"]>) => ({
    rateLimits: { windowSeconds: 60, anonymousPerWindow: 0, tokenPerWindow: 0, authFailuresPerWindow: 0, authBlockSeconds: 60, ...l },
  });

  it("limits anonymous requests per client address, before reading the body", async () => {
    const { post } = await serve(limits({ anonymousPerWindow: 3 }));
    for (let i = 0; i < 3; i++) expect((await post(VIEWER)).status).toBe(200);
    const res = await fetch((servers.at(-1)!).url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(VIEWER) });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    const json = await res.json();
    expect(json.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect(json.errors[0].message).toMatch(/^Слишком много запросов; повторите через \d+ с/);
    // a token is not counted against the anonymous limit
    const token = await adminToken();
    expect((await post(VIEWER, token)).json.data.viewer.authenticated).toBe(true);
  });

  it("weighs anonymous requests by size: a point per started 8 KB", async () => {
    const { post } = await serve(limits({ anonymousPerWindow: 20 }));
    const big = { query: "{ __typename }", extensions: { pad: "x".repeat(100_000) } }; // 13 points
    expect((await post(big)).status).toBe(200);
    // 20 - 13 = 7 points left for small requests, not enough for another big one
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await post(VIEWER)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 429]);
    const { post: post2 } = await serve(limits({ anonymousPerWindow: 20 }));
    expect((await post2(big)).status).toBe(200);
    expect((await post2(big)).status).toBe(429);
  });

  it("charges a body declared over MAX_BODY_BYTES as a small request: it is refused unread (413), not counted by its size", async () => {
    const { url, post } = await serve({ maxBodyBytes: 10_000, ...limits({ anonymousPerWindow: 4 }) });
    const oversized = () =>
      new Promise<string>((resolve) => {
        const socket = net.connect(Number(new URL(url).port), "127.0.0.1");
        let received = "";
        socket.on("data", (d) => (received += d.toString()));
        socket.on("error", () => undefined);
        socket.on("close", () => resolve(received));
        // 10 MB declared (1,221 points if counted by size), a few bytes sent
        socket.write(`POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n{"query":`);
      });
    expect(await oversized()).toMatch(/^HTTP\/1\.1 413/);
    expect(await oversized()).toMatch(/^HTTP\/1\.1 413/);
    // two points spent, two left
    expect((await post(VIEWER)).status).toBe(200);
    expect((await post(VIEWER)).status).toBe(200);
    expect((await post(VIEWER)).status).toBe(429);
    // a body of exactly the limit is read, and charged by its size (2 points)
    const { post: post2 } = await serve({ maxBodyBytes: 10_000, ...limits({ anonymousPerWindow: 2 }) });
    const exact = JSON.stringify({ query: "{ __typename }", extensions: { pad: "" } });
    const padded = exact.replace('"pad":""', `"pad":"${"x".repeat(10_000 - Buffer.byteLength(exact))}"`);
    expect(Buffer.byteLength(padded)).toBe(10_000);
    expect((await post2(padded)).status).toBe(200);
    expect((await post2(VIEWER)).status).toBe(429);
  });

  it("limits authenticated requests per token", async () => {
    const { post, url } = await serve(limits({ tokenPerWindow: 2 }));
    const [a, b] = [await adminToken(), await adminToken()];
    expect((await post(VIEWER, a)).status).toBe(200);
    expect((await post(VIEWER, a)).status).toBe(200);
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${a}` }, body: JSON.stringify(VIEWER) });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await res.json()).errors[0]).toMatchObject({ extensions: { code: "RATE_LIMITED" }, message: expect.stringMatching(/токена/) });
    expect((await post(VIEWER, b)).status).toBe(200); // another token has its own budget
  });

  it("throttles failed authentication: past the limit, the address's token requests are refused without a lookup", async () => {
    const { post } = await serve(limits({ authFailuresPerWindow: 3, authBlockSeconds: 60 }));
    const valid = await adminToken();
    for (let i = 0; i < 3; i++) expect((await post(VIEWER, `rsr_${"x".repeat(43)}${i}`)).status).toBe(401);
    expect((await post(VIEWER, valid)).status).toBe(200); // 3 failures: not blocked yet
    expect((await post(VIEWER, `rsr_${"y".repeat(43)}`)).status).toBe(401);
    const blocked = await post(VIEWER, valid);
    expect(blocked.status).toBe(429);
    expect(blocked.json.errors[0]).toMatchObject({ extensions: { code: "RATE_LIMITED" }, message: expect.stringMatching(/неудачных попыток аутентификации/) });
    expect((await post(VIEWER)).status).toBe(200); // anonymous reads of that address go on
  });

  it("keys IPv6 clients by their /64 and IPv4-mapped addresses as IPv4", () => {
    expect(clientKey("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8:1:2::9")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientKey("::ffff:10.0.0.1")).toBe("10.0.0.1");
    expect(clientKey("10.0.0.1")).toBe("10.0.0.1");
  });
});

describe("slow, idle and too many connections", () => {
  const connect = (url: string) => {
    const { port } = new URL(url);
    const socket = net.connect(Number(port), "127.0.0.1");
    let received = "";
    socket.on("data", (d) => (received += d.toString()));
    socket.on("error", () => undefined);
    const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
    return { socket, closed, received: () => received };
  };
  const timeouts = { headersMs: 300, requestMs: 600, keepAliveMs: 300 };

  it("closes a connection whose headers trickle in past the headers timeout (408)", async () => {
    const { url } = await serve({ timeouts });
    const c = connect(url);
    c.socket.write("POST /graphql HTTP/1.1\r\nHost: localhost\r\n");
    const timer = setInterval(() => c.socket.writable && c.socket.write("X-Slow: 1\r\n"), 100);
    await c.closed;
    clearInterval(timer);
    expect(c.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it("closes a connection whose body trickles in past the request timeout", async () => {
    const { url } = await serve({ timeouts });
    const c = connect(url);
    c.socket.write("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{");
    const timer = setInterval(() => c.socket.writable && c.socket.write(" "), 100);
    await c.closed;
    clearInterval(timer);
    expect(c.received()).not.toMatch(/^HTTP\/1\.1 200/);
  });

  it("closes an idle keep-alive connection after the keep-alive timeout", async () => {
    const { url } = await serve({ timeouts });
    const c = connect(url);
    const body = JSON.stringify(VIEWER);
    c.socket.write(`POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: keep-alive\r\n\r\n${body}`);
    await c.closed;
    expect(c.received()).toMatch(/^HTTP\/1\.1 200/);
  });

  it("answers 503 to connections from one address past HTTP_MAX_CONNECTIONS_PER_CLIENT", async () => {
    const { url, app } = await serve({ maxConnectionsPerClient: 3 });
    const open = [connect(url), connect(url), connect(url)];
    await new Promise((r) => setTimeout(r, 100));
    const extra = connect(url);
    await extra.closed;
    expect(extra.received()).toMatch(/^HTTP\/1\.1 503/);
    // the first three still work
    const body = JSON.stringify(VIEWER);
    open[0].socket.write(`POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    await open[0].closed;
    expect(open[0].received()).toMatch(/^HTTP\/1\.1 200/);
    for (const c of open) c.socket.destroy();
    expect((app.http.address() as AddressInfo).port).toBeGreaterThan(0);
  });
});
