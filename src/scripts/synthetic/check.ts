import { coerceInputValue, type GraphQLInputType } from "graphql";
import { validate } from "class-validator";
import { getMetadataStorage } from "type-graphql";
import { getSchema } from "../../schema";
import { StandardContent } from "../../standards/content/standard-content";
import { assignKeys, type ContentJson } from "../../standards/content/content-tools";
import { evaluate } from "../../completeness/evaluate";
import { Severity, type EvaluationContext } from "../../completeness/types";
import { toIssues } from "../../shared/validation/validate-args";
import type { StandardKind } from "../../services/service.entity";

/**
 * Checks generated contents the way the API would take them: GraphQL input coercion
 * against StandardContentInput (unknown fields, enum values, scalars), class-validator
 * rules of the input classes (lengths, ranges, keys, money, unique enum lists),
 * duplicate item keys, and the completeness rules (a published version must have no
 * ERROR, since publication requires it).
 */
export interface CheckReport {
  checked: number;
  problems: string[];
  /** Completeness warnings by rule code. */
  warnings: Map<string, number>;
}

type Plain = Record<string, unknown>;

function toInstance(value: unknown, target: Function): unknown {
  if (Array.isArray(value)) return value.map((v) => toInstance(v, target));
  if (value === null || typeof value !== "object") return value;
  const storage = getMetadataStorage();
  const instance = Object.create(target.prototype) as Plain;
  for (const [key, v] of Object.entries(value as Plain)) {
    const field = storage.fields.find((f) => f.name === key && (f.target === target || target.prototype instanceof f.target));
    const type = field?.getType();
    const nested = typeof type === "function" && storage.inputTypes.some((t) => t.target === type) ? (type as Function) : null;
    instance[key] = nested ? toInstance(v, nested) : v;
  }
  return instance;
}

export async function checkContents(
  samples: { content: Plain; published: boolean; profile: StandardKind; label: string }[],
  acts: EvaluationContext["acts"],
): Promise<CheckReport> {
  const schema = await getSchema();
  const inputType = schema.getType("StandardContentInput") as GraphQLInputType;
  const report: CheckReport = { checked: 0, problems: [], warnings: new Map() };
  for (const sample of samples) {
    report.checked++;
    const problem = (m: string) => report.problems.push(`${sample.label}: ${m}`);
    coerceInputValue(sample.content, inputType, (path, _invalid, error) => problem(`GraphQL input ${path.join(".")}: ${error.message}`));
    const errors = await validate(toInstance(sample.content, StandardContent) as object, { forbidUnknownValues: false, validationError: { target: false, value: false } });
    for (const issue of toIssues(errors, [])) problem(`validation ${issue.field?.join(".")}: ${issue.message}`);
    const copy = JSON.parse(JSON.stringify(sample.content)) as ContentJson;
    for (const issue of assignKeys(copy)) problem(`keys ${issue.field?.join(".")}: ${issue.message}`);
    if (JSON.stringify(copy) !== JSON.stringify(sample.content)) problem("a list item has no key");
    const result = evaluate(sample.content as StandardContent, { profile: sample.profile, acts });
    for (const issue of result.issues) {
      if (issue.severity === Severity.ERROR && sample.published) problem(`completeness ${issue.rule} at ${issue.path.join(".")}: ${issue.message}`);
      else report.warnings.set(issue.rule, (report.warnings.get(issue.rule) ?? 0) + 1);
    }
  }
  return report;
}
