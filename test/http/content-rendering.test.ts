import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, getNamedType, isObjectType, parse, type GraphQLObjectType } from "graphql";
import { startHarness, type Harness } from "../support/harness";
import { startHttp } from "../support/http";
import { loadSeeds } from "../../src/seeding/load-seeds";
import { getSchema } from "../../src/schema";
import { contentRenderer, type ContentRenderer } from "../../src/http/content-rendering";
import { startRenderingBackfill } from "../../src/http/rendering-backfill";
import { completeDraft, publishContent, isoDate } from "../support/standards";
import { createLegalAct } from "../support/factories";
import { fromGlobalId } from "../../src/shared/relay/global-id";
import { Viewer } from "../../src/auth/viewer";

/**
 * The complete content spliced from its stored text (src/http/content-rendering.ts): the
 * answer's bytes are those of executing it field by field, whichever way it is answered (a
 * stored text, a text rendered for a draft, the plain execution of another selection), and
 * PostgreSQL keeps only texts that hold their version's content.
 */
jest.setTimeout(180_000);

let h: Harness;
let renderer: ContentRenderer;
const servers: Awaited<ReturnType<typeof startHttp>>[] = [];
beforeAll(async () => {
  h = await startHarness();
  await loadSeeds(h.ds, h.apollo);
  renderer = contentRenderer(await getSchema());
});
afterAll(async () => {
  for (const s of servers) await s.app.stop();
  await h.close();
});

/** Every field of the type, recursively, relations left out: generated from schema.graphql as a portal would (like bench/lib/queries.js). */
function everyField(type: GraphQLObjectType): string {
  const RELATIONS = new Set(["act", "authority", "holderAuthority"]);
  return Object.values(type.getFields())
    .filter((f) => !(RELATIONS.has(f.name) && isObjectType(getNamedType(f.type))))
    .map((f) => {
      const named = getNamedType(f.type);
      return isObjectType(named) ? `${f.name} { ${everyField(named)} }` : f.name;
    })
    .join(" ");
}

/** StandardContent as the checked-in schema.graphql has it. */
function published(): GraphQLObjectType {
  const sdl = readFileSync(path.join(__dirname, "..", "..", "schema.graphql"), "utf8");
  return buildSchema(sdl, { assumeValidSDL: true }).getType("StandardContent") as GraphQLObjectType;
}

async function serve() {
  // no response cache: every request is executed; compiled (and rewritten) from the second one
  const server = await startHttp(h.ds, { reads: { responseCache: false }, apollo: { jit: { compileAfter: 2, renderContent: true } } });
  servers.push(server);
  return server;
}

async function raw(url: string, body: unknown, token?: string, what = ""): Promise<string> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  const text = await res.text();
  expect([what, res.status, res.status === 200 ? "" : text]).toEqual([what, 200, ""]);
  return text;
}

const standardQuery = (content: string) =>
  `query Standard($rn: String!) { serviceByRegistryNumber(registryNumber: $rn) { id registryNumber name authority { id name } current { id number content { ${content} } } } }`;

async function publishedSeed(): Promise<{ rn: string; versionId: string }> {
  const { rows } = await (await h.owner()).query(
    `SELECT s.registry_number AS rn, v.id AS "versionId" FROM service s JOIN standard_version v ON v.service_id = s.id
      WHERE v.status = 'PUBLISHED' AND v.effective_from <= current_date AND (v.effective_to IS NULL OR v.effective_to > current_date)
      ORDER BY s.registry_number LIMIT 1`,
  ).then((r: unknown) => ({ rows: r as { rn: string; versionId: string }[] }));
  return rows[0];
}

it("the complete selection a portal writes is the one stored rendered", async () => {
  const content = published();
  const op = parse(`{ x { ${everyField(content)} } }`);
  const selectionSet = (op.definitions[0] as any).selectionSet.selections[0].selectionSet;
  expect(renderer.isComplete(selectionSet)).toBe(true);
  expect(renderer.shape).toMatch(/^[0-9a-f]{20}$/);
});

