import type http from "node:http";
import type { DataSource } from "typeorm";
import type { ApolloServer } from "@apollo/server";
import { getSchema } from "./schema";
import { createApolloServer } from "./server";
import { createHttpServer } from "./http/http-server";
import { createContext, type Context } from "./context";
import { httpConfig } from "./config";
import { AuthService } from "./auth/auth.service";
import { syncRoutes } from "./sync/http/routes";
import { databaseReady } from "./db/readiness";
import { publicRoutes } from "./public/routes";
import { reportRoutes } from "./reports/routes";

export interface App {
  apollo: ApolloServer<Context>;
  http: http.Server;
  stop(): Promise<void>;
}

/** The GraphQL API over a DataSource (migrated): Apollo started, HTTP server created, not yet listening. */
export async function createApp(ds: DataSource): Promise<App> {
  const apollo = createApolloServer(await getSchema());
  const auth = new AuthService(ds);
  await apollo.start();
  const context = async (req: http.IncomingMessage) => createContext(ds, await auth.authenticate(req.headers.authorization));
  const server = createHttpServer(apollo, {
    maxBodyBytes: httpConfig.maxBodyBytes,
    context,
    routes: firstOf([syncRoutes(ds), publicRoutes(ds), reportRoutes(context)]),
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

type RouteFn = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<boolean>;

/** Tries the routes in order; true when one answered. */
function firstOf(routes: RouteFn[]): RouteFn {
  return async (req, res, url) => {
    for (const route of routes) if (await route(req, res, url)) return true;
    return false;
  };
}
