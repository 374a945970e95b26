import { In, type DataSource } from "typeorm";
import { StandardVersion, StandardVersionStatus } from "./standard-version.entity";
import type { StandardContent } from "./content/standard-content";
import { assignKeys, collectReferences, mergeSections, type ContentJson } from "./content/content-tools";
import type { Loaders } from "../loaders";
import { Authority } from "../authorities/authority.entity";
import { LegalAct } from "../legal-acts/legal-act.entity";
import { DomainError, type DomainIssue } from "../shared/errors/domain-error";
import { decodeId, fromGlobalId, typeTitle } from "../shared/relay/global-id";
import { contentHash } from "../shared/canonical-json";

/** Standard versions: reading, and editing drafts under optimistic locking. */
export class StandardService {
  constructor(
    private readonly ds: DataSource,
    private readonly loaders: Loaders,
  ) {}

  /**
   * Replaces the sections present in `input` (partial update). Refused with
   * STALE_REVISION when the draft changed since `expectedRevision`, and with
   * NOT_EDITABLE when the version is no longer a draft; nothing is written then.
   */
  async updateDraft(globalId: string, input: StandardContent, expectedRevision: number, actor: string | null): Promise<StandardVersion> {
    const id = decodeId("StandardVersion", globalId, ["id"]);
    await this.checkReferences(input);
    const version = await this.ds.transaction(async (em) => {
      const draft = await em.findOne(StandardVersion, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!draft) throw new DomainError("NOT_FOUND", "Версия стандарта не найдена", ["id"]);
      if (draft.status !== StandardVersionStatus.DRAFT) {
        throw new DomainError("NOT_EDITABLE", "Изменять можно только черновик; эта версия имеет статус " + draft.status, ["id"]);
      }
      if (draft.revision !== expectedRevision) {
        throw new DomainError(
          "STALE_REVISION",
          `Черновик уже изменён (текущая ревизия ${draft.revision}, ожидалась ${expectedRevision}); обновите данные и повторите`,
          ["expectedRevision"],
        );
      }
      const content = mergeSections(draft.content as unknown as ContentJson, input);
      const keyIssues = assignKeys(content);
      if (keyIssues.length > 0) throw DomainError.of(keyIssues.map((i) => ({ ...i, field: ["input", ...(i.field ?? [])] })));
      draft.content = content as StandardContent;
      draft.contentHash = contentHash(content);
      draft.revision += 1;
      return em.save(draft);
    });
    this.loaders.standardVersionById.prime(version.id, version);
    return version;
  }

  /** Every legal act and authority the input refers to must exist (NOT_FOUND / INVALID_ID with the field path). */
  private async checkReferences(input: StandardContent): Promise<void> {
    const refs = collectReferences(JSON.parse(JSON.stringify(input)), ["input"]);
    if (refs.length === 0) return;
    const issues: DomainIssue[] = [];
    const wanted = { LegalAct: new Map<string, string[][]>(), Authority: new Map<string, string[][]>() };
    for (const ref of refs) {
      const decoded = fromGlobalId(ref.id);
      if (!decoded || decoded.type !== ref.kind) {
        issues.push({ code: "INVALID_ID", message: `Некорректный идентификатор: ожидался идентификатор объекта «${typeTitle[ref.kind]}»`, field: ref.path });
        continue;
      }
      const paths = wanted[ref.kind].get(decoded.id) ?? [];
      paths.push(ref.path);
      wanted[ref.kind].set(decoded.id, paths);
    }
    const found = {
      LegalAct: await this.existingIds(LegalAct, [...wanted.LegalAct.keys()]),
      Authority: await this.existingIds(Authority, [...wanted.Authority.keys()]),
    };
    for (const kind of ["LegalAct", "Authority"] as const) {
      for (const [id, paths] of wanted[kind]) {
        if (found[kind].has(id)) continue;
        const message = kind === "LegalAct" ? "Нормативный правовой акт не найден в реестре" : "Орган власти не найден в реестре";
        for (const field of paths) issues.push({ code: "NOT_FOUND", message, field });
      }
    }
    if (issues.length > 0) throw DomainError.of(issues);
  }

  private async existingIds(entity: typeof LegalAct | typeof Authority, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.ds.getRepository(entity).find({ select: { id: true }, where: { id: In(ids) } });
    return new Set(rows.map((r) => r.id));
  }
}
