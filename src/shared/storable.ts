/** A string PostgreSQL cannot store (or would store altered): a NUL character, or a lone UTF-16 surrogate. */
export function unstorableStringProblem(value: string): string | null {
  if (value.includes("\u0000")) return "Строка содержит недопустимый символ NUL (\\u0000)";
  if (LONE_SURROGATE.test(value)) return "Строка содержит непарный суррогат UTF-16 (некорректный Unicode)";
  return null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
