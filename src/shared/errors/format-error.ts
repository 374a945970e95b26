import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { DomainError } from "./domain-error";
import { literalPath } from "./input-paths";
import { log } from "../../log";

/**
 * Top-level errors: Russian messages with a stable `extensions.code`.
 * - input GraphQL itself rejects (a wrong type, an unknown enum value or field, a missing
 *   required value; in variables or written inline) is BAD_USER_INPUT with the field path
 *   in `extensions.field`, named as userErrors name it (`["input", "term", "value"]`);
 * - a document that does not parse or validate is GRAPHQL_PARSE_FAILED /
 *   GRAPHQL_VALIDATION_FAILED, a query over a limit QUERY_TOO_COMPLEX, an operation that
 *   cannot be chosen OPERATION_RESOLUTION_FAILURE, a malformed HTTP request BAD_REQUEST;
 *   translated messages keep graphql-js's English text in `extensions.detail`;
 * - anything unexpected is logged on the server and masked: no stack, SQL or internals.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = rootCause(error);
  if (original instanceof DomainError) {
    const field = original.issues.length === 1 ? original.issues[0].field : null;
    return {
      message: original.issues.map((i) => i.message).join("; "),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "BAD_USER_INPUT", ...(field ? { field } : {}), userErrors: original.issues },
    };
  }
  const code = formatted.extensions?.code as string | undefined;
  const base = { locations: formatted.locations, ...(formatted.path ? { path: formatted.path } : {}) };
  if (code && PASS_THROUGH.has(code)) return { ...formatted, extensions: { code } };

  const limit = limitMessage(formatted.message);
  if (limit) return { message: limit, ...base, extensions: { code: "QUERY_TOO_COMPLEX" } };

  if (code === "PERSISTED_QUERY_NOT_FOUND" || code === "PERSISTED_QUERY_NOT_SUPPORTED") {
    return { message: PERSISTED[code], ...base, extensions: { code } };
  }
  const request = REQUEST_MESSAGES.find(([pattern]) => pattern.test(formatted.message));
  if (request) return { message: request[1], ...base, extensions: { code: request[2] ?? "BAD_REQUEST", detail: formatted.message } };

  if (code === "BAD_REQUEST") {
    return { message: "Некорректный HTTP-запрос к GraphQL", ...base, extensions: { code, detail: formatted.message } };
  }
  if (code === "GRAPHQL_PARSE_FAILED") {
    return { message: `Синтаксическая ошибка в запросе${at(formatted)}: ${translateSyntax(formatted.message.replace(/^Syntax Error: /, ""))}`, ...base, extensions: { code, detail: formatted.message } };
  }
  if (code === "OPERATION_RESOLUTION_FAILURE") {
    return { message: translateOperation(formatted.message), ...base, extensions: { code, detail: formatted.message } };
  }
  if (code === "BAD_USER_INPUT" || code === "GRAPHQL_VALIDATION_FAILED") {
    const input = code === "BAD_USER_INPUT" || INLINE_INPUT.some((p) => p.test(formatted.message));
    const field = (formatted.extensions?.field as string[] | undefined) ?? (input ? inlineField(error, formatted.message) : undefined);
    const { message, english } = translateInputError(formatted.message, field ?? undefined);
    return {
      message,
      ...base,
      extensions: { code: input ? "BAD_USER_INPUT" : code, ...(field ? { field } : {}), ...(english ? { detail: formatted.message } : {}) },
    };
  }
  if (sqlState(original) === "57014") {
    // statement_timeout of the API session (DB_STATEMENT_TIMEOUT_MS)
    log.warn({ err: original }, "statement timeout");
    return { message: "Запрос выполнялся дольше допустимого и был прерван; упростите запрос или повторите позже", ...base, extensions: { code: "QUERY_TIMEOUT" } };
  }
  log.error({ err: original }, "unexpected error in a GraphQL request");
  return {
    message: "Внутренняя ошибка сервера. Обратитесь к администратору реестра.",
    ...base,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

/** The error a resolver threw, under the wrappers of graphql-js, graphql-jit and Apollo. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && "originalError" in current && current.originalError instanceof Error) current = current.originalError;
  return current;
}

const sqlState = (error: unknown) => (error && typeof error === "object" ? (error as { code?: unknown }).code : undefined);

/** Codes raised on purpose with a Russian message already (authentication, authorization, rate limits). */
const PASS_THROUGH = new Set(["UNAUTHENTICATED", "FORBIDDEN", "RATE_LIMITED", "QUERY_TOO_COMPLEX"]);

