import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { StandardVersion } from "./standard-version.entity";
import { StandardContent } from "./content/standard-content";
import { Service } from "../services/service.entity";
import { Payload, ok } from "../shared/errors/payload";
import { tryDecodeId } from "../shared/relay/global-id";

const StandardDraftUpdatePayload = Payload("StandardDraftUpdate", "standardVersion", StandardVersion, "Изменённый черновик. The updated draft.");

@Resolver(() => StandardVersion)
export class StandardResolver {
  @Query(() => StandardVersion, { nullable: true, description: "Версия стандарта по идентификатору. A standard version by id." })
  standardVersion(@Arg("id", () => ID, { description: "Идентификатор. Id." }) id: string, @Ctx() ctx: Context) {
    const uuid = tryDecodeId("StandardVersion", id);
    return uuid ? ctx.loaders.standardVersionById.load(uuid) : null;
  }

  @FieldResolver(() => Service, { description: "Услуга. The service." })
  async service(@Root() version: StandardVersion, @Ctx() ctx: Context): Promise<Service> {
    return (await ctx.loaders.serviceById.load(version.serviceId))!;
  }

  @Mutation(() => StandardDraftUpdatePayload, {
    description:
      "Изменить черновик: переданные разделы заменяют сохранённые, null удаляет раздел. При устаревшей ревизии — STALE_REVISION. Update a draft (partial, optimistic locking).",
  })
  async standardDraftUpdate(
    @Arg("id", () => ID, { description: "Идентификатор черновика. Draft id." }) id: string,
    @Arg("input", () => StandardContent, { description: "Изменяемые разделы. Sections to replace." }) input: StandardContent,
    @Arg("expectedRevision", () => Int, { description: "Ревизия, на основе которой сделаны изменения. The revision the edit is based on." })
    expectedRevision: number,
    @Ctx() ctx: Context,
  ) {
    return ok("standardVersion", await ctx.services.standards.updateDraft(id, input, expectedRevision, ctx.actor));
  }
}
