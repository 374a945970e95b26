import type { Pool } from "pg";
import { ResponseCache, type ResponseCacheStats } from "./response-cache";
import { subscribeToPublicChanges, type Subscriber } from "./invalidation";
import type { PublicAnswers } from "./graphql-cache";
import { today } from "../shared/dates";

export interface PublicAnswersOptions {
  /** The primary, where the invalidations are heard. */
  url: string;
  maxBytes: number;
  /** See ResponseCacheOptions.admitAfter. */
  admitAfter?: number;
  /** Pools of the read replicas anonymous reads go to (src/db/read-replicas.ts), if any. */
  replicas?: () => Pool[];
  primary?: () => Pool;
  log?: (message: string) => void;
}

export interface RunningPublicAnswers extends PublicAnswers {
  subscriber: Subscriber;
  stats(): ResponseCacheStats;
  stop(): Promise<void>;
}

/** The response cache of this process with its subscriber (README "Performance"). */
export function startPublicAnswers(options: PublicAnswersOptions): RunningPublicAnswers {
  const cache = new ResponseCache({ maxBytes: options.maxBytes, admitAfter: options.admitAfter, today: () => today() });
  const subscriber = subscribeToPublicChanges(cache, { url: options.url, replicas: options.replicas, primary: options.primary, log: options.log });
  return {
    cache,
    subscriber,
    barrier: () => subscriber.barrier(),
    stats: () => cache.stats(),
    stop: () => subscriber.stop(),
  };
}
