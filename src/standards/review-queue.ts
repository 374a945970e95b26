import { ArgsType, Field, ID } from "type-graphql";
import type { DataSource } from "typeorm";
import { StandardVersion, StandardVersionStatus } from "./standard-version.entity";
import { Service } from "../services/service.entity";
import { ConnectionArgs, type Page } from "../shared/relay/connection";
import { paginate } from "../shared/relay/keyset";
import type { AuthorityService } from "../authorities/authority.service";
import type { Viewer } from "../auth/viewer";

@ArgsType()
export class ReviewQueueArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Орган власти (по умолчанию — все органы, доступные запрашивающему). Authority (default: every authority the viewer works in)." })
  authorityId?: string | null;

  @Field({ nullable: true, description: "Включая подчинённые органы. Include subordinate authorities." })
  includeSubordinate?: boolean;
}

/**
 * The approvers' queue: versions waiting for review (IN_REVIEW), oldest submission
 * first, of the authorities whose drafts the viewer may see (registrar, approver,
 * auditor roles; the system viewer sees all). An authority outside that scope simply
 * contributes nothing, as in the audit log.
 */
export class ReviewQueueService {
  constructor(
    private readonly ds: DataSource,
    private readonly authorities: AuthorityService,
    private readonly viewer: Viewer,
  ) {}

  async list(args: ReviewQueueArgs): Promise<Page<StandardVersion>> {
    this.viewer.requireAuthenticated();
    const qb = this.ds
      .getRepository(StandardVersion)
      .createQueryBuilder("v")
      .innerJoin(Service, "s", "s.id = v.serviceId")
      .where("v.status = :inReview", { inReview: StandardVersionStatus.IN_REVIEW });
    const scope = this.viewer.internalScope();
    if (scope) qb.andWhere(scope.size ? "s.authorityId IN (:...scope)" : "false", { scope: [...scope] });
    if (args.authorityId) {
      const ids = await this.authorities.scopeIds(args.authorityId, args.includeSubordinate, ["authorityId"]);
      qb.andWhere("s.authorityId IN (:...authorityIds)", { authorityIds: ids });
    }
    // microseconds since the epoch: exact in a cursor, unlike a JS Date
    return paginate(qb, args, [
      { expr: "floor(extract(epoch from v.submitted_at) * 1000000)", direction: "ASC", select: "submitted", value: (_v, raw) => String(raw.submitted) },
      { expr: "v.id", direction: "ASC", value: (v) => v.id },
    ]);
  }
}
