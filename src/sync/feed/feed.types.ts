import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { LocalDateResolver } from "../../shared/scalars/dates";
import { IsOptional, Matches, Max, Min, ValidateNested } from "class-validator";
import { describeEnum } from "../../shared/enum";
import { toGlobalId } from "../../shared/relay/global-id";
import { ChangeEventKind, encodeFeedCursor, MAX_FEED_PAGE, type ChangeEventRow } from "./events";

describeEnum(ChangeEventKind, "ChangeEventKind", "Вид события ленты изменений. Kind of a change-feed event.", {
  SERVICE_CREATED: "Услуга появилась в открытом реестре (первая публикация её стандарта). The service entered the public registry.",
  SERVICE_RENAMED: "Услуга переименована публикацией новой версии. The service was renamed by a publication.",
  SERVICE_MOVED: "Услуга передана другому органу власти. The service moved to another authority.",
  VERSION_PUBLISHED: "Опубликована версия, действующая с сегодняшней или прошедшей даты. A version published in force from today or earlier.",
  VERSION_SCHEDULED: "Опубликована версия, вступающая в силу в будущем. A version published to take effect on a future date.",
  VERSION_IN_FORCE: "Наступила дата вступления в силу запланированной версии. A scheduled version came into force.",
  VERSION_WITHDRAWN: "Версия отозвана (надгробие: больше не действует или не вступит в силу). A version withdrawn (tombstone).",
});

/** One event as portals read it: the same fields in GraphQL, NDJSON and webhook bodies. */
@ObjectType({ description: "Событие ленты изменений: что изменилось в открытом реестре. A change-feed event." })
export class ChangeEvent {
  @Field(() => ID, { description: "Идентификатор события (ключ идемпотентности). Event id (idempotency key)." })
  id: string;

  @Field({ description: "Курсор: позиция события в ленте (передаётся в after). Position in the feed, for `after`." })
  cursor: string;

  @Field(() => ChangeEventKind, { description: "Вид события. Kind." })
  kind: ChangeEventKind;

  @Field({ description: "Когда произошло (для VERSION_IN_FORCE — начало дня вступления в силу). When it happened." })
  occurredAt: Date;

  @Field(() => ID, { description: "Услуга. Service id." })
  serviceId: string;

  @Field({ description: "Реестровый номер услуги. Registry number." })
  registryNumber: string;

  @Field({ description: "Наименование услуги на момент события. Service name at the time." })
  serviceName: string;

  @Field(() => String, { nullable: true, description: "Прежнее наименование (SERVICE_RENAMED). Previous name." })
  previousServiceName: string | null;

  @Field(() => ID, { description: "Орган, предоставляющий услугу, на момент события. Authority at the time." })
  authorityId: string;

  @Field(() => String, { nullable: true, description: "ОКТМО этого органа. Its OKTMO." })
  oktmo: string | null;

  @Field(() => ID, { nullable: true, description: "Прежний орган (SERVICE_MOVED). Previous authority." })
  previousAuthorityId: string | null;

  @Field(() => String, { nullable: true, description: "ОКТМО прежнего органа. Its OKTMO." })
  previousOktmo: string | null;

  @Field(() => ID, { nullable: true, description: "Версия стандарта (события VERSION_*). Version id." })
  versionId: string | null;

  @Field(() => Int, { nullable: true, description: "Номер версии. Version number." })
  versionNumber: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Дата вступления версии в силу. Effective from." })
  effectiveFrom: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Дата окончания действия версии (исключая). Effective to (exclusive)." })
  effectiveTo: string | null;

  @Field(() => String, { nullable: true, description: "SHA-256 содержания версии. Content hash." })
  contentHash: string | null;

  @Field(() => ID, { nullable: true, description: "Версия, действующая сегодня после события (null — никакая). The version in force today after the event." })
  inForceVersionId: string | null;

  @Field(() => String, { nullable: true, description: "Причина отзыва (VERSION_WITHDRAWN). Withdrawal reason." })
  withdrawalReason: string | null;

  @Field(() => ID, { nullable: true, description: "Версия, восстановленная отзывом запланированной (VERSION_WITHDRAWN). Reinstated version." })
  reinstatedVersionId: string | null;
}

const ver = (id: string | null | undefined) => (id ? toGlobalId("StandardVersion", id) : null);
const auth = (id: string | null | undefined) => (id ? toGlobalId("Authority", id) : null);

/** The stored row as the public event (global ids, opaque cursor). */
export function toChangeEvent(row: ChangeEventRow): ChangeEvent {
  const d = row.data;
  return {
    id: row.id,
    cursor: encodeFeedCursor(row.seq),
    kind: row.kind,
    occurredAt: new Date(row.occurredAt),
    serviceId: toGlobalId("Service", row.serviceId),
    registryNumber: d.registryNumber,
    serviceName: d.name,
    previousServiceName: d.previousName ?? null,
    authorityId: auth(row.authorityId)!,
    oktmo: row.oktmo,
    previousAuthorityId: auth(row.previousAuthorityId),
    previousOktmo: row.previousOktmo,
    versionId: ver(row.versionId),
    versionNumber: d.version?.number ?? null,
    effectiveFrom: d.version?.effectiveFrom ?? null,
    effectiveTo: d.version?.effectiveTo ?? null,
    contentHash: d.version?.contentHash ?? null,
    inForceVersionId: ver(d.inForceVersionId),
    withdrawalReason: d.withdrawalReason ?? null,
    reinstatedVersionId: ver(d.reinstatedVersionId),
  };
}

@ObjectType({ description: "Страница ленты изменений. A page of the change feed." })
export class ChangeFeedPage {
  @Field(() => [ChangeEvent], { description: "События в порядке фиксации транзакций. Events in commit order." })
  events: ChangeEvent[];

  @Field({ description: "Курсор для следующего запроса (сохраните его; никогда не пропускает и не повторяет событий). Cursor to continue from." })
  endCursor: string;

  @Field({ description: "Есть ещё события сразу после этой страницы. More events follow at once." })
  hasMore: boolean;
}

@InputType({ description: "Фильтр ленты изменений. Change-feed filter." })
export class ChangeFilter {
  @Field(() => ID, { nullable: true, description: "Орган власти (событие передачи услуги относится к обоим органам). Authority." })
  authorityId?: string | null;

  @Field({ nullable: true, description: "Включая подчинённые органы. Include subordinate authorities." })
  includeSubordinate?: boolean;

  @Field(() => String, { nullable: true, description: "Территория: код ОКТМО органа или его начало. Territory (OKTMO prefix)." })
  @IsOptional()
  @Matches(/^\d{2,11}$/, { message: "Территория задаётся кодом ОКТМО или его началом: от 2 до 11 цифр" })
  territory?: string | null;
}

@ArgsType()
export class ChangesArgs {
  @Field(() => String, { nullable: true, description: "Курсор, после которого читать (пусто — с начала ленты). Cursor to read after." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Сколько событий (1..${MAX_FEED_PAGE}, по умолчанию 100). Page size.` })
  @IsOptional()
  @Min(1, { message: "first должно быть не меньше 1" })
  @Max(MAX_FEED_PAGE, { message: `first не может превышать ${MAX_FEED_PAGE}` })
  first?: number | null;

  @Field(() => ChangeFilter, { nullable: true, description: "Фильтр. Filter." })
  @IsOptional()
  @ValidateNested()
  filter?: ChangeFilter | null;
}
