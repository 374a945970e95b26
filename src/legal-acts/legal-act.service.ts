import { QueryFailedError, type DataSource } from "typeorm";
import { LegalAct, type LegalActType } from "./legal-act.entity";
import type { LegalActInput, LegalActsArgs } from "./legal-act.inputs";
import { requireFields } from "../shared/errors/require";
import { paginate } from "../shared/relay/keyset";
import { recordAudit } from "../history/audit";
import type { Viewer } from "../auth/viewer";
import { Role } from "../auth/auth.entities";
import { forbidden } from "../auth/errors";

/** The requisites that identify an act: spaces collapsed, a leading "№" dropped from the number. */
export function actIdentity(input: { type: LegalActType; issuer: string; number: string; date: string }) {
  const clean = (text: string) => text.trim().replace(/\s+/g, " ");
  return { type: input.type, issuer: clean(input.issuer), number: clean(input.number).replace(/^(?:№\s*|N\s+)/, ""), date: input.date };
}

export class LegalActService {
  constructor(
    private readonly ds: DataSource,
    private readonly viewer: Viewer,
  ) {}

  /**
   * Registers an act. Registrars (of any authority) and administrators may do it: the
   * acts a standard cites are registered by whoever enters the standard. An act is
   * identified by type, issuer, number and date (spaces and letter case aside, "№ 210-ФЗ"
   * = "210-ФЗ"): registering one that exists returns the stored act unchanged
   * (`existing: true`) instead of a second copy, so a form can always "register, then
   * cite" without searching first. Nothing is written then, and nothing is audited.
   */
  async create(input: LegalActInput): Promise<{ act: LegalAct; existing: boolean }> {
    this.requireRegistrar();
    requireFields({ type: input.type, issuer: input.issuer, number: input.number, date: input.date, title: input.title }, ["input"]);
    const identity = actIdentity({ type: input.type!, issuer: input.issuer!, number: input.number!, date: input.date! });
    const found = await this.find(identity);
    if (found) return { act: found, existing: true };
    try {
      const act = await this.ds.transaction(async (em) => {
        const act = await em.save(
          em.create(LegalAct, { ...identity, title: input.title!.trim().replace(/\s+/g, " "), url: input.url ?? null }),
        );
        const { type, issuer, number, date, title, url } = act;
        await recordAudit(em, this.viewer.name, { action: "legalActCreate", entityType: "LegalAct", entityId: act.id, changes: { type, issuer, number, date, title, url } });
        return act;
      });
      return { act, existing: false };
    } catch (error) {
      // registered concurrently by someone else: that one is the act
      const raced = isUniqueViolation(error) ? await this.find(identity) : null;
      if (raced) return { act: raced, existing: true };
      throw error;
    }
  }

  private find(identity: ReturnType<typeof actIdentity>): Promise<LegalAct | null> {
    return this.ds
      .getRepository(LegalAct)
      .createQueryBuilder("a")
      .where("a.type = :type AND lower(a.issuer) = lower(:issuer) AND lower(a.number) = lower(:number) AND a.date = :date", identity)
      .getOne();
  }

  /** Registrars of any authority, administrators and the system. */
  private requireRegistrar(): void {
    if (this.viewer.isSystem || this.viewer.admin) return;
    this.viewer.requireAuthenticated();
    if (!this.viewer.roles().some((r) => r.role === Role.REGISTRAR && r.authorityIds.length > 0)) {
      throw forbidden("Вносить нормативные правовые акты могут регистраторы и администраторы реестра");
    }
  }

  list(args: LegalActsArgs) {
    const qb = this.ds.getRepository(LegalAct).createQueryBuilder("a");
    const search = args.search?.trim();
    if (search) {
      qb.where(
        `(to_tsvector('russian', a.title || ' ' || a.number) @@ plainto_tsquery('russian', :search) OR a.number ILIKE :like ESCAPE '\\')`,
        { search, like: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
      );
    }
    return paginate(qb, args, [
      { expr: "a.date", direction: "DESC", value: (a) => a.date },
      { expr: "a.id", direction: "ASC", value: (a) => a.id },
    ]);
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === "23505";
}

export function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === "23503";
}
