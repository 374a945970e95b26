import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context";

/**
 * HTTP caching of public reads. An anonymous query without errors sees only
 * published data, which changes only by a publication (or when a scheduled version
 * takes effect), so it may be cached by any edge for `maxAge` seconds; anything
 * authenticated or any mutation is `no-store`. This replaces Apollo's per-field cache
 * control, whose resolver wrapping costs about a third of the hot read (perf-baseline.md).
 */
export function publicCachePolicy(maxAge: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operation, errors }) {
          const cacheable =
            operation?.operation === "query" &&
            !contextValue.viewer.authenticated &&
            !errors?.length &&
            response.body.kind === "single" &&
            !response.body.singleResult.errors?.length;
          if (!cacheable) response.http.headers.set("cache-control", "private, no-store");
          else for (const [name, value] of publicAnswerHeaders(maxAge)) response.http.headers.set(name, value);
        },
      };
    },
  };
}

/** The caching headers of a public answer. */
export function publicAnswerHeaders(maxAge: number): [string, string][] {
  return [
    ["cache-control", `public, max-age=${maxAge}`],
    // the answer depends on the token or session cookie, on the media type asked for and on compression
    ["vary", "accept, authorization, cookie, accept-encoding"],
  ];
}
