import fs from "node:fs";
import path from "node:path";
import { startHarness, type Harness } from "../support/harness";
import { expectNoErrors } from "../support/factories";
import { isoDate, publishedService } from "../support/standards";
import { loadCalendar, parseCalendarXml } from "../../src/sync/calendar/calendar";
import { expectedResultDate, resolveTerms } from "../../src/sync/calendar/expected-date";
import { Channel, TermStart, TermUnit } from "../../src/standards/content/enums";
import { Viewer } from "../../src/auth/viewer";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const term = (value: number, unit: TermUnit, startEvent = TermStart.REQUEST_REGISTRATION) => ({ value, unit, startEvent });

/**
 * Hand-computed on the production calendar shipped in data/production-calendar/ru
 * (loaded by the migration). "d1" is the first day counted (art. 191: the day after).
 */
const CASES: {
  name: string;
  submittedOn: string;
  term: ReturnType<typeof term>;
  registration?: { sameDay?: boolean; term?: ReturnType<typeof term> };
  registeredOn: string;
  expected: string;
  basis?: "CALENDAR" | "WEEKENDS_ONLY";
}[] = [
  {
    // Fri 27.12.2024; d1 Sat 28.12 (working Saturday); 29–31.12 and 1–8.01 off; d2 Thu 09.01, d3 Fri 10.01, d4 Mon 13.01, d5 Tue 14.01
    name: "New Year 2025: a working Saturday counts, the moved days off 30–31 December do not",
    submittedOn: "2024-12-27",
    term: term(5, TermUnit.WORKING_DAYS),
    registration: { sameDay: true },
    registeredOn: "2024-12-27",
    expected: "2025-01-14",
  },
  {
    // Tue 30.12.2025 + 10 calendar days = Fri 09.01.2026, a day off moved from 03.01; Sat, Sun → Mon 12.01 (art. 193)
    name: "New Year 2026: ten calendar days ending on the moved day off 9 January end on Monday 12 January",
    submittedOn: "2025-12-30",
    term: term(10, TermUnit.CALENDAR_DAYS),
    registration: { sameDay: true },
    registeredOn: "2025-12-30",
    expected: "2026-01-12",
  },
  {
    // Mon 05.01.2026 is a holiday: registered on the first working day, Mon 12.01; d1 13.01, d2 14.01, d3 Thu 15.01
    name: "a request received during the New Year holidays is registered on 12 January 2026",
    submittedOn: "2026-01-05",
    term: term(3, TermUnit.WORKING_DAYS),
    registration: { sameDay: true },
    registeredOn: "2026-01-12",
    expected: "2026-01-15",
  },
  {
    // Thu 30.04.2026 (shortened, working); 01.05 holiday, 02–03 weekend; d1 Mon 04.05, d2 05.05, d3 Wed 06.05
    name: "May 2026: three working days across 1 May",
    submittedOn: "2026-04-30",
    term: term(3, TermUnit.WORKING_DAYS),
    registration: { sameDay: true },
    registeredOn: "2026-04-30",
    expected: "2026-05-06",
  },
  {
    // Wed 06.05.2026; d1 Thu 07.05, d2 Fri 08.05 (shortened, working); 09.05 holiday, 10.05 Sun, 11.05 moved day off; d3 Tue 12.05, d4 13.05, d5 Thu 14.05
    name: "May 2026: Victory Day and the day off moved to Monday 11 May",
    submittedOn: "2026-05-06",
    term: term(5, TermUnit.WORKING_DAYS),
    registration: { sameDay: true },
    registeredOn: "2026-05-06",
    expected: "2026-05-14",
  },
  {
    // Sat 03.05.2025 via MFC, registration within 1 working day: Sun 04.05 off, Mon 05.05 → registered 05.05.
    // 10 working days: 06.05 d1, 07.05 d2; 08.05 (moved from 23.02) and 09.05 off; 12–16.05 d3–d7; 19.05 d8, 20.05 d9, Wed 21.05 d10
    name: "May 2025: a registration term of one working day, then ten working days over the moved 8 May",
    submittedOn: "2025-05-03",
    term: term(10, TermUnit.WORKING_DAYS),
    registration: { term: term(1, TermUnit.WORKING_DAYS, TermStart.REQUEST_RECEIPT) },
    registeredOn: "2025-05-05",
    expected: "2025-05-21",
  },
  {
    // Fri 31.10.2025 + 1 month: November has no 31st → Sun 30.11 (art. 192), a day off → Mon 01.12 (art. 193)
    name: "a term in months ends on the last day of a shorter month, moved to the next working day",
    submittedOn: "2025-10-31",
    term: term(1, TermUnit.MONTHS),
    registration: { sameDay: true },
    registeredOn: "2025-10-31",
    expected: "2025-12-01",
  },
  {
    // counted from receipt, Fri 06.03.2026: 07.03 Sat, 08.03 holiday, 09.03 moved day off; d1 Tue 10.03, d2 Wed 11.03
    name: "a term counted from receipt over 8 March 2026 and its moved day off",
    submittedOn: "2026-03-06",
    term: term(2, TermUnit.WORKING_DAYS, TermStart.REQUEST_RECEIPT),
    registeredOn: "2026-03-06",
    expected: "2026-03-11",
  },
  {
    // Fri 25.12.2026: d1 28.12, d2 29.12, d3 30.12; 31.12 moved day off; 2027 unknown → weekends only:
    // Fri 01.01.2027 d4 (!), 04–08.01 d5–d9, Mon 11.01 d10
    name: "a date in an unknown year rests on weekends only, and says so",
    submittedOn: "2026-12-25",
    term: term(10, TermUnit.WORKING_DAYS),
    registration: { sameDay: true },
    registeredOn: "2026-12-25",
    expected: "2027-01-11",
    basis: "WEEKENDS_ONLY",
  },
];

