import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { DataSource } from "typeorm";
import type { Context } from "../context";
import { Role } from "../auth/auth.entities";
import type { Viewer } from "../auth/viewer";
import { ConnectionArgs } from "../shared/relay/connection";
import { paginate } from "../shared/relay/keyset";
import { StandardVersionConnection } from "../history/history.resolver";
import { StandardVersion, StandardVersionStatus } from "./standard-version.entity";

/** UTC submission time as fixed-width text: chronological as text, exact in a cursor. */
const SUBMITTED = `to_char(coalesce(v.submitted_at, v.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

/** Versions in review that the viewer may approve (APPROVER scope; the system viewer: all), oldest submission first. */
export function reviewQueue(ds: DataSource, viewer: Viewer, args: ConnectionArgs) {
  viewer.requireAuthenticated();
  const qb = ds.getRepository(StandardVersion).createQueryBuilder("v").innerJoin("v.service", "s").where("v.status = :status", { status: StandardVersionStatus.IN_REVIEW });
  if (!viewer.isSystem) {
    const scope = viewer.roles().find((r) => r.role === Role.APPROVER)?.authorityIds ?? [];
    qb.andWhere("s.authority_id = ANY(:scope)", { scope });
  }
  return paginate(qb, args, [
    { expr: SUBMITTED, direction: "ASC", select: "queue_submitted", value: (_v, raw) => String(raw.queue_submitted) },
    { expr: "v.id", direction: "ASC", value: (v) => v.id },
  ]);
}

@Resolver()
export class ReviewQueueResolver {
  @Query(() => StandardVersionConnection, {
    description:
      "Очередь согласования: версии на согласовании в органах, где пользователь — согласующий, давно направленные первыми. The review queue: versions in review the viewer may approve, oldest first.",
  })
  async reviewQueue(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return StandardVersionConnection.from(await ctx.services.reviewQueue(args));
  }
}
