import { randomBytes } from "node:crypto";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { IsOptional, Matches, MaxLength, ValidateNested } from "class-validator";
import type { Context } from "../../context";
import { Role } from "../../auth/auth.entities";
import { Payload, ok } from "../../shared/errors/payload";
import { DomainError } from "../../shared/errors/domain-error";
import { requireFields } from "../../shared/errors/require";
import { decodeId, toGlobalId } from "../../shared/relay/global-id";
import { describeEnum } from "../../shared/enum";
import { UserError } from "../../shared/errors/user-error";
import { ChangeEvent, toChangeEvent } from "../feed/feed.types";
import { webhookTargetProblem } from "./address-guard";

enum WebhookDeliveryStatus {
  PENDING = "PENDING",
  DELIVERED = "DELIVERED",
  FAILED = "FAILED",
}
describeEnum(WebhookDeliveryStatus, "WebhookDeliveryStatus", "Состояние доставки уведомления. Delivery status.", {
  PENDING: "Ожидает доставки или повторной попытки. Waiting for delivery or a retry.",
  DELIVERED: "Доставлено (получатель ответил 2xx). Delivered.",
  FAILED: "Не доставлено: попытки исчерпаны или подписка отключена. Given up.",
});

@ObjectType({ description: "Фильтр подписки (как у ленты изменений). Subscription filter." })
class WebhookFilter {
  @Field(() => ID, { nullable: true, description: "Орган власти. Authority." })
  authorityId: string | null;

  @Field({ description: "Включая подчинённые органы. Include subordinates." })
  includeSubordinate: boolean;

  @Field(() => String, { nullable: true, description: "Территория (ОКТМО или его начало). Territory." })
  territory: string | null;
}

@ObjectType({ description: "Подписка на уведомления об изменениях (вебхук). A webhook subscription." })
export class WebhookSubscription {
  @Field(() => ID, { description: "Идентификатор. Id." })
  id: string;

  uuid: string;

  @Field({ description: "Адрес, на который отправляются POST-запросы. Target URL." })
  url: string;

  @Field(() => String, { nullable: true, description: "Описание (кто получатель). Description." })
  description: string | null;

  @Field({ description: "Подписка действует. Active." })
  active: boolean;

  @Field(() => WebhookFilter, { description: "Фильтр событий. Filter." })
  filter: WebhookFilter;

  @Field({ description: "Когда создана. Created at." })
  createdAt: Date;
}

@ObjectType({ description: "Попытка доставки. A delivery attempt." })
class WebhookAttempt {
  @Field({ description: "Когда. When." })
  attemptedAt: Date;

  @Field(() => Int, { nullable: true, description: "HTTP-статус ответа (null — нет ответа). HTTP status." })
  httpStatus: number | null;

  @Field(() => String, { nullable: true, description: "Ошибка. Error." })
  error: string | null;

  @Field(() => Int, { description: "Длительность, мс. Duration, ms." })
  durationMs: number;
}

@ObjectType({ description: "Доставка одного события одному подписчику. The delivery of one event to one subscriber." })
class WebhookDelivery {
  @Field(() => ID, { description: "Идентификатор доставки. Delivery id." })
  id: string;

  @Field(() => ChangeEvent, { description: "Событие (тело запроса). The event (request body)." })
  event: ChangeEvent;

  @Field(() => WebhookDeliveryStatus, { description: "Состояние. Status." })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: "Сделано попыток. Attempts made." })
  attempts: number;

  @Field(() => Date, { nullable: true, description: "Последняя попытка. Last attempt." })
  lastAttemptAt: Date | null;

  @Field(() => Int, { nullable: true, description: "HTTP-статус последней попытки. Last HTTP status." })
  lastStatus: number | null;

  @Field(() => String, { nullable: true, description: "Ошибка последней попытки. Last error." })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: "Когда доставлено. Delivered at." })
  deliveredAt: Date | null;

  @Field(() => [WebhookAttempt], { description: "Все попытки, по порядку. All attempts, in order." })
  attemptLog: WebhookAttempt[];
}

@InputType({ description: "Фильтр событий подписки. Subscription filter." })
class WebhookFilterInput {
  @Field(() => ID, { nullable: true, description: "Орган власти. Authority." })
  authorityId?: string | null;

  @Field({ nullable: true, description: "Включая подчинённые органы. Include subordinates." })
  includeSubordinate?: boolean;

  @Field(() => String, { nullable: true, description: "Территория (ОКТМО или его начало). Territory." })
  @IsOptional()
  @Matches(/^\d{2,11}$/, { message: "Территория задаётся кодом ОКТМО или его началом: от 2 до 11 цифр" })
  territory?: string | null;
}

