import type { GraphQLFormattedError } from "graphql";
import { DomainError } from "./domain-error";

/**
 * Top-level errors: Russian messages with a stable `extensions.code`. Input that
 * GraphQL itself rejects (wrong type, unknown enum value, unknown field) gets the
 * field path in `extensions.field`. Anything unexpected is logged in full on the
 * server and masked in the response: no stack, SQL or internals leak.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = rootCause(error);
  if (original instanceof DomainError) {
    return {
      message: original.issues.map((i) => i.message).join("; "),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "BAD_USER_INPUT", userErrors: original.issues },
    };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && PASS_THROUGH.has(code)) {
    return { ...formatted, extensions: { ...formatted.extensions, code } };
  }
  if (code && INPUT_CODES.has(code)) {
    const { message, field } = translateInputError(formatted.message);
    return {
      message,
      locations: formatted.locations,
      extensions: { code, ...(field ? { field } : {}), detail: formatted.message },
    };
  }
  console.error("[graphql] unexpected error", original);
  return {
    message: "Внутренняя ошибка сервера. Обратитесь к администратору реестра.",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

/** The error a resolver threw, under the wrappers of graphql-js, graphql-jit and Apollo. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && "originalError" in current && current.originalError instanceof Error) current = current.originalError;
  return current;
}

const INPUT_CODES = new Set(["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "BAD_REQUEST", "OPERATION_RESOLUTION_FAILURE"]);
/** Codes raised on purpose with a Russian message already (authentication, authorization, limits). */
const PASS_THROUGH = new Set(["UNAUTHENTICATED", "FORBIDDEN", "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED", "QUERY_TOO_COMPLEX"]);

const PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/Value "(.*)" does not exist in "(\w+)" enum/, (m) => `значение «${m[1]}» не входит в перечень ${m[2]}`],
  [/Enum "(\w+)" cannot represent non-enum value: (.*?)\.?$/, (m) => `значение ${m[2]} не входит в перечень ${m[1]}`],
  [/(String|Int|Float|Boolean|ID) cannot represent (a )?non[- ].*?value: (.*)$/, (m) => `ожидалось значение типа ${m[1]}, получено ${m[3]}`],
  [/Int cannot represent non-integer value: (.*)$/, (m) => `ожидалось целое число, получено ${m[1]}`],
  [/Int cannot represent non 32-bit signed integer value: (.*)$/, (m) => `число ${m[1]} вне диапазона Int`],
  [/Field "(\w+)" is not defined by type "(\w+)"/, (m) => `поле «${m[1]}» не существует в типе ${m[2]}`],
  [/Field "(\w+)" of required type "(.+?)" was not provided/, (m) => `не передано обязательное поле «${m[1]}» (${m[2]})`],
  [/Cannot query field "(\w+)" on type "(\w+)"/, (m) => `поле «${m[1]}» не существует в типе ${m[2]}`],
  [/of required type "(.+?)" was not provided/, (m) => `не передано обязательное значение типа ${m[1]}`],
  [/Expected value of type "(.+?)", found (.*?);? /, (m) => `ожидалось значение типа ${m[1]}, получено ${m[2]}`],
  [/Syntax Error: (.*)/, (m) => `синтаксическая ошибка в запросе: ${m[1]}`],
  [/Unknown argument "(\w+)"/, (m) => `неизвестный аргумент «${m[1]}»`],
  [/Unknown type "(\w+)"/, (m) => `неизвестный тип ${m[1]}`],
];

export function translateInputError(message: string): { message: string; field?: string[] } {
  // limits (graphql-armor) already speak Russian; they come wrapped as syntax errors
  const russian = /^(?:Syntax Error: )?([А-ЯЁ].*)$/.exec(message);
  if (russian) return { message: russian[1] };
  const at = /got invalid value .*? at "([^"]+)"/.exec(message) ?? /^Variable "\$(\w+)" got invalid value/.exec(message);
  let field = at ? at[1].replace(/\[(\d+)\]/g, ".$1").split(".") : undefined;
  const unknownField = /Field "(\w+)" is not defined by type/.exec(message);
  if (field && unknownField) field = [...field, unknownField[1]];
  for (const [pattern, render] of PATTERNS) {
    const m = message.match(pattern);
    if (m) return { message: `Некорректный запрос${field ? ` (поле ${field.join(".")})` : ""}: ${render(m)}`, field };
  }
  return { message: `Некорректный запрос${field ? ` (поле ${field.join(".")})` : ""}: ${message}`, field };
}
