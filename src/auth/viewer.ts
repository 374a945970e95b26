import { Role } from "./auth.entities";
import { forbidden, unauthenticated } from "./errors";

/**
 * Who is asking. Anonymous viewers read only published data; authenticated users act
 * within the authorities their roles cover (expanded to subordinates where granted);
 * the system viewer (seed loader, CLI) may do everything.
 */
export class Viewer {
  private constructor(
    readonly kind: "anonymous" | "user" | "system",
    /** Login of the user, or the system process name; written to the audit log. */
    readonly name: string | null,
    readonly userId: string | null,
    private readonly scopes: ReadonlyMap<Role, ReadonlySet<string>>,
    readonly admin: boolean,
  ) {}

  static anonymous(): Viewer {
    return new Viewer("anonymous", null, null, new Map(), false);
  }

  static system(name: string): Viewer {
    return new Viewer("system", name, null, new Map(), true);
  }

  static user(login: string, userId: string, scopes: ReadonlyMap<Role, ReadonlySet<string>>, admin: boolean): Viewer {
    return new Viewer("user", login, userId, scopes, admin);
  }

  get authenticated(): boolean {
    return this.kind !== "anonymous";
  }

  get isSystem(): boolean {
    return this.kind === "system";
  }

  /** Whether the viewer holds `role` for the authority (system: always). */
  has(role: Role, authorityId: string | null | undefined): boolean {
    if (this.isSystem) return true;
    if (role === Role.ADMIN) return this.admin;
    return !!authorityId && (this.scopes.get(role)?.has(authorityId) ?? false);
  }

  /** Throws UNAUTHENTICATED for anonymous viewers and FORBIDDEN without the role (or for a missing target). */
  require(role: Role, authorityId?: string | null): void {
    if (!this.authenticated) throw unauthenticated();
    if (role !== Role.ADMIN && !authorityId && !this.isSystem) throw forbidden();
    if (!this.has(role, authorityId ?? null)) throw forbidden();
  }

  requireAuthenticated(): void {
    if (!this.authenticated) throw unauthenticated();
  }

  /** Drafts, review remarks, authors and the audit trail of the authority's services. */
  canSeeInternals(authorityId: string): boolean {
    return this.isSystem || [Role.REGISTRAR, Role.APPROVER, Role.AUDITOR].some((r) => this.has(r, authorityId));
  }

  /** Authorities whose internals the viewer may read (null: all of them). */
  internalScope(): Set<string> | null {
    if (this.isSystem) return null;
    return new Set([Role.REGISTRAR, Role.APPROVER, Role.AUDITOR].flatMap((r) => [...(this.scopes.get(r) ?? [])]));
  }

  /**
   * Which audit entries the viewer may read (null: all). A service's trail (its drafts,
   * edits, remarks, authors) is part of its internals, read by the AUDITOR of its authority;
   * an administrator reads the administrative entries (authorities, acts, users, tokens:
   * those without a service), not the services' trails.
   */
  auditScope(): { authorities: Set<string>; administrative: boolean } | null {
    if (this.isSystem) return null;
    return { authorities: new Set(this.scopes.get(Role.AUDITOR) ?? []), administrative: this.admin };
  }

  /** May check the audit log's integrity (an administrator, or an auditor of any authority). */
  get mayVerifyAudit(): boolean {
    return this.isSystem || this.admin || (this.scopes.get(Role.AUDITOR)?.size ?? 0) > 0;
  }

  roles(): { role: Role; authorityIds: string[] }[] {
    const out = [...this.scopes].map(([role, ids]) => ({ role, authorityIds: [...ids] }));
    if (this.admin) out.unshift({ role: Role.ADMIN, authorityIds: [] });
    return out;
  }
}
