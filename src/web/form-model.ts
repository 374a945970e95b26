import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isObjectType,
  type GraphQLObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";

/**
 * What the web workspace's standard editor needs to know about the content input types:
 * each field's kind, its Russian label (the Russian half of its description, as the diff
 * uses) and, for enums, the Russian label of each value. Fields keep their declaration
 * order (the order of the law and of the content classes), not the sorted order of
 * schema.graphql. Emitted to web/src/shared/text/fieldText.generated.ts by schema:emit.
 */
const KINDS = ["string", "int", "float", "money", "boolean", "date", "ref", "keyRef", "keyRefList", "enum", "enumList", "stringList", "object", "objectList"] as const;
export type FormFieldKind = (typeof KINDS)[number];

export interface FormField {
  name: string;
  label: string;
  /** The rest of the Russian description: shown under the label (Mantine's description). */
  hint?: string;
  kind: FormFieldKind;
  /** Input type of an object or a list of objects. */
  type?: string;
  /** Enum type of an enum or enum list. */
  enum?: string;
  /** What an id field points to. */
  ref?: "LegalAct" | "Authority";
  /** keyRef, keyRefList: the input type of the list items whose keys it holds («Fee.key» → FeeInput). */
  keyOf?: string;
}

export interface FormModel {
  sections: FormField[];
  types: Record<string, FormField[]>;
  /** Russian title of each input type (a list item's heading: «Документ 1»). */
  titles: Record<string, string>;
  enums: Record<string, { value: string; label: string }[]>;
}

const REFS: Record<string, "LegalAct" | "Authority"> = { actId: "LegalAct", authorityId: "Authority", holderAuthorityId: "Authority" };
const SCALARS: Record<string, FormFieldKind> = { String: "string", Int: "int", Float: "float", Boolean: "boolean", Money: "money", LocalDate: "date", ID: "string" };

/**
 * The Russian part of a description: the English sentences that follow it are cut off at
 * the first sentence boundary after which only Latin text is left ("… (подп. 24 п. 1
 * ст. 333.33 НК РФ). Subitem." keeps its abbreviations and numbers).
 */
