import { unstorableStringProblem } from "../shared/storable";
import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from "graphql";

/**
 * What an operation's inputs look like, from its document: where each variable is used
 * (as the path of argument and input fields it fills, e.g. `$t` in
 * `standardDraftUpdate(input: { term: $t })` → ["input", "term"]), so that errors name
 * the field as userErrors do; and the string literals written inline, with their paths.
 * Computed once per parsed document (Apollo reuses parsed documents).
 */
export interface OperationInputs {
  variablePaths: Map<string, string[]>;
  literals: { path: string[]; value: string }[];
}

const cache = new WeakMap<OperationDefinitionNode, OperationInputs>();

export function operationInputs(document: DocumentNode, operation: OperationDefinitionNode): OperationInputs {
  let inputs = cache.get(operation);
  if (inputs) return inputs;
  inputs = { variablePaths: new Map(), literals: [] };
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const seenFragments = new Set<string>();
  const walkValue = (node: ValueNode, path: string[]) => {
    switch (node.kind) {
      case Kind.VARIABLE:
        if (!inputs!.variablePaths.has(node.name.value)) inputs!.variablePaths.set(node.name.value, path);
        break;
      case Kind.STRING:
        inputs!.literals.push({ path, value: node.value });
        break;
      case Kind.LIST:
        node.values.forEach((v, i) => walkValue(v, [...path, String(i)]));
        break;
      case Kind.OBJECT:
        for (const field of node.fields) walkValue(field.value, [...path, field.name.value]);
        break;
      default:
        break;
    }
  };
  const walkSet = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        for (const argument of selection.arguments ?? []) walkValue(argument.value, [argument.name.value]);
        if (selection.selectionSet) walkSet(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walkSet(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seenFragments.has(fragment.name.value)) {
          seenFragments.add(fragment.name.value);
          walkSet(fragment.selectionSet);
        }
      }
    }
  };
  walkSet(operation.selectionSet);
  cache.set(operation, inputs);
  return inputs;
}

/** Every unstorable string among the operation's inputs (inline literals and variables' values), with its field path. */
export function unstorableStrings(inputs: OperationInputs, variables: Record<string, unknown>): { field: string[]; problem: string }[] {
  const found: { field: string[]; problem: string }[] = [];
  for (const { path, value } of inputs.literals) {
    const problem = unstorableStringProblem(value);
    if (problem) found.push({ field: path, problem });
  }
  const walk = (value: unknown, path: string[]) => {
    if (found.length >= 20) return;
    if (typeof value === "string") {
      const problem = unstorableStringProblem(value);
      if (problem) found.push({ field: path, problem });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, String(i)]));
    else if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  for (const [name, value] of Object.entries(variables)) walk(value, inputs.variablePaths.get(name) ?? [name]);
  return found;
}

/**
 * The field path of a variable-coercion error of graphql-js (`Variable "$t" got invalid
 * value … at "t.items[0].name"; …`), named after the argument the variable fills.
 */
export function coercionErrorField(message: string, inputs: OperationInputs): string[] | null {
  const m = /^Variable "\$(\w+)"(?: got invalid value .*? at "([^"]+)")?/s.exec(message);
  if (!m) return null;
  const base = inputs.variablePaths.get(m[1]) ?? [m[1]];
  // printPathArray: the variable's name, then .field and [index]
  const inner = (m[2] ?? m[1])
    .slice(m[1].length)
    .split(/\.|\[(\d+)\]/)
    .filter((s) => s !== undefined && s !== "");
  // an unknown or a missing input field: the path names that field, as userErrors do
  const named = /; Field "(\w+)" (?:is not defined by type|of required type)/.exec(message);
  return [...base, ...inner, ...(named ? [named[1]] : [])];
}
