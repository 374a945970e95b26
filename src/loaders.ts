import type { DataSource } from "typeorm";
import { authorityLoaders } from "./authorities/authority.loaders";
import { legalActLoaders } from "./legal-acts/legal-act.loaders";
import { serviceLoaders } from "./services/service.loaders";
import { standardLoaders } from "./standards/standard.loaders";
import { authLoaders } from "./auth/auth.loaders";
import { contentRefLoader } from "./shared/ref-loader";
import { LegalAct } from "./legal-acts/legal-act.entity";
import type { Authority } from "./authorities/authority.entity";
import { matchedVariantsLoader } from "./variants/catalogue";

/** All per-request DataLoaders; created fresh for every request (no cross-request cache). */
export function createLoaders(ds: DataSource) {
  const authorities = authorityLoaders(ds);
  const acts = legalActLoaders(ds);
  return {
    ...authorities,
    ...acts,
    /** Acts and authorities cited in a content, both in one query (primes the two loaders above). */
    contentRefById: contentRefLoader(ds, (record) =>
      record instanceof LegalAct ? acts.legalActById.prime(record.id, record) : authorities.authorityById.prime(record.id, record as Authority),
    ),
    ...serviceLoaders(ds),
    ...standardLoaders(ds),
    ...authLoaders(ds),
    /** The variants of listed services that matched the catalogue's per-variant filter. */
    matchedVariants: matchedVariantsLoader(ds),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
