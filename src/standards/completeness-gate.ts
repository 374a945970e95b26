import type { EntityManager } from "typeorm";
import type { StandardVersion } from "./standard-version.entity";
import type { StandardKind } from "../services/service.entity";
import type { CompletenessService } from "../completeness/completeness.service";
import { Severity } from "../completeness/types";
import { DomainError } from "../shared/errors/domain-error";

/**
 * Refuses a version whose completeness check reports any ERROR: one INCOMPLETE user
 * error per finding, with the citation and the path in the content. The verdict is
 * stored on the way (it is the one the API shows for this content anyway).
 */
export async function refuseIncomplete(completeness: CompletenessService, em: EntityManager, version: StandardVersion, kind: StandardKind): Promise<void> {
  const report = await completeness.evaluate(version.content, kind, em);
  await completeness.record(em, version, kind, report);
  const errors = report.issues.filter((i) => i.severity === Severity.ERROR);
  if (errors.length > 0) {
    throw DomainError.of(errors.map((i) => ({ code: "INCOMPLETE", message: `${i.message} (${i.legalReference})`, field: ["content", ...i.path] })));
  }
}
