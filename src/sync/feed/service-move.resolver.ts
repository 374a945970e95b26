import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { Service } from "../../services/service.entity";
import { Payload, ok } from "../../shared/errors/payload";
import { moveService } from "./service-move";

const ServiceMovePayload = Payload("ServiceMove", "service", Service, "Услуга после передачи. The service after the move.");

@Resolver()
export class ServiceMoveResolver {
  @Mutation(() => ServiceMovePayload, {
    description: "Передать услугу другому органу власти (ADMIN; реорганизация): в ленте изменений — SERVICE_MOVED. Move a service to another authority.",
  })
  async serviceMove(
    @Arg("id", () => ID, { description: "Услуга. Service." }) id: string,
    @Arg("authorityId", () => ID, { description: "Новый орган власти. The new authority." }) authorityId: string,
    @Ctx() ctx: Context,
  ) {
    return ok("service", await moveService(ctx.services.feed.dataSource, ctx.viewer, id, authorityId));
  }
}
