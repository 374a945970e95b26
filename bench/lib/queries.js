"use strict";
/**
 * The GraphQL documents of the scenarios. The selection of the full standard is generated
 * from ../schema.graphql (every field of StandardContent, recursively), so it stays
 * complete when the content model grows. In (a) the references inside the content are
 * ids (actId, authorityId, holderAuthorityId), which is what the raw handler and
 * PostGraphile return too; (a2) also resolves them as `act { id number date title }`,
 * `authority { id name }`, `holderAuthority { id name }` (the app alone can).
 */
const fs = require("node:fs");
const path = require("node:path");
const { ROOT } = require("./common");

// the app's graphql (16), not PostGraphile's nested graphql 15
const graphql = require(require.resolve("graphql", { paths: [ROOT] }));

const RELATIONS = {
  act: "act { id number date title }",
  authority: "authority { id name }",
  holderAuthority: "holderAuthority { id name }",
};

function selectionOf(type, withRelations, depth = 0) {
  if (depth > 12) throw new Error(`content type ${type.name} nests too deep`);
  const parts = [];
  for (const field of Object.values(type.getFields())) {
    if (RELATIONS[field.name] && graphql.isObjectType(graphql.getNamedType(field.type))) {
      if (withRelations) parts.push(RELATIONS[field.name]);
      continue;
    }
    const named = graphql.getNamedType(field.type);
    if (graphql.isObjectType(named)) parts.push(`${field.name} { ${selectionOf(named, withRelations, depth + 1)} }`);
    else if (graphql.isInterfaceType(named) || graphql.isUnionType(named)) throw new Error(`abstract type ${named.name} in the content`);
    else parts.push(field.name);
  }
  return parts.join(" ");
}

function contentSelection(withRelations = false) {
  const sdl = fs.readFileSync(path.join(ROOT, "schema.graphql"), "utf8");
  const schema = graphql.buildSchema(sdl, { assumeValidSDL: true });
  return selectionOf(schema.getType("StandardContent"), withRelations);
}

function scenarioQueries() {
  const standard = (content) =>
    `query Standard($rn: String!) { serviceByRegistryNumber(registryNumber: $rn) { id registryNumber name authority { id name oktmo } current { id number effectiveFrom content { ${content} } } } }`;
  return {
    a: standard(contentSelection(false)),
    a2: standard(contentSelection(true)),
    b: `query Search($q: String!) { services(first: 20, search: $q) { edges { node { id registryNumber name current { effectiveFrom } } } } }`,
    c: `query Catalogue($territory: String!) { services(first: 20, filter: { territory: $territory, channel: MFC }) { edges { node { id registryNumber name authority { name } } } } }`,
    // (v) one step of the questionnaire (Decree 1228): the next question, or the variant with what to bring
    v: `query Resolve($rn: String!, $resultKey: ID, $answers: [ProfilingAnswerInput!]) { variantResolve(registryNumber: $rn, resultKey: $resultKey, answers: $answers) { status result { key name } variant { key number name } nextAttribute { key name question } nextValues { key name } requirements { documents { key name category condition forms { channels form notSubmitted } } term { value unit startEvent } fee { free items { name amount } } submissionChannels resultDelivery { channels term { value unit startEvent } } } } }`,
    // (r) what an applicant of one variant needs
    r: `query Requirements($rn: String!, $variantKey: ID!) { requirements(registryNumber: $rn, variantKey: $variantKey) { variant { key number name } result { key name } documents { key name category requirements condition forms { channels form notSubmitted } } term { value unit startEvent } registrationTerms { channel sameDay term { value unit } } fee { free items { name amount paymentMethods } } submissionChannels resultDelivery { channels term { value unit startEvent } } identification { channels methods } representativeAllowed } }`,
    // PostGraphile v4 over the same tables: the service by registry number (a condition on the
    // unique column), its authority, and the published version (the one in force today in the
    // synthetic data: published versions all took effect in the past; checked during validation)
    aPostgraphile: `query Standard($rn: String!) { allServices(condition: { registryNumber: $rn }, first: 1) { nodes { id registryNumber name authorityByAuthorityId { id name oktmo } standardVersionsByServiceId(condition: { status: PUBLISHED }, orderBy: [EFFECTIVE_FROM_DESC, NUMBER_DESC], first: 1) { nodes { id number effectiveFrom content } } } } }`,
  };
}

module.exports = { scenarioQueries, contentSelection };
