import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";

declare const __README_EXAMPLES__: { query: string }[];

/** The bundled GraphiQL (no CDN): opens with the README's example queries, one tab each. */
const fetcher = createGraphiQLFetcher({ url: "/graphql" });

/**
 * A link may hand over an operation in the address's fragment (`/graphiql#query=…&variables=…`, e.g.
 * from a public standard page: the query that built it); the fragment is never sent to the server,
 * so a long query does not meet the request line's limit.
 */
const handed = new URLSearchParams(location.hash.slice(1));
const query = handed.get("query") ?? undefined;
const variables = handed.get("variables") ?? undefined;
const tabs = query ? [{ query, variables }, ...__README_EXAMPLES__] : __README_EXAMPLES__;

createRoot(document.getElementById("graphiql")!).render(
  <GraphiQL fetcher={fetcher} defaultTabs={tabs} initialQuery={query} initialVariables={variables} defaultEditorToolsVisibility />,
);
