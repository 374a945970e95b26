import { evaluate } from "../../src/completeness/evaluate";
import { StandardElement as E } from "../../src/completeness/elements";
import { RULE_BY_CODE, VARIANT_RULES } from "../../src/completeness/rules";
import { Severity, type CompletenessIssue } from "../../src/completeness/types";
import { StandardKind } from "../../src/services/service.entity";
import { Channel, TermStart, TermUnit } from "../../src/standards/content/enums";
import { ctxFor, goldenStandard } from "../completeness/fixtures";
import { goldenWithVariants, variant } from "./fixtures";

/*
 * Every rule of variants (Decree 1228) both ways on the golden standard with variants: a
 * damaged copy that triggers it (rule, element, severity, path by keys) and a near miss that
 * does not. Then the per-element rules on each variant's own values.
 */

const { ERROR, WARNING } = Severity;
const { REGULAR, UNIFIED } = StandardKind;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Damage = (c: any) => void;

interface Case {
  rule: string;
  name?: string;
  profile?: StandardKind;
  trigger: Damage;
  expect: { element: E; severity: Severity; path: string[]; message?: RegExp };
  pass?: Damage;
}

function run(damage?: Damage, profile: StandardKind = UNIFIED) {
  const content = goldenWithVariants();
  damage?.(content);
  return evaluate(content, ctxFor(profile));
}
const issuesOf = (rule: string, damage?: Damage, profile?: StandardKind): CompletenessIssue[] => run(damage, profile).issues.filter((i) => i.rule === rule);

const attr = (c: any, key: string) => c.profiling.attributes.find((a: any) => a.key === key);

