import type { DataSource } from "typeorm";
import type { Loaders } from "./loaders";
import { AuthorityService } from "./authorities/authority.service";
import { LegalActService } from "./legal-acts/legal-act.service";
import { ServiceRegistry } from "./services/service.service";
import { StandardService } from "./standards/standard.service";
import { LifecycleService } from "./standards/lifecycle.service";
import { HistoryService } from "./history/history.service";
import { CompletenessService } from "./completeness/completeness.service";
import { AuthService } from "./auth/auth.service";
import { ReviewQueueService } from "./standards/review-queue";
import { VariantService } from "./variants/variant.service";
import type { Viewer } from "./auth/viewer";
import { FeedService } from "./sync/feed/feed.service";

/** Use-case services of one request (they share the request's loaders). */
export function createServices(ds: DataSource, loaders: Loaders, viewer: Viewer) {
  const authorities = new AuthorityService(ds, loaders, viewer);
  const completeness = new CompletenessService(ds, viewer, authorities);
  const standards = new StandardService(ds, loaders, viewer, completeness);
  const services = new ServiceRegistry(ds, loaders, authorities, viewer, completeness);
  const history = new HistoryService(ds, loaders, authorities, viewer);
  return {
    auth: new AuthService(ds),
    authorities,
    legalActs: new LegalActService(ds, viewer),
    services,
    standards,
    completeness,
    lifecycle: new LifecycleService(ds, loaders, standards, completeness, viewer),
    history,
    feed: new FeedService(ds, authorities),
    variants: new VariantService(services, history),
    reviewQueue: new ReviewQueueService(ds, authorities, viewer),
  };
}
export type Services = ReturnType<typeof createServices>;