@InputType({ description: "Подписка на уведомления. A webhook subscription." })
class WebhookSubscriptionInput {
  @Field(() => String, { nullable: true, description: "Адрес http(s), на который отправлять события. Target URL." })
  @IsOptional()
  @MaxLength(2000, { message: "Адрес не длиннее 2000 символов" })
  url?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Секрет подписи в формате whsec_<base64> (не менее 24 байт); если не задан при создании, создаётся и возвращается один раз. Signing secret.",
  })
  @IsOptional()
  @Matches(/^whsec_[A-Za-z0-9+/]{32,128}={0,2}$/, { message: "Секрет: whsec_ и не менее 24 байт в base64" })
  secret?: string | null;

  @Field(() => String, { nullable: true, description: "Описание. Description." })
  @IsOptional()
  @MaxLength(500, { message: "Описание не длиннее 500 символов" })
  description?: string | null;

  @Field({ nullable: true, description: "Действует (false — приостановить). Active." })
  active?: boolean;

  @Field(() => WebhookFilterInput, { nullable: true, description: "Фильтр событий (пусто — все). Filter." })
  @IsOptional()
  @ValidateNested()
  filter?: WebhookFilterInput | null;
}

@ObjectType({ description: "Результат webhookSubscriptionCreate. Result of webhookSubscriptionCreate." })
class WebhookSubscriptionCreatePayload {
  @Field(() => WebhookSubscription, { nullable: true, description: "Созданная подписка. The subscription." })
  webhookSubscription: WebhookSubscription | null;

  @Field(() => String, { nullable: true, description: "Секрет подписи, если он создан реестром (показывается один раз). The generated signing secret, shown once." })
  secret: string | null;

  @Field(() => [UserError], { description: "Ошибки ввода (пусто при успехе). User errors; empty on success." })
  userErrors: UserError[];
}

const WebhookSubscriptionUpdatePayload = Payload("WebhookSubscriptionUpdate", "webhookSubscription", WebhookSubscription, "Подписка. The subscription.");

const SUBSCRIPTION = `SELECT id, url, description, active, authority_id, include_subordinate, territory, created_at FROM webhook_subscription`;

function toSubscription(row: Record<string, any>): WebhookSubscription {
  return {
    id: toGlobalId("WebhookSubscription", row.id),
    uuid: row.id,
    url: row.url,
    description: row.description,
    active: row.active,
    filter: { authorityId: row.authority_id ? toGlobalId("Authority", row.authority_id) : null, includeSubordinate: row.include_subordinate, territory: row.territory },
    createdAt: row.created_at,
  };
}

function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new DomainError("INVALID", "Некорректный адрес: ожидается URL вида https://портал.example/hooks", ["input", "url"]);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new DomainError("INVALID", "Адрес должен начинаться с https:// или http://", ["input", "url"]);
  return parsed.toString();
}

/** A subscriber's URL must not lead into the registry's internal network (SSRF); see address-guard. */
async function checkTarget(url: string): Promise<string> {
  const problem = await webhookTargetProblem(new URL(url));
  if (problem) throw new DomainError("INVALID", problem, ["input", "url"]);
  return url;
}

@Resolver(() => WebhookSubscription)
export class WebhookResolver {
  @Query(() => [WebhookSubscription], { description: "Подписки на уведомления (ADMIN). Webhook subscriptions." })
  async webhookSubscriptions(@Ctx() ctx: Context): Promise<WebhookSubscription[]> {
    ctx.viewer.require(Role.ADMIN);
    return (await ctx.services.feed.dataSource.query(`${SUBSCRIPTION} ORDER BY created_at`)).map(toSubscription);
  }

  @Mutation(() => WebhookSubscriptionCreatePayload, {
    description:
      "Зарегистрировать подписчика (ADMIN): события ленты, подходящие под фильтр, доставляются POST-запросами с подписью HMAC-SHA256 (Standard Webhooks). Register a webhook subscriber.",
  })
  async webhookSubscriptionCreate(@Arg("input", () => WebhookSubscriptionInput, { description: "Данные. Input." }) input: WebhookSubscriptionInput, @Ctx() ctx: Context) {
    ctx.viewer.require(Role.ADMIN);
    requireFields({ url: input.url }, ["input"]);
    const url = await checkTarget(checkUrl(input.url!));
    const authorityId = await this.authority(ctx, input.filter?.authorityId);
    const secret = input.secret ?? `whsec_${randomBytes(32).toString("base64")}`;
    const [row] = await ctx.services.feed.dataSource.query(
      `INSERT INTO webhook_subscription (url, secret, description, authority_id, include_subordinate, territory, active, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, url, description, active, authority_id, include_subordinate, territory, created_at`,
      [url, secret, input.description?.trim() || null, authorityId, input.filter?.includeSubordinate ?? false, input.filter?.territory ?? null, input.active ?? true, ctx.viewer.name],
    );
    return { webhookSubscription: toSubscription(row), secret: input.secret ? null : secret, userErrors: [] };
  }