export function russianText(description: string | null | undefined): string {
  if (!description) return "";
  const text = description.replace(/^ART14_\d_\d+(?: \(и ART14_\d_\d+\))? — /, "").trim();
  const boundary = /\.\s+/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    if (/^[A-Za-z`"]/.test(rest) && !/[А-Яа-яЁё]/.test(rest)) return text.slice(0, m.index);
  }
  return /[А-Яа-яЁё]/.test(text) ? text.replace(/\.$/, "") : text;
}

const capitalize = (s: string) => (/^[а-яё]/.test(s) ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/** A hint as a person reads it: no type names ("RequiredDocument.key"), «Нет» rather than false. */
function hintText(hint: string): string {
  return capitalize(
    hint
      .trim()
      .replace(/\.$/, "")
      .replace(/\b[A-Z][A-Za-z]+\.key[;,]?\s*/g, "")
      .replace(/^false: /, "«Нет»: "),
  );
}

/**
 * A field's label and hint from its Russian description: further sentences, a closing
 * parenthesis («Значение срока (целое неотрицательное число)») or what follows a colon
 * («Формулировка акта …: дословный текст …») become the hint; a parenthesis with no
 * Russian in it («(Fee.key)») is for programmers and is dropped.
 */
export function labelAndHint(description: string | null | undefined): { label: string; hint?: string } {
  let label = russianText(description).replace(/ \([A-Za-z]+\)/g, "");
  const hints: string[] = [];
  const sentence = /\.\s+(?=[А-ЯЁ«])/.exec(label);
  if (sentence) {
    hints.push(label.slice(sentence.index + sentence[0].length));
    label = label.slice(0, sentence.index);
  }
  for (;;) {
    const colon = Math.max(outsideParentheses(label, ": "), outsideParentheses(label, "; "));
    if (colon > 0) {
      hints.unshift(label.slice(colon + 2));
      label = label.slice(0, colon);
      continue;
    }
    if (label.endsWith(")")) {
      const open = matchingOpen(label);
      if (open > 0 && label[open - 1] === " ") {
        const inner = label.slice(open + 1, -1);
        label = label.slice(0, open - 1);
        if (/[А-Яа-яЁё]/.test(inner)) hints.unshift(inner);
        continue;
      }
    }
    break;
  }
  // type names inside a Russian parenthesis («(ключи документов …, RequiredDocument.key)») are for programmers
  label = label.replace(/,?\s*\b[A-Z][A-Za-z]+\.key\b/g, "");
  const hint = hints.map(hintText).filter(Boolean).join(". ");
  return hint ? { label, hint } : { label };
}

function outsideParentheses(text: string, needle: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth--;
    else if (depth === 0 && text.startsWith(needle, i)) return i;
  }
  return -1;
}

function matchingOpen(text: string): number {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ")") depth++;
    else if (text[i] === "(" && --depth === 0) return i;
  }
  return -1;
}

/** A short heading for one item of a list: the description up to its first clause («Документ», «Основание»). */
function itemTitle(label: string): string {
  return label.replace(/^п\. \d+ ч\. \d ст\. 14: /, "").split(/ \(|, |: /)[0];
}

export function buildFormModel(schema: GraphQLSchema): FormModel {
  const model: FormModel = { sections: [], types: {}, titles: {}, enums: {} };
  const visit = (type: GraphQLInputObjectType): FormField[] => {
    if (model.types[type.name]) return model.types[type.name];
    const fields: FormField[] = [];
    model.types[type.name] = fields;
    model.titles[type.name] = itemTitle(russianText(type.description));
    for (const f of Object.values(type.getFields())) fields.push(field(f.name, f.description, f.type));
    return fields;
  };
  const field = (name: string, description: string | null | undefined, type: GraphQLInputType): FormField => {
    // "(LegalAct)", "(Authority)": type names for programmers, not for the form
    const text = labelAndHint(description);
    const inner = isNonNullType(type) ? type.ofType : type;
    const list = isListType(inner);
    const named = getNamedType(type);
    if (isEnumType(named)) {
      model.enums[named.name] ??= named.getValues().map((v) => ({ value: v.name, label: russianText(v.description) }));
      return { name, ...text, kind: list ? "enumList" : "enum", enum: named.name };
    }
    if (isInputObjectType(named)) {
      visit(named);
      return { name, ...text, kind: list ? "objectList" : "object", type: named.name };
    }
    if (REFS[name] && named.name === "ID") return { name, ...text, kind: "ref", ref: REFS[name] };
    // keys of items elsewhere in the content ("Ключи платежей из перечня услуги (Fee.key)"): chosen from those items
    const keyOf = /\b([A-Z][A-Za-z]+)\.key\b/.exec(description ?? "")?.[1];
    if (keyOf && (named.name === "ID" || named.name === "String") && schema.getType(`${keyOf}Input`)) return { name, ...text, kind: list ? "keyRefList" : "keyRef", keyOf: `${keyOf}Input` };
    if (list) return { name, ...text, kind: "stringList" };
    return { name, ...text, kind: SCALARS[named.name] ?? "string" };
  };
  const root = schema.getType("StandardContentInput") as GraphQLInputObjectType;
  model.sections = visit(root);
  // enums of the workspace's other forms (acts, authorities, services, users)
  for (const name of ["LegalActType", "GovernmentLevel", "StandardKind", "Role"]) {
    const type = schema.getType(name);
    if (isEnumType(type)) model.enums[name] = type.getValues().map((v) => ({ value: v.name, label: russianText(v.description) }));
  }
  return model;
}

export function printFormModel(model: FormModel): string {
  return `// Generated by \`npm run schema:emit\` from the API's content input types (src/web/form-model.ts). Do not edit.
export type FormFieldKind = ${KINDS.map((k) => JSON.stringify(k)).join(" | ")};

export interface FormField {
  name: string;
  label: string;
  /** The rest of the Russian description: shown under the label (Mantine's description). */
  hint?: string;
  kind: FormFieldKind;
  type?: string;
  enum?: string;
  ref?: "LegalAct" | "Authority";
  keyOf?: string;
}

export const formModel: {
  sections: FormField[];
  types: Record<string, FormField[]>;
  titles: Record<string, string>;
  enums: Record<string, { value: string; label: string }[]>;
} = ${JSON.stringify(model, null, 2)};
`;
}

/** Relation fields added on output only; they are not part of the stored content. */
const OUTPUT_ONLY = new Set(["act", "authority", "holderAuthority"]);

/**
 * The selection of the whole stored content on the output types (the same classes as the
 * input types, so the answer can be sent back as StandardContentInput), as a fragment the
 * web workspace's codegen types. Emitted to web/src/standards/content.generated.ts.
 */
export function contentSelection(schema: GraphQLSchema): string {
  const select = (type: GraphQLObjectType, indent: string): string =>
    Object.values(type.getFields())
      .filter((f) => !OUTPUT_ONLY.has(f.name))
      .map((f) => {
        const named = getNamedType(f.type);
        return isObjectType(named) ? `${indent}${f.name} {\n${select(named, indent + "  ")}\n${indent}}` : `${indent}${f.name}`;
      })
      .join("\n");
  return select(schema.getType("StandardContent") as GraphQLObjectType, "    ");
}

export function printContentFragment(schema: GraphQLSchema): string {
  return `// Generated by \`npm run schema:emit\` from the API's content types (src/web/form-model.ts). Do not edit.
import { graphql } from "../gql";

/** The whole stored content of a version: the same fields as StandardContentInput. */
export const StandardContentFieldsFragment = graphql(\`
  fragment StandardContentFields on StandardContent {
${contentSelection(schema)}
  }
\`);
`;
}
