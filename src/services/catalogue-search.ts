import type { DataSource } from "typeorm";

/**
 * The portal's search, as a person types it: Russian full-text search with stemming,
 * the last word matched as a prefix (search as you type: «разреш» finds «разрешение»,
 * «реклама» finds «рекламной»), abbreviations and colloquial words expanded from the
 * maintained synonym list (table search_synonym: «ЗАГС», «ИЖС», «МФЦ», «стройка», …),
 * and, when full-text search finds nothing, a trigram match on the service name
 * (pg_trgm, for typos: «строитльство»).
 *
 * Why a synonym table applied by rewriting the query, not a PostgreSQL thesaurus or
 * synonym dictionary: PostgreSQL reads dictionary files from its share directory, which
 * for the embedded server lives inside node_modules and on a managed server
 * (DATABASE_URL) cannot be written by the application; a table is migrated like the rest
 * of the schema and an operator can extend it with SQL, without a restart.
 */

export interface SearchWord {
  word: string;
  negated: boolean;
}

const MAX_WORDS = 12;
/** Shorter last words are matched whole: a prefix of one or two letters would match half the catalogue. */
const MIN_PREFIX = 3;

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
 * The text of a `to_tsquery('russian', …)` for the words: every word required, the last
 * one as a prefix, each word or any of its synonyms (a synonym of several words needs all
 * of them). Null when no word is left to look for.
 */
export function buildTsQuery(words: SearchWord[], synonyms: ReadonlyMap<string, readonly string[]>): string | null {
  const positive = words.filter((w) => !w.negated);
  if (positive.length === 0) return null;
  const last = positive[positive.length - 1];
  const parts = words.map((w) => {
    if (w.negated) return `!${quote(w.word)}`;
    const alternatives = [`${quote(w.word)}${w === last && w.word.length >= MIN_PREFIX ? ":*" : ""}`];
    for (const phrase of synonyms.get(w.word) ?? []) {
      const inner = [...phrase.toLocaleLowerCase("ru").matchAll(/[\p{L}\p{N}]+/gu)].map((m) => quote(m[0]));
      if (inner.length) alternatives.push(inner.length === 1 ? inner[0] : `(${inner.join(" & ")})`);
    }
    return alternatives.length > 1 ? `(${alternatives.join(" | ")})` : alternatives[0];
  });
  return parts.join(" & ");
}

/** The synonyms of these words from the maintained list (one indexed lookup). */
export async function loadSynonyms(ds: DataSource, words: SearchWord[]): Promise<Map<string, string[]>> {
  const wanted = [...new Set(words.filter((w) => !w.negated).map((w) => w.word))];
  if (wanted.length === 0) return new Map();
  const rows: { term: string; alternatives: string[] }[] = await ds.query("SELECT term, alternatives FROM search_synonym WHERE term = ANY($1)", [wanted]);
  return new Map(rows.map((r) => [r.term, r.alternatives]));
}

/** How a catalogue query searches: full text (the tsquery text) or, as a fallback, trigrams of the name (the text as typed). */
export type SearchPlan = { mode: "fts"; query: string } | { mode: "trigram"; query: string };

/** The full-text plan of a query, or null when it holds no word to look for. */
export async function fullTextPlan(ds: DataSource, input: string): Promise<SearchPlan | null> {
  const words = searchWords(input);
  const query = buildTsQuery(words, await loadSynonyms(ds, words));
  return query ? { mode: "fts", query } : null;
}

/** The condition on the catalogue row (alias c) and its service (alias s); the parameter is :searchQuery. */
export function searchCondition(plan: SearchPlan): string {
  return plan.mode === "fts" ? "c.search_vector @@ to_tsquery('russian', :searchQuery)" : ":searchQuery <% s.name";
}

/** The relevance of a row under the plan (float4: exact in a cursor). */
export function searchRank(plan: SearchPlan): string {
  return plan.mode === "fts" ? "ts_rank(c.search_vector, to_tsquery('russian', :searchQuery))" : "word_similarity(:searchQuery, s.name)";
}
