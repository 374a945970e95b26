import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import type { DomainIssue } from "../../shared/errors/domain-error";

/**
 * Argon2id with the library's defaults (m = 19 MiB, t = 2, p = 1: OWASP's minimum
 * recommendation); the PHC string carries its parameters, so raising them later
 * keeps old hashes verifiable.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password); // the library's default algorithm is Argon2id
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing in particular, verified for unknown logins so both answers take as long. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword("временный пароль для выравнивания времени ответа");
  return dummy;
}

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/** What a new password must satisfy (length, not the login, not the old one); issues on `field`. */
export function passwordIssues(password: string, login: string, field: string[]): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    issues.push({ code: "INVALID", message: `Пароль должен быть не короче ${MIN_PASSWORD_LENGTH} символов`, field });
  } else if (length > MAX_PASSWORD_LENGTH) {
    issues.push({ code: "TOO_LONG", message: `Пароль должен быть не длиннее ${MAX_PASSWORD_LENGTH} символов`, field });
  } else if (password.trim().toLowerCase() === login.toLowerCase()) {
    issues.push({ code: "INVALID", message: "Пароль не должен совпадать с логином", field });
  }
  return issues;
}

const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A temporary password: 16 characters from an unambiguous alphabet (~92 bits), in groups of four. */
export function generateTemporaryPassword(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}
