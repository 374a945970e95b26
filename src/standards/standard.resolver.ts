import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { isRendered, splicedContent } from "../http/content-rendering";
import type { Context } from "../context";
import { StandardVersion } from "./standard-version.entity";
import { StandardContent } from "./content/standard-content";
import { StandardVersionPublishInput } from "./standard.inputs";
import { Service } from "../services/service.entity";
import { Payload, ok } from "../shared/errors/payload";
import { tryDecodeId } from "../shared/relay/global-id";
import { LIMITS } from "../shared/validation/fields";
import { maxLengthArg } from "../shared/validation/validate-args";
import { StandardVersionConnection } from "../history/history.resolver";
import { ReviewQueueArgs } from "./review-queue";

const payload = (name: string, description: string) => Payload(name, "standardVersion", StandardVersion, description);
const StandardDraftUpdatePayload = payload("StandardDraftUpdate", "Изменённый черновик. The updated draft.");
const StandardDraftCreatePayload = payload("StandardDraftCreate", "Новый черновик. The new draft.");
const StandardDraftSubmitPayload = payload("StandardDraftSubmit", "Версия на согласовании. The version in review.");
const StandardDraftReturnPayload = payload("StandardDraftReturn", "Возвращённый черновик. The returned draft.");
const StandardVersionPublishPayload = payload("StandardVersionPublish", "Опубликованная версия. The published version.");
const StandardVersionWithdrawPayload = payload("StandardVersionWithdraw", "Отозванная версия. The withdrawn version.");

const versionId = () => Arg("id", () => ID, { description: "Идентификатор версии стандарта. Version id." });

@Resolver(() => StandardVersion)
export class StandardResolver {
  @Query(() => StandardVersion, { nullable: true, description: "Версия стандарта по идентификатору. A standard version by id." })
  standardVersion(@versionId() id: string, @Ctx() ctx: Context) {
    const uuid = tryDecodeId("StandardVersion", id);
    return uuid ? ctx.services.history.visibleVersion(uuid) : null;
  }

  @Query(() => StandardVersionConnection, {
    description:
      "Очередь согласования: версии на согласовании (IN_REVIEW) органов, черновики которых доступны запрашивающему, сначала направленные раньше. Versions waiting for review, oldest submission first.",
  })
  async reviewQueue(@Args() args: ReviewQueueArgs, @Ctx() ctx: Context) {
    return StandardVersionConnection.from(await ctx.services.reviewQueue.list(args));
  }

  @FieldResolver(() => StandardContent, { description: "Содержание стандарта (все элементы ст. 14). Content: every element of Art. 14." })
  content(@Root() version: StandardVersion, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // the complete content of an HTTP request: its text spliced into the answer (src/http/content-rendering.ts)
    if (ctx.splices && isRendered(info)) return splicedContent(version, ctx, info);
    return ctx.services.history.content(version);
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
    @versionId() id: string,
    @Arg("input", () => StandardContent, { description: "Изменяемые разделы. Sections to replace." }) input: StandardContent,
    @Arg("expectedRevision", () => Int, { description: "Ревизия, на основе которой сделаны изменения. The revision the edit is based on." })
    expectedRevision: number,
    @Ctx() ctx: Context,
  ) {
    return ok("standardVersion", await ctx.services.standards.updateDraft(id, input, expectedRevision));
  }

  @Mutation(() => StandardDraftCreatePayload, {
    description: "Открыть новый черновик услуги — копию последней опубликованной версии (ключи элементов сохраняются). Open the next draft.",
  })
  async standardDraftCreate(@Arg("serviceId", () => ID, { description: "Услуга. Service." }) serviceId: string, @Ctx() ctx: Context) {
    return ok("standardVersion", await ctx.services.standards.createDraft(serviceId));
  }

  @Mutation(() => StandardDraftSubmitPayload, { description: "Направить черновик на согласование (DRAFT → IN_REVIEW). Submit for review." })
  async standardDraftSubmit(@versionId() id: string, @Ctx() ctx: Context) {
    return ok("standardVersion", await ctx.services.lifecycle.submit(id));
  }

  @Mutation(() => StandardDraftReturnPayload, { description: "Вернуть на доработку с замечаниями (IN_REVIEW → DRAFT). Return with remarks." })
  async standardDraftReturn(
    @versionId() id: string,
    @Arg("remarks", () => String, { description: `Замечания (до ${LIMITS.remarks} символов). Remarks.`, validateFn: maxLengthArg("remarks", LIMITS.remarks) }) remarks: string,
    @Ctx() ctx: Context,
  ) {
    return ok("standardVersion", await ctx.services.lifecycle.returnToDraft(id, remarks));
  }

  @Mutation(() => StandardVersionPublishPayload, {
    description:
      "Опубликовать версию (IN_REVIEW → PUBLISHED); предыдущая версия заменяется с даты вступления в силу. При ошибках полноты — INCOMPLETE. Publish.",
  })
  async standardVersionPublish(
    @versionId() id: string,
    @Arg("input", () => StandardVersionPublishInput, { description: "Реквизиты публикации. Publication data." }) input: StandardVersionPublishInput,
    @Ctx() ctx: Context,
  ) {
    return ok("standardVersion", await ctx.services.lifecycle.publish(id, input));
  }

  @Mutation(() => StandardVersionWithdrawPayload, { description: "Отозвать опубликованную версию с указанием причины (PUBLISHED → WITHDRAWN). Withdraw." })
  async standardVersionWithdraw(
    @versionId() id: string,
    @Arg("reason", () => String, { description: `Причина отзыва (до ${LIMITS.note} символов). Reason.`, validateFn: maxLengthArg("reason", LIMITS.note) }) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ok("standardVersion", await ctx.services.lifecycle.withdraw(id, reason));
  }
}
