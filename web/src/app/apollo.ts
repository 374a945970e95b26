import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from "@apollo/client";
import { RemoveTypenameFromVariablesLink } from "@apollo/client/link/remove-typename";
import { ErrorLink } from "@apollo/client/link/error";

/** When the last request went to the API: the server extends the session on activity. */
let lastRequest = Date.now();
export const lastRequestAt = () => lastRequest;

/** The CSRF token of the current session (from signIn or currentSession), sent with every request. */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

const http = new HttpLink({
  uri: "/graphql",
  credentials: "same-origin",
  fetch: (input, init) => {
    lastRequest = Date.now();
    const headers = new Headers(init?.headers);
    if (csrfToken) headers.set("x-csrf-token", csrfToken);
    return fetch(input, { ...init, headers });
  },
});

/** Called when the API says the request had no valid session (ended, expired, user deactivated). */
let signedOut: () => void = () => {};
export function onSignedOut(callback: () => void) {
  signedOut = callback;
}

const sessionEnded = new ErrorLink(({ error }) => {
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) signedOut();
});

// content read from the API is sent back as input: drop the __typename Apollo adds
const link = ApolloLink.from([new RemoveTypenameFromVariablesLink(), sessionEnded, http]);

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
