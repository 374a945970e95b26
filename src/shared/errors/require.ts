import { DomainError, type DomainIssue } from "./domain-error";

/** Collects REQUIRED issues for missing or blank values and throws them together. */
export function requireFields(values: Record<string, unknown>, prefix: string[]): void {
  const issues: DomainIssue[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
      issues.push({ code: "REQUIRED", message: "Поле обязательно для заполнения", field: [...prefix, name] });
    }
  }
  if (issues.length > 0) throw DomainError.of(issues);
}
