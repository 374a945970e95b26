import fc from "fast-check";
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";

/**
 * fast-check arbitraries of content input, built by walking the schema's input types
 * (so a new section or field is generated without new code): every field is absent,
 * null or a value; lists hold up to two items; numbers, keys, references and texts are
 * within what the input validation accepts.
 */
export interface Refs {
  actIds: string[];
  authorityIds: string[];
}

const TEXT = fc.string({ unit: fc.constantFrom("а", "б", "в", "Ж", "ё", " ", "-", "1", "x", "«", "»", "№"), minLength: 1, maxLength: 12 });

export function inputArbitrary(schema: GraphQLSchema, typeName: string, refs: Refs): fc.Arbitrary<Record<string, unknown>> {
  return objectArbitrary(schema.getType(typeName) as GraphQLInputObjectType, refs, 0);
}

function objectArbitrary(type: GraphQLInputObjectType, refs: Refs, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.values(type.getFields());
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of fields) {
    const value = valueArbitrary(field.type, field.name, refs, depth + 1);
    // absent (undefined), explicit null, or a value
    record[field.name] = fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: value });
  }
  return fc.record(record).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
}

function valueArbitrary(type: GraphQLInputType, name: string, refs: Refs, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueArbitrary(type.ofType, name, refs, depth);
  if (isListType(type)) {
    const item = type.ofType;
    const inner = isNonNullType(item) ? item.ofType : item;
    if (isEnumType(inner)) return fc.uniqueArray(fc.constantFrom(...inner.getValues().map((v) => v.value)), { maxLength: 3 });
    if (isInputObjectType(inner)) {
      // keys must be unique within a list: each item's key is a fresh uuid or left to the server
      return fc.array(objectArbitrary(inner, refs, depth), { maxLength: 2 }).chain((items) =>
        fc.tuple(...items.map(() => fc.option(fc.uuid(), { nil: undefined }))).map((keys) =>
          items.map((item, i) => ("key" in inner.getFields() ? { ...item, key: keys[i] ?? undefined } : item)).map(dropUndefined),
        ),
      );
    }
    // lists of values (keys a variant selects, keywords): no value twice, as the input requires
    return fc.uniqueArray(valueArbitrary(item, name, refs, depth), { maxLength: 2, selector: (v) => JSON.stringify(v) });
  }
  if (isInputObjectType(type)) return objectArbitrary(type, refs, depth);
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.value));
  if (isScalarType(type)) {
    switch (type.name) {
      case "ID":
        if (name === "actId") return fc.constantFrom(...refs.actIds);
        if (name === "authorityId" || name === "holderAuthorityId") return fc.constantFrom(...refs.authorityIds);
        // an item's key, or a key of another item it selects (variants, profiling)
        return fc.uuid();
      case "Int":
        return fc.integer({ min: 1, max: 5 });
      case "Boolean":
        return fc.boolean();
      case "Money":
        return fc.constantFrom("0", "15", "1234.50", "350.00");
      case "String":
        // a link of the regulation's wording must be an http(s) address
        if (name === "url") return fc.constantFrom("https://docs.cntd.ru/document/406996756", "http://pravo.gov.ru/");
        return TEXT;
    }
  }
  throw new Error(`no arbitrary for ${type.toString()} (${name})`);
}

function dropUndefined(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));
}
