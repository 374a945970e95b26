import { registerEnumType } from "type-graphql";

/**
 * Declares a GraphQL enum from a TS string enum with a description for every value
 * (the schema test requires one). `values` maps each value to "Русский. English."
 */
export function describeEnum<E extends Record<string, string>>(
  enumObject: E,
  name: string,
  description: string,
  values: { [K in keyof E]: string },
): void {
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.keys(values).map((k) => [k, { description: values[k as keyof E] }])) as never,
  });
}
