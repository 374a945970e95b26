import { Kind, parse, type DocumentNode, type SelectionSetNode } from "graphql";
import { LRUCache } from "lru-cache";

/**
 * A cheap check of a query's shape before Apollo validates it. GraphQL's rule
 * "overlapping fields can be merged" compares every pair of fields with one response
 * name in a selection set: 1,190 copies of one field in a 30 KB query cost 165-270 ms of
 * validation. Repeating a field gains a client nothing, so the whole document may
 * repeat fields at most `maxDuplicates` times in all (fields of inline fragments count
 * in the selection set they are spread into, as the rule sees them). One parse with the
 * token limit, one walk; query texts that passed are remembered, so the hot read is not
 * parsed twice.
 */
export class QueryShapeGuard {
  // bounded by count and by the total length of the remembered texts (refused ones too)
  private readonly passed = new LRUCache<string, true>({ max: 2000, maxSize: 4_000_000, sizeCalculation: (_v, key) => key.length || 1 });

  constructor(private readonly limits: { maxDuplicates: number; maxTokens: number }) {}

  /** A Russian message when the query repeats fields too often; null when it may go on (also for a syntax error: Apollo reports it). */
  private readonly refused = new LRUCache<string, string>({ max: 200, maxSize: 2_000_000, sizeCalculation: (_v, key) => key.length || 1 });

  check(query: string): string | null {
    if (this.passed.has(query)) return null;
    const known = this.refused.get(query);
    if (known) return known;
    let document: DocumentNode;
    try {
      document = parse(query, { noLocation: true, maxTokens: this.limits.maxTokens });
    } catch {
      return null;
    }
    const duplicates = countDuplicates(document);
    if (duplicates.count > this.limits.maxDuplicates) {
      const refusal = `В запросе слишком много повторяющихся полей: ${duplicates.count} повторов (допустимо не более ${this.limits.maxDuplicates}), например «${duplicates.example}»`;
      this.refused.set(query, refusal);
      return refusal;
    }
    this.passed.set(query, true);
    return null;
  }
}

/** Repeated response names over all selection sets of the document (inline fragments flattened). */
export function countDuplicates(document: DocumentNode): { count: number; example: string } {
  let count = 0;
  let example = "";
  const visitSet = (set: SelectionSetNode) => {
    const seen = new Map<string, number>();
    const collect = (s: SelectionSetNode) => {
      for (const selection of s.selections) {
        if (selection.kind === Kind.FIELD) {
          const name = selection.alias?.value ?? selection.name.value;
          const n = (seen.get(name) ?? 0) + 1;
          seen.set(name, n);
          if (n > 1) {
            count++;
            example ||= name;
          }
          if (selection.selectionSet) visitSet(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          collect(selection.selectionSet);
        }
      }
    };
    collect(set);
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) visitSet(definition.selectionSet);
  }
  return { count, example: example.slice(0, 100) };
}
