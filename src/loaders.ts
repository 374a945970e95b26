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

type Primed = ReturnType<typeof authorityLoaders> & ReturnType<typeof legalActLoaders>;

/** The groups of per-request DataLoaders; a group is made the first time a request uses one of its loaders. */
const GROUPS = [
  (ds: DataSource) => authorityLoaders(ds),
  (ds: DataSource) => legalActLoaders(ds),
  (ds: DataSource, loaders: Primed) => ({
    /** Acts and authorities cited in a content, both in one query (primes the two loaders above). */
    contentRefById: contentRefLoader(ds, (record) =>
      record instanceof LegalAct ? loaders.legalActById.prime(record.id, record) : loaders.authorityById.prime(record.id, record as Authority),
    ),
  }),
  (ds: DataSource) => serviceLoaders(ds),
  (ds: DataSource) => standardLoaders(ds),
  (ds: DataSource) => authLoaders(ds),
  (ds: DataSource) => ({
    /** The variants of listed services that matched the catalogue's per-variant filter. */
    matchedVariants: matchedVariantsLoader(ds),
  }),
] as const;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type Loaders = UnionToIntersection<ReturnType<(typeof GROUPS)[number]>>;

/** One request's loaders: each a getter of the prototype, making its group on first use. */
class RequestLoaders {
  readonly made: (Record<string, unknown> | undefined)[] = [];
  constructor(readonly ds: DataSource) {}
}
let getters = false;

/**
 * All per-request DataLoaders; fresh for every request (no cross-request cache). Made
 * lazily: the portal's hot read uses a handful of the ~20, and making the rest cost every request.
 */
export function createLoaders(ds: DataSource): Loaders {
  if (!getters) {
    // the loaders' names, from one set made once (making a DataLoader queries nothing)
    GROUPS.forEach((make, i) => {
      for (const name of Object.keys(make(ds, {} as Primed))) {
        Object.defineProperty(RequestLoaders.prototype, name, {
          get(this: RequestLoaders) {
            return (this.made[i] ??= GROUPS[i](this.ds, this as unknown as Primed) as Record<string, unknown>)[name];
          },
        });
      }
    });
    getters = true;
  }
  return new RequestLoaders(ds) as unknown as Loaders;
}
