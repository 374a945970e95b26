import type { DataSource } from "typeorm";
import type { Loaders } from "./loaders";
import { AuthorityService } from "./authorities/authority.service";
import { LegalActService } from "./legal-acts/legal-act.service";
import { ServiceRegistry } from "./services/service.service";
import { StandardService } from "./standards/standard.service";

/** Use-case services of one request (they share the request's loaders). */
export function createServices(ds: DataSource, loaders: Loaders) {
  const authorities = new AuthorityService(ds, loaders);
  return {
    authorities,
    legalActs: new LegalActService(ds),
    services: new ServiceRegistry(ds, loaders, authorities),
    standards: new StandardService(ds, loaders),
  };
}
export type Services = ReturnType<typeof createServices>;
