import fs from "node:fs";
import path from "node:path";
import { startHarness, type Harness } from "../support/harness";
import { createAuthority, expectNoErrors } from "../support/factories";
import { completeContent, isoDate, publishedService } from "../support/standards";
import { loadCalendar, parseCalendarXml } from "../../src/sync/calendar/calendar";
import { expectedResultDate, resolveTerms } from "../../src/sync/calendar/expected-date";
import { Channel, TermStart, TermUnit } from "../../src/standards/content/enums";
import { Viewer } from "../../src/auth/viewer";
import { loadSeeds } from "../../src/seeding/load-seeds";
import { goldenStandard } from "../completeness/fixtures";
import { goldenWithVariants } from "../variants/fixtures";

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

  it("resolveTerms reads a variant as the variants model does: its own term and registration terms, else the service's; a standard with variants needs one", () => {
    const content = goldenWithVariants();
    const v1 = content.variants![0]!;
    v1.term = term(20, TermUnit.CALENDAR_DAYS);
    v1.registrationTerms = [{ key: "v1-reg-mfc", channel: Channel.MFC, term: term(3, TermUnit.WORKING_DAYS, TermStart.REQUEST_RECEIPT) }];
    const v2 = content.variants![1]!;
    v2.term = null;
    v2.registrationTerms = null;
    const own = resolveTerms(content, Channel.MFC, v1.key);
    expect(own).toMatchObject({ term: { value: 20, unit: TermUnit.CALENDAR_DAYS }, registration: { channel: Channel.MFC, term: { value: 3 } }, variant: { key: v1.key } });
    // the variant states no registration term for this channel: none (its own list replaces the service's)
    expect(resolveTerms(content, Channel.EPGU, v1.key).registration).toBeNull();
    // nothing of its own: the service-level term and registration terms
    const inherited = resolveTerms(content, Channel.EPGU, v2.key);
    expect(inherited.term).toMatchObject({ value: content.term!.value, unit: content.term!.unit, startEvent: content.term!.startEvent });
    expect(inherited.registration).toEqual(content.registrationTerms!.items!.find((r) => r?.channel === Channel.EPGU));
    expect(() => resolveTerms(content, null, null)).toThrow(/укажите вариант/);
    expect(() => resolveTerms(content, null, "nope")).toThrow(/Вариант предоставления услуги/);
    // a standard without variants is one implicit variant
    const plain = goldenStandard();
    expect(resolveTerms(plain, null, null)).toMatchObject({ term: plain.term, registration: null, variant: null });
  });

  it("one registration term for all channels applies to every channel; a term given for the channel wins", () => {
    const content = goldenStandard();
    const all = { key: "reg-all", allChannels: true, term: term(1, TermUnit.WORKING_DAYS, TermStart.REQUEST_RECEIPT) };
    const mfc = { key: "reg-mfc", channel: Channel.MFC, term: term(3, TermUnit.WORKING_DAYS, TermStart.REQUEST_RECEIPT) };
    content.registrationTerms = { items: [all, mfc] };
    expect(resolveTerms(content, Channel.EPGU, null).registration).toEqual(all);
    expect(resolveTerms(content, Channel.POST, null).registration).toEqual(all);
    expect(resolveTerms(content, Channel.MFC, null).registration).toEqual(mfc);
    content.registrationTerms = { items: [mfc] };
    expect(resolveTerms(content, Channel.EPGU, null).registration).toBeNull();
  });
});