const PERSISTED: Record<string, string> = {
  PERSISTED_QUERY_NOT_FOUND: "Сохранённый запрос не найден: отправьте текст запроса (query) вместе с его хешем",
  PERSISTED_QUERY_NOT_SUPPORTED: "Сохранённые запросы (APQ) не поддерживаются",
};

/** Apollo's own refusals of a request, by their English text: [pattern, Russian message, code]. */
const REQUEST_MESSAGES: [RegExp, string, string?][] = [
  [/^provided sha does not match query/, "Хеш сохранённого запроса (extensions.persistedQuery.sha256Hash) не совпадает с SHA-256 текста запроса", "PERSISTED_QUERY_HASH_MISMATCH"],
  [/^Unsupported persisted query version/, "Неподдерживаемая версия сохранённого запроса: поддерживается только version 1"],
  [/Cross-Site Request Forgery/, "Запрос заблокирован как возможная подделка межсайтового запроса (CSRF): укажите заголовок Content-Type: application/json или непустой заголовок apollo-require-preflight"],
  [/^POST body missing/, "Тело POST-запроса отсутствует, Content-Type не application/json или в JSON нет ни одного поля"],
  [/^GraphQL operations must contain a non-empty `query`/, "Запрос должен содержать непустой query (или расширение persistedQuery)"],
  [/^GraphQL queries must be strings/, "query должен быть строкой с текстом запроса GraphQL"],
  [/^`variables` in a POST body should be provided as an object/, "variables передаётся объектом JSON, а не строкой с JSON"],
  [/^`variables` in a POST body must be an object/, "variables должен быть объектом JSON"],
  [/^`extensions` in a POST body should be provided as an object/, "extensions передаётся объектом JSON, а не строкой с JSON"],
  [/^`extensions` in a POST body must be an object/, "extensions должен быть объектом JSON"],
  [/^`operationName` in a POST body must be a string/, "operationName должен быть строкой"],
  [/^The '(\w+)' search parameter may only be specified once/, "Параметр строки запроса указан более одного раза"],
  [/^The (\w+) search parameter contains invalid JSON/, "Параметр строки запроса содержит некорректный JSON"],
  [/^The (\w+) search parameter should contain a JSON-encoded object/, "Параметр строки запроса должен содержать объект JSON"],
  [/^GET requests may not have a content-type header other than application\/json/, "GET-запрос может иметь только Content-Type: application/json"],
  [/^GET requests only support query operations, not (\w+) operations/, "GET-запросом можно выполнять только чтение (query); изменения — POST-запросом", "METHOD_NOT_ALLOWED"],
  [/^Apollo Server supports only GET\/POST requests/, "Поддерживаются только запросы GET и POST", "METHOD_NOT_ALLOWED"],
  [/^An 'accept' header was provided for this request which does not accept/, "Заголовок Accept не допускает ни application/json, ни application/graphql-response+json", "NOT_ACCEPTABLE"],
  [/^GraphQL introspection is not allowed/, "Интроспекция схемы отключена на этом сервере", "GRAPHQL_VALIDATION_FAILED"],
];

/** Limits: graphql-armor's rules report our Russian messages as "Syntax Error: …"; the token limit is graphql-js's. */
function limitMessage(message: string): string | null {
  const armor = /^Syntax Error: ((?:Запрос слишком|Слишком много).*)$/s.exec(message);
  if (armor) return armor[1];
  const tokens = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/.exec(message);
  if (tokens) return `Запрос слишком длинный: более ${tokens[1]} лексем`;
  return null;
}

const at = (formatted: GraphQLFormattedError) => {
  const location = formatted.locations?.[0];
  return location ? ` (строка ${location.line}, позиция ${location.column})` : "";
};

const SYNTAX: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^Expected (.+?), found (.+?)\.?$/s, (m) => `ожидалось ${token(m[1])}, найдено ${token(m[2])}`],
  [/^Unexpected (.+?)\.?$/s, (m) => `неожиданный символ или лексема ${token(m[1])}`],
  [/^Unterminated string\.?$/, () => "незакрытая строка"],
  [/^Unterminated block string\.?$/, () => "незакрытая блочная строка"],
  [/^Invalid number, (.+?)\.?$/, () => "некорректное число"],
  [/^Invalid character escape sequence: (.+?)\.?$/, (m) => `некорректная escape-последовательность ${m[1]}`],
  [/^Invalid character within String: (.+?)\.?$/, (m) => `недопустимый символ в строке: ${m[1]}`],
  [/^Invalid Unicode escape sequence: (.+?)\.?$/, (m) => `некорректная escape-последовательность Unicode ${m[1]}`],
  [/^Cannot parse the unexpected character (.+?)\.?$/, (m) => `недопустимый символ ${m[1]}`],
];