const CASES: Case[] = [
  {
    rule: "PROFILING_ATTRIBUTE_VALUES_MISSING",
    trigger: (c) => (attr(c, "category").values = []),
    expect: { element: E.ART14_1_3, severity: ERROR, path: ["profiling", "attributes", "category", "values"], message: /Категория застройщика/ },
    pass: (c) => attr(c, "category").values.splice(1, 1),
  },
  {
    rule: "PROFILING_ATTRIBUTE_VALUES_MISSING",
    name: "a value without wording",
    trigger: (c) => (attr(c, "who").values[1].name = " "),
    expect: { element: E.ART14_1_3, severity: ERROR, path: ["profiling", "attributes", "who", "values", "who-rep", "name"] },
  },
  {
    rule: "PROFILING_VALUE_KEY_AMBIGUOUS",
    trigger: (c) => attr(c, "category").values.push({ key: "who-rep", name: "Иное" }),
    expect: { element: E.ART14_1_3, severity: ERROR, path: ["profiling", "attributes", "category", "values", "who-rep", "key"] },
    pass: (c) => attr(c, "category").values.push({ key: "cat-other", name: "Иное" }),
  },
  {
    rule: "PROFILING_PROCEDURE_NOT_STATED",
    trigger: (c) => (c.profiling.places = []),
    expect: { element: E.ART14_1_3, severity: WARNING, path: ["profiling", "places"] },
    pass: (c) => (c.profiling.places = [Channel.EPGU]),
  },
  {
    rule: "VARIANT_IDENTITY_MISSING",
    trigger: (c) => (variant(c, "v-self-legal").number = 1),
    expect: { element: E.ART14_1_3, severity: ERROR, path: ["variants", "v-self-legal", "number"], message: /Номер 1 уже у варианта/ },
    pass: (c) => (variant(c, "v-self-legal").number = 7),
  },
  {
    rule: "VARIANT_IDENTITY_MISSING",
    name: "a variant without a name",
    trigger: (c) => (variant(c, "v-typo").name = ""),
    expect: { element: E.ART14_1_3, severity: ERROR, path: ["variants", "v-typo", "name"] },
  },
  {
    rule: "VARIANT_RESULT_MISSING",
    trigger: (c) => (variant(c, "v-duplicate").resultKey = "result-nowhere"),
    expect: { element: E.ART14_1_3, severity: ERROR, path: ["variants", "v-duplicate", "resultKey"], message: /нет в перечне результатов/ },
    pass: (c) => (variant(c, "v-duplicate").resultKey = "result-corrected"),
  },
  {
    rule: "RESULT_WITHOUT_VARIANT",
    trigger: (c) => (variant(c, "v-duplicate").resultKey = "result-corrected"),
    expect: { element: E.ART14_1_3, severity: ERROR, path: ["results", "items", "result-duplicate"], message: /Дубликат разрешения/ },
    pass: (c) => {
      variant(c, "v-duplicate").resultKey = "result-corrected";
      c.results.items.find((r: any) => r.key === "result-duplicate").positive = false;
    },
  },
  {
    rule: "VARIANT_COMBINATION_UNKNOWN_VALUE",
    trigger: (c) => variant(c, "v-representative").combinations[0].valueKeys.push("who-ghost"),
    expect: { element: E.ART14_1_3, severity: ERROR, path: ["variants", "v-representative", "combinations", "v-representative-row-1", "valueKeys"], message: /«who-ghost»/ },
    pass: (c) => variant(c, "v-representative").combinations[0].valueKeys.push("cat-individual", "cat-legal"),
  },
  {
    rule: "VARIANT_COMBINATIONS_OVERLAP",
    trigger: (c) => (variant(c, "v-self-legal").combinations[0].valueKeys = ["who-self"]),
    expect: {
      element: E.ART14_1_3,
      severity: ERROR,
      path: ["variants", "v-self-legal", "combinations", "v-self-legal-row-1"],
      message: /Вариант 2 .* и вариант 1 .* при значениях признаков: Кто обращается за услугой: Заявитель обращается самостоятельно; Категория застройщика: Физическое лицо/,
    },
    // the same values in two rows of one variant lead to one variant
    pass: (c) => variant(c, "v-self-legal").combinations.push({ key: "extra", valueKeys: ["who-self", "cat-legal"] }),
  },
  {
    rule: "VARIANT_COMBINATIONS_OVERLAP",
    name: "two variants of one result without combinations",
    trigger: (c) => (variant(c, "v-duplicate").resultKey = "result-corrected"),
    expect: { element: E.ART14_1_3, severity: ERROR, path: ["variants", "v-duplicate"] },
  },
  {
    rule: "VARIANT_COMBINATIONS_INCOMPLETE",
    trigger: (c) => attr(c, "category").values.push({ key: "cat-state", name: "Государственный заказчик" }),
    expect: { element: E.ART14_1_3, severity: ERROR, path: ["results", "items", "result-permit"], message: /«Кто обращается за услугой: Заявитель обращается самостоятельно; Категория застройщика: Государственный заказчик»/ },
    pass: (c) => {
      attr(c, "category").values.push({ key: "cat-state", name: "Государственный заказчик" });
      variant(c, "v-self-legal").combinations[0].valueKeys.push("cat-state");
    },
  },
  {
    rule: "VARIANT_COMBINATIONS_INCOMPLETE",
    name: "an inadmissible combination is not a gap",
    trigger: (c) => attr(c, "category").values.push({ key: "cat-state", name: "Государственный заказчик" }),
    expect: { element: E.ART14_1_3, severity: ERROR, path: ["results", "items", "result-permit"] },
    pass: (c) => {
      attr(c, "category").values.push({ key: "cat-state", name: "Государственный заказчик" });
      c.profiling.excludedCombinations = [{ key: "no-state", valueKeys: ["cat-state"], note: "Государственный заказчик за этой услугой не обращается (тест)" }];
    },
  },
  {
    rule: "VARIANT_COMBINATION_UNKNOWN_VALUE",
    name: "an inadmissible combination naming an unknown value",
    trigger: (c) => (c.profiling.excludedCombinations = [{ key: "bad", valueKeys: ["who-ghost"] }]),
    expect: { element: E.ART14_1_3, severity: ERROR, path: ["profiling", "excludedCombinations", "bad", "valueKeys"] },
    pass: (c) => (c.profiling.excludedCombinations = [{ key: "fine", valueKeys: ["who-rep", "cat-legal"] }]),
  },
  {
    rule: "VARIANT_COMBINATIONS_TOO_MANY",
    trigger: (c) => {
      for (let a = 0; a < 6; a++) {
        c.profiling.attributes.push({ key: `big-${a}`, name: `Признак ${a}`, values: Array.from({ length: 8 }, (_, i) => ({ key: `big-${a}-${i}`, name: `Значение ${i}` })) });
        variant(c, "v-representative").combinations.push({ key: `big-row-${a}`, valueKeys: ["who-rep", `big-${a}-0`] });
      }
    },
    expect: { element: E.ART14_1_3, severity: WARNING, path: ["results", "items", "result-permit"], message: /«Разрешение на строительство» дают 1\s048\s576 сочетаний/ },
    pass: (c) => {
      c.profiling.attributes.push({ key: "big", name: "Признак", values: Array.from({ length: 8 }, (_, i) => ({ key: `big-${i}`, name: `Значение ${i}` })) });
      variant(c, "v-representative").combinations[0].valueKeys.push(...Array.from({ length: 8 }, (_, i) => `big-${i}`));
    },
  },
  {
    rule: "VARIANT_SELECTION_UNKNOWN",
    trigger: (c) => (variant(c, "v-self-individual").documents.items[2].documentKey = "doc-passport-of-the-moon"),
    expect: { element: E.ART14_1_6, severity: ERROR, path: ["variants", "v-self-individual", "documents", "items", "v-self-individual-doc-project", "documentKey"] },
    pass: (c) => (variant(c, "v-self-individual").documents.items[2].documentKey = "doc-power-of-attorney"),
  },
  {
    rule: "VARIANT_SELECTION_UNKNOWN",
    name: "a ground the service list lacks",
    trigger: (c) => variant(c, "v-representative").refusalGrounds.groundKeys.push("typo-rg-none-found"),
    expect: { element: E.ART14_1_8, severity: ERROR, path: ["variants", "v-representative", "refusalGrounds", "groundKeys", "typo-rg-none-found"] },
  },
  {
    rule: "VARIANT_SELECTION_UNKNOWN",
    name: "an auxiliary variant selects from its own list of refusal grounds",
    trigger: (c) => (variant(c, "v-typo").refusalGrounds.groundKeys = ["rg-gpzu"]),
    expect: { element: E.ART14_2_5, severity: ERROR, path: ["variants", "v-typo", "refusalGrounds", "groundKeys", "rg-gpzu"] },
  },
  {
    rule: "VARIANT_SELECTION_UNKNOWN",
    name: "a document selected twice",
    trigger: (c) => variant(c, "v-typo").documents.items.push({ key: "again", documentKey: "doc-identity" }),
    expect: { element: E.ART14_1_6, severity: ERROR, path: ["variants", "v-typo", "documents", "items", "again", "documentKey"], message: /выбран дважды/ },
  },
  {
    rule: "VARIANT_SELECTION_UNKNOWN",
    name: "a fee and an applicant category the service lacks",
    trigger: (c) => (variant(c, "v-typo").fee = { feeKeys: ["fee-ghost"] }),
    expect: { element: E.ART14_1_9, severity: ERROR, path: ["variants", "v-typo", "fee", "feeKeys", "fee-ghost"] },
  },
  {
    rule: "VARIANT_SELECTION_UNKNOWN",
    name: "an applicant category the service lacks",
    trigger: (c) => (variant(c, "v-typo").applicantCategoryKeys = ["applicant-developer", "applicant-ghost"]),
    expect: { element: E.ART14_2_1, severity: ERROR, path: ["variants", "v-typo", "applicantCategoryKeys", "applicant-ghost"] },
  },
  {
    rule: "SERVICE_ITEM_UNUSED_BY_VARIANTS",
    trigger: (c) => {
      for (const key of ["v-self-individual", "v-self-legal", "v-representative"]) variant(c, key).documents.items = variant(c, key).documents.items.filter((d: any) => d.documentKey !== "doc-expertise");
    },
    expect: { element: E.ART14_1_6, severity: WARNING, path: ["documents", "interagencyDocuments", "items", "doc-expertise"] },
    // a variant that selects no documents takes the whole list
    pass: (c) => {
      for (const key of ["v-self-individual", "v-self-legal"]) variant(c, key).documents.items = variant(c, key).documents.items.filter((d: any) => d.documentKey !== "doc-expertise");
      variant(c, "v-representative").documents = null;
    },
  },
  {
    rule: "SERVICE_ITEM_UNUSED_BY_VARIANTS",
    name: "a refusal ground no main variant selects",
    trigger: (c) => {
      for (const key of ["v-self-individual", "v-self-legal", "v-representative"]) variant(c, key).refusalGrounds.groundKeys.pop();
    },
    expect: { element: E.ART14_1_8, severity: WARNING, path: ["suspensionAndRefusal", "refusalGrounds", "items", "rg-permitted-use"] },
  },
  {
    rule: "VARIANT_CHANNEL_NOT_LISTED",
    trigger: (c) => variant(c, "v-self-legal").submissionChannels.push(Channel.POST),
    expect: { element: E.ART14_2_2, severity: ERROR, path: ["variants", "v-self-legal", "submissionChannels", "POST"] },
    pass: (c) => variant(c, "v-self-legal").submissionChannels.pop(),
  },
  {
    rule: "VARIANT_CHANNEL_NOT_LISTED",
    name: "a delivery channel, in a regular standard (part 2: a warning)",
    profile: REGULAR,
    trigger: (c) => variant(c, "v-self-legal").resultDelivery.channels.push(Channel.POST),
    expect: { element: E.ART14_2_9, severity: WARNING, path: ["variants", "v-self-legal", "resultDelivery", "channels", "POST"] },
  },
  {
    rule: "VARIANT_TERM_EXCEEDS_SERVICE_TERM",
    trigger: (c) => (variant(c, "v-self-legal").term.value = 7),
    expect: { element: E.ART14_1_4, severity: WARNING, path: ["variants", "v-self-legal", "term", "value"], message: /7 рабочих дней\) больше срока предоставления услуги \(5 рабочих дней/ },
    // another start event: not comparable
    pass: (c) => Object.assign(variant(c, "v-self-legal").term, { value: 7, startEvent: TermStart.DAY_AFTER_REGISTRATION }),
  },
  {
    rule: "VARIANT_PROCEDURE_OMISSION_REASON_MISSING",
    trigger: (c) => (variant(c, "v-self-legal").procedures[2].omittedReason = null),
    expect: { element: E.ART14_1_3, severity: ERROR, path: ["variants", "v-self-legal", "procedures", "v-self-legal-p-suspension", "omittedReason"], message: /приостановление/ },
    pass: (c) => Object.assign(variant(c, "v-self-legal").procedures[2], { omittedReason: null, included: true }),
  },
  {
    rule: "VARIANT_AUXILIARY_KIND_MISSING",
    trigger: (c) => (c.variants = c.variants.filter((v: any) => v.key !== "v-duplicate")),
    expect: { element: E.ART14_2_6, severity: ERROR, path: ["variants"], message: /выдачи дубликата/ },
    pass: (c) => {
      c.variants = c.variants.filter((v: any) => v.key !== "v-duplicate");
      c.results.items = c.results.items.filter((r: any) => r.key !== "result-duplicate");
      c.duplicateIssue = { notApplicable: true, legalBases: [{ key: "na", actId: "act-210fz", article: "14" }] };
    },
  },
  {
    rule: "VARIANT_REPRESENTATIVE_DOCUMENT_MISSING",
    trigger: (c) => {
      c.applicants.representativeAllowed = false;
      variant(c, "v-representative").representativeAllowed = null;
      variant(c, "v-representative").documents.items = variant(c, "v-representative").documents.items.filter((d: any) => d.documentKey !== "doc-power-of-attorney");
    },
    expect: { element: E.ART14_1_6, severity: WARNING, path: ["variants", "v-representative", "documents"] },
    pass: (c) => {
      c.applicants.representativeAllowed = false;
      variant(c, "v-representative").representativeAllowed = null;
    },
  },
];

