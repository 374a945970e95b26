import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { today } from "../shared/dates";

/**
 * The dates for which a query on a service needs the version in force, read ahead
 * from the selection: `current` and `standard` need today, each `standardAsOf(date:)`
 * its date. The hot read then fetches those versions in the same statement as the
 * service, so an as-of read costs what a current read costs. At most four dates are
 * read ahead; anything else is loaded on demand.
 */
export function requestedVersionDates(info: GraphQLResolveInfo | undefined, max = 4): string[] {
  if (!info) return [today()];
  const dates = new Set<string>();
  forEachVersionField(info, (field) => {
    if (field.name.value !== "standardAsOf") dates.add(today());
    else {
      const date = argumentValue(field, "date", info);
      if (typeof date === "string") dates.add(date);
    }
  });
  return [...dates].slice(0, max);
}

/**
 * The fields a query on a service selects of its versions (`current`, `standard`,
 * `standardAsOf`), when each is a plain field without arguments or a selection of its own;
 * null when anything else is selected there (a nested selection, a fragment, arguments) or
 * the selection is not known. The hot read leaves out the content when none of them needs it.
 */
export function requestedVersionFields(info: GraphQLResolveInfo | undefined): ReadonlySet<string> | null {
  if (!info) return null;
  const fields = new Set<string>();
  let plain = true;
  forEachVersionField(info, (version) => {
    for (const selection of version.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD || selection.selectionSet || selection.arguments?.length || selection.directives?.length) plain = false;
      else fields.add(selection.name.value);
    }
  });
  return plain ? fields : null;
}

const VERSION_FIELDS = new Set(["current", "standard", "standardAsOf"]);

/** Each field of the service's selection that reads one of its versions, through fragments (a few levels deep). */
function forEachVersionField(info: GraphQLResolveInfo, each: (field: FieldNode) => void): void {
  const visit = (selectionSet: SelectionSetNode | undefined, depth: number) => {
    if (!selectionSet || depth > 3) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, depth + 1);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) visit(info.fragments[selection.name.value]?.selectionSet, depth + 1);
      else if (VERSION_FIELDS.has(selection.name.value)) each(selection);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0);
}

function argumentValue(field: FieldNode, name: string, info: GraphQLResolveInfo): unknown {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  if (arg.value.kind === Kind.VARIABLE) return info.variableValues[arg.value.name.value];
  return arg.value.kind === Kind.STRING ? arg.value.value : undefined;
}
