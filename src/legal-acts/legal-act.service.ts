import { QueryFailedError, type DataSource } from "typeorm";
import { LegalAct } from "./legal-act.entity";
import type { LegalActInput, LegalActsArgs } from "./legal-act.inputs";
import { DomainError } from "../shared/errors/domain-error";
import { requireFields } from "../shared/errors/require";
import { paginate } from "../shared/relay/keyset";
import { recordAudit } from "../history/audit";
import type { Viewer } from "../auth/viewer";
import { Role } from "../auth/auth.entities";

export class LegalActService {
  constructor(
    private readonly ds: DataSource,
    private readonly viewer: Viewer,
  ) {}

  async create(input: LegalActInput): Promise<LegalAct> {
    this.viewer.require(Role.ADMIN);
    requireFields({ type: input.type, issuer: input.issuer, number: input.number, date: input.date, title: input.title }, ["input"]);
    try {
      return await this.ds.transaction(async (em) => {
        const act = await em.save(
          em.create(LegalAct, {
            type: input.type!,
            issuer: input.issuer!.trim(),
            number: input.number!.trim(),
            date: input.date!,
            title: input.title!.trim(),
            url: input.url ?? null,
          }),
        );
        const { type, issuer, number, date, title, url } = act;
        await recordAudit(em, this.viewer.name, { action: "legalActCreate", entityType: "LegalAct", entityId: act.id, changes: { type, issuer, number, date, title, url } });
        return act;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError("TAKEN", "Акт с такими видом, органом, номером и датой уже есть в реестре", ["input", "number"]);
      }
      throw error;
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
