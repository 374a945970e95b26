import type { ApolloServerPlugin } from "@apollo/server";

/**
 * Apollo's landing page (a browser opening /graphql) is replaced by a page that sends it to
 * the bundled GraphiQL at /graphiql: Apollo's own landing page loads from a CDN and cannot
 * work offline. Requests with a query, and clients that do not ask for HTML, get GraphQL.
 */
export function graphiqlLandingPage(): ApolloServerPlugin {
  const html = `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=/graphiql"><title>GraphiQL</title></head>
<body><p>GraphQL API реестра. Для запросов в браузере откройте <a href="/graphiql">GraphiQL</a>.</p></body></html>
`;
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
