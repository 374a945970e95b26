import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { LocalDateResolver } from "../../shared/scalars/dates";
import type { Context } from "../../context";
import { StandardVersion } from "../../standards/standard-version.entity";
import { Channel } from "../../standards/content/enums";
import { Role } from "../../auth/auth.entities";
import { Payload, ok } from "../../shared/errors/payload";
import { DomainError } from "../../shared/errors/domain-error";
import { describeEnum } from "../../shared/enum";
import { loadCalendar, parseCalendarXml, storeCalendarYear } from "./calendar";
import { expectedResultDate, resolveTerms, termsFor, type DateBasis, type ResolvedTerms } from "./expected-date";
import { VariantRequirements } from "../../variants/variant.types";
import type { Requirements } from "../../variants/requirements";

const Basis = { CALENDAR: "CALENDAR", WEEKENDS_ONLY: "WEEKENDS_ONLY" } as const;
describeEnum(Basis, "DateBasis", "На чём основан расчёт даты. What a computed date rests on.", {
  CALENDAR: "Производственный календарь (праздники, переносы, рабочие субботы). The production calendar.",
  WEEKENDS_ONLY: "Только выходные дни: календарь на год расчёта не загружен. Weekends only: the year is not in the calendar.",
});

@ObjectType({ description: "Ожидаемая дата результата предоставления услуги. Expected date of the result." })
export class ExpectedResultDate {
  @Field(() => LocalDateResolver, { nullable: true, description: "Последний день срока (null — вычислить нельзя; см. explanation). Last day of the term." })
  date: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "День регистрации запроса. Registration day." })
  registeredOn: string | null;

  @Field(() => Basis, { description: "Основание расчёта. Basis." })
  basis: DateBasis;

  @Field(() => [Int], { description: "Годы расчёта, которых нет в производственном календаре. Years missing from the calendar." })
  unknownYears: number[];

  @Field(() => [String], { description: "Как получена дата, по шагам (со ссылками на ст. 191–193 ГК РФ). How it was computed." })
  explanation: string[];
}

@ObjectType({ description: "Год производственного календаря. A year of the production calendar." })
export class ProductionCalendarYear {
  @Field(() => Int, { description: "Год. Year." })
  year: number;

  @Field({ description: "Источник данных. Source." })
  source: string;

  @Field({ description: "Когда загружен. Loaded at." })
  loadedAt: Date;

  @Field(() => Int, { description: "Число особых дней (праздники, переносы, сокращённые и рабочие выходные). Listed days." })
  days: number;
}

const ProductionCalendarLoadPayload = Payload("ProductionCalendarLoad", "calendarYear", ProductionCalendarYear, "Загруженный год. The loaded year.");

async function calendarYears(ctx: Context, year?: number): Promise<ProductionCalendarYear[]> {
  return ctx.services.feed.dataSource.query(
    `SELECT y.year, y.source, y.loaded_at AS "loadedAt",
            (SELECT count(*)::int FROM production_calendar_day d WHERE extract(year FROM d.day) = y.year) AS days
       FROM production_calendar_year y ${year ? "WHERE y.year = $1" : ""} ORDER BY y.year`,
    year ? [year] : [],
  );
}

@Resolver(() => StandardVersion)
export class ExpectedDateResolver {
  @FieldResolver(() => ExpectedResultDate, {
    description:
      "Когда будет готов результат, если запрос подан в этот день этим способом: по сроку услуги, сроку регистрации и производственному календарю (ст. 191–193 ГК РФ). Expected result date for a request submitted on a date.",
  })
  async expectedResultDate(
    @Root() version: StandardVersion,
    @Arg("submittedOn", () => LocalDateResolver, { description: "День подачи запроса. Submission day." }) submittedOn: string,
    @Arg("channel", () => Channel, { nullable: true, description: "Способ подачи (для срока регистрации). Submission channel." }) channel: Channel | null,
    @Arg("variant", () => ID, { nullable: true, description: "Ключ варианта предоставления услуги (постановление № 1228). Variant key." }) variant: string | null,
    @Ctx() ctx: Context,
  ): Promise<ExpectedResultDate> {
    return computeExpectedDate(ctx, submittedOn, resolveTerms(await ctx.services.history.content(version), channel, variant));
  }
}

@Resolver(() => VariantRequirements)
export class RequirementsExpectedDateResolver {
  @FieldResolver(() => ExpectedResultDate, {
    description:
      "Когда будет готов результат для заявителя этого варианта, если запрос подан в этот день этим способом (срок и сроки регистрации варианта, производственный календарь, ст. 191–193 ГК РФ). Expected result date for this variant.",
  })
  async expectedResultDate(
    @Root() requirements: Requirements,
    @Arg("submittedOn", () => LocalDateResolver, { description: "День подачи запроса. Submission day." }) submittedOn: string,
    @Arg("channel", () => Channel, { nullable: true, description: "Способ подачи (для срока регистрации). Submission channel." }) channel: Channel | null,
    @Ctx() ctx: Context,
  ): Promise<ExpectedResultDate> {
    return computeExpectedDate(ctx, submittedOn, termsFor(requirements.term, requirements.registrationTerms, channel, requirements.variant));
  }
}

async function computeExpectedDate(ctx: Context, submittedOn: string, terms: ResolvedTerms): Promise<ExpectedResultDate> {
  const year = Number(submittedOn.slice(0, 4));
  // the longest terms in practice are a few months; five years is a generous horizon
  const calendar = await loadCalendar(ctx.services.feed.dataSource, year, year + 5);
  return expectedResultDate(submittedOn, terms, calendar);
}

@Resolver()
export class ProductionCalendarResolver {
  @Query(() => [ProductionCalendarYear], { description: "Годы, загруженные в производственный календарь. Years in the production calendar." })
  productionCalendarYears(@Ctx() ctx: Context) {
    return calendarYears(ctx);
  }

  @Mutation(() => ProductionCalendarLoadPayload, {
    description:
      "Загрузить (заменить) год производственного календаря в формате xmlcalendar (ADMIN): постановление Правительства о переносе выходных публикуется осенью. Load a year of the production calendar.",
  })
  async productionCalendarLoad(
    @Arg("xml", { description: "Файл года в формате xmlcalendar (<calendar year=…><days><day d=\"MM.DD\" t=\"1|2|3\"/>…). The year's XML." }) xml: string,
    @Arg("source", () => String, { nullable: true, description: "Источник (например, реквизиты постановления). Source." }) source: string | null,
    @Ctx() ctx: Context,
  ) {
    ctx.viewer.require(Role.ADMIN);
    if (xml.length > 200_000) throw new DomainError("TOO_LONG", "Файл календаря не должен превышать 200 000 символов", ["xml"]);
    const calendar = parseCalendarXml(xml);
    await ctx.services.feed.dataSource.transaction((em) =>
      storeCalendarYear(em, calendar, source?.trim().slice(0, 500) || "загружен администратором", ctx.viewer.name),
    );
    return ok("calendarYear", (await calendarYears(ctx, calendar.year))[0]);
  }
}
