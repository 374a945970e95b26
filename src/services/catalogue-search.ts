import type { DataSource } from "typeorm";

/**
 * The portal's search, as a person types it: Russian full-text search with stemming,
 * widened step by step while it finds less than a page (the last word as a prefix — search
 * as you type: «разреш» finds «разрешение», «реклама» finds «рекламной»; then every word),
 * abbreviations and colloquial words expanded from the
 * maintained synonym list (table search_synonym: «ЗАГС», «ИЖС», «МФЦ», «стройка», …),
 * and, when full-text search finds nothing, the same search with each word replaced by
 * the most similar stem of the catalogue's vocabulary (trigrams, pg_trgm; table
 * search_lexeme: the stems of service names) — for typos: «строитльство».
 *
 * Why a synonym table applied by rewriting the query, not a PostgreSQL thesaurus or
 * synonym dictionary: PostgreSQL reads dictionary files from its share directory, which
 * for the embedded server lives inside node_modules and on a managed server
 * (DATABASE_URL) cannot be written by the application; a table is migrated like the rest
 * of the schema and an operator can extend it with SQL (each process rereads it every minute).
 */

export interface SearchWord {
  word: string;
  negated: boolean;
}

const MAX_WORDS = 12;
/** Shorter words are matched whole: a prefix of one or two letters would match half the catalogue. */
const MIN_PREFIX = 3;
/** From this length a word is also looked for by its beginning without its last two letters. */
const MIN_SHORTENED = 7;

/** The words of a query, lowercased; a word written with a leading minus ("-платно") is excluded. */
export function searchWords(input: string): SearchWord[] {
  const words: SearchWord[] = [];
  for (const chunk of input.split(/\s+/)) {
    const negated = chunk.startsWith("-");
    for (const m of chunk.toLocaleLowerCase("ru").matchAll(/[\p{L}\p{N}]+/gu)) words.push({ word: m[0], negated });
  }
  return words.slice(0, MAX_WORDS);
}

const quote = (word: string) => `'${word.replace(/'/g, "''")}'`;

/**
 * How much a query's words are widened, from the words as typed to every word as a prefix:
 * - "exact": every word as typed (stemmed);
 * - "typing": the last word as the beginning of a word (search as you type: «разреш»);
 * - "broad": every word as the beginning of a word, a long one also without its last two
 *   letters, because the Russian stemmer treats some forms of one word differently
 *   («отдыха» → отдых but «отдых» → отд; «участка» → участк but «участок» → участок).
 * Each form finds at least what the one before finds; prefixes cost more to match and
 * rank, which is why the narrower forms are tried first.
 */
export type QueryForm = "exact" | "typing" | "broad";

/**
 * The text of a `to_tsquery('russian', …)` for the words in a form: every word required,
 * each word or any of its synonyms (a synonym of several words needs all of them). Null
 * when no word is left to look for.
 */
export function buildTsQuery(words: SearchWord[], synonyms: ReadonlyMap<string, readonly string[]>, form: QueryForm = "typing"): string | null {
  const positive = words.filter((w) => !w.negated);
  if (positive.length === 0) return null;
  const last = positive[positive.length - 1];
  const parts = words.map((w) => {
    if (w.negated) return `!${quote(w.word)}`;
    const prefix = (form === "broad" || (form === "typing" && w === last)) && w.word.length >= MIN_PREFIX;
    const alternatives = [`${quote(w.word)}${prefix ? ":*" : ""}`];
    if (form === "broad" && w.word.length >= MIN_SHORTENED) alternatives.push(`${quote(w.word.slice(0, -2))}:*`);
    for (const phrase of synonyms.get(w.word) ?? []) {
      const inner = [...phrase.toLocaleLowerCase("ru").matchAll(/[\p{L}\p{N}]+/gu)].map((m) => quote(m[0]));
      if (inner.length) alternatives.push(inner.length === 1 ? inner[0] : `(${inner.join(" & ")})`);
    }
    return alternatives.length > 1 ? `(${alternatives.join(" | ")})` : alternatives[0];
  });
  return parts.join(" & ");
}

