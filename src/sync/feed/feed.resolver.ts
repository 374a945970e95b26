import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { Service } from "../../services/service.entity";
import { StandardVersion } from "../../standards/standard-version.entity";
import { Authority } from "../../authorities/authority.entity";
import { fromGlobalId } from "../../shared/relay/global-id";
import { ChangeEvent, ChangeFeedPage, ChangesArgs } from "./feed.types";

@Resolver(() => ChangeEvent)
export class ChangeFeedResolver {
  @Query(() => ChangeFeedPage, {
    description:
      "Лента изменений открытого реестра в порядке фиксации: публикации, запланированные версии, вступление в силу, отзывы (надгробия), появление, переименование и передача услуг. Сохраните endCursor и передавайте его в after: ни одно событие не будет пропущено или повторено. The public change feed in commit order.",
  })
  changes(@Args() args: ChangesArgs, @Ctx() ctx: Context) {
    return ctx.services.feed.page(args);
  }

  @FieldResolver(() => Service, { nullable: true, description: "Услуга (текущее состояние). The service, as it is now." })
  service(@Root() event: ChangeEvent, @Ctx() ctx: Context) {
    return ctx.loaders.serviceById.load(fromGlobalId(event.serviceId)!.id);
  }

  @FieldResolver(() => StandardVersion, { nullable: true, description: "Версия стандарта. The version." })
  version(@Root() event: ChangeEvent, @Ctx() ctx: Context) {
    return event.versionId ? ctx.loaders.standardVersionById.load(fromGlobalId(event.versionId)!.id) : null;
  }

  @FieldResolver(() => Authority, { nullable: true, description: "Орган власти на момент события. The authority at the time." })
  authority(@Root() event: ChangeEvent, @Ctx() ctx: Context) {
    return ctx.loaders.authorityById.load(fromGlobalId(event.authorityId)!.id);
  }
}
