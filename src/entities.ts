import { Authority } from "./authorities/authority.entity";
import { LegalAct } from "./legal-acts/legal-act.entity";
import { Service } from "./services/service.entity";
import { StandardVersion } from "./standards/standard-version.entity";
import { AuditEntry } from "./history/audit-entry.entity";
import { ApiToken, RoleAssignment, User } from "./auth/auth.entities";
import { CompletenessResult } from "./completeness/completeness-result.entity";
import { CatalogEntry } from "./services/catalog-entry.entity";
import { CatalogVariant } from "./variants/catalog-variant.entity";

/** Every TypeORM entity; the DataSource and the migration check use this list. */
export const entities = [Authority, LegalAct, Service, StandardVersion, AuditEntry, User, RoleAssignment, ApiToken, CompletenessResult, CatalogEntry, CatalogVariant];
