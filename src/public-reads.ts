import type { DataSource } from "typeorm";
import type { Pool } from "pg";
import { config, responseCacheConfig } from "./config";
import { createDataSource } from "./data-source";
import { ReplicaReadDataSource } from "./db/read-replicas";
import { startPublicAnswers, type RunningPublicAnswers } from "./cache/public-answers";
import type { Viewer } from "./auth/viewer";
import { log } from "./log";

/**
 * How anonymous reads are served (README "Performance", "Growing past one machine"): from the
 * response cache of this process when it holds the answer (src/cache/), else computed on a
 * streaming replica when DATABASE_READ_URLS names some (src/db/read-replicas.ts), else on the
 * primary. Authenticated requests always read the primary: a session sees its own writes.
 */
export interface PublicReadsOptions {
  /** The response cache (RESPONSE_CACHE unless said here). */
  responseCache?: boolean;
  /** The replicas' URLs (DATABASE_READ_URLS unless said here). */
  readUrls?: string[];
}

export interface PublicReads {
  answers: RunningPublicAnswers | null;
  /** The DataSource a request of `viewer` reads through. */
  dataSourceFor(viewer: Viewer): DataSource;
  stop(): Promise<void>;
}

export async function startPublicReads(ds: DataSource, options: PublicReadsOptions = {}): Promise<PublicReads> {
  const primaryUrl = (ds.options as { url?: string }).url;
  const readUrls = options.readUrls ?? config.databaseReadUrls;
  let replicas: ReplicaReadDataSource | null = null;
  if (readUrls.length) {
    if (!primaryUrl) throw new Error("DATABASE_READ_URLS needs the primary's DataSource to have a url");
    replicas = createDataSource(primaryUrl, undefined, { readReplicas: readUrls }) as ReplicaReadDataSource;
    await replicas.initialize();
  }
  let answers: RunningPublicAnswers | null = null;
  if (options.responseCache ?? responseCacheConfig.enabled) {
    if (!primaryUrl) throw new Error("the response cache needs the DataSource's url (RESPONSE_CACHE=off to run without it)");
    const r = replicas;
    answers = startPublicAnswers({
      url: primaryUrl,
      maxBytes: responseCacheConfig.maxBytes,
      admitAfter: responseCacheConfig.admitAfter,
      // with replicas, no answer is kept until they have replayed a change
      ...(r ? { replicas: () => r.replicaPools(), primary: () => (ds.driver as unknown as { master: Pool }).master } : {}),
      log: (m) => log.warn(m),
    });
  }
  return {
    answers,
    dataSourceFor: (viewer) => (replicas && !viewer.authenticated ? replicas : ds),
    async stop() {
      await answers?.stop();
      await replicas?.destroy();
    },
  };
}
