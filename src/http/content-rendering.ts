import { createHash, randomBytes } from "node:crypto";
import {
  GraphQLError,
  GraphQLObjectType,
  GraphQLSchema,
  Kind,
  TypeInfo,
  getNamedType,
  isObjectType,
  isAbstractType,
  lexicographicSortSchema,
  parse,
  print,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { Path } from "graphql/jsutils/Path";
import type { Context } from "../context";
import type { StandardVersion } from "../standards/standard-version.entity";
import { IN_FORCE_STATUSES } from "../standards/standard.loaders";

/**
 * The complete content of a standard as pre-rendered JSON text (issue 16; README
 * "Performance"). A published version's content never changes, so its answer to the
 * *complete content selection* — every field of StandardContent, recursively, in the order
 * of the published schema (schema.graphql: sorted, as a query generated from it has them), the references inside it as ids (`actId`, `authorityId`, …, without the
 * resolved `act`/`authority` objects, which can change) — is the same text for ever. That
 * text is stored once per version and shape (table content_rendering, written by
 * src/http/rendering-backfill.ts; PostgreSQL refuses a text that does not hold the
 * version's content) and spliced into the answer instead of executing the ~600 fields.
 *
 * How a request gets it: the executor rewrites an operation whose `StandardVersion.content`
 * selection is exactly the complete one (no aliases, fragments or directives inside it;
 * nowhere in the operation a fragment or a repeated response key, so that field merging
 * cannot add to it) to select only `__typename` there; the `content` resolver records the
 * text under the field's response path (the stored one, or rendered now by graphql-jit over
 * the same types when none is stored, e.g. for a draft); after execution the recorded paths
 * hold placeholders, and the HTTP route replaces them in Apollo's serialised answer. The
 * bytes are those the full execution gives (test/http/content-rendering.test.ts). Any other
 * selection is executed field by field as before.
 */
export class ContentRenderer {
  /** The complete content selection, printed. */
  readonly selection: string;
  /** What a stored text was rendered for: changes when the content model changes. */
  readonly shape: string;
  private readonly compiled: CompiledQuery;

  constructor(readonly schema: GraphQLSchema) {
    const content = schema.getType("StandardContent");
    if (!isObjectType(content)) throw new Error("the schema has no StandardContent type");
    // in the order of the published schema (schema.graphql, sorted): the order a portal's query generated from it has
    this.selection = print(completeSelection(content, lexicographicSortSchema(schema).getType("StandardContent") as GraphQLObjectType));
    this.shape = createHash("sha1").update(this.selection).digest("hex").slice(0, 20);
    const root = new GraphQLObjectType({
      name: "ContentRenderingRoot",
      fields: { content: { type: content, resolve: (source: { content: unknown }) => source.content } },
    });
    // the same type objects as the API's: the same field order, enums and scalars
    const renderSchema = new GraphQLSchema({ query: root });
    const compiled = compileQuery(renderSchema, parse(`{ content ${this.selection} }`));
    if (!isCompiledQuery(compiled)) throw new Error(`the complete content selection does not compile: ${JSON.stringify(compiled.errors)}`);
    this.compiled = compiled;
  }

  /** The content's answer to the complete selection as JSON text, and its errors (paths relative to `content`). */
  render(content: unknown): { text: string | null; errors: readonly GraphQLError[] } {
    const result = this.compiled.query({ content }, {}, {}) as ExecutionResult<{ content: unknown }>;
    const data = result.data?.content;
    return { text: data === null || data === undefined ? null : JSON.stringify(data), errors: result.errors ?? [] };
  }

  /** Whether a selection set is the complete content selection. */
  isComplete(selectionSet: SelectionSetNode | undefined): boolean {
    return !!selectionSet && print(selectionSet) === this.selection;
  }
}

/** Every field of the type, recursively, in the order of `sorted` (the same type in the sorted schema); fields with a resolver (the relations) left out. */
function completeSelection(type: GraphQLObjectType, sorted: GraphQLObjectType, depth = 0): SelectionSetNode {
  if (depth > 12) throw new Error(`the content type ${type.name} nests too deep`);
  const selections: FieldNode[] = [];
  for (const name of Object.keys(sorted.getFields())) {
    const field = type.getFields()[name];
    if (field.resolve) continue;
    const named = getNamedType(field.type);
    if (isAbstractType(named)) throw new Error(`abstract type ${named.name} in the content`);
    selections.push({
      kind: Kind.FIELD,
      name: { kind: Kind.NAME, value: field.name },
      ...(isObjectType(named) ? { selectionSet: completeSelection(named, getNamedType(sorted.getFields()[name].type) as GraphQLObjectType, depth + 1) } : {}),
    });
  }
  return { kind: Kind.SELECTION_SET, selections };
}

const renderers = new WeakMap<GraphQLSchema, ContentRenderer>();

/** The renderer of a schema (built once). */
export function contentRenderer(schema: GraphQLSchema): ContentRenderer {
  let renderer = renderers.get(schema);
  if (!renderer) renderers.set(schema, (renderer = new ContentRenderer(schema)));
  return renderer;
}

/** Selection sets the executor replaced by `{ __typename }`: their field is answered by a stored text. */
const renderedSelections = new WeakSet<SelectionSetNode>();

/** Whether the `content` field being resolved is one whose text is spliced in. */
export function isRendered(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.length === 1 && !!info.fieldNodes[0].selectionSet && renderedSelections.has(info.fieldNodes[0].selectionSet);
}

/**
 * The operation with every complete `StandardVersion.content` selection replaced by
 * `{ __typename }` (marked), or null when there is none or the operation may merge fields
 * (a fragment anywhere, or a response key repeated in a selection set).
 */
export function rewriteForRendering(renderer: ContentRenderer, document: DocumentNode): DocumentNode | null {
  if (document.definitions.some((d) => d.kind !== Kind.OPERATION_DEFINITION)) return null;
  let mergeable = false;
  visit(document, {
    InlineFragment: () => void (mergeable = true),
    FragmentSpread: () => void (mergeable = true),
    SelectionSet(node) {
      const keys = new Set<string>();
      for (const s of node.selections) {
        if (s.kind !== Kind.FIELD) continue;
        const key = s.alias?.value ?? s.name.value;
        if (keys.has(key)) mergeable = true;
        keys.add(key);
      }
    },
  });
  if (mergeable) return null;
  const typeInfo = new TypeInfo(renderer.schema);
  let rewritten = false;
  const result = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (parent?.name !== "StandardVersion" || node.name.value !== "content" || !renderer.isComplete(node.selectionSet)) return undefined;
        const marked: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } }] };
        renderedSelections.add(marked);
        rewritten = true;
        // returning the new node: the visitor does not descend into it
        return { ...node, selectionSet: marked };
      },
    }),
  );
  return rewritten ? result : null;
}

