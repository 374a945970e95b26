import http from "node:http";
import zlib from "node:zlib";
import { createDataSource } from "../../src/data-source";
import { captureLogs, capValue, serializeError } from "../../src/log";
import { startHarness, unique, type Harness } from "../support/harness";
import { startHttp } from "../support/http";

/** Compression, caching headers, request ids and the structured log, over real HTTP. */
let h: Harness;
let server: Awaited<ReturnType<typeof startHttp>>;
beforeAll(async () => {
  h = await startHarness();
  server = await startHttp(h.ds);
});
afterAll(async () => {
  await server.app.stop();
  await h.close();
});

/** A raw request (fetch would decompress by itself). */
function request(body: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(server.url, { method: "POST", headers: { "content-type": "application/json", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const BIG = JSON.stringify({ query: "{ standardElements { code part item titleRu titleEn } }" }); // ~5 KB of answer
const SMALL = JSON.stringify({ query: "{ __typename }" });

describe("compression", () => {
  it("compresses answers over 1 KB with brotli or gzip, as the client accepts; the content is the same", async () => {
    const plain = await request(BIG);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    const br = await request(BIG, { "accept-encoding": "br, gzip" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(plain.body.toString());
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    const gzip = await request(BIG, { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(plain.body.toString());
  });

  it("leaves answers under 1 KB alone", async () => {
    const small = await request(SMALL, { "accept-encoding": "br, gzip" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: "Query" } });
  });

  it("public answers vary on Accept, Authorization and Accept-Encoding; the ETag and 304 work compressed too", async () => {
    const br = await request(BIG, { "accept-encoding": "br" });
    const vary = String(br.headers.vary).toLowerCase().split(/,\s*/);
    expect(vary).toEqual(expect.arrayContaining(["accept", "authorization", "accept-encoding"]));
    const etag = String(br.headers.etag);
    expect(etag).toMatch(/^W\//);
    expect((await request(BIG)).headers.etag).toBe(etag);
    const again = await request(BIG, { "accept-encoding": "br", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

describe("request ids and the log", () => {
  it("writes one JSON line per request with its request id (the client's when sane, else a new one)", async () => {
    const logs = captureLogs();
    const own = await request(SMALL, { "x-request-id": "portal-42" });
    const forged = await request(SMALL, { "x-request-id": 'x" {"level":"fatal"} <b>' });
    await new Promise((r) => setTimeout(r, 50));
    logs.restore();
    expect(own.headers["x-request-id"]).toBe("portal-42");
    expect(forged.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const lines = logs.lines().filter((l) => l.msg === "request");
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: "info", requestId: "portal-42", method: "POST", path: "/graphql", status: 200, ms: expect.any(Number) }),
        expect.objectContaining({ requestId: forged.headers["x-request-id"] }),
      ]),
    );
    for (const line of logs.raw().trimEnd().split("\n")) expect(() => JSON.parse(line)).not.toThrow();
  });

  it("a failed statement is logged without its parameters; a newline in a value cannot start a line; values are capped", async () => {
    // a DataSource with the app's own logger (the harness counts statements instead)
    const ds = createDataSource(process.env.DATABASE_URL!);
    await ds.initialize();
    const app = await startHttp(ds);
    const login = unique("dup-");
    const secret = `СЕКРЕТНОЕ-ИМЯ-${unique()}\n{"level":"fatal","msg":"forged"}`;
    const create = `mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code field } } }`;
    const admin = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } } }`, { input: { login: unique("adm-"), name: "a", roles: [{ role: "ADMIN" }] } });
    const token = (await h.gql(`mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { token } }`, { input: { userId: admin.data.userCreate.user.id, name: "t" } })).data.apiTokenCreate.token;
    await app.post({ query: create, variables: { input: { login, name: "first" } } }, token);
    const logs = captureLogs();
    const res = await app.post({ query: create, variables: { input: { login, name: secret } } }, token);
    logs.restore();
    await app.app.stop();
    await ds.destroy();
    expect(res.json.data.userCreate.userErrors).toEqual([{ code: "TAKEN", field: ["input", "login"] }]);
    const failed = logs.lines().find((l) => l.msg === "SQL statement failed");
    expect(failed).toMatchObject({ level: "error", requestId: expect.any(String), sql: expect.stringMatching(/^INSERT INTO "app_user"/), err: expect.objectContaining({ type: "error", code: "23505", message: expect.stringMatching(/^duplicate key/) }) });
    // the error's own kind (pg's DatabaseError is named "error"), not pino's second pass over an already serialized value
    expect((failed!.err as { type: string }).type).not.toBe("Object");
    expect(logs.raw()).not.toContain("СЕКРЕТНОЕ-ИМЯ");
    expect(logs.raw()).not.toContain(login);
    expect(logs.lines().some((l) => l.msg === "forged")).toBe(false);
  });

  it("caps strings, lists and depth, and hides content, remarks, parameters and credentials wherever they are", () => {
    const capped = capValue({
      note: "я".repeat(10_000),
      list: Array.from({ length: 100 }, (_, i) => i),
      content: { secret: 1 },
      nested: { remarks: "замечание", deeper: { a: { b: { c: { d: 1 } } } } },
      authorization: "Bearer rsr_x",
    }) as Record<string, any>;
    expect(capped.note.length).toBeLessThan(600);
    expect(capped.list).toHaveLength(21);
    expect(capped.content).toBe("[hidden]");
    expect(capped.nested.remarks).toBe("[hidden]");
    expect(capped.authorization).toBe("[hidden]");
    expect(JSON.stringify(capped.nested.deeper)).toContain("[…]");
    const error = Object.assign(new Error("boom"), { parameters: ["secret draft"], query: "SELECT 1", code: "22P02" });
    expect(JSON.stringify(serializeError(error))).not.toContain("secret draft");
    expect(serializeError(error)).toMatchObject({ type: "Error", message: "boom", code: "22P02" });
  });
});
