import { Kind, parse, type ASTNode, type DocumentNode, type SelectionSetNode, type ValueNode } from "graphql";

/**
 * The field path (argument, then input fields and list indexes, as userErrors name it) of
 * a node of a query's argument values, found by its position in the query text: a
 * validation error of an inline literal knows its node, not where the node is.
 */
export function literalPath(source: string, node: ASTNode): string[] | null {
  const start = node.loc?.start;
  if (start === undefined) return null;
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch {
    return null;
  }
  let found: string[] | null = null;
  const walkValue = (value: ValueNode, path: string[]) => {
    if (found) return;
    if (value.loc?.start === start && value.kind === node.kind) {
      found = path;
      return;
    }
    if (value.kind === Kind.LIST) value.values.forEach((v, i) => walkValue(v, [...path, String(i)]));
    else if (value.kind === Kind.OBJECT) {
      for (const field of value.fields) {
        if (field.loc?.start === start && node.kind === Kind.OBJECT_FIELD) {
          found = [...path, field.name.value];
          return;
        }
        walkValue(field.value, [...path, field.name.value]);
      }
    }
  };
  const walkSet = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (found) return;
      if (selection.kind === Kind.FIELD) {
        for (const argument of selection.arguments ?? []) {
          if (argument.loc?.start === start && node.kind === Kind.ARGUMENT) found = [argument.name.value];
          else walkValue(argument.value, [argument.name.value]);
        }
        if (selection.selectionSet) walkSet(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walkSet(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) walkSet(definition.selectionSet);
  }
  return found;
}
