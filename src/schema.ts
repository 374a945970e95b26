import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { NodeResolver } from "./shared/relay/node.resolver";
import { AuthorityResolver } from "./authorities/authority.resolver";
import { LegalActResolver } from "./legal-acts/legal-act.resolver";
import { ServiceResolver } from "./services/service.resolver";
import { StandardResolver } from "./standards/standard.resolver";
import { AuditResolver, ServiceHistoryResolver, VersionHistoryResolver } from "./history/history.resolver";
import { AuthResolver, RoleAssignmentResolver, ViewerRoleResolver } from "./auth/auth.resolver";
import { withContentRelations } from "./standards/content-relations";
import { withUserErrors } from "./shared/errors/user-errors";
import { validateArgument } from "./shared/validation/validate-args";
import { ElementsResolver } from "./completeness/elements.resolver";
import { CompletenessResolver, CompletenessSummaryResolver } from "./completeness/completeness.resolver";
import { DateTimeISOResolver } from "./shared/scalars/dates";
import { syncResolvers } from "./sync/resolvers";
import { ServiceVariantResolver, VariantResolver, VersionVariantResolver } from "./variants/variant.resolver";
import { SessionResolver } from "./auth/sessions/session.resolver";

export const resolvers = [
  NodeResolver,
  ElementsResolver,
  AuthorityResolver,
  LegalActResolver,
  ServiceResolver,
  StandardResolver,
  ServiceHistoryResolver,
  VersionHistoryResolver,
  AuditResolver,
  CompletenessResolver,
  CompletenessSummaryResolver,
  VariantResolver,
  VersionVariantResolver,
  ServiceVariantResolver,
  AuthResolver,
  RoleAssignmentResolver,
  ViewerRoleResolver,
  ...syncResolvers,
  SessionResolver,
] as const;

function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  schema.getQueryType()!.description =
    "Чтение реестра стандартов предоставления государственных и муниципальных услуг. Reading the registry of public-service standards.";
  schema.getMutationType()!.description =
    "Изменение реестра; ошибки ввода возвращаются в userErrors с кодом и путём к полю. Changes; user errors come back in userErrors.";
  return schema;
}

let cached: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process (type-graphql metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    validateFn: validateArgument,
    // Date fields: graphql-scalars' DateTimeISO with Russian messages and storable years
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
  })
    .then(withContentRelations)
    .then(withUserErrors)
    .then(describeRoots);
  return cached;
}
