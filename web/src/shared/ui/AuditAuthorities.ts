import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { useSession } from "../../app/session";

const AllAuthoritiesDocument = graphql(`
  query AllAuthorities { authorities(first: 100) { edges { node { id name parent { id } } } } }
`);

/**
 * The authorities whose reports the viewer reads: an auditor's (with the subordinates of its
 * assignments), every authority for an administrator.
 */
export function useAuditAuthorities(): { options: { value: string; label: string }[]; loading: boolean } {
  const { roles, has } = useSession();
  const admin = has("ADMIN");
  const all = useQuery(AllAuthoritiesDocument, { skip: !admin });
  if (admin) return { options: (all.data?.authorities.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name })), loading: all.loading && !all.data };
  const own = new Map(roles.filter((r) => r.role === "AUDITOR").flatMap((r) => r.authorities).map((a) => [a.id, a.name]));
  return { options: [...own].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, "ru")), loading: false };
}
