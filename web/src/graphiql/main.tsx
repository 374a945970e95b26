import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";

declare const __README_EXAMPLES__: { query: string }[];

/** The bundled GraphiQL (no CDN): opens with the README's example queries, one tab each. */
const fetcher = createGraphiQLFetcher({ url: "/graphql" });

createRoot(document.getElementById("graphiql")!).render(<GraphiQL fetcher={fetcher} defaultTabs={__README_EXAMPLES__} defaultEditorToolsVisibility />);
