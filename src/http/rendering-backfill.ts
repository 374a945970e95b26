import { setImmediate as yieldToEvents } from "node:timers/promises";
import type { DataSource } from "typeorm";
import { subscribeToPublicChanges, type Subscriber } from "../cache/invalidation";
import { IN_FORCE_STATUSES } from "../standards/standard.loaders";
import type { ContentRenderer } from "./content-rendering";

export interface RenderingBackfillOptions {
  /** The primary's URL: publications are heard there (LISTEN). */
  url: string;
  /** Versions rendered per statement. */
  batch?: number;
  log?: (message: string) => void;
}

export interface RenderingBackfillStats {
  /** Texts stored by this process. */
  stored: number;
  /** Versions whose content does not render (an error inside) or whose text PostgreSQL refused: executed field by field. */
  refused: number;
  running: boolean;
}

export interface RenderingBackfill {
  stats(): RenderingBackfillStats;
  /** Resolves when no pass is running or scheduled (tests, the bench). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Stores the text of the complete content of every published or withdrawn version in force
 * or still to come into force (effective_to open or later than today: what portals read;
 * a past version asked for by date is rendered in memory) that has none for the current shape (src/http/content-rendering.ts): at start (after an upgrade
 * that changed the content model, every version once) and after each public change (a
 * publication; heard by LISTEN like the response cache's invalidation). One process does
 * it, the one that migrates (src/main.ts); until a version's text is stored, its reads
 * render it in memory. Versions are taken in id order, a batch at a time, yielding between
 * batches; a text PostgreSQL refuses is logged and that version is read field by field.
 */
export function startRenderingBackfill(ds: DataSource, renderer: ContentRenderer, options: RenderingBackfillOptions): RenderingBackfill {
  const batch = options.batch ?? 200;
  const log = options.log ?? (() => undefined);
  const stats: RenderingBackfillStats = { stored: 0, refused: 0, running: false };
  let stopped = false;
  let again = false;
  let current: Promise<void> | null = null;
  const refused = new Set<string>();

  const pass = async () => {
    let after: string | null = null;
    while (!stopped) {
      const rows: { id: string; content: unknown }[] = await ds.query(
        `SELECT v.id, v.content FROM standard_version v
          WHERE v.status = ANY($1::standard_version_status[]) AND ($3::uuid IS NULL OR v.id > $3)
            AND (v.effective_to IS NULL OR v.effective_to > current_date)
            AND NOT EXISTS (SELECT 1 FROM content_rendering r WHERE r.version_id = v.id AND r.shape = $2)
          ORDER BY v.id LIMIT $4`,
        [IN_FORCE_STATUSES, renderer.shape, after, batch],
      );
      if (!rows.length) return;
      after = rows[rows.length - 1].id;
      const texts: { id: string; body: string }[] = [];
      for (const row of rows) {
        if (refused.has(row.id)) continue;
        const { text, errors } = renderer.render(row.content);
        if (text === null || errors.length) refuse(row.id, errors[0]?.message ?? "renders to null");
        else texts.push({ id: row.id, body: text });
      }
      await store(texts);
      await yieldToEvents();
    }
  };

  const store = async (texts: { id: string; body: string }[]) => {
    if (!texts.length) return;
    const insert = (items: typeof texts) =>
      ds.query(
        `INSERT INTO content_rendering (version_id, shape, body) SELECT id, $2, body FROM unnest($1::uuid[], $3::text[]) AS t(id, body) ON CONFLICT DO NOTHING`,
        [items.map((t) => t.id), renderer.shape, items.map((t) => t.body)],
      );
    try {
      await insert(texts);
      stats.stored += texts.length;
    } catch {
      // one refused text fails its batch: store them one by one to find it
      for (const text of texts) {
        try {
          await insert([text]);
          stats.stored++;
        } catch (error) {
          refuse(text.id, (error as Error).message);
        }
      }
    }
  };

  const refuse = (id: string, reason: string) => {
    refused.add(id);
    stats.refused++;
    log(`content rendering of version ${id} not stored: ${reason}`);
  };

  const schedule = () => {
    if (stopped) return;
    if (current) {
      again = true;
      return;
    }
    stats.running = true;
    current = (async () => {
      do {
        again = false;
        try {
          await pass();
        } catch (error) {
          if (!stopped) log(`content rendering pass failed: ${(error as Error).message}`);
        }
      } while (again && !stopped);
    })().finally(() => {
      current = null;
      stats.running = false;
    });
  };

  const subscriber: Subscriber = subscribeToPublicChanges(
    { invalidate: schedule, setListening: (listening) => listening && schedule() },
    { url: options.url, log },
  );

  return {
    stats: () => ({ ...stats }),
    async idle() {
      await subscriber.listening();
      while (current) await current;
    },
    async stop() {
      stopped = true;
      await subscriber.stop();
      await current;
    },
  };
}