describe("expectedResultDate of a seeded standard with variants (housing subsidies, Decree 1228)", () => {
  const RN = "SEED-1228-ZHKU-SUBSIDY";
  beforeAll(() => loadSeeds(h.ds, h.apollo));

  it("a variant without a term of its own takes the service's 10 working days; the same date in requirements and in a resolved variant", async () => {
    const res = await h.gql(
      `query($rn: String!) { serviceByRegistryNumber(registryNumber: $rn) { draft {
         content { term { value unit startEvent } variants { key term { value } } }
         mfc: expectedResultDate(submittedOn: "2026-04-30", channel: MFC, variant: "v5-renewal-self") { date registeredOn basis explanation }
         inPerson: expectedResultDate(submittedOn: "2026-04-30", channel: IN_PERSON, variant: "v5-renewal-self") { date registeredOn }
         requirements(variantKey: "v5-renewal-self") { term { value unit } expectedResultDate(submittedOn: "2026-04-30", channel: MFC) { date registeredOn basis explanation } }
         variantResolve(resultKey: "res-subsidy", answers: [{ attributeKey: "purpose", valueKey: "purpose-renewal" }, { attributeKey: "who", valueKey: "who-self" }]) {
           status variant { key } requirements { expectedResultDate(submittedOn: "2026-04-30", channel: MFC) { date } }
         }
       } } }`,
      { rn: RN },
    );
    expect(res.errors).toBeUndefined();
    const draft = res.data.serviceByRegistryNumber.draft;
    expect(draft.content.term).toEqual({ value: 10, unit: "WORKING_DAYS", startEvent: "REQUEST_REGISTRATION" });
    expect(draft.content.variants.find((v: any) => v.key === "v5-renewal-self").term).toBeNull();
    // Thu 30.04.2026 at the MFC: registered within 1 working day = Mon 04.05 (1.05 holiday, 2–3.05 weekend);
    // 10 working days from the next day: 05, 06, 07, 08 (shortened) | 09 holiday, 10, 11 (moved day off) | 12, 13, 14, 15, 18, 19.05
    expect(draft.mfc).toMatchObject({ date: "2026-05-19", registeredOn: "2026-05-04", basis: "CALENDAR" });
    expect(draft.mfc.explanation[0]).toMatch(/^Вариант 5 .*срок услуги \(у варианта свой не указан\)/);
    // in person: registered on the day of receipt (30.04, a shortened working day): 04…08, 12…15, 18.05
    expect(draft.inPerson).toEqual({ date: "2026-05-18", registeredOn: "2026-04-30" });
    expect(draft.requirements.expectedResultDate).toEqual(draft.mfc);
    expect(draft.variantResolve).toMatchObject({ status: "RESOLVED", variant: { key: "v5-renewal-self" }, requirements: { expectedResultDate: { date: "2026-05-19" } } });
  });

  it("without a variant a standard with variants is a Russian user error, as for requirements", async () => {
    const res = await h.gql(`query($rn: String!) { serviceByRegistryNumber(registryNumber: $rn) { draft { expectedResultDate(submittedOn: "2026-04-30") { date } } } }`, { rn: RN });
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(/укажите вариант/), extensions: { code: "BAD_USER_INPUT" } });
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
    // a term ending past 9999-12-31 is a Russian user error, not a computation that never ends
    for (const on of ["9999-12-31", "9999-12-29"]) {
      const late = await h.gql(QUERY, { id: versionId, on, ch: "EPGU" });
      expect(late.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([["BAD_USER_INPUT", expect.stringMatching(/за пределами 9999 года/)]]);
    }
  });

  it("a published variant with a term of its own: anonymous requirements answer its date", async () => {
    const authority = await createAuthority(h);
    const content = await completeContent(h, authority.id, () => {
      const c = goldenWithVariants();
      c.variants![0]!.term = term(20, TermUnit.CALENDAR_DAYS, TermStart.REQUEST_RECEIPT);
      return c;
    });
    const { service } = await publishedService(h, { effectiveFrom: isoDate(-1), content, authorityId: authority.id });
    const REQ = `query($s: ID!, $v: ID!) { requirements(serviceId: $s, variantKey: $v) { variant { key } term { value unit } expectedResultDate(submittedOn: "2026-04-30", channel: EPGU) { date registeredOn } } }`;
    const own = await h.gql(REQ, { s: service.id, v: content.variants![0]!.key }, Viewer.anonymous());
    expect(own.errors).toBeUndefined();
    // 20 calendar days from receipt on Thu 30.04.2026: Wed 20.05; registered via EPGU within 1 working day: Mon 04.05
    expect(own.data.requirements).toMatchObject({ term: { value: 20, unit: "CALENDAR_DAYS" }, expectedResultDate: { date: "2026-05-20", registeredOn: "2026-05-04" } });
    // another variant keeps the fixture's 5 working days from receipt: 04, 05, 06, 07, 08.05
    const other = await h.gql(REQ, { s: service.id, v: content.variants![1]!.key }, Viewer.anonymous());
    expect(other.data.requirements).toMatchObject({ term: { value: 5, unit: "WORKING_DAYS" }, expectedResultDate: { date: "2026-05-08" } });
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
