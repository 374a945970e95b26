import type http from "node:http";
import type { DataSource } from "typeorm";
import type { ApolloServer } from "@apollo/server";
import { getSchema } from "./schema";
import { createApolloServer } from "./server";
import { createHttpServer } from "./http/http-server";
import type { Context } from "./context";
import { httpConfig } from "./config";
import { httpContext } from "./auth/sessions/request-viewer";
import { webStaticFiles } from "./web/static-files";
import { syncRoutes, type Route } from "./sync/http/routes";
import { databaseReady } from "./db/readiness";

export interface App {
  apollo: ApolloServer<Context>;
  http: http.Server;
  stop(): Promise<void>;
}

/** The GraphQL API over a DataSource (migrated): Apollo started, HTTP server created, not yet listening. */
export async function createApp(ds: DataSource): Promise<App> {
  const apollo = createApolloServer(await getSchema());
  await apollo.start();
  const server = createHttpServer(apollo, {
    maxBodyBytes: httpConfig.maxBodyBytes,
    context: httpContext(ds),
    routes: firstOf(syncRoutes(ds), webStaticFiles()),
    ready: () => databaseReady(ds),
  });
  return {
    apollo,
    http: server,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await apollo.stop();
    },
  };
}

/** Routes tried in order; the first that answers wins. */
function firstOf(...routes: Route[]): Route {
  return async (req, res, url) => {
    for (const route of routes) if (await route(req, res, url)) return true;
    return false;
  };
}
