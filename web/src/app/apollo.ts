import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { RemoveTypenameFromVariablesLink } from "@apollo/client/link/remove-typename";

/** The CSRF token of the current session (from signIn or currentSession), sent with every request. */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

const http = new HttpLink({
  uri: "/graphql",
  credentials: "same-origin",
  fetch: (input, init) => {
    const headers = new Headers(init?.headers);
    if (csrfToken) headers.set("x-csrf-token", csrfToken);
    return fetch(input, { ...init, headers });
  },
});

// content read from the API is sent back as input: drop the __typename Apollo adds
const link = ApolloLink.from([new RemoveTypenameFromVariablesLink(), http]);

export const client = new ApolloClient({
  link,
  cache: new InMemoryCache({
    typePolicies: {
      // content sections have no ids: replace them whole
      StandardVersion: { fields: { content: { merge: false } } },
    },
  }),
  defaultOptions: { watchQuery: { fetchPolicy: "cache-and-network" } },
});