it("answers the complete content with the bytes of the field-by-field execution: executed, rendered in memory, stored", async () => {
  const { url } = await serve();
  const seed = await publishedSeed();
  const body = { query: standardQuery(everyField(published())), variables: { rn: seed.rn } };
  // 1st: graphql-js over the document as written (no splice); 2nd: compiled, rewritten, rendered in memory
  const executed = await raw(url, body);
  expect(JSON.parse(executed).errors).toBeUndefined();
  expect(JSON.parse(executed).data.serviceByRegistryNumber.current.content.name).toBeTruthy();
  const rendered = await raw(url, body);
  expect(rendered).toBe(executed);

  // stored: the backfill writes the texts of every published and withdrawn version
  const backfill = startRenderingBackfill(h.ds, renderer, { url: process.env.DATABASE_URL! });
  try {
    await backfill.idle();
    expect(backfill.stats().refused).toBe(0);
  } finally {
    await backfill.stop();
  }
  const [{ missing }] = await h.ds.query(
    `SELECT count(*)::int AS missing FROM standard_version v WHERE v.status IN ('PUBLISHED', 'WITHDRAWN')
        AND (v.effective_to IS NULL OR v.effective_to > current_date) AND NOT EXISTS (SELECT 1 FROM content_rendering r WHERE r.version_id = v.id AND r.shape = $1)`,
    [renderer.shape],
  );
  expect(missing).toBe(0);
  h.counter.reset();
  const stored = await raw(url, body);
  expect(stored).toBe(executed);
  // one statement brings the service, its body, the version and its stored text, not its content
  const statements = h.counter.queries.filter((q) => /^\s*SELECT/i.test(q));
  expect(statements).toHaveLength(1);
  expect(statements[0]).toMatch(/content_rendering/);

  // and it is the stored text that was sent: one the owner wrote behind the trigger's back shows through
  const owner = await h.owner();
  const [{ body: text }] = await owner.query(`SELECT body FROM content_rendering WHERE version_id = $1 AND shape = $2`, [seed.versionId, renderer.shape]);
  const reordered = JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(text)).reverse()));
  await owner.transaction(async (em) => {
    await em.query(`ALTER TABLE content_rendering DISABLE TRIGGER content_rendering_check`);
    await em.query(`UPDATE content_rendering SET body = $3 WHERE version_id = $1 AND shape = $2`, [seed.versionId, renderer.shape, reordered]);
    await em.query(`ALTER TABLE content_rendering ENABLE TRIGGER content_rendering_check`);
  });
  try {
    const spliced = JSON.parse(await raw(url, body));
    expect(Object.keys(spliced.data.serviceByRegistryNumber.current.content)).toEqual(Object.keys(JSON.parse(reordered)));
  } finally {
    await owner.query(`ALTER TABLE content_rendering DISABLE TRIGGER content_rendering_check`);
    await owner.query(`UPDATE content_rendering SET body = $3 WHERE version_id = $1 AND shape = $2`, [seed.versionId, renderer.shape, text]);
    await owner.query(`ALTER TABLE content_rendering ENABLE TRIGGER content_rendering_check`);
  }
  expect(await raw(url, body)).toBe(executed);
});

it("executes any other selection, and a complete one that field merging adds to, as written", async () => {
  const { url } = await serve();
  const seed = await publishedSeed();
  const all = everyField(published());
  const variants = [
    standardQuery(`title: name { fullName } term { value unit }`),
    standardQuery(`${all} __typename`),
    // the same response key twice: merged, so the second selection adds __typename at the end
    `query Standard($rn: String!) { serviceByRegistryNumber(registryNumber: $rn) { current { content { ${all} } content { __typename } } } }`,
    `query Standard($rn: String!) { serviceByRegistryNumber(registryNumber: $rn) { current { ... on StandardVersion { content { ${all} } } } } }`,
  ];
  for (const [i, query] of variants.entries()) {
    const first = await raw(url, { query, variables: { rn: seed.rn } }, undefined, `variant ${i}`);
    expect(JSON.parse(first).errors).toBeUndefined();
    expect(await raw(url, { query, variables: { rn: seed.rn } })).toBe(first);
    expect(await raw(url, { query, variables: { rn: seed.rn } })).toBe(first);
  }
  const merged = JSON.parse(await raw(url, { query: variants[2], variables: { rn: seed.rn } }));
  expect(Object.keys(merged.data.serviceByRegistryNumber.current.content).at(-1)).toBe("__typename");
});

