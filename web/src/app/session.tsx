import { createContext, useContext, useEffect, type ReactNode } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import type { SessionQuery } from "../gql/graphql";
import { onSignedOut, setCsrfToken } from "./apollo";

export const SessionDocument = graphql(`
  query Session {
    currentSession { id mustChangePassword csrfToken expiresAt user { id login name } }
    viewer { authenticated login roles { role authorities { id name } } }
  }
`);

export type Session = NonNullable<SessionQuery["currentSession"]>;
export type Role = SessionQuery["viewer"]["roles"][number]["role"];

interface SessionValue {
  loading: boolean;
  session: Session | null;
  roles: SessionQuery["viewer"]["roles"];
  has(role: Role): boolean;
  refetch(): Promise<unknown>;
}

const Ctx = createContext<SessionValue | null>(null);

/** Who is signed in (the server's answer, kept in Apollo's cache; nothing in localStorage). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { data, loading, refetch } = useQuery(SessionDocument, { fetchPolicy: "network-only" });
  const session = data?.currentSession ?? null;
  // a request refused for want of a session: ask who is signed in (the pages then send to sign-in)
  useEffect(() => {
    onSignedOut(() => {
      if (session) void refetch();
    });
  }, [session, refetch]);
  setCsrfToken(session?.csrfToken ?? null);
  const roles = data?.viewer.roles ?? [];
  const value: SessionValue = { loading: loading && !data, session, roles, has: (role) => roles.some((r) => r.role === role), refetch };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(Ctx);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}
