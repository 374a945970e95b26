import type { MiddlewareFn } from "type-graphql";
import { DomainError } from "./domain-error";

/**
 * Applied to the resolver classes that declare mutations (@UseMiddleware).
 * The one place where failures of mutations become payloads: a DomainError (bad
 * input, stale revision, forbidden transition) is returned as `userErrors`; anything
 * else stays a top-level error (masked by formatError).
 */
export const userErrorsMiddleware: MiddlewareFn = async ({ info }, next) => {
  if (info.parentType.name !== "Mutation") return next();
  try {
    return await next();
  } catch (error) {
    if (error instanceof DomainError) return { userErrors: error.issues.map(({ code, message, field }) => ({ code, message, field })) };
    throw error;
  }
};