it("a draft's complete content is rendered in memory for its registrar, as executed", async () => {
  const { url } = await serve();
  const draft = await completeDraft(h);
  const all = everyField(published());
  const query = `query($id: ID!) { standardVersion(id: $id) { id status content { ${all} } } }`;
  const login = `renderer-${Date.now()}`;
  const user = await h.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } } }`, {
    input: { login, name: login, roles: [{ role: "REGISTRAR", authorityId: draft.authority.id }] },
  });
  const token = (await h.gql(`mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { token } }`, { input: { userId: user.data.userCreate.user.id, name: "черновики" } })).data.apiTokenCreate.token;
  const first = await raw(url, { query, variables: { id: draft.draftId } }, token);
  expect(JSON.parse(first).errors).toBeUndefined();
  expect(JSON.parse(first).data.standardVersion.status).toBe("DRAFT");
  expect(JSON.parse(first).data.standardVersion.content.name.fullName).toBeTruthy();
  expect(await raw(url, { query, variables: { id: draft.draftId } }, token)).toBe(first);
  expect(await raw(url, { query, variables: { id: draft.draftId } }, token)).toBe(first);
});

it("PostgreSQL stores a text only for a frozen version, only if it holds that version's content, and never changes it", async () => {
  const seed = await publishedSeed();
  const draft = await completeDraft(h);
  const refuse = (sql: string, params: unknown[]) => expect(h.ds.query(sql, params)).rejects.toThrow();
  const insert = `INSERT INTO content_rendering (version_id, shape, body) VALUES ($1, $2, $3)`;
  const draftUuid = fromGlobalId(draft.draftId)!.id;
  const [{ content }] = await h.ds.query(`SELECT content FROM standard_version WHERE id = $1`, [draftUuid]);
  await expect(h.ds.query(insert, [draftUuid, "x", JSON.stringify(content)])).rejects.toThrow(/published or withdrawn/);
  const [{ content: published }] = await h.ds.query(`SELECT content FROM standard_version WHERE id = $1`, [seed.versionId]);
  await expect(h.ds.query(insert, [seed.versionId, "other-shape", JSON.stringify({ ...published, name: { fullName: "Подменённое наименование" } })])).rejects.toThrow(/does not hold its content/);
  await expect(h.ds.query(insert, [seed.versionId, "other-shape", "not json"])).rejects.toThrow(/must be JSON/);
  await refuse(insert, [seed.versionId, "other-shape", "[]"]);
  // the content with nulls for what it lacks (what GraphQL adds) is accepted, once
  await h.ds.query(insert, [seed.versionId, "other-shape", JSON.stringify({ ...published, unknownSection: null })]);
  await expect(h.ds.query(`UPDATE content_rendering SET body = body WHERE shape = 'other-shape'`)).rejects.toThrow(/permission denied/);
  await expect((await h.owner()).query(`UPDATE content_rendering SET body = body WHERE shape = 'other-shape'`)).rejects.toThrow(/never changes/);
  await (await h.owner()).query(`DELETE FROM content_rendering WHERE shape = 'other-shape'`);
});

it("the backfill stores a publication's text after the publication commits", async () => {
  const backfill = startRenderingBackfill(h.ds, renderer, { url: process.env.DATABASE_URL! });
  try {
    await backfill.idle();
    const draft = await completeDraft(h);
    const act = await createLegalAct(h, { type: "MUNICIPAL_ACT", title: "Об утверждении регламента" });
    await publishContent(h, draft.draftId, draft.revision, {}, isoDate(0), act.id);
    const deadline = Date.now() + 20_000;
    let rows: unknown[] = [];
    while (Date.now() < deadline && !rows.length) {
      rows = await h.ds.query(`SELECT 1 FROM content_rendering WHERE version_id = $1 AND shape = $2`, [fromGlobalId(draft.draftId)!.id, renderer.shape]);
      if (!rows.length) await new Promise((r) => setTimeout(r, 100));
    }
    expect(rows).toHaveLength(1);
  } finally {
    await backfill.stop();
  }
});

it("a selection of the version's own columns reads no content; whatever needs it later loads it", async () => {
  const seed = await publishedSeed();
  const card = `query Card($rn: String!) { serviceByRegistryNumber(registryNumber: $rn) { name current { id number status effectiveFrom } } }`;
  h.counter.reset();
  const res = await h.gql(card, { rn: seed.rn }, Viewer.anonymous());
  expect(res.errors).toBeUndefined();
  expect(res.data.serviceByRegistryNumber.current).toMatchObject({ number: expect.any(Number), status: "PUBLISHED" });
  expect(fromGlobalId(res.data.serviceByRegistryNumber.current.id).id).toBe(seed.versionId);
  const statements = h.counter.queries.filter((q) => /^\s*SELECT/i.test(q));
  expect(statements).toHaveLength(1);
  expect(statements[0]).toMatch(/NULL::jsonb AS content/);
  expect(statements[0]).not.toMatch(/x0\.content AS/);

  // a field of the content selected beside it: the content is read
  h.counter.reset();
  const named = await h.gql(`query($rn: String!) { serviceByRegistryNumber(registryNumber: $rn) { current { id content { name { fullName } } } } }`, { rn: seed.rn }, Viewer.anonymous());
  expect(named.errors).toBeUndefined();
  expect(h.counter.queries.filter((q) => /^\s*SELECT/i.test(q))[0]).toMatch(/x0\.content AS content/);

  // the same version reached in the same request by a resolver that needs its content: loaded then, the same answer as alone
  const requirements = `variantResolve(registryNumber: $rn) { status variant { key } nextAttribute { key } requirements { documents { key } } }`;
  const alone = await h.gql(`query($rn: String!) { ${requirements} }`, { rn: seed.rn }, Viewer.anonymous());
  expect(alone.errors).toBeUndefined();
  const together = await h.gql(`query($rn: String!) { serviceByRegistryNumber(registryNumber: $rn) { current { id } } ${requirements} }`, { rn: seed.rn }, Viewer.anonymous());
  expect(together.errors).toBeUndefined();
  expect(together.data.variantResolve).toEqual(alone.data.variantResolve);
  const node = await h.gql(`query($id: ID!, $rn: String!) { serviceByRegistryNumber(registryNumber: $rn) { current { id } } node(id: $id) { ... on StandardVersion { content { name { fullName } } } } }`, { rn: seed.rn, id: res.data.serviceByRegistryNumber.current.id }, Viewer.anonymous());
  expect(node.errors).toBeUndefined();
  expect(node.data.node.content.name).toEqual(named.data.serviceByRegistryNumber.current.content.name);
  expect(named.data.serviceByRegistryNumber.current.content.name.fullName).toEqual(expect.any(String));
});
