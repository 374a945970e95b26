import { graphql } from "../gql";

export const AuthorityTreeDocument = graphql(`
  query AuthorityTree { authorities(first: 100) { totalCount edges { node { id name shortName level oktmo parent { id } } } } }
`);

export const UsersDocument = graphql(`
  query Users {
    users(first: 100) {
      edges {
        node {
          id login name active
          roles { role includeSubordinates authority { id name } }
          tokens { id name prefix createdAt expiresAt revokedAt }
          sessions { id lastSeenAt userAgent current }
        }
      }
    }
  }
`);