  @Mutation(() => WebhookSubscriptionUpdatePayload, { description: "Изменить подписку (ADMIN; частично). Update a subscription." })
  async webhookSubscriptionUpdate(
    @Arg("id", () => ID, { description: "Подписка. Subscription." }) id: string,
    @Arg("input", () => WebhookSubscriptionInput, { description: "Данные. Input." }) input: WebhookSubscriptionInput,
    @Ctx() ctx: Context,
  ) {
    ctx.viewer.require(Role.ADMIN);
    const uuid = decodeId("WebhookSubscription", id, ["id"]);
    const sets: string[] = [];
    const values: unknown[] = [uuid];
    const set = (column: string, value: unknown) => {
      values.push(value);
      sets.push(`${column} = $${values.length}`);
    };
    if (input.url !== undefined) set("url", await checkTarget(checkUrl(input.url ?? "")));
    if (input.secret != null) set("secret", input.secret);
    if (input.description !== undefined) set("description", input.description?.trim() || null);
    if (input.active != null) set("active", input.active);
    if (input.filter !== undefined) {
      set("authority_id", await this.authority(ctx, input.filter?.authorityId));
      set("include_subordinate", input.filter?.includeSubordinate ?? false);
      set("territory", input.filter?.territory ?? null);
    }
    const rows = await ctx.services.feed.dataSource.query(
      sets.length ? `UPDATE webhook_subscription SET ${sets.join(", ")} WHERE id = $1 RETURNING *` : `${SUBSCRIPTION} WHERE id = $1`,
      values,
    );
    const row = sets.length ? rows[0]?.[0] : rows[0];
    if (!row) throw new DomainError("NOT_FOUND", "Подписка не найдена", ["id"]);
    return ok("webhookSubscription", toSubscription(row));
  }

  @FieldResolver(() => [WebhookDelivery], { description: "Доставки, новые первыми (ADMIN). Deliveries, newest first." })
  async deliveries(
    @Root() subscription: WebhookSubscription,
    @Arg("first", () => Int, { defaultValue: 20, description: "Сколько (1..100). How many." }) first: number,
    @Arg("status", () => WebhookDeliveryStatus, { nullable: true, description: "Только в этом состоянии. Only this status." }) status: WebhookDeliveryStatus | null,
    @Ctx() ctx: Context,
  ): Promise<WebhookDelivery[]> {
    ctx.viewer.require(Role.ADMIN);
    if (first < 1 || first > 100) throw new DomainError("OUT_OF_RANGE", "first: число записей на странице — от 1 до 100", ["first"]);
    const rows = await ctx.services.feed.dataSource.query(
      `SELECT d.id AS delivery_id, d.status, d.attempts, d.last_attempt_at, d.last_status, d.last_error, d.delivered_at,
              e.seq::text AS seq, e.id, e.kind, e.occurred_at AS "occurredAt", e.service_id AS "serviceId", e.version_id AS "versionId",
              e.authority_id AS "authorityId", e.oktmo, e.previous_authority_id AS "previousAuthorityId", e.previous_oktmo AS "previousOktmo", e.data,
              coalesce((SELECT json_agg(json_build_object('attemptedAt', a.attempted_at, 'httpStatus', a.http_status, 'error', a.error, 'durationMs', a.duration_ms) ORDER BY a.id)
                          FROM webhook_attempt a WHERE a.delivery_id = d.id), '[]') AS attempt_log
         FROM webhook_delivery d JOIN change_event e ON e.id = d.event_id
        WHERE d.subscription_id = $1 ${status ? "AND d.status = $3" : ""}
        ORDER BY e.seq DESC NULLS FIRST LIMIT $2`,
      status ? [subscription.uuid, first, status] : [subscription.uuid, first],
    );
    return rows.map((r: any) => ({
      id: r.delivery_id,
      event: toChangeEvent(r),
      status: r.status,
      attempts: r.attempts,
      lastAttemptAt: r.last_attempt_at,
      lastStatus: r.last_status,
      lastError: r.last_error,
      deliveredAt: r.delivered_at,
      attemptLog: r.attempt_log.map((a: any) => ({ ...a, attemptedAt: new Date(a.attemptedAt) })),
    }));
  }

  private async authority(ctx: Context, globalId: string | null | undefined): Promise<string | null> {
    if (!globalId) return null;
    const id = decodeId("Authority", globalId, ["input", "filter", "authorityId"]);
    if (!(await ctx.loaders.authorityById.load(id))) throw new DomainError("NOT_FOUND", "Орган власти не найден", ["input", "filter", "authorityId"]);
    return id;
  }
}
