import type { UserErrorCode } from "./user-error-code";

export type UserErrorCodeName = `${UserErrorCode}`;

export interface DomainIssue {
  code: UserErrorCodeName;
  message: string;
  field: string[] | null;
}

/**
 * An error the user can fix. Services throw it; the payload wrapper turns it into
 * `userErrors`, and the transaction that raised it is rolled back.
 */
export class DomainError extends Error {
  readonly issues: DomainIssue[];

  constructor(code: UserErrorCodeName, message: string, field: string[] | null = null) {
    super(message);
    this.name = "DomainError";
    this.issues = [{ code, message, field }];
  }

  static of(issues: DomainIssue[]): DomainError {
    const error = new DomainError(issues[0].code, issues[0].message, issues[0].field);
    error.issues.splice(0, 1, ...issues.slice(0));
    return error;
  }
}
