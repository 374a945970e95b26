import { In, type DataSource } from "typeorm";
import { evaluate } from "./evaluate";
import type { CompletenessReport, EvaluationContext } from "./types";
import type { StandardKind } from "../services/service.entity";
import type { StandardContent } from "../standards/content/standard-content";
import { LegalAct, isFederalActType } from "../legal-acts/legal-act.entity";
import { collectReferences } from "../standards/content/content-tools";
import { toGlobalId, tryDecodeId } from "../shared/relay/global-id";

/** Gathers the facts the pure rules need (the cited acts) and evaluates a content. */
export class CompletenessService {
  constructor(private readonly ds: DataSource) {}

  async evaluate(content: StandardContent, profile: StandardKind): Promise<CompletenessReport> {
    return evaluate(content, await this.context(content, profile));
  }

  async context(content: StandardContent, profile: StandardKind): Promise<EvaluationContext> {
    const ids = new Set<string>();
    for (const ref of collectReferences(JSON.parse(JSON.stringify(content ?? {})))) {
      const uuid = ref.kind === "LegalAct" ? tryDecodeId("LegalAct", ref.id) : null;
      if (uuid) ids.add(uuid);
    }
    const acts = ids.size ? await this.ds.getRepository(LegalAct).find({ select: { id: true, type: true }, where: { id: In([...ids]) } }) : [];
    return {
      profile,
      acts: new Map(acts.map((a) => [toGlobalId("LegalAct", a.id), { type: a.type, federal: isFederalActType(a.type) }])),
    };
  }
}
