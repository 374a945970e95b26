import fs from "node:fs";
import path from "node:path";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, type GraphQLSchema } from "graphql";
import { getSchema } from "../src/schema";
import { printSchemaSorted } from "../src/schema-printer";
import { StandardElement } from "../src/completeness/elements";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await getSchema();
});

describe("schema.graphql", () => {
  it("is up to date with the code (run `npm run schema:emit` after changing types)", () => {
    const committed = fs.readFileSync(path.join(__dirname, "..", "schema.graphql"), "utf8");
    expect(committed).toBe(printSchemaSorted(schema));
  });

  it("describes every type, field, argument and enum value", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      if (isScalarType(type) && ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("has the StandardElement enum with the 23 element codes", () => {
    const type = schema.getType("StandardElement");
    expect(type && isEnumType(type)).toBe(true);
    const codes = isEnumType(type) ? type.getValues().map((v) => v.name) : [];
    const expected = [
      ...Array.from({ length: 14 }, (_, i) => `ART14_1_${i + 1}`),
      ...Array.from({ length: 9 }, (_, i) => `ART14_2_${i + 1}`),
    ];
    expect(codes.sort()).toEqual(expected.sort());
    expect(Object.keys(StandardElement)).toHaveLength(23);
  });
});

describe("the content's types", () => {
  it("read their plain fields without resolvers (graphql-jit reads them inline); only the relations (act, authority, holderAuthority) resolve", () => {
    const relations = new Set(["act", "authority", "holderAuthority"]);
    const seen = new Set<string>();
    const resolved: string[] = [];
    const walk = (typeName: string) => {
      const type = schema.getType(typeName);
      if (!isObjectType(type) || seen.has(typeName) || typeName === "LegalAct" || typeName === "Authority") return;
      seen.add(typeName);
      for (const [name, field] of Object.entries(type.getFields())) {
        if (field.resolve && !relations.has(name)) resolved.push(`${typeName}.${name}`);
        let t = field.type as { ofType?: unknown; name?: string };
        while (t.ofType) t = t.ofType as typeof t;
        walk(t.name!);
      }
    };
    walk("StandardContent");
    expect(seen.size).toBeGreaterThan(30);
    expect(resolved).toEqual([]);
  });
});
