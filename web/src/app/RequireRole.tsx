import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { Loader } from "@mantine/core";
import { useSession, type Role } from "./session";
import { ProblemPage } from "../shared/ui/ProblemPage";

/** Pages of the workspace: signed in, password changed, and (optionally) one of the roles. */
export function RequireRole({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const { loading, session, has } = useSession();
  const location = useLocation();
  if (loading) return <Loader aria-label="Загрузка" />;
  if (!session) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (session.mustChangePassword) return <Navigate to="/password" replace />;
  if (roles && !roles.some(has)) return <ProblemPage error={{ message: "У вас нет роли, которой доступна эта страница." }} />;
  return <>{children}</>;
}
