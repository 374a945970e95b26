import fc from "fast-check";
import { getNamedType, type GraphQLInputObjectType, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { startHarness, type Harness } from "../support/harness";
import { createAuthority, createLegalAct, createService, expectNoErrors } from "../support/factories";
import { fullSelection } from "../support/content-builder";
import { inputArbitrary, type Refs } from "../support/content-arbitrary";
import { getSchema } from "../../src/schema";
import { SECTION_NAMES } from "../../src/standards/content/standard-content";

/**
 * A form's read-modify-write changes nothing: for every section, generated contents are
 * written, read back through the API with every field (absent ones come back null),
 * and written back as read. The write-back must leave the content and its hash as they
 * were and record no change in the audit log.
 */
let h: Harness;
let schema: GraphQLSchema;
let refs: Refs;
beforeAll(async () => {
  h = await startHarness();
  schema = await getSchema();
  const authorities = [await createAuthority(h), await createAuthority(h)];
  const acts = [await createLegalAct(h), await createLegalAct(h, { type: "MUNICIPAL_ACT" })];
  refs = { actIds: acts.map((a) => a.id), authorityIds: authorities.map((a) => a.id) };
});
afterAll(() => h.close());

const UPDATE = `mutation($id: ID!, $input: StandardContentInput!, $rev: Int!) {
  standardDraftUpdate(id: $id, input: $input, expectedRevision: $rev) { standardVersion { revision contentHash } userErrors { code field message } }
}`;
const LAST_AUDIT = `query($serviceId: ID!) { auditLog(first: 1, filter: { serviceId: $serviceId }) { edges { node { action hashBefore hashAfter changes } } } }`;

function sectionTypes(name: string): { inputType: string; outputType: string } {
  const input = schema.getType("StandardContentInput") as GraphQLInputObjectType;
  const output = schema.getType("StandardContent") as GraphQLObjectType;
  return { outputType: getNamedType(output.getFields()[name].type).name, inputType: getNamedType(input.getFields()[name].type).name };
}

describe("read-modify-write of a section changes nothing (null and absent are the same)", () => {
  it("covers every section of the content", () => {
    const input = Object.keys((schema.getType("StandardContentInput") as GraphQLInputObjectType).getFields());
    expect([...SECTION_NAMES].sort()).toEqual([...input].sort());
  });

  it.each([...SECTION_NAMES])("%s", async (name) => {
    const section = sectionTypes(name);
    const service = await createService(h);
    const draft = service.draft.id;
    let revision = service.draft.revision;
    const read = `query($id: ID!) { standardVersion(id: $id) { contentHash revision content { ${name} { ${fullSelection(schema, section.outputType)} } } } }`;
    await fc.assert(
      fc.asyncProperty(inputArbitrary(schema, section.inputType, refs), async (generated) => {
        const written = await h.gql(UPDATE, { id: draft, input: { [name]: generated }, rev: revision });
        expectNoErrors(written, "standardDraftUpdate");
        revision = written.data.standardDraftUpdate.standardVersion.revision;
        const first = (await h.gql(read, { id: draft })).data.standardVersion;

        const rewritten = await h.gql(UPDATE, { id: draft, input: { [name]: first.content[name] }, rev: revision });
        expectNoErrors(rewritten, "standardDraftUpdate");
        revision = rewritten.data.standardDraftUpdate.standardVersion.revision;
        const second = (await h.gql(read, { id: draft })).data.standardVersion;
        expect(second.contentHash).toBe(first.contentHash);
        expect(second.content).toEqual(first.content);
        const audit = (await h.gql(LAST_AUDIT, { serviceId: service.id })).data.auditLog.edges[0].node;
        expect(audit.action).toBe("standardDraftUpdate");
        expect(audit.hashAfter).toBe(audit.hashBefore);
        expect(audit.changes.changes).toEqual([]);
      }),
      { numRuns: 10, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) },
    );
  });
});
