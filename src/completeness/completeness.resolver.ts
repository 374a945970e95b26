import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { StandardVersion } from "../standards/standard-version.entity";
import { StandardContent } from "../standards/content/standard-content";
import { StandardKind } from "../services/service.entity";
import { Completeness, CompletenessFailure, CompletenessRule, CompletenessSummary } from "./completeness.types";
import { toGlobalId } from "../shared/relay/global-id";
import { RULE_BY_CODE, RULE_CATALOG } from "./rules";
import type { RuleInfo } from "./rule";

function ruleView(info: RuleInfo): CompletenessRule {
  return {
    code: info.code,
    kind: info.kind,
    elements: [...info.elements],
    severityRegular: info.severity.REGULAR,
    severityUnified: info.severity.UNIFIED,
    legalReference: info.legalReference,
    description: info.description,
  };
}

@Resolver(() => StandardVersion)
export class CompletenessResolver {
  @FieldResolver(() => Completeness, { description: "Полнота версии по ст. 14 (с учётом вида стандарта услуги). Completeness of the version." })
  async completeness(@Root() version: StandardVersion, @Ctx() ctx: Context): Promise<Completeness> {
    const service = (await ctx.loaders.serviceById.load(version.serviceId))!;
    return ctx.services.completeness.evaluate(await ctx.services.history.content(version), service.kind);
  }

  @Query(() => Completeness, {
    description: "Проверить полноту содержания без сохранения (для проверки формы на лету). Validate a content without saving it.",
  })
  async standardValidate(
    @Arg("input", () => StandardContent, { description: "Содержание стандарта. Content." }) input: StandardContent,
    @Arg("profile", () => StandardKind, { description: "Вид стандарта. Profile." }) profile: StandardKind,
    @Ctx() ctx: Context,
  ): Promise<Completeness> {
    ctx.viewer.requireAuthenticated();
    return ctx.services.completeness.evaluate(JSON.parse(JSON.stringify(input)), profile);
  }

  @Query(() => [CompletenessRule], { description: "Каталог правил проверки полноты. The catalogue of completeness rules." })
  completenessRules(): CompletenessRule[] {
    return RULE_CATALOG.map(ruleView);
  }

  @Query(() => CompletenessSummary, {
    description: "Сводка полноты черновиков и опубликованных версий органа власти и самые частые нарушения (для аудиторов). Completeness summary.",
  })
  async completenessSummary(
    @Arg("authorityId", () => ID, { description: "Орган власти. Authority." }) authorityId: string,
    @Arg("includeSubordinate", { defaultValue: false, description: "Включая подчинённые органы. Include subordinates." }) includeSubordinate: boolean,
    @Ctx() ctx: Context,
  ) {
    const summary = await ctx.services.completeness.summary(authorityId, includeSubordinate);
    return {
      ...summary,
      authorityGlobalId: toGlobalId("Authority", summary.authorityId),
      authority: await ctx.loaders.authorityById.load(summary.authorityId),
      topFailingRules: summary.topFailingRules.map((r) => ({ count: r.count, rule: ruleView(RULE_BY_CODE.get(r.rule)!) })),
    };
  }
}

@Resolver(() => CompletenessSummary)
export class CompletenessSummaryResolver {
  @FieldResolver(() => [CompletenessFailure], {
    description:
      "Неполные версии сводки (черновики и опубликованные) с найденными ошибками, по органам и наименованиям услуг. The incomplete versions of the summary with their errors.",
  })
  async failing(@Root() summary: CompletenessSummary & { authorityGlobalId: string }, @Ctx() ctx: Context): Promise<CompletenessFailure[]> {
    const rows = await ctx.services.completeness.failing(summary.authorityGlobalId, summary.includeSubordinate);
    const versions = await ctx.loaders.standardVersionById.loadMany(rows.map((r) => r.versionId));
    return rows.map((row, i) => ({ ...row, version: versions[i] as StandardVersion }));
  }
}
