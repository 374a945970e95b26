import type { MiddlewareFn } from "type-graphql";
import type { Context } from "../context";
import type { StandardVersion } from "../standards/standard-version.entity";

/**
 * Field middleware for internal details of a version (review remarks, authors): null
 * unless the viewer may see the internals of the service's authority.
 */
export const InternalVersionField: MiddlewareFn<Context> = async ({ root, context }, next) => {
  const version = root as StandardVersion;
  const service = await context.loaders.serviceById.load(version.serviceId);
  if (!service || !context.viewer.canSeeInternals(service.authorityId)) return null;
  return next();
};
