import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { LocalDateResolver } from "../shared/scalars/dates";
import type { Context } from "../context";
import { Service } from "../services/service.entity";
import { StandardVersion } from "../standards/standard-version.entity";
import { AuditEntry } from "./audit-entry.entity";
import { AuditChainVerification, StandardChange, StandardComparison, StandardDiff } from "./history.types";
import { toComparison } from "./compare-view";
import { VersionState, versionState } from "../standards/version-state";
import { today } from "../shared/dates";
import { AuditLogArgs } from "./history.inputs";
import { Connection, ConnectionArgs } from "../shared/relay/connection";
import { LegalAct } from "../legal-acts/legal-act.entity";
import { toGlobalId } from "../shared/relay/global-id";

export const StandardVersionConnection = Connection(StandardVersion, "StandardVersion", "версии стандарта");
export const AuditEntryConnection = Connection(AuditEntry, "AuditEntry", "записи журнала аудита");

/**
 * A service listed by the catalogue carries the date it was listed for and the id of
 * the version in force on that date (found by the listing query itself).
 */
export type DatedService = Service & { asOf?: string; inForceVersionId?: string };

@Resolver(() => Service)
export class ServiceHistoryResolver {
  @FieldResolver(() => StandardVersion, { nullable: true, description: "Версия стандарта, действующая сегодня. The version in force today." })
  current(@Root() service: DatedService, @Ctx() ctx: Context) {
    return ctx.services.history.inForce(service.id, undefined, service);
  }

  @FieldResolver(() => StandardVersion, {
    nullable: true,
    description: "Версия, действующая на дату запроса каталога services(asOf) (по умолчанию — сегодня). The version in force on the listing's asOf date.",
  })
  standard(@Root() service: DatedService, @Ctx() ctx: Context) {
    return ctx.services.history.inForce(service.id, service.asOf, service);
  }

  @FieldResolver(() => StandardVersion, {
    nullable: true,
    description: "Опубликованная версия, которая вступит в силу позже (state = SCHEDULED), если она есть. The published version that comes into force later, if any.",
  })
  async scheduled(@Root() service: Service, @Ctx() ctx: Context) {
    const latest = await ctx.loaders.latestPublishedByServiceId.load(service.id);
    return latest && versionState(latest, today()) === VersionState.SCHEDULED ? latest : null;
  }

  @FieldResolver(() => StandardVersion, { nullable: true, description: "Версия, действовавшая на указанную дату. The version in force on a date." })
  standardAsOf(@Root() service: Service, @Arg("date", () => LocalDateResolver, { description: "Дата (ГГГГ-ММ-ДД). Date." }) date: string, @Ctx() ctx: Context) {
    return ctx.services.history.inForce(service.id, date);
  }

  @FieldResolver(() => StandardVersionConnection, { description: "Все версии стандарта, новые первыми. All versions, newest first." })
  async versions(@Root() service: Service, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return StandardVersionConnection.from(await ctx.services.history.versions(service, args));
  }
}

@Resolver(() => StandardVersion)
export class VersionHistoryResolver {
  @FieldResolver(() => VersionState, {
    description:
      "Состояние на сегодня: действует, вступает в силу позже, заменена, отозвана (вычисляется из status и дат действия). Where the version stands today, computed from status and dates.",
  })
  state(@Root() version: StandardVersion): VersionState {
    return versionState(version, today());
  }

  @FieldResolver(() => Boolean, { description: "Действует сегодня (state = IN_FORCE). In force today." })
  inForce(@Root() version: StandardVersion): boolean {
    return versionState(version, today()) === VersionState.IN_FORCE;
  }

  @FieldResolver(() => [StandardChange], { nullable: true, description: "Изменения относительно предыдущей версии (null для первой). Changes from the previous version." })
  changesFromPrevious(@Root() version: StandardVersion, @Ctx() ctx: Context) {
    return ctx.services.history.changesFromPrevious(version);
  }

  @FieldResolver(() => LegalAct, { nullable: true, description: "Акт, утвердивший (изменивший) регламент с этой версией. The approving act." })
  approvingAct(@Root() version: StandardVersion, @Ctx() ctx: Context) {
    return version.approvingActId ? ctx.loaders.legalActById.load(version.approvingActId) : null;
  }

  @FieldResolver(() => StandardVersion, { nullable: true, description: "Версия, с которой скопирован черновик. The version this one was copied from." })
  basedOn(@Root() version: StandardVersion, @Ctx() ctx: Context) {
    return version.basedOnId ? ctx.loaders.standardVersionById.load(version.basedOnId) : null;
  }
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => StandardDiff, { description: "Сравнение двух версий стандарта одной услуги по полям. Field-level diff of two versions." })
  standardDiff(
    @Arg("fromVersionId", () => ID, { description: "Исходная версия. From version." }) fromVersionId: string,
    @Arg("toVersionId", () => ID, { description: "Сравниваемая версия. To version." }) toVersionId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.history.diff(fromVersionId, toVersionId);
  }

  @Query(() => StandardComparison, {
    description:
      "Сравнение 2–50 версий стандарта, в том числе разных услуг (одна услуга разных органов): таблица полей, в которых они расходятся (срок, плата, документы, основания…), с выбросами; элементы списков сопоставляются по ключу, а при разных ключах — по наименованию. Compare versions, also across services and bodies.",
  })
  async standardCompare(
    @Arg("versionIds", () => [ID], { description: "Версии (от 2 до 50). The versions (2 to 50)." }) versionIds: string[],
    @Ctx() ctx: Context,
  ): Promise<StandardComparison> {
    return toComparison(await ctx.services.history.compare(versionIds));
  }

  @Query(() => AuditEntryConnection, { description: "Журнал аудита, новые записи первыми. The audit log, newest first." })
  async auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: Context) {
    return AuditEntryConnection.from(await ctx.services.history.auditLog(args.filter ?? {}, args));
  }

  @Query(() => AuditChainVerification, {
    description:
      "Проверка цепочки хешей журнала аудита: первая изменённая, удалённая или вставленная в обход журнала запись (ADMIN, AUDITOR). Verifies the audit log's hash chain and reports the first broken link.",
  })
  async auditChainVerification(@Ctx() ctx: Context): Promise<AuditChainVerification> {
    const report = await ctx.services.history.verifyAuditChain();
    return {
      ...report,
      firstBroken: report.firstBroken && { ...report.firstBroken, entryId: report.firstBroken.entryId && toGlobalId("AuditEntry", report.firstBroken.entryId) },
    };
  }

  // the entry's service and version under the same visibility rules as everywhere else
  @FieldResolver(() => Service, { nullable: true, description: "Услуга. Service." })
  async service(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return entry.serviceId ? ctx.services.services.visible(await ctx.loaders.serviceById.load(entry.serviceId)) : null;
  }

  @FieldResolver(() => StandardVersion, { nullable: true, description: "Версия стандарта (если запрашивающему видна). Version, if visible to the viewer." })
  standardVersion(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return entry.versionId ? ctx.services.history.visibleVersion(entry.versionId) : null;
  }

  @FieldResolver(() => ID, { description: "Глобальный идентификатор изменённого объекта. Global id of the changed object." })
  entityId(@Root() entry: AuditEntry): string {
    return toGlobalId(entry.entityType as never, entry.entityId);
  }
}
