import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { requestedVersionDates, requestedVersionFields } from "./requested-dates";
import { renderedShape } from "../http/content-rendering";
import type { Context } from "../context";
import { Service } from "./service.entity";
import { ServiceCreateInput, ServicesArgs } from "./service.inputs";
import { Authority } from "../authorities/authority.entity";
import { StandardVersion } from "../standards/standard-version.entity";
import { Connection } from "../shared/relay/connection";
import { Payload, ok } from "../shared/errors/payload";
import { tryDecodeId } from "../shared/relay/global-id";

export const ServiceConnection = Connection(Service, "Service", "услуги");
const ServiceCreatePayload = Payload("ServiceCreate", "service", Service, "Созданная услуга (её черновик — в поле draft). The created service.");

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => Service, { nullable: true, description: "Услуга по идентификатору. A service by id." })
  service(@Arg("id", () => ID, { description: "Идентификатор. Id." }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const uuid = tryDecodeId("Service", id);
    return uuid ? ctx.services.services.get(uuid, requestedVersionDates(info), renderedShape(info, ctx), requestedVersionFields(info)) : null;
  }

  @Query(() => Service, { nullable: true, description: "Услуга по реестровому номеру. A service by registry number." })
  serviceByRegistryNumber(
    @Arg("registryNumber", { description: "Реестровый номер (до 64 символов: цифры, латинские буквы, . - _ /), например «SEED-58-PNZ-GRK51». Registry number." }) registryNumber: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.services.byRegistryNumber(registryNumber, requestedVersionDates(info), renderedShape(info, ctx), requestedVersionFields(info));
  }

  @Query(() => ServiceConnection, { description: "Каталог услуг с фильтрами, по наименованию. Service catalogue." })
  async services(@Args() args: ServicesArgs, @Ctx() ctx: Context) {
    return ServiceConnection.from(await ctx.services.services.list(args));
  }

  @FieldResolver(() => Authority, { description: "Орган, предоставляющий услугу. Providing authority." })
  async authority(@Root() service: Service, @Ctx() ctx: Context): Promise<Authority> {
    return (await ctx.loaders.authorityById.load(service.authorityId))!;
  }

  @FieldResolver(() => StandardVersion, { nullable: true, description: "Открытый черновик стандарта (DRAFT или IN_REVIEW). The open draft." })
  draft(@Root() service: Service, @Ctx() ctx: Context) {
    return ctx.viewer.canSeeInternals(service.authorityId) ? ctx.loaders.openDraftByServiceId.load(service.id) : null;
  }

  @FieldResolver(() => StandardVersion, {
    nullable: true,
    description: "Последняя по номеру версия стандарта, доступная запрашивающему (публично — последняя опубликованная). The latest visible version.",
  })
  latestVersion(@Root() service: Service, @Ctx() ctx: Context) {
    return ctx.viewer.canSeeInternals(service.authorityId)
      ? ctx.loaders.latestVersionByServiceId.load(service.id)
      : ctx.loaders.latestPublishedByServiceId.load(service.id);
  }

  @Mutation(() => ServiceCreatePayload, { description: "Создать услугу и её первый черновик стандарта. Create a service and its first draft." })
  async serviceCreate(@Arg("input", () => ServiceCreateInput, { description: "Данные. Input data." }) input: ServiceCreateInput, @Ctx() ctx: Context) {
    return ok("service", await ctx.services.services.create(input));
  }
}
