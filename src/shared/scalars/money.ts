import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

/**
 * Exact money in roubles. Stored and returned as a string with two decimals
 * ("3500.00"); never a float. Input may be a string or a number; a value with more
 * than two decimals, a negative or a non-number is reported by validation as a user
 * error on its field (the scalar keeps such input unchanged so that validation sees it).
 */
const CANONICAL = /^\d{1,13}\.\d{2}$/;
const ACCEPTED = /^\s*(\d{1,13})(?:\.(\d{1,2}))?\s*$/;
const MAX = 1_000_000_000_000;

export function canonicalMoney(raw: string): string {
  const m = ACCEPTED.exec(raw);
  if (!m) return raw;
  return `${BigInt(m[1]).toString()}.${(m[2] ?? "").padEnd(2, "0")}`;
}

export function isMoney(value: unknown): boolean {
  return typeof value === "string" && CANONICAL.test(value) && Number(value) <= MAX;
}

function parse(value: unknown): string {
  if (typeof value === "number" && Number.isFinite(value)) return canonicalMoney(String(value));
  if (typeof value === "string") return canonicalMoney(value);
  throw new GraphQLError("Сумма должна быть строкой вида \"3500.00\" или числом", { extensions: { code: "BAD_USER_INPUT" } });
}

export const MoneyScalar = new GraphQLScalarType({
  name: "Money",
  description:
    "Денежная сумма в рублях: строка с двумя знаками после запятой, например \"3500.00\". " +
    "Exact amount in roubles, a decimal string with two fraction digits; input also accepts a number.",
  serialize: (value) => (typeof value === "string" ? value : canonicalMoney(String(value))),
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) {
      return parse(ast.value);
    }
    // a plain Error: graphql-js's validation wraps it with the literal's node (formatError names the field)
    throw new TypeError("Сумма должна быть строкой вида \"3500.00\" или числом");
  },
});
