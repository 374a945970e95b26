import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { StandardVersion } from "../standards/standard-version.entity";
import { Service } from "../services/service.entity";
import { CatalogueVariantMatch, ProfilingAnswerInput, RequirementsArgs, VariantRequirements, VariantResolution, VariantResolveArgs } from "./variant.types";
import { matchedVariantsKey, type CatalogueService } from "./catalogue";

/**
 * The portal's questions about variants (Decree 1228): which variant applies to an
 * applicant, and what that applicant needs. Public reads (published versions only for
 * anonymous clients), cacheable like every anonymous query.
 */
@Resolver()
export class VariantResolver {
  @Query(() => VariantResolution, {
    nullable: true,
    description:
      "Определить вариант предоставления услуги по результату и ответам на вопросы профилирования: вариант или следующий вопрос (null — услуга не найдена или стандарт не действует на дату). Resolve the variant, or get the next question.",
  })
  async variantResolve(@Args() args: VariantResolveArgs, @Ctx() ctx: Context): Promise<VariantResolution | null> {
    const version = await ctx.services.variants.versionInForce(args);
    return version ? ctx.services.variants.resolve(version, args.resultKey, args.answers ?? []) : null;
  }

  @Query(() => VariantRequirements, {
    nullable: true,
    description:
      "Требования к заявителю варианта: документы (с формой по способам подачи), срок, плата, куда подать, где получить (null — услуга не найдена или стандарт не действует на дату). Requirements of a variant.",
  })
  async requirements(@Args() args: RequirementsArgs, @Ctx() ctx: Context) {
    const version = await ctx.services.variants.versionInForce(args);
    return version ? ctx.services.variants.requirements(version, args.variantKey) : null;
  }
}

@Resolver(() => StandardVersion)
export class VersionVariantResolver {
  @FieldResolver(() => VariantResolution, { description: "Определить вариант по этой версии (в том числе черновику). Resolve a variant in this version." })
  variantResolve(
    @Root() version: StandardVersion,
    @Arg("resultKey", () => ID, { nullable: true, description: "Результат (ServiceResult.key). The result asked for." }) resultKey: string | null,
    @Arg("answers", () => [ProfilingAnswerInput], { nullable: true, description: "Ответы. The answers so far." }) answers: ProfilingAnswerInput[] | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.variants.resolve(version, resultKey, answers ?? []);
  }

  @FieldResolver(() => VariantRequirements, { description: "Требования к заявителю варианта этой версии. Requirements of a variant in this version." })
  requirements(
    @Root() version: StandardVersion,
    @Arg("variantKey", () => ID, { nullable: true, description: "Вариант (Variant.key); без вариантов — не указывается. The variant." }) variantKey: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.variants.requirements(version, variantKey);
  }
}

@Resolver(() => Service)
export class ServiceVariantResolver {
  @FieldResolver(() => [CatalogueVariantMatch], {
    nullable: true,
    description:
      "Варианты действующего стандарта, подходящие под фильтр каталога (способ подачи, категория заявителя, бесплатность, экстерриториальность): пусто — у стандарта нет вариантов и подходит услуга в целом; null — вне каталога или без таких фильтров. The variants that matched the catalogue filter.",
  })
  matchedVariants(@Root() service: CatalogueService, @Ctx() ctx: Context): Promise<CatalogueVariantMatch[]> | null {
    const key = matchedVariantsKey(service);
    return key ? ctx.loaders.matchedVariants.load(key) : null;
  }
}