describe("rules of variants (Decree 1228)", () => {
  it("the golden standard with variants is complete, in both profiles", () => {
    for (const profile of [UNIFIED, REGULAR]) {
      const report = run(undefined, profile);
      expect(report.issues).toEqual([]);
      expect(report.complete).toBe(true);
    }
  });

  it("every rule of variants has a case, and each cites 210-ФЗ and Decree 1228", () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect(VARIANT_RULES.map((r) => r.info.code).filter((code) => !covered.has(code))).toEqual([]);
    for (const r of VARIANT_RULES) {
      expect(RULE_BY_CODE.get(r.info.code)).toBe(r.info);
      expect(r.info.legalReference).toMatch(/ст\. 14 Федерального закона от 27\.07\.2010 № 210-ФЗ; .*постановление Правительства РФ от 20\.07\.2021 № 1228/);
    }
  });

  describe.each(CASES.map((c) => [`${c.rule}${c.name ? ` (${c.name})` : ""}`, c] as const))("%s", (_title, c) => {
    it("triggers on the damaged standard, on the path by keys", () => {
      const found = issuesOf(c.rule, c.trigger, c.profile);
      expect(found).toContainEqual(expect.objectContaining({ element: c.expect.element, severity: c.expect.severity, path: c.expect.path }));
      const issue = found.find((i) => i.path.join("/") === c.expect.path.join("/"))!;
      expect(issue.message).toMatch(/[А-Яа-яЁё]/);
      if (c.expect.message) expect(issue.message).toMatch(c.expect.message);
      expect(issue.legalReference).toContain("№ 1228");
    });

    it("does not trigger on the near miss", () => {
      expect(issuesOf(c.rule, c.pass, c.profile)).toEqual([]);
    });
  });

  it("do not run on a standard without variants", () => {
    const content = goldenStandard();
    content.profiling = { attributes: [{ key: "x", name: "Признак без значений" }] };
    const report = evaluate(content, ctxFor(UNIFIED));
    expect(report.issues.filter((i) => VARIANT_RULES.some((r) => r.info.code === i.rule))).toEqual([]);
  });
});