describe("expected result date on the production calendar (Civil Code arts. 191–193)", () => {
  it.each(CASES)("$name", async (c) => {
    const calendar = await loadCalendar(h.ds, 2024, 2030);
    const registration = c.registration ? { key: "r", channel: Channel.MFC, sameDay: c.registration.sameDay ?? null, term: c.registration.term ?? null } : null;
    const result = expectedResultDate(c.submittedOn, { term: c.term, registration }, calendar);
    expect({ date: result.date, registeredOn: result.registeredOn, basis: result.basis }).toEqual({
      date: c.expected,
      registeredOn: c.registeredOn,
      basis: c.basis ?? "CALENDAR",
    });
    if (c.basis === "WEEKENDS_ONLY") {
      expect(result.unknownYears).toEqual([2027]);
      expect(result.explanation.join(" ")).toMatch(/2027 г\. не загружен: учтены только выходные дни/);
    }
  });

  it("terms from an event with no known date are not computed, with a reason", async () => {
    const calendar = await loadCalendar(h.ds, 2026, 2027);
    const result = expectedResultDate("2026-03-02", { term: term(5, TermUnit.WORKING_DAYS, TermStart.DECISION), registration: null }, calendar);
    expect(result.date).toBeNull();
    expect(result.explanation.join(" ")).toMatch(/дату вычислить нельзя/);
  });

  it("the variant argument resolves a variant's own term through resolveTerms (and names a missing variant)", () => {
    const content = { term: term(30, TermUnit.CALENDAR_DAYS), variants: [{ key: "v1", term: term(10, TermUnit.WORKING_DAYS) }] } as never;
    expect(resolveTerms(content, null, "v1").term).toEqual(term(10, TermUnit.WORKING_DAYS));
    expect(resolveTerms(content, null, null).term).toEqual(term(30, TermUnit.CALENDAR_DAYS));
    expect(() => resolveTerms(content, null, "nope")).toThrow(/Вариант предоставления услуги/);
  });
});

