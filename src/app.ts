import type http from "node:http";
import type { DataSource } from "typeorm";
import type { ApolloServer } from "@apollo/server";
import { getSchema } from "./schema";
import { createApolloServer, type ApolloOptions } from "./server";
import { createHttpServer, type HttpOptions } from "./http/http-server";
import { createContext, type Context } from "./context";
import { httpConfig, limits } from "./config";
import { AuthService } from "./auth/auth.service";
import type { Viewer } from "./auth/viewer";
import { syncRoutes, type SyncRouteOptions } from "./sync/http/routes";
import { databaseReady } from "./db/readiness";
import { publicRoutes, type PublicRouteOptions } from "./public/routes";
import { reportRoutes } from "./reports/routes";

export interface App {
  apollo: ApolloServer<Context>;
  http: http.Server;
  stop(): Promise<void>;
}

/** What a caller (a test, the bench) may set instead of the configuration. */
export interface AppOptions {
  http?: Partial<Omit<HttpOptions, "authenticate" | "context">>;
  /** Limits of the change feed's and the exports' HTTP endpoints. */
  sync?: Partial<SyncRouteOptions>;
  /** Limits of the public pages (/catalog). */
  publicPages?: Partial<PublicRouteOptions>;
  apollo?: ApolloOptions;
}

/** The GraphQL API over a DataSource (migrated): Apollo started, HTTP server created, not yet listening. */
export async function createApp(ds: DataSource, options: AppOptions = {}): Promise<App> {
  const apollo = createApolloServer(await getSchema(), options.apollo);
  const auth = new AuthService(ds);
  await apollo.start();
  const authenticate = (authorization: string | undefined) => auth.authenticate(authorization);
  const context = (viewer: Viewer) => createContext(ds, viewer);
  const sync = { ...httpConfig.sync, ...options.sync };
  const server = createHttpServer(apollo, {
    ...httpConfig,
    maxDuplicateFields: limits.maxDuplicateFields,
    maxTokens: limits.maxTokens,
    ...options.http,
    authenticate,
    context,
    // the change feed and the exports, the public pages and the auditor's downloads as plain HTTP, through the same front (limits, logs, compression)
    routes: [
      ...syncRoutes(ds, sync),
      ...publicRoutes(ds, { ...httpConfig.publicPages, ...options.publicPages }),
      ...reportRoutes({ viewerOf: (req) => authenticate(req.headers.authorization), context, points: sync.exportPoints, maxConcurrent: sync.maxConcurrentExports }),
      ...(options.http?.routes ?? []),
    ],
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