describe("every per-element rule on each variant's own values", () => {
  it("a registration term removed from one variant with channels is an ERROR on that variant's path", () => {
    const report = run((c) => (variant(c, "v-self-legal").registrationTerms = variant(c, "v-self-legal").registrationTerms.filter((t: any) => t.channel !== Channel.EPGU)));
    expect(report.complete).toBe(false);
    expect(report.issues).toEqual([
      expect.objectContaining({
        rule: "REGISTRATION_TERM_MISSING_FOR_CHANNEL",
        element: E.ART14_1_11,
        severity: ERROR,
        path: ["variants", "v-self-legal", "submissionChannels", "EPGU"],
        message: "Вариант 2 «Заявитель — юридическое лицо, обращается самостоятельно»: укажите срок регистрации запроса, поданного через ЕПГУ.",
      }),
    ]);
    expect(report.elements.find((e) => e.element === E.ART14_1_11)!.status).toBe("INVALID");
  });

  it("a variant with channels but no registration terms at all", () => {
    const issues = run((c) => (variant(c, "v-self-individual").registrationTerms = [])).issues;
    expect(issues.map((i) => [i.rule, i.path.join("/")])).toEqual([["REGISTRATION_TERMS_MISSING", "variants/v-self-individual/registrationTerms"]]);
  });

  it("a defect the service level shares is reported once, at service level; the variant's own copy is its own", () => {
    const issues = run((c) => {
      c.registrationTerms.items[0].sameDay = null; // service level
      variant(c, "v-self-legal").registrationTerms[0].sameDay = null; // the variant's own copy
    }).issues;
    expect(issues.map((i) => i.path.join("/"))).toEqual(["registrationTerms/items/reg-in-person/term", "variants/v-self-legal/registrationTerms/reg-in-person/term"]);
  });

  it("a variant's own term without unit, and its result delivery term", () => {
    const issues = run((c) => {
      variant(c, "v-typo").term.unit = null;
      variant(c, "v-self-individual").resultDelivery.term.startEvent = null;
    }).issues;
    expect(issues.map((i) => [i.rule, i.path.join("/")])).toEqual([
      ["TERM_START_EVENT_MISSING", "variants/v-self-individual/resultDelivery/term/startEvent"],
      ["TERM_UNIT_MISSING", "variants/v-typo/term/unit"],
    ]);
  });

  it("a variant's document selection: nothing selected and nothing stated is incomplete; stated as none, it is filled", () => {
    const unused = ["SERVICE_ITEM_UNUSED_BY_VARIANTS", "documents/applicantDocuments/items/doc-duplicate-request"];
    expect(run((c) => (variant(c, "v-duplicate").documents = { items: [] })).issues.map((i) => [i.rule, i.path.join("/")])).toEqual([
      unused,
      ["DOCUMENTS_MISSING", "variants/v-duplicate/documents"],
    ]);
    const none = run((c) => Object.assign(variant(c, "v-duplicate"), { documents: { items: [], noneStated: true }, representativeAllowed: false }));
    expect(none.issues.map((i) => [i.rule, i.path.join("/")])).toEqual([unused]);
  });

  it("grounds selected, or explicitly none: an empty selection without the statement is incomplete", () => {
    const issues = run((c) => (variant(c, "v-self-legal").acceptanceRefusalGrounds = { groundKeys: [] })).issues;
    expect(issues.map((i) => [i.rule, i.path.join("/"), i.severity])).toEqual([["ACCEPTANCE_REFUSAL_GROUNDS_MISSING", "variants/v-self-legal/acceptanceRefusalGrounds", ERROR]]);
  });

  it("a free variant of a paid service needs the basis of being free", () => {
    const issues = run((c) => {
      c.fee = { free: false, items: [{ key: "fee-duty", kind: "STATE_DUTY", name: "Государственная пошлина", amount: "350.00", paymentMethods: ["BANK_TRANSFER"], legalBases: [{ key: "nk", actId: "act-nk", article: "333.33" }] }] };
      for (const v of c.variants) v.fee = { feeKeys: ["fee-duty"] };
      variant(c, "v-typo").fee = { free: true };
    }).issues;
    expect(issues.map((i) => [i.rule, i.path.join("/")])).toEqual([["FEE_FREE_BASIS_MISSING", "variants/v-typo/fee/freeLegalBases"]]);
  });

  it("a variant's channel with a representative allowed needs the power of attorney among its documents", () => {
    const issues = run((c) => (variant(c, "v-self-legal").representativeAllowed = true)).issues;
    expect(issues.map((i) => [i.rule, i.path.join("/"), i.severity])).toEqual([["DOCUMENTS_REPRESENTATIVE_AUTHORITY_MISSING", "variants/v-self-legal/documents", WARNING]]);
  });

  it("variants of a regular standard: issues of part 2 elements are warnings", () => {
    const issues = run((c) => variant(c, "v-self-legal").submissionChannels.push(Channel.POST), REGULAR).issues;
    expect(issues.map((i) => [i.rule, i.severity])).toEqual([
      ["REGISTRATION_TERM_MISSING_FOR_CHANNEL", ERROR],
      ["VARIANT_CHANNEL_NOT_LISTED", WARNING],
    ]);
  });

  it("a standard without variants gives the same report as before", () => {
    const plain = goldenStandard();
    const withEmpty = { ...goldenStandard(), variants: [], profiling: null };
    plain.term!.unit = null;
    withEmpty.term!.unit = null;
    expect(evaluate(withEmpty, ctxFor(UNIFIED))).toEqual(evaluate(plain, ctxFor(UNIFIED)));
    expect(evaluate(plain, ctxFor(UNIFIED)).issues.map((i) => i.rule)).toEqual(["TERM_UNIT_MISSING"]);
  });

  it("a variant's term unit and value for the time-unit rules are its own", () => {
    const issues = run((c) => Object.assign(variant(c, "v-withdrawal").term, { value: null, unit: TermUnit.HOURS })).issues;
    expect(issues.map((i) => [i.rule, i.path.join("/")])).toEqual([["TERM_VALUE_MISSING", "variants/v-withdrawal/term/value"]]);
  });
});
