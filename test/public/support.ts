import { startHarness, type Harness } from "../support/harness";
import { startHttp } from "../support/http";
import { loadSeeds } from "../../src/seeding/load-seeds";
import type { AppOptions } from "../../src/app";

/** The real server over the test database with the seeds loaded; `get` reads a page as a browser would. */
export async function startPublic(options: AppOptions = {}): Promise<{ h: Harness; base: string; get: (path: string, headers?: Record<string, string>) => Promise<{ status: number; text: string; headers: Headers }>; close: () => Promise<void> }> {
  const h = await startHarness();
  await loadSeeds(h.ds, h.apollo);
  const server = await startHttp(h.ds, options);
  const base = server.url.replace(/\/graphql$/, "");
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(base + path, { headers: { accept: "text/html", ...headers }, redirect: "manual" });
    return { status: res.status, text: await res.text(), headers: res.headers };
  };
  return {
    h,
    base,
    get,
    async close() {
      await server.app.stop();
      await h.close();
    },
  };
}

/** The visible text of an HTML page (tags dropped, entities decoded, spaces collapsed). */
export function textOf(htmlText: string): string {
  return htmlText
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
