import { validate, type ValidationError } from "class-validator";
import { getMetadataStorage, type ResolverData, type ValidatorFn } from "type-graphql";
import { getNamedType, type GraphQLField } from "graphql";
import { DomainError, type DomainIssue, type UserErrorCodeName } from "../errors/domain-error";

/**
 * type-graphql `validateFn`: validates class-typed arguments with class-validator
 * (nested, unknown properties are impossible after GraphQL coercion) and reports every
 * violation at once as user errors with a field path starting at the argument name.
 */
export async function validateArgument(argValue: unknown, argType: unknown, data: ResolverData<object>): Promise<void> {
  if (argValue === null || typeof argValue !== "object" || typeof argType !== "function") return;
  const prefix = argumentPath(argType, data);
  const values = Array.isArray(argValue) ? argValue : [argValue];
  const issues: DomainIssue[] = [];
  for (const [index, value] of values.entries()) {
    if (value === null || typeof value !== "object") continue;
    const errors = await validate(value as object, { forbidUnknownValues: false, validationError: { target: false, value: false } });
    const base = Array.isArray(argValue) ? [...prefix, String(index)] : prefix;
    issues.push(...toIssues(errors, base));
  }
  if (issues.length > 0) throw DomainError.of(issues);
}

/** The argument that holds an input class (e.g. ["input"]); [] for @ArgsType classes, whose fields are the arguments. */
function argumentPath(argType: Function, data: ResolverData<object>): string[] {
  const storage = getMetadataStorage();
  const inputName = storage.inputTypes.find((t) => t.target === argType)?.name;
  if (!inputName) return [];
  const field: GraphQLField<unknown, unknown> | undefined = data.info.parentType.getFields()[data.info.fieldName];
  const arg = field?.args.find((a) => getNamedType(a.type).name === inputName);
  return arg ? [arg.name] : [];
}

const codeByConstraint: Record<string, UserErrorCodeName> = {
  isNotEmpty: "REQUIRED",
  isDefined: "REQUIRED",
  arrayNotEmpty: "REQUIRED",
  maxLength: "TOO_LONG",
  arrayMaxSize: "TOO_LONG",
  min: "OUT_OF_RANGE",
  max: "OUT_OF_RANGE",
};

export function toIssues(errors: ValidationError[], path: string[]): DomainIssue[] {
  const issues: DomainIssue[] = [];
  for (const error of errors) {
    const field = [...path, error.property];
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      const contextCode = (error.contexts?.[constraint] as { code?: UserErrorCodeName } | undefined)?.code;
      issues.push({ code: contextCode ?? codeByConstraint[constraint] ?? "INVALID", message, field });
    }
    if (error.children?.length) issues.push(...toIssues(error.children, field));
  }
  return issues;
}

/**
 * `validateFn` of a plain String argument (e.g. remarks, reason): at most `max` characters,
 * else the user error TOO_LONG on the argument (the argument is bounded like every text of
 * an input class).
 */
export function maxLengthArg(name: string, max: number): ValidatorFn {
  return (value) => {
    if (typeof value === "string" && value.length > max) {
      throw new DomainError("TOO_LONG", `Длина текста не должна превышать ${max} символов (передано ${value.length})`, [name]);
    }
  };
}