/** Whether a selection below a service (`current`, `standard`, `standardAsOf`) asks for a rendered content. */
export function selectsRenderedContent(info: GraphQLResolveInfo): boolean {
  for (const node of info.fieldNodes) {
    for (const version of node.selectionSet?.selections ?? []) {
      if (version.kind !== Kind.FIELD || !version.selectionSet) continue;
      for (const field of version.selectionSet.selections) {
        if (field.kind === Kind.FIELD && field.name.value === "content" && field.selectionSet && renderedSelections.has(field.selectionSet)) return true;
      }
    }
  }
  return false;
}

const NONCE = randomBytes(9).toString("base64url");
/** A placeholder no answer can otherwise contain: NUL cannot be stored nor sent in a variable (operation-inputs.ts). */
const placeholder = (i: number) => `\u0000rendered:${NONCE}:${i}\u0000`;

/**
 * The texts of one request: recorded by the `content` resolver under their response paths,
 * put in the result as placeholders after execution, replaced in the serialised answer.
 */
export class Splices {
  private readonly recorded: { path: (string | number)[]; text: string; errors: readonly GraphQLError[] }[] = [];
  private readonly placed: string[] = [];

  add(path: Path, text: string, errors: readonly GraphQLError[] = []): void {
    const keys = pathKeys(path);
    // the errors inside the text, at their paths in the whole answer
    const located = errors.map(
      (error) => new GraphQLError(error.message, { path: [...keys, ...(error.path ?? []).slice(1)], originalError: error.originalError ?? undefined, extensions: error.extensions }),
    );
    this.recorded.push({ path: keys, text, errors: located });
  }

  /** After execution: placeholders at the recorded paths that are still in the data (an error above a path removes it), and the errors inside the texts. */
  place(result: ExecutionResult): ExecutionResult {
    if (!this.recorded.length) return result;
    const errors: GraphQLError[] = [];
    for (const { path, text, errors: inside } of this.recorded) {
      let parent: unknown = result.data;
      for (const key of path.slice(0, -1)) parent = parent && typeof parent === "object" ? (parent as Record<string | number, unknown>)[key] : undefined;
      const last = path[path.length - 1];
      if (!parent || typeof parent !== "object" || !(parent as Record<string | number, unknown>)[last]) continue;
      (parent as Record<string | number, unknown>)[last] = placeholder(this.placed.length);
      this.placed.push(text);
      errors.push(...inside);
    }
    this.recorded.length = 0;
    return errors.length ? { ...result, errors: [...(result.errors ?? []), ...errors] } : result;
  }

  /** The serialised answer with the texts in place of their placeholders. */
  spliceInto(body: string): string {
    if (!this.placed.length) return body;
    let out = body;
    this.placed.forEach((text, i) => {
      const token = JSON.stringify(placeholder(i));
      const at = out.indexOf(token);
      if (at >= 0) out = out.slice(0, at) + text + out.slice(at + token.length);
    });
    return out;
  }
}

function pathKeys(path: Path | undefined): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let p = path; p; p = p.prev) keys.unshift(p.key);
  return keys;
}

/** What the `content` resolver returns for a spliced field: its only selection is `__typename`. */
const SPLICED = Object.freeze({});

/**
 * The `content` of a version as a spliced text: the stored one of a published (or
 * withdrawn) version, else rendered now from its content. A content that renders to null
 * (an error at a non-null field inside) fails the field with that error, as executing it would.
 */
export async function splicedContent(version: StandardVersion, ctx: Context, info: GraphQLResolveInfo): Promise<object> {
  const renderer = contentRenderer(info.schema);
  const stored = IN_FORCE_STATUSES.includes(version.status) ? await ctx.loaders.contentRendering.load(`${version.id}|${renderer.shape}`) : null;
  if (stored !== null) {
    ctx.splices!.add(info.path, stored);
    return SPLICED;
  }
  const { text, errors } = renderer.render(await ctx.services.history.content(version));
  if (text === null) throw errors[0] ?? new GraphQLError("Содержание стандарта не удалось вывести");
  ctx.splices!.add(info.path, text, errors);
  return SPLICED;
}

/** The shape whose stored texts a service read should fetch with its versions (null: the content is executed). */
export function renderedShape(info: GraphQLResolveInfo, ctx: Context): string | null {
  return ctx.splices && selectsRenderedContent(info) ? contentRenderer(info.schema).shape : null;
}
