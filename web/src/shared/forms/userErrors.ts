export interface UserErrorLike {
  code: string;
  field?: readonly string[] | null;
  message: string;
}

/** The message of the user error on a field (by its last path segments), for a simple form. */
export function errorFor(errors: readonly UserErrorLike[] | undefined, ...field: string[]): string | undefined {
  return errors?.find((e) => e.field && field.every((f, i) => e.field![e.field!.length - field.length + i] === f))?.message;
}

/** Messages not tied to one of the form's fields. */
export function otherErrors(errors: readonly UserErrorLike[] | undefined, fields: string[]): UserErrorLike[] {
  return (errors ?? []).filter((e) => !e.field || !fields.includes(e.field[e.field.length - 1]));
}
