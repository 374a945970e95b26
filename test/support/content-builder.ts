import { randomUUID } from "node:crypto";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

/**
 * Builds a StandardContentInput that sets EVERY field of the input type (walking
 * the schema, so a new field is covered automatically): two items per list,
 * distinct enum values, in-range numbers, real references.
 */
export function fullContent(schema: GraphQLSchema, refs: { actId: string; authorityId: string }): Record<string, unknown> {
  const root = schema.getType("StandardContentInput") as GraphQLInputObjectType;
  return fillObject(root, [], refs) as Record<string, unknown>;
}

const INT_BY_FIELD: Record<string, number> = { copies: 2, disabledParkingPercent: 10, submissionMinutes: 15, resultMinutes: 15, appointmentMinutes: 5 };

function fillObject(type: GraphQLInputObjectType, path: string[], refs: { actId: string; authorityId: string }): unknown {
  const out: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) out[field.name] = fillValue(field.type, [...path, field.name], refs, 0);
  return out;
}

function fillValue(type: GraphQLInputType, path: string[], refs: { actId: string; authorityId: string }, index: number): unknown {
  if (isNonNullType(type)) return fillValue(type.ofType, path, refs, index);
  if (isListType(type)) return [0, 1].map((i) => fillValue(type.ofType, [...path, String(i)], refs, i));
  const name = path[path.length - 1];
  if (isInputObjectType(type)) return fillObject(type, path, refs);
  if (isEnumType(type)) return type.getValues()[index % type.getValues().length].value;
  if (isScalarType(type)) {
    switch (type.name) {
      case "ID":
        if (name === "key") return randomUUID();
        // references to list items by key (a variant's result, documents, grounds...); in a list, the name is the list's
        if (/Keys?$/.test(name) || /Keys?$/.test(path[path.length - 2] ?? "")) return randomUUID();
        if (name === "actId") return refs.actId;
        return refs.authorityId;
      case "Int":
        return INT_BY_FIELD[name] ?? 7 + index;
      case "Boolean":
        return index === 0;
      case "Money":
        return "1234.50";
      case "String":
        if (name === "url") return `https://docs.example.org/document/${index + 1}`;
        return `${name} №${index + 1}: значение`;
    }
  }
  throw new Error(`no filler for ${type.toString()} at ${path.join(".")}`);
}

/**
 * A selection set of every field of a content type, for round trips. Relation fields
 * (act, authority, holderAuthority) are left out, or selected with a few scalar
 * fields when `withRelations` is set (what a portal asks for).
 */
export function fullSelection(schema: GraphQLSchema, typeName: string, withRelations = false): string {
  const type = schema.getType(typeName) as GraphQLObjectType;
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const relation = RELATIONS[field.name];
    if (relation) {
      if (withRelations) parts.push(`${field.name} { ${relation} }`);
      continue;
    }
    const named = getNamedType(field.type);
    parts.push(isObjectType(named) ? `${field.name} { ${fullSelection(schema, named.name, withRelations)} }` : field.name);
  }
  return parts.join(" ");
}

const RELATIONS: Record<string, string> = {
  act: "id type number date title",
  authority: "id name",
  holderAuthority: "id name",
};
