import type http from "node:http";
import type { DataSource } from "typeorm";
import type { ApolloServer } from "@apollo/server";
import { getSchema } from "./schema";
import { createApolloServer } from "./server";
import { createHttpServer } from "./http/http-server";
import { createContext, type Context } from "./context";
import { httpConfig } from "./config";
import type { RunningPublicAnswers } from "./cache/public-answers";
import { startPublicReads, type PublicReadsOptions } from "./public-reads";
import { AuthService } from "./auth/auth.service";
import { syncRoutes } from "./sync/http/routes";
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
  reads?: PublicReadsOptions;
}

/** The GraphQL API over a DataSource (migrated): Apollo started, HTTP server created, not yet listening. */
export async function createApp(ds: DataSource, options: AppOptions = {}): Promise<App> {
  const apollo = createApolloServer(await getSchema());
  const reads = await startPublicReads(ds, options.reads);
  const answers = reads.answers;
  const auth = new AuthService(ds);
  await apollo.start();
  const server = createHttpServer(apollo, {
    maxBodyBytes: httpConfig.maxBodyBytes,
    context: async (req) => {
      const viewer = await auth.authenticate(req.headers.authorization);
      return createContext(reads.dataSourceFor(viewer), viewer);
    },
    routes: syncRoutes(ds),
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
