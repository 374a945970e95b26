import type http from "node:http";
import type { DataSource } from "typeorm";
import type { ApolloServer } from "@apollo/server";
import { getSchema } from "./schema";
import { createApolloServer, type ApolloOptions } from "./server";
import { createHttpServer, type HttpOptions } from "./http/http-server";
import type { Context } from "./context";
import { httpConfig, limits } from "./config";
import type { RunningPublicAnswers } from "./cache/public-answers";
import { startPublicReads, type PublicReadsOptions } from "./public-reads";
import { AuthService } from "./auth/auth.service";
import { syncRoutes, type SyncRouteOptions } from "./sync/http/routes";
import { sessionAuthentication } from "./auth/sessions/request-viewer";
import { webRoutes } from "./web/static-files";
import { databaseReady } from "./db/readiness";

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
  apollo?: ApolloOptions;
  /** The response cache and the read replicas (RESPONSE_CACHE, DATABASE_READ_URLS unless said here). */
  reads?: PublicReadsOptions;
}

/** The GraphQL API over a DataSource (migrated): Apollo started, HTTP server created, not yet listening. */
export async function createApp(ds: DataSource, options: AppOptions = {}): Promise<App> {
  const apollo = createApolloServer(await getSchema(), options.apollo);
  const reads = await startPublicReads(ds, options.reads);
  const answers = reads.answers;
  const auth = new AuthService(ds);
  const sessions = sessionAuthentication(ds, auth);
  await apollo.start();
  const server = createHttpServer(apollo, {
    ...httpConfig,
    maxDuplicateFields: limits.maxDuplicateFields,
    maxTokens: limits.maxTokens,
    ...options.http,
    // a bearer token, else the browser's session cookie (the web workspace), else anonymous
    authenticate: sessions.authenticate,
    // anonymous requests may read a replica; a session reads the primary (src/public-reads.ts)
    context: (viewer, req) => sessions.context(viewer, req, reads.dataSourceFor(viewer)),
    // the change feed and the exports as plain HTTP, through the same front (limits, logs, compression); the web workspace last
    routes: [...syncRoutes(ds, { ...httpConfig.sync, ...options.sync }), ...(options.http?.routes ?? []), ...webRoutes()],
    ready: () => databaseReady(ds),
    answers,
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