function token(text: string): string {
  if (text === "<EOF>") return "конец запроса";
  if (text === "Name") return "имя";
  return text.replace(/^Name "(.*)"$/, "имя «$1»").replace(/^"(.*)"$/, "«$1»");
}

export function translateSyntax(message: string): string {
  for (const [pattern, render] of SYNTAX) {
    const m = message.match(pattern);
    if (m) return render(m);
  }
  return message;
}

function translateOperation(message: string): string {
  if (/^Must provide operation name if query contains multiple operations/.test(message)) return "В запросе несколько операций: укажите, какую выполнить, в operationName";
  const unknown = /^Unknown operation named "(.*)"/s.exec(message);
  if (unknown) return `Операции «${unknown[1].slice(0, 100)}» в запросе нет (operationName)`;
  if (/^Must provide an operation/.test(message)) return "В запросе нет ни одной операции";
  return "Не удалось выбрать операцию запроса (operationName)";
}

/** Validation errors that are about an input value written in the query (BAD_USER_INPUT, with its field). */
const INLINE_INPUT = [
  /^Expected value of type /,
  /cannot represent/,
  /^Value ".*" does not exist in ".*" enum/,
  /^Field ".*" of required type ".*" was not provided/,
  /^Field ".*" is not defined by type /,
  /^Field ".*" argument ".*" of type ".*" is required, but it was not provided/,
  /^Некорректн|^Дата|^Сумма/,
];

/** The field path of an inline literal a validation error is about. */
function inlineField(error: unknown, message: string): string[] | undefined {
  const required = /^Field "\w+" argument "(\w+)" of type/.exec(message);
  if (required) return [required[1]];
  const graphqlError = findGraphQLError(error);
  const node = graphqlError?.nodes?.[0];
  const source = graphqlError?.source?.body;
  if (!node || !source) return undefined;
  const path = literalPath(source, node);
  if (!path) return undefined;
  const missing = /^Field "(?:\w+\.)?(\w+)" of required type/.exec(message);
  return missing && node.kind === "ObjectValue" ? [...path, missing[1]] : path;
}

