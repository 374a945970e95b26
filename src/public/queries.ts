import { getNamedType, graphql, isObjectType, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { getSchema } from "../schema";
import { createContext } from "../context";
import { Viewer } from "../auth/viewer";

/**
 * The public pages are rendered from GraphQL queries of the public API, run in-process as an
 * anonymous client (published data only, whatever the request carries), so a page shows
 * what any portal gets from the same query; each page links to its query and its JSON.
 */
export interface QueryResult<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export async function runPublicQuery<T>(ds: DataSource, query: string, variables: Record<string, unknown>): Promise<QueryResult<T>> {
  const schema = await getSchema();
  const result = await graphql({ schema, source: query, variableValues: variables, contextValue: createContext(ds, Viewer.anonymous()) });
  return { data: (result.data ?? null) as T | null, errors: result.errors?.map((e) => ({ message: e.message, extensions: e.extensions })) };
}

/** Relation fields inside the content, selected with what a reader needs (an act is written out by citeAct). */
const RELATIONS: Record<string, string> = {
  act: "act { type number date issuer title }",
  authority: "authority { name }",
  holderAuthority: "holderAuthority { name }",
};

let contentSelection: string | undefined;

/** Every field of StandardContent, nested, read from the schema (a new content field is on the page without new code). */
export async function standardContentSelection(): Promise<string> {
  if (contentSelection) return contentSelection;
  const schema: GraphQLSchema = await getSchema();
  const walk = (type: GraphQLObjectType, seen: Set<string>): string => {
    const parts: string[] = [];
    for (const field of Object.values(type.getFields())) {
      if (RELATIONS[field.name]) {
        parts.push(RELATIONS[field.name]);
        continue;
      }
      const named = getNamedType(field.type);
      if (isObjectType(named)) {
        if (seen.has(named.name)) continue;
        parts.push(`${field.name} { ${walk(named, new Set([...seen, named.name]))} }`);
      } else parts.push(field.name);
    }
    return parts.join(" ");
  };
  contentSelection = walk(schema.getType("StandardContent") as GraphQLObjectType, new Set(["StandardContent"]));
  return contentSelection;
}

export const CATALOGUE_QUERY = /* GraphQL */ `
  query PublicCatalogue($search: String, $filter: ServiceFilter, $first: Int, $after: String, $last: Int, $before: String) {
    services(search: $search, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node {
          registryNumber
          name
          authority { name oktmo }
          standard { number effectiveFrom content { term { value unit startEvent startNote } fee { free } submissionChannels { channels } } }
        }
      }
    }
  }
`;

export const FILTER_OPTIONS_QUERY = /* GraphQL */ `
  query PublicCatalogueFilters($selected: ID!, $withSelected: Boolean!) {
    authorities(first: 100) { edges { node { id name oktmo level } } }
    selected: authority(id: $selected) @include(if: $withSelected) { id name oktmo level }
  }
`;

/** The standard page's first query: the service and the version in force with its whole content. */
export async function standardQuery(): Promise<string> {
  const content = await standardContentSelection();
  return /* GraphQL */ `
  query PublicStandard($registryNumber: String!) {
    serviceByRegistryNumber(registryNumber: $registryNumber) {
      id
      registryNumber
      name
      level
      kind
      authority { name oktmo }
      current {
        id number state effectiveFrom effectiveTo publishedAt changeNote
        approvingAct { type number date issuer title }
        content { ${content} }
      }
    }
  }`;
}

/**
 * Its second query: what is scheduled and the published history with each version's changes
 * (two queries, so that each stays within the public endpoint's cost limit).
 */
export const HISTORY_QUERY = /* GraphQL */ `
  query PublicStandardHistory($registryNumber: String!) {
    serviceByRegistryNumber(registryNumber: $registryNumber) {
      scheduled {
        id number effectiveFrom changeNote
        approvingAct { type number date issuer title }
        changesFromPrevious { element kind summary }
      }
      versions(first: 50) {
        edges { node { id number status state effectiveFrom effectiveTo publishedAt changeNote changesFromPrevious { element kind summary } } }
      }
    }
  }
`;
export const QUESTIONNAIRE_QUERY = /* GraphQL */ `
  query PublicQuestionnaire($registryNumber: String!, $resultKey: ID, $answers: [ProfilingAnswerInput!]) {
    serviceByRegistryNumber(registryNumber: $registryNumber) { registryNumber name authority { name } }
    variantResolve(registryNumber: $registryNumber, resultKey: $resultKey, answers: $answers) {
      status
      version { number effectiveFrom content { profiling { attributes { key name question values { key name } } } } }
      result { key name }
      results { key name }
      variant { key number name }
      candidates { key number name }
      nextAttribute { key name question }
      nextValues { key name }
      requirements {
        documents { key name category requirements condition copies originalReturned isRequestForm holderName forms { channels form notSubmitted } }
        documentsNoneStated
        term { value unit startEvent startNote }
        registrationTerms { channel allChannels sameDay term { value unit startEvent } }
        submissionChannels
        resultDelivery { channels term { value unit startEvent } note }
        fee { free items { name amount formula } }
        representativeAllowed
        extraterritorial
      }
    }
  }
`;
