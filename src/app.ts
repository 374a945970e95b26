import type http from "node:http";
import type { DataSource } from "typeorm";
import type { ApolloServer } from "@apollo/server";
import { getSchema } from "./schema";
import { createApolloServer, type ApolloOptions } from "./server";
import { createHttpServer, type HttpOptions } from "./http/http-server";
import type { Context } from "./context";
import { httpConfig, jitConfig, limits } from "./config";
import type { RunningPublicAnswers } from "./cache/public-answers";
import { startPublicReads, type PublicReadsOptions } from "./public-reads";
import { AuthService } from "./auth/auth.service";
import { Viewer } from "./auth/viewer";
import { syncRoutes, type SyncRouteOptions } from "./sync/http/routes";
import { sessionAuthentication } from "./auth/sessions/request-viewer";
import { webRoutes } from "./web/static-files";
import { databaseReady } from "./db/readiness";
import { publicRoutes, type PublicRouteOptions } from "./public/routes";
import { reportRoutes } from "./reports/routes";
import { contentRenderer } from "./http/content-rendering";

export interface App {
  apollo: ApolloServer<Context>;
  http: http.Server;
  /** The cache of anonymous answers (null when RESPONSE_CACHE=off). */
  answers: RunningPublicAnswers | null;
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
  /** The response cache and the read replicas (RESPONSE_CACHE, DATABASE_READ_URLS unless said here). */
  reads?: PublicReadsOptions;
}

/** The GraphQL API over a DataSource (migrated): Apollo started, HTTP server created, not yet listening. */
export async function createApp(ds: DataSource, options: AppOptions = {}): Promise<App> {
  const schema = await getSchema();
  const apollo = createApolloServer(schema, options.apollo);
  const reads = await startPublicReads(ds, options.reads);
  const answers = reads.answers;
  const auth = new AuthService(ds);
  const sessions = sessionAuthentication(ds, auth);
  await apollo.start();
  // a bearer token, else the browser's session cookie (the web workspace), else anonymous
  const authenticate = sessions.authenticate;
  // anonymous requests may read a replica; a session reads the primary (src/public-reads.ts)
  const context = (viewer: Viewer, req?: http.IncomingMessage) => sessions.context(viewer, req, reads.dataSourceFor(viewer));
  const sync = { ...httpConfig.sync, ...options.sync };
  const server = createHttpServer(apollo, {
    ...httpConfig,
    maxDuplicateFields: limits.maxDuplicateFields,
    maxTokens: limits.maxTokens,
    ...options.http,
    authenticate,
    context,
    // the change feed and the exports, the public pages and the auditor's downloads, the web workspace as plain HTTP, through the same front (limits, logs, compression)
    routes: [
      ...syncRoutes(ds, sync),
      // the public pages are anonymous reads: a replica when there are some
      ...publicRoutes(reads.dataSourceFor(Viewer.anonymous()), { ...httpConfig.publicPages, ...options.publicPages }),
      ...reportRoutes({ viewerOf: (req) => authenticate(req.headers.authorization, req), context, points: sync.exportPoints, maxConcurrent: sync.maxConcurrentExports }),
      ...(options.http?.routes ?? []),
      // the web workspace last: its files, /graphiql, and index.html for any other page a browser opens
      ...webRoutes(),
    ],
    ready: () => databaseReady(ds),
    answers,
    renderingShape: (options.apollo?.jit?.renderContent ?? jitConfig.renderContent) ? contentRenderer(schema).shape : undefined,
  });
  return {
    apollo,
    http: server,
    answers,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await apollo.stop();
      await reads.stop();
    },
  };
}
