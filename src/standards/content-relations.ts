import { extendSchema, parse, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import type { Context } from "../context";
import { tryDecodeId, type NodeTypeName } from "../shared/relay/global-id";

/**
 * Relations inside the content. The content classes are both output and input types
 * (what is written is read back), so the relation fields that exist only on output
 * (`LegalReference.act`, ...) are added to the built schema here, each resolved
 * through the per-request DataLoaders from the global id stored in the content.
 */
const SDL = /* GraphQL */ `
  extend type LegalReference {
    "Нормативный правовой акт (по actId). The legal act."
    act: LegalAct
  }
  extend type LegalBasis {
    "Нормативный правовой акт (по actId). The legal act."
    act: LegalAct
  }
  extend type RegulationText {
    "Акт-источник формулировки (по actId). The source act."
    act: LegalAct
  }
  extend type ProviderSection {
    "Орган, предоставляющий услугу (по authorityId). The providing authority."
    authority: Authority
  }
  extend type Participant {
    "Орган из реестра (по authorityId). The registered authority."
    authority: Authority
  }
  extend type RequiredDocument {
    "Орган, в распоряжении которого находится документ (по holderAuthorityId). Holder authority."
    holderAuthority: Authority
  }
`;

function byRef(type: NodeTypeName, property: string): GraphQLFieldResolver<Record<string, unknown>, Context> {
  return (source, _args, ctx) => {
    const id = source[property];
    return typeof id === "string" && tryDecodeId(type, id) ? ctx.loaders.contentRefById.load(id) : null;
  };
}

const RESOLVERS: Record<string, Record<string, GraphQLFieldResolver<Record<string, unknown>, Context>>> = {
  LegalReference: { act: byRef("LegalAct", "actId") },
  LegalBasis: { act: byRef("LegalAct", "actId") },
  RegulationText: { act: byRef("LegalAct", "actId") },
  ProviderSection: { authority: byRef("Authority", "authorityId") },
  Participant: { authority: byRef("Authority", "authorityId") },
  RequiredDocument: { holderAuthority: byRef("Authority", "holderAuthorityId") },
};

export function withContentRelations(schema: GraphQLSchema): GraphQLSchema {
  const extended = extendSchema(schema, parse(SDL), { assumeValidSDL: false });
  for (const [typeName, fields] of Object.entries(RESOLVERS)) {
    const type = extended.getType(typeName) as GraphQLObjectType;
    for (const [fieldName, resolve] of Object.entries(fields)) type.getFields()[fieldName].resolve = resolve as never;
  }
  return extended;
}
