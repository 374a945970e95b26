import {
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import { SECTION_NAMES } from "../standards/content/standard-content";

/**
 * The shape of the content, read once from the GraphQL types of StandardContent:
 * what each field is (scalar, enum, list of enums, object, keyed list, term) and
 * its Russian label (the Russian half of the field's description). The diff walks
 * this model, so a new field is diffed and labelled without new code.
 */
export type FieldKind = "scalar" | "enum" | "enumList" | "object" | "objectList" | "term";

export interface FieldModel {
  name: string;
  label: string;
  kind: FieldKind;
  /** For objects, lists of objects and terms. */
  fields?: FieldModel[];
  /** For enums and enum lists: Russian label of each value. */
  enumLabels?: Record<string, string>;
}

/** Relation fields added on output only; they are not part of the stored content. */
const OUTPUT_ONLY = new Set(["act", "authority", "holderAuthority"]);
const TERM_TYPES = new Set(["Term", "ProvisionTerm"]);
export const TERM_CORE = ["value", "unit", "startEvent", "startNote"] as const;

export function russianLabel(description: string | null | undefined): string {
  if (!description) return "";
  const withoutCode = description.replace(/^ART14_\d_\d+(?: \(и ART14_\d_\d+\))? — /, "");
  // sentences end at a full stop followed by a space and not a digit («(ст. 15.1). Complex request.»)
  const parts = withoutCode.split(/(?<=\.)\s+(?!\d)/);
  const russian = parts.filter((p) => /[А-Яа-яЁё]/.test(p));
  return (russian.length ? russian.join(" ") : withoutCode).replace(/\.$/, "");
}

function modelOf(type: GraphQLObjectType): FieldModel[] {
  return Object.values(type.getFields())
    .filter((f) => !OUTPUT_ONLY.has(f.name))
    .map((f) => fieldModel(f.name, f.description, f.type));
}

function fieldModel(name: string, description: string | null | undefined, type: GraphQLOutputType): FieldModel {
  const label = russianLabel(description);
  const inner = isNonNullType(type) ? type.ofType : type;
  const named = getNamedType(type);
  const list = isListType(inner);
  if (isEnumType(named)) {
    const enumLabels = Object.fromEntries(named.getValues().map((v) => [v.name, russianLabel(v.description)]));
    return { name, label, kind: list ? "enumList" : "enum", enumLabels };
  }
  if (isObjectType(named)) {
    const kind: FieldKind = list ? "objectList" : TERM_TYPES.has(named.name) ? "term" : "object";
    return { name, label, kind, fields: modelOf(named) };
  }
  return { name, label, kind: "scalar" };
}

export interface ContentModel {
  sections: FieldModel[];
}

export function buildContentModel(schema: GraphQLSchema): ContentModel {
  const root = schema.getType("StandardContent") as GraphQLObjectType;
  const sections = modelOf(root);
  const known = new Set<string>(SECTION_NAMES);
  if (sections.some((s) => !known.has(s.name))) throw new Error("content model and SECTION_NAMES disagree");
  return { sections };
}
