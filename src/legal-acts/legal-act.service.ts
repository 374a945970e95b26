import { QueryFailedError, type DataSource } from "typeorm";
import { LegalAct, type LegalActAmendment, type LegalActType } from "./legal-act.entity";
import type { LegalActInput, LegalActsArgs, LegalActUpdateInput } from "./legal-act.inputs";
import { DomainError, type DomainIssue } from "../shared/errors/domain-error";
import { decodeId } from "../shared/relay/global-id";
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
    // a source often gives type, issuer, number and date only: the title is not required
    requireFields({ type: input.type, issuer: input.issuer, number: input.number, date: input.date }, ["input"]);
    const amendments = cleanAmendments(input.amendments, ["input", "amendments"]);
    const identity = actIdentity({ type: input.type!, issuer: input.issuer!, number: input.number!, date: input.date! });
    const found = await this.find(identity);
    if (found) return { act: found, existing: true };
    try {
      const act = await this.ds.transaction(async (em) => {
        const act = await em.save(
          em.create(LegalAct, {
            ...identity,
            title: input.title?.trim().replace(/\s+/g, " ") || null,
            url: input.url ?? null,
            editionDate: input.editionDate ?? null,
            storedAmendments: amendments,
          }),
        );
        const { type, issuer, number, date, title, url, editionDate } = act;
        await recordAudit(em, this.viewer.name, {
          action: "legalActCreate",
          entityType: "LegalAct",
          entityId: act.id,
          changes: { type, issuer, number, date, title, url, editionDate, amendments: act.amendments },
        });
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

  /**
   * Changes what an act's record says beyond its identity (type, issuer, number and date
   * stay): the title once read, the link, the current edition and the list of amending acts,
   * so that an act amended seven times is one act with its history. Fields given replace the
   * stored ones; null clears them (amendments: null clears the list).
   */
  async update(globalId: string, input: LegalActUpdateInput): Promise<LegalAct> {
    this.requireRegistrar();
    const id = decodeId("LegalAct", globalId, ["id"]);
    const amendments = input.amendments === undefined ? undefined : cleanAmendments(input.amendments, ["input", "amendments"]);
    return this.ds.transaction(async (em) => {
      const act = await em.findOne(LegalAct, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!act) throw new DomainError("NOT_FOUND", "Нормативный правовой акт не найден", ["id"]);
      const before = { title: act.title, url: act.url, editionDate: act.editionDate, amendments: act.amendments };
      if (input.title !== undefined) act.title = input.title?.trim() || null;
      if (input.url !== undefined) act.url = input.url ?? null;
      if (input.editionDate !== undefined) act.editionDate = input.editionDate ?? null;
      if (amendments !== undefined) act.storedAmendments = amendments;
      const saved = await em.save(act);
      const after = { title: saved.title, url: saved.url, editionDate: saved.editionDate, amendments: saved.amendments };
      const changes = Object.fromEntries(
        Object.keys(after)
          .filter((k) => JSON.stringify(before[k as keyof typeof before]) !== JSON.stringify(after[k as keyof typeof after]))
          .map((k) => [k, { before: before[k as keyof typeof before], after: after[k as keyof typeof after] }]),
      );
      await recordAudit(em, this.viewer.name, { action: "legalActUpdate", entityType: "LegalAct", entityId: id, changes });
      return saved;
    });
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
        `(to_tsvector('russian', coalesce(a.title, '') || ' ' || a.number) @@ plainto_tsquery('russian', :search) OR a.number ILIKE :like ESCAPE '\\')`,
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

/** Amending acts as stored: each with its number and date (REQUIRED otherwise), texts trimmed, empty fields left out. */
function cleanAmendments(list: LegalActAmendment[] | null | undefined, field: string[]): LegalActAmendment[] {
  const issues: DomainIssue[] = [];
  const out = (list ?? []).map((a, i) => {
    if (!a?.number?.trim()) issues.push({ code: "REQUIRED", message: "Укажите номер изменяющего акта", field: [...field, String(i), "number"] });
    if (!a?.date) issues.push({ code: "REQUIRED", message: "Укажите дату изменяющего акта", field: [...field, String(i), "date"] });
    const clean: LegalActAmendment = { number: a?.number?.trim() ?? null, date: a?.date ?? null };
    if (a?.type) clean.type = a.type;
    if (a?.issuer?.trim()) clean.issuer = a.issuer.trim();
    if (a?.title?.trim()) clean.title = a.title.trim();
    if (a?.url) clean.url = a.url;
    return clean;
  });
  if (issues.length > 0) throw DomainError.of(issues);
  return out;
}
