import { graphql } from "../../gql";

export const CompletenessFieldsFragment = graphql(`
  fragment CompletenessFields on Completeness {
    complete
    score
    elements { element status }
    issues { rule element severity path message legalReference }
  }
`);

export const ElementsDocument = graphql(`
  query StandardElements { standardElements { code part item section titleRu legalReference } }
`);

export const DraftDocument = graphql(`
  query Draft($id: ID!) {
    standardVersion(id: $id) {
      id
      number
      status
      state
      effectiveFrom
      revision
      updatedAt
      reviewRemarks
      service { id name registryNumber kind authority { id name } current { id } }
      content { ...StandardContentFields }
      completeness { ...CompletenessFields }
    }
  }
`);

export const DraftUpdateDocument = graphql(`
  mutation DraftUpdate($id: ID!, $expectedRevision: Int!, $input: StandardContentInput!) {
    standardDraftUpdate(id: $id, expectedRevision: $expectedRevision, input: $input) {
      standardVersion { id revision updatedAt status completeness { ...CompletenessFields } }
      userErrors { code field message }
    }
  }
`);

export const ValidateDocument = graphql(`
  query Validate($input: StandardContentInput!, $profile: StandardKind!) {
    standardValidate(input: $input, profile: $profile) { ...CompletenessFields }
  }
`);

export const SubmitDocument = graphql(`
  mutation DraftSubmit($id: ID!) {
    standardDraftSubmit(id: $id) { standardVersion { id status submittedAt } userErrors { code field message } }
  }
`);