/**
 * The maintained synonym list, read whole (it is small) and kept for a minute per process:
 * a search costs no extra round trip, and a change of the table applies within a minute.
 */
const SYNONYMS_TTL_MS = 60_000;
const synonymCache = new WeakMap<DataSource, { loaded: number; synonyms: Promise<Map<string, string[]>> }>();

export function loadSynonyms(ds: DataSource): Promise<Map<string, string[]>> {
  const cached = synonymCache.get(ds);
  if (cached && Date.now() - cached.loaded < SYNONYMS_TTL_MS) return cached.synonyms;
  const synonyms = ds
    .query("SELECT term, alternatives FROM search_synonym")
    .then((rows: { term: string; alternatives: string[] }[]) => new Map(rows.map((r) => [r.term, r.alternatives])));
  synonymCache.set(ds, { loaded: Date.now(), synonyms });
  synonyms.catch(() => synonymCache.delete(ds));
  return synonyms;
}

/** How a catalogue query searches: the text of a to_tsquery('russian', …), or a tsquery of stems as they are (the corrected words). */
export type SearchPlan = { mode: "fts"; query: string } | { mode: "stems"; query: string };

/** The full-text plans of a query, narrowest first (distinct ones only). */
export async function fullTextPlans(ds: DataSource, input: string): Promise<SearchPlan[]> {
  const words = searchWords(input);
  const synonyms = await loadSynonyms(ds);
  const queries = (["exact", "typing", "broad"] as const).map((form) => buildTsQuery(words, synonyms, form)).filter((q): q is string => q !== null);
  return [...new Set(queries)].map((query) => ({ mode: "fts", query }));
}

/** How close (pg_trgm similarity) a stem of the vocabulary must be to replace a typed word. */
const MIN_SIMILARITY = 0.4;

/**
 * The fallback plan: each word replaced by its closest stem in the catalogue's
 * vocabulary (one query: a nearest-neighbour lookup per word on a trigram index), each
 * stem matched as a prefix. Null when no word has a close enough stem.
 */
export async function correctedPlan(ds: DataSource, input: string): Promise<SearchPlan | null> {
  const words = searchWords(input).filter((w) => !w.negated);
  if (words.length === 0) return null;
  // a stop word has no stem («на»): it is left out, as full-text search leaves it out
  const rows: { stem: string; lexeme: string | null; similarity: number | null }[] = await ds.query(
    `SELECT s.stem, l.lexeme, similarity(l.lexeme, s.stem) AS similarity
       FROM unnest($1::text[]) WITH ORDINALITY AS w(word, i)
       CROSS JOIN LATERAL (SELECT (tsvector_to_array(to_tsvector('russian', w.word)))[1] AS stem) s
       LEFT JOIN LATERAL (SELECT lexeme FROM search_lexeme ORDER BY lexeme <-> s.stem LIMIT 1) l ON true
      WHERE s.stem IS NOT NULL
      ORDER BY w.i`,
    [words.map((w) => w.word)],
  );
  if (!rows.some((r) => r.lexeme && r.lexeme !== r.stem && (r.similarity ?? 0) >= MIN_SIMILARITY)) return null;
  const terms = rows.map((r) => {
    const stem = r.lexeme && (r.similarity ?? 0) >= MIN_SIMILARITY ? r.lexeme : r.stem;
    return `${quote(stem)}${stem.length >= MIN_PREFIX ? ":*" : ""}`;
  });
  return { mode: "stems", query: terms.join(" & ") };
}

/** The condition on the catalogue row (alias c); the parameter is :searchQuery. */
export function searchCondition(plan: SearchPlan): string {
  return `c.search_vector @@ ${tsquery(plan)}`;
}

/** The relevance of a row under the plan (float4: exact in a cursor). */
export function searchRank(plan: SearchPlan): string {
  return `ts_rank(c.search_vector, ${tsquery(plan)})`;
}

function tsquery(plan: SearchPlan): string {
  return plan.mode === "fts" ? "to_tsquery('russian', :searchQuery)" : "(:searchQuery)::tsquery";
}