function findGraphQLError(error: unknown): GraphQLError | undefined {
  let current = error;
  while (current instanceof Error) {
    if (current instanceof GraphQLError && current.nodes?.length) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

const TYPE_NAMES: Record<string, string> = { Int: "целое число", Float: "число", String: "строка", Boolean: "логическое значение (true или false)", ID: "идентификатор" };

const PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/Value "(.*)" does not exist in "(\w+)" enum/s, (m) => `значение «${m[1]}» не входит в перечень ${m[2]}`],
  [/Enum "(\w+)" cannot represent non-enum value: (.*?)\.?$/s, (m) => `значение ${m[2]} не входит в перечень ${m[1]}`],
  [/Enum "(\w+)" cannot represent non-string value: (.*?)\.?$/s, (m) => `значение перечня ${m[1]} должно быть строкой, получено ${m[2]}`],
  [/Int cannot represent non-integer value: (.*)$/s, (m) => `ожидалось целое число, получено ${m[1]}`],
  [/Int cannot represent non 32-bit signed integer value: (.*)$/s, (m) => `число ${m[1]} вне диапазона Int`],
  [/(String|Float|Boolean|ID) cannot represent (?:a )?(?:non[- ]\w+ )?value: (.*)$/s, (m) => `ожидалось значение типа ${m[1]} (${TYPE_NAMES[m[1]]}), получено ${m[2]}`],
  [/Field "(\w+)" is not defined by type "(\w+)"/, (m) => `поле «${m[1]}» не существует в типе ${m[2]}`],
  [/Field "(?:\w+\.)?(\w+)" of required type "(.+?)" was not provided/, (m) => `не передано обязательное поле «${m[1]}» (${m[2]})`],
  [/^Field "(\w+)" argument "(\w+)" of type "(.+?)" is required, but it was not provided/, (m) => `не передан обязательный аргумент «${m[2]}» (${m[3]}) поля ${m[1]}`],
  [/^Variable "\$\w+" of required type "(.+?)" was not provided/, (m) => `не передано обязательное значение (${m[1]})`],
  [/^Variable "\$\w+" of non-null type "(.+?)" must not be null/, (m) => `значение не может быть null (${m[1]})`],
  [/Expected non-nullable type "(.+?)" not to be null/, (m) => `значение не может быть null (${m[1]})`],
  [/Expected type "(\w+)" to be an object/, (m) => `ожидался объект типа ${m[1]}`],
  [/Expected value of type "(.+?)", found (.*?)[.;]/s, (m) => `ожидалось значение типа ${m[1]}, получено ${m[2]}`],
  [/Cannot query field "(\w+)" on type "(\w+)"/, (m) => `поле «${m[1]}» не существует в типе ${m[2]}`],
  [/^Unknown argument "(\w+)" on (?:field|directive) "(.+?)"/, (m) => `неизвестный аргумент «${m[1]}» у ${m[2]}`],
  [/^Unknown type "(\w+)"/, (m) => `неизвестный тип ${m[1]}`],
  [/^Unknown fragment "(\w+)"/, (m) => `неизвестный фрагмент ${m[1]}`],
  [/^Unknown directive "(@?\w+)"/, (m) => `неизвестная директива ${m[1]}`],
  [/^Fragment "(\w+)" is never used/, (m) => `фрагмент ${m[1]} не используется`],
  [/^Variable "\$(\w+)" is never used/, (m) => `переменная $${m[1]} не используется`],
  [/^Variable "\$(\w+)" is not defined/, (m) => `переменная $${m[1]} не объявлена`],
  [/^Variable "\$(\w+)" of type "(.+?)" used in position expecting type "(.+?)"/, (m) => `переменная $${m[1]} типа ${m[2]} использована там, где ожидается ${m[3]}`],
  [/^Variable "\$(\w+)" cannot be non-input type "(.+?)"/, (m) => `переменная $${m[1]} не может иметь тип ${m[2]} (это не тип ввода)`],
  [/^There can be only one variable named "\$(\w+)"/, (m) => `переменная $${m[1]} объявлена дважды`],
  [/^Field "(\w+)" must not have a selection since type "(.+?)" has no subfields/, (m) => `у поля «${m[1]}» (${m[2]}) нет вложенных полей`],
  [/^Field "(\w+)" of type "(.+?)" must have a selection of subfields/, (m) => `у поля «${m[1]}» (${m[2]}) нужно выбрать вложенные поля`],
  [/^There can be only one operation named "(.+?)"/, (m) => `операция «${m[1]}» объявлена дважды`],
  [/^There can be only one fragment named "(.+?)"/, (m) => `фрагмент «${m[1]}» объявлен дважды`],
  [/^This anonymous operation must be the only defined operation/, () => "безымянная операция должна быть единственной в запросе"],
  [/^Fields "(\w+)" conflict because/, (m) => `поля «${m[1]}» с одним именем в ответе несовместимы (разные поля, аргументы или типы)`],
  [/^The directive "(@?\w+)" can only be used once at this location/, (m) => `директива ${m[1]} может быть указана здесь только один раз`],
  [/^Cannot spread fragment "(\w+)" within itself/, (m) => `фрагмент ${m[1]} включает сам себя`],
];

/** A graphql-js message of bad input or of an invalid document, in Russian. `english` when it was translated. */
export function translateInputError(message: string, field?: string[]): { message: string; english: boolean } {
  const where = field?.length ? ` (поле ${field.join(".")})` : "";
  // Variable "$x" got invalid value …; <the reason> and Expected value of type …; <the reason>
  const reason = /^(?:Variable "\$\w+" got invalid value|Expected value of type) .*?; ([^]*)$/.exec(message)?.[1] ?? message;
  // Russian already (our scalars, our checks)
  if (/^[А-ЯЁ]/.test(reason)) return { message: `Некорректный запрос${where}: ${lowerFirst(reason)}`, english: reason !== message };
  for (const [pattern, render] of PATTERNS) {
    const m = reason.match(pattern);
    if (m) return { message: `Некорректный запрос${where}: ${render(m)}`, english: true };
  }
  return { message: `Некорректный запрос${where}: запрос не соответствует схеме GraphQL`, english: true };
}

const lowerFirst = (s: string) => (/^[А-ЯЁ][а-яё]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