describe("expectedResultDate through GraphQL, and loading a new year", () => {
  const QUERY = `query($id: ID!, $on: LocalDate!, $ch: Channel) {
    standardVersion(id: $id) { content { term { value unit startEvent } registrationTerms { items { channel sameDay term { value unit } } } }
      expectedResultDate(submittedOn: $on, channel: $ch) { date registeredOn basis unknownYears explanation } } }`;

  it("uses the standard's term and the channel's registration term", async () => {
    const { versionId } = await publishedService(h, { effectiveFrom: isoDate(0) });
    const res = await h.gql(QUERY, { id: versionId, on: "2026-04-30", ch: "EPGU" });
    expectNoErrors(res, "standardVersion");
    const { content, expectedResultDate: expected } = res.data.standardVersion;
    // the golden standard: 5 working days from receipt; via EPGU registered within 1 working day
    expect(content.term).toMatchObject({ value: 5, unit: "WORKING_DAYS", startEvent: "REQUEST_RECEIPT" });
    // Thu 30.04.2026: registration 1 working day later = Mon 04.05 (1.05 holiday, 2–3.05 weekend);
    // from receipt: d1 04.05, d2 05.05, d3 06.05, d4 07.05, d5 Fri 08.05 (shortened, working)
    expect(expected).toMatchObject({ date: "2026-05-08", registeredOn: "2026-05-04", basis: "CALENDAR", unknownYears: [] });
    // in person: registered the same day, the same term from receipt
    const inPerson = await h.gql(QUERY, { id: versionId, on: "2026-04-30", ch: "IN_PERSON" });
    expect(inPerson.data.standardVersion.expectedResultDate).toMatchObject({ date: "2026-05-08", registeredOn: "2026-04-30" });
    const unknownVariant = await h.gql(
      `query($id: ID!) { standardVersion(id: $id) { expectedResultDate(submittedOn: "2026-04-30", variant: "v9") { date } } }`,
      { id: versionId },
    );
    expect(unknownVariant.errors?.[0].message).toMatch(/Вариант предоставления услуги/);
  });

  it("an administrator loads a year; bad XML is refused with a Russian message; others may not", async () => {
    const LOAD = `mutation($xml: String!) { productionCalendarLoad(xml: $xml, source: "тест") { calendarYear { year days } userErrors { code field message } } }`;
    const xml = fs.readFileSync(path.join(__dirname, "..", "..", "data", "production-calendar", "ru", "2026.xml"), "utf8").replace('year="2026"', 'year="2031"');
    expect(parseCalendarXml(xml).days).toHaveLength(22);

    const bad = await h.gql(LOAD, { xml: xml.replace('d="05.11"', 'd="02.30"') });
    expect(bad.data.productionCalendarLoad.userErrors[0]).toMatchObject({ code: "INVALID", field: ["xml"] });
    expect(bad.data.productionCalendarLoad.userErrors[0].message).toMatch(/02\.30 не существует в 2031 году/);
    const anonymous = await h.gql(LOAD, { xml }, Viewer.anonymous());
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");

    const before = expectedResultDate("2031-05-08", { term: term(1, TermUnit.WORKING_DAYS), registration: null }, await loadCalendar(h.ds, 2031, 2031));
    expect(before.basis).toBe("WEEKENDS_ONLY");
    const loaded = await h.gql(LOAD, { xml });
    expectNoErrors(loaded, "productionCalendarLoad");
    expect(loaded.data.productionCalendarLoad.calendarYear).toEqual({ year: 2031, days: 22 });
    // 2031 now has the (copied) 11 May as a day off: Thu 08.05 + 1 working day = Fri 09.05 is a holiday, Mon 12.05
    const after = expectedResultDate("2031-05-08", { term: term(1, TermUnit.WORKING_DAYS), registration: null }, await loadCalendar(h.ds, 2031, 2031));
    expect(after).toMatchObject({ basis: "CALENDAR", date: "2031-05-12" });
    const years = await h.gql(`{ productionCalendarYears { year } }`);
    expect(years.data.productionCalendarYears.map((y: any) => y.year)).toEqual(expect.arrayContaining([2013, 2026, 2031]));
  });
});
