import type { DataSource } from "typeorm";
import { authorityLoaders } from "./authorities/authority.loaders";
import { legalActLoaders } from "./legal-acts/legal-act.loaders";
import { serviceLoaders } from "./services/service.loaders";
import { standardLoaders } from "./standards/standard.loaders";
import { authLoaders } from "./auth/auth.loaders";

/** All per-request DataLoaders; created fresh for every request (no cross-request cache). */
export function createLoaders(ds: DataSource) {
  return {
    ...authorityLoaders(ds),
    ...legalActLoaders(ds),
    ...serviceLoaders(ds),
    ...standardLoaders(ds),
    ...authLoaders(ds),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
