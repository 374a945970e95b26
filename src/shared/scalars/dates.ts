import { GraphQLError, GraphQLScalarType, Kind, print, type ValueNode } from "graphql";
import { DateTimeISOResolver as BaseDateTime, LocalDateResolver as BaseLocalDate } from "graphql-scalars";

/**
 * The date scalars of graphql-scalars with Russian messages, limited to what PostgreSQL
 * stores as given: years 0001–9999 (there is no year 0000; PostgreSQL refuses it, and a
 * 5-digit year is not ISO 8601's basic format). A bad value is a user error
 * (BAD_USER_INPUT with the field) before anything runs.
 */
const quote = (value: unknown) => {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

function invalid(message: string): never {
  throw new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

function parseLocalDate(value: unknown): string {
  if (typeof value !== "string") invalid(`Дата должна быть строкой в формате ГГГГ-ММ-ДД, получено ${quote(value)}`);
  let parsed: string;
  try {
    parsed = BaseLocalDate.parseValue(value) as string;
  } catch {
    return invalid(`Некорректная дата «${quote(value)}»: ожидается существующая дата в формате ГГГГ-ММ-ДД, например 2020-01-01`);
  }
  if (parsed.startsWith("0000")) invalid(`Некорректная дата «${quote(value)}»: года 0000 нет, допустимы даты с 0001-01-01 по 9999-12-31`);
  return parsed;
}

function parseDateTime(value: unknown): Date {
  if (typeof value !== "string" && !(value instanceof Date)) invalid(`Дата и время должны быть строкой ISO 8601, например 2030-12-31T23:59:59Z, получено ${quote(value)}`);
  let parsed: Date;
  try {
    parsed = BaseDateTime.parseValue(value) as Date;
  } catch {
    return invalid(`Некорректные дата и время «${quote(value)}»: ожидается строка ISO 8601 с часовым поясом, например 2030-12-31T23:59:59Z`);
  }
  const year = parsed.getUTCFullYear();
  if (!Number.isFinite(parsed.getTime()) || year < 1 || year > 9999) {
    invalid(`Некорректные дата и время «${quote(value)}»: допустимы моменты с 0001-01-01 по 9999-12-31 (UTC)`);
  }
  return parsed;
}

const literal = (ast: ValueNode) => (ast.kind === Kind.STRING ? ast.value : print(ast));

/**
 * For a literal written in the query: a plain Error, which graphql-js's validation wraps
 * with the literal's node (so that formatError can name its field); a GraphQLError would
 * be reported without it.
 */
function fromLiteral<T>(parse: (value: unknown) => T, ast: ValueNode, wrongKind: string): T {
  try {
    if (ast.kind !== Kind.STRING) invalid(`${wrongKind}, получено ${quote(literal(ast))}`);
    return parse(ast.value);
  } catch (error) {
    throw new TypeError((error as Error).message);
  }
}

export const LocalDateResolver = new GraphQLScalarType({
  name: "LocalDate",
  description:
    "Дата без часового пояса в формате ГГГГ-ММ-ДД, например 2020-01-01 (0001-01-01 — 9999-12-31). " +
    "A local date string (no time zone) in `YYYY-MM-DD` format, e.g. `2020-01-01`.",
  serialize: (value) => BaseLocalDate.serialize(value),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => fromLiteral(parseLocalDate, ast, "Дата должна быть строкой в формате ГГГГ-ММ-ДД"),
});

export const DateTimeISOResolver = new GraphQLScalarType({
  name: "DateTimeISO",
  description:
    "Момент времени в формате ISO 8601 (RFC 3339) с часовым поясом, например 2007-12-03T10:15:30Z; в ответах — UTC. " +
    "A date-time string in RFC 3339 (ISO 8601) format with a time zone, such as 2007-12-03T10:15:30Z; answers are in UTC.",
  serialize: (value) => BaseDateTime.serialize(value),
  parseValue: parseDateTime,
  parseLiteral: (ast) => fromLiteral(parseDateTime, ast, "Дата и время должны быть строкой ISO 8601, например 2030-12-31T23:59:59Z"),
});
