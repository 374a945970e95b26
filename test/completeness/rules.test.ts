import { evaluate } from "../../src/completeness/evaluate";
import { StandardElement as E } from "../../src/completeness/elements";
import { CONSISTENCY_RULES, PRESENCE_RULES } from "../../src/completeness/rules";
import { Severity, type CompletenessIssue } from "../../src/completeness/types";
import { StandardKind } from "../../src/services/service.entity";
import {
  AccessibilityProvision,
  Channel,
  DocumentForm,
  ElectronicStage,
  FeeKind,
  LegalBasisRole,
  MfcParticipation,
  PaymentMethod,
  ResultKind,
  TermStart,
  TermUnit,
} from "../../src/standards/content/enums";
import { ACT, ACTS, AUTHORITIES, byKey, ctxFor, goldenStandard } from "./fixtures";

/*
 * For every rule: a damaged copy of the golden standard that triggers it (rule code, element,
 * severity, path), and a copy that does not. Damage functions take the content as `any`:
 * they write plain JSON the way a client would, including nulls and odd shapes.
 */

const { ERROR, WARNING } = Severity;
const { REGULAR, UNIFIED } = StandardKind;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Damage = (c: any) => void;

interface Expected {
  element: E;
  severity: Severity;
  path: string[];
  /** A fragment of the Russian message. */
  message?: RegExp;
}

interface Case {
  rule: string;
  name?: string;
  profile?: StandardKind;
  acts?: typeof ACTS;
  /** Check references against these registered authorities (as the service does). */
  authorities?: ReadonlySet<string>;
  trigger: Damage;
  expect: Expected;
  /** A near miss that must not trigger the rule (default: the golden standard itself). */
  pass?: Damage;
  passProfile?: StandardKind;
}

function run(damage: Damage | undefined, profile: StandardKind = UNIFIED, acts = ACTS, authorities?: ReadonlySet<string>) {
  const content = goldenStandard();
  damage?.(content);
  return evaluate(content, ctxFor(profile, acts, authorities));
}

const issuesOf = (rule: string, damage: Damage | undefined, profile?: StandardKind, acts?: typeof ACTS, authorities?: ReadonlySet<string>): CompletenessIssue[] =>
  run(damage, profile, acts, authorities).issues.filter((i) => i.rule === rule);

const paidFee = () => ({
  key: "fee-duty",
  kind: FeeKind.STATE_DUTY,
  name: "Государственная пошлина",
  amount: "3500.00",
  paymentMethods: [PaymentMethod.BANK_TRANSFER, PaymentMethod.EPGU_ONLINE],
  legalBases: [{ key: "ref-nk", actId: ACT.nk, article: "333.33", part: "1" }],
});
const makePaid: Damage = (c) => {
  c.fee = { free: false, items: [paidFee()] };
};
const applicantDocs = (c: any) => c.documents.applicantDocuments.items;
const interagencyDocs = (c: any) => c.documents.interagencyDocuments.items;
const removeKey = (items: { key: string }[], key: string) => items.splice(items.findIndex((i) => i.key === key), 1)[0];
const noMfc: Damage = (c) => {
  c.provider.mfcParticipation = MfcParticipation.NONE;
  c.otherRequirements.mfcAvailable = false;
  c.submissionChannels.channels = [Channel.IN_PERSON, Channel.EPGU];
  c.resultDelivery.channels = [Channel.IN_PERSON, Channel.EPGU];
  for (const r of c.results.items) r.deliveryChannels = [Channel.IN_PERSON, Channel.EPGU];
};

const APPLICANT = ["documents", "applicantDocuments", "items"];
const INTERAGENCY = ["documents", "interagencyDocuments", "items"];

const CASES: Case[] = [
  // list items
  {
    rule: "LIST_ITEM_EMPTY",
    trigger: (c) => (byKey(applicantDocs(c), "doc-project").name = "  "),
    expect: { element: E.ART14_1_6, severity: ERROR, path: [...APPLICANT, "doc-project", "name"] },
  },
  {
    rule: "LIST_ITEM_EMPTY",
    name: "a legal basis without an act",
    trigger: (c) => (byKey(c.legalBases.items, "lb-210fz").actId = null),
    expect: { element: E.ART14_1_5, severity: ERROR, path: ["legalBases", "items", "lb-210fz", "actId"] },
  },

  // results
  {
    rule: "RESULTS_POSITIVE_MISSING",
    trigger: (c) => removeKey(c.results.items, "result-permit"),
    expect: { element: E.ART14_1_3, severity: ERROR, path: ["results", "items"] },
    pass: (c) => (byKey(c.results.items, "result-permit").positive = null),
  },
  {
    rule: "RESULTS_REFUSAL_OUTCOME_MISSING",
    trigger: (c) => removeKey(c.results.items, "result-refusal"),
    expect: { element: E.ART14_1_3, severity: ERROR, path: ["results", "items"] },
    pass: (c) => {
      removeKey(c.results.items, "result-refusal");
      c.suspensionAndRefusal.refusalGrounds = { items: [], noneStated: true };
    },
  },
  {
    rule: "RESULTS_REGISTRY_MODEL_NOT_STATED",
    trigger: (c) => (c.results.registryModel = null),
    expect: { element: E.ART14_1_3, severity: ERROR, path: ["results", "registryModel"] },
  },
  {
    rule: "RESULT_REGISTRY_RESOURCE_MISSING",
    trigger: (c) => (byKey(c.results.items, "result-permit").kind = ResultKind.REGISTRY_RECORD),
    expect: { element: E.ART14_1_3, severity: WARNING, path: ["results", "items", "result-permit", "registryResource"] },
    pass: (c) => Object.assign(byKey(c.results.items, "result-permit"), { kind: ResultKind.REGISTRY_RECORD, registryResource: "Реестр разрешений на строительство" }),
  },
  {
    rule: "RESULT_DELIVERY_CHANNEL_NOT_LISTED",
    trigger: (c) => byKey(c.results.items, "result-permit").deliveryChannels.push(Channel.POST),
    expect: { element: E.ART14_2_9, severity: WARNING, path: ["results", "items", "result-permit", "deliveryChannels"], message: /почтой/ },
    pass: (c) => (byKey(c.results.items, "result-permit").deliveryChannels = null),
  },

  // terms (D-04)
  {
    rule: "TERM_VALUE_MISSING",
    trigger: (c) => (c.term.value = null),
    expect: { element: E.ART14_1_4, severity: ERROR, path: ["term", "value"] },
  },
  {
    rule: "TERM_UNIT_MISSING",
    trigger: (c) => (c.term.unit = null),
    expect: { element: E.ART14_1_4, severity: ERROR, path: ["term", "unit"] },
  },
  {
    rule: "TERM_UNIT_MISSING",
    name: "registration term of one channel",
    trigger: (c) => (byKey(c.registrationTerms.items, "reg-epgu").term.unit = null),
    expect: { element: E.ART14_1_11, severity: ERROR, path: ["registrationTerms", "items", "reg-epgu", "term", "unit"], message: /ЕПГУ/ },
    pass: (c) => Object.assign(byKey(c.registrationTerms.items, "reg-epgu"), { sameDay: true, term: { value: 1 } }),
  },
  {
    rule: "TERM_UNIT_MISSING",
    name: "typo correction term in a regular standard is a warning",
    profile: REGULAR,
    trigger: (c) => (c.typoCorrection.term.unit = null),
    expect: { element: E.ART14_2_5, severity: WARNING, path: ["typoCorrection", "term", "unit"] },
  },
  {
    rule: "TERM_UNIT_MISSING",
    name: "maximum suspension term",
    trigger: (c) =>
      (c.suspensionAndRefusal.suspensionGrounds = {
        items: [{ key: "sg-1", text: "Необходимость проведения дополнительной проверки", legalBases: [{ key: "r", actId: ACT.grk, article: "51" }], maxTerm: { value: 10 } }],
      }),
    expect: { element: E.ART14_1_8, severity: ERROR, path: ["suspensionAndRefusal", "suspensionGrounds", "items", "sg-1", "maxTerm", "unit"] },
  },
  {
    rule: "TERM_START_EVENT_MISSING",
    trigger: (c) => (c.term.resultIssueTerm.startEvent = null),
    expect: { element: E.ART14_1_4, severity: ERROR, path: ["term", "resultIssueTerm", "startEvent"] },
    pass: (c) => (c.term.resultIssueTerm = {}),
  },
  {
    rule: "TERM_START_NOTE_MISSING",
    trigger: (c) => (c.term.startEvent = TermStart.OTHER),
    expect: { element: E.ART14_1_4, severity: ERROR, path: ["term", "startNote"] },
    pass: (c) => Object.assign(c.term, { startEvent: TermStart.OTHER, startNote: "Со дня поступления заявления в уполномоченный орган из МФЦ" }),
  },
  {
    rule: "TERM_STARTS_AFTER_INTERAGENCY_ANSWERS",
    trigger: (c) => (c.term.startEvent = TermStart.INTERAGENCY_ANSWERS_RECEIPT),
    expect: { element: E.ART14_1_4, severity: WARNING, path: ["term", "startEvent"] },
  },

  // legal bases (D-09)
  {
    rule: "LEGAL_BASIS_MISSING",
    trigger: (c) => (byKey(applicantDocs(c), "doc-request").legalBases = []),
    expect: { element: E.ART14_1_6, severity: ERROR, path: [...APPLICANT, "doc-request", "legalBases"] },
  },
  {
    rule: "LEGAL_BASIS_MISSING",
    name: "a refusal ground citing no act",
    trigger: (c) => (byKey(c.suspensionAndRefusal.refusalGrounds.items, "rg-gpzu").legalBases = [{ key: "r", actId: null, article: "13" }]),
    expect: { element: E.ART14_1_8, severity: ERROR, path: ["suspensionAndRefusal", "refusalGrounds", "items", "rg-gpzu", "legalBases"] },
  },
  {
    rule: "LEGAL_BASIS_MISSING",
    name: "a fee citing no act",
    trigger: (c) => {
      makePaid(c);
      c.fee.items[0].legalBases = null;
    },
    expect: { element: E.ART14_1_9, severity: ERROR, path: ["fee", "items", "fee-duty", "legalBases"] },
    pass: makePaid,
  },
  {
    rule: "LEGAL_BASES_POWER_ACT_MISSING",
    trigger: (c) => c.legalBases.items.forEach((b: any) => (b.role = LegalBasisRole.OTHER)),
    expect: { element: E.ART14_1_5, severity: ERROR, path: ["legalBases", "items"] },
  },

  // documents
  {
    rule: "DOCUMENTS_INTERAGENCY_DEMANDED_FROM_APPLICANT",
    trigger: (c) => applicantDocs(c).push(removeKey(interagencyDocs(c), "doc-land-title")),
    expect: { element: E.ART14_1_6, severity: ERROR, path: [...APPLICANT, "doc-land-title", "holderName"], message: /межведомственному запросу/ },
    pass: (c) => applicantDocs(c).push({ ...removeKey(interagencyDocs(c), "doc-land-title"), personalStorage: true }),
  },
  {
    rule: "DOCUMENTS_INTERAGENCY_DEMANDED_FROM_APPLICANT",
    name: "holder given as a registered authority",
    trigger: (c) => applicantDocs(c).push(removeKey(interagencyDocs(c), "doc-gpzu")),
    expect: { element: E.ART14_1_6, severity: ERROR, path: [...APPLICANT, "doc-gpzu", "holderAuthorityId"] },
  },
  {
    rule: "DOCUMENTS_INTERAGENCY_HOLDER_MISSING",
    trigger: (c) => (byKey(interagencyDocs(c), "doc-expertise").holderName = null),
    expect: { element: E.ART14_1_6, severity: ERROR, path: [...INTERAGENCY, "doc-expertise", "holderName"] },
    pass: (c) => Object.assign(byKey(interagencyDocs(c), "doc-expertise"), { holderName: null, holderAuthorityId: "authority-expertise" }),
  },
  {
    rule: "DOCUMENTS_INTERAGENCY_RESOURCE_MISSING",
    trigger: (c) => (byKey(interagencyDocs(c), "doc-expertise").holderResource = ""),
    expect: { element: E.ART14_1_6, severity: ERROR, path: [...INTERAGENCY, "doc-expertise", "holderResource"] },
  },
  {
    rule: "DOCUMENTS_REQUEST_FORM_MISSING",
    trigger: (c) => {
      byKey(applicantDocs(c), "doc-request").isRequestForm = false;
      c.otherRequirements.electronicStages = [ElectronicStage.INFORMATION];
    },
    expect: { element: E.ART14_1_6, severity: ERROR, path: APPLICANT },
    pass: (c) => (byKey(applicantDocs(c), "doc-request").isRequestForm = false), // the interactive EPGU form is declared
  },
  {
    rule: "DOCUMENTS_REQUEST_FORM_MISSING",
    name: "a warning in a regular standard",
    profile: REGULAR,
    trigger: (c) => {
      removeKey(applicantDocs(c), "doc-request");
      c.otherRequirements.electronicStages = [];
    },
    expect: { element: E.ART14_1_6, severity: WARNING, path: APPLICANT },
  },
  {
    rule: "DOCUMENTS_FORM_MISSING",
    trigger: (c) => (byKey(applicantDocs(c), "doc-request").form = null),
    expect: { element: E.ART14_1_6, severity: ERROR, path: [...APPLICANT, "doc-request", "form"] },
  },
  {
    rule: "DOCUMENTS_PAYMENT_PROOF_DEMANDED",
    trigger: (c) => {
      makePaid(c);
      applicantDocs(c).push({ key: "doc-receipt", name: "Документ, подтверждающий уплату государственной пошлины", form: DocumentForm.COPY, legalBases: [{ key: "r", actId: ACT.nk, article: "333.18" }] });
    },
    expect: { element: E.ART14_1_6, severity: WARNING, path: [...APPLICANT, "doc-receipt", "name"] },
    pass: (c) => {
      makePaid(c);
      interagencyDocs(c).push({ key: "doc-receipt", name: "Документ, подтверждающий уплату государственной пошлины", holderName: "Федеральное казначейство", holderResource: "ГИС ГМП", legalBases: [{ key: "r", actId: ACT.nk, article: "333.18" }] });
    },
  },
  {
    rule: "DOCUMENTS_PAYMENT_PROOF_FOR_FREE_SERVICE",
    trigger: (c) => interagencyDocs(c).push({ key: "doc-receipt", name: "Квитанция об оплате", holderName: "Федеральное казначейство", holderResource: "ГИС ГМП", legalBases: [{ key: "r", actId: ACT.regulation }] }),
    expect: { element: E.ART14_1_6, severity: WARNING, path: [...INTERAGENCY, "doc-receipt", "name"] },
    pass: (c) => {
      makePaid(c);
      interagencyDocs(c).push({ key: "doc-receipt", name: "Квитанция об оплате", holderName: "Федеральное казначейство", holderResource: "ГИС ГМП", legalBases: [{ key: "r", actId: ACT.nk }] });
    },
  },
  {
    rule: "DOCUMENTS_NECESSARY_SERVICE_NOT_LISTED",
    trigger: (c) => Object.assign(c.otherRequirements, { necessaryServices: [], necessaryServicesNoneStated: true }),
    expect: { element: E.ART14_1_6, severity: ERROR, path: [...APPLICANT, "doc-project", "necessaryServiceResult"] },
    pass: (c) => {
      Object.assign(c.otherRequirements, { necessaryServices: [], necessaryServicesNoneStated: true });
      byKey(applicantDocs(c), "doc-project").necessaryServiceResult = false;
    },
  },
  {
    rule: "DOCUMENTS_REPRESENTATIVE_AUTHORITY_MISSING",
    trigger: (c) => removeKey(applicantDocs(c), "doc-power-of-attorney"),
    expect: { element: E.ART14_1_6, severity: WARNING, path: APPLICANT },
    pass: (c) => {
      removeKey(applicantDocs(c), "doc-power-of-attorney");
      c.applicants.representativeAllowed = false;
    },
  },

  // exhaustive lists (D-10, D-11)
  {
    rule: "EXHAUSTIVE_LIST_NONE_NOT_STATED",
    trigger: (c) => (c.documents.interagencyDocuments = { items: [] }),
    expect: { element: E.ART14_1_6, severity: ERROR, path: ["documents", "interagencyDocuments"] },
    pass: (c) => (c.documents.interagencyDocuments = { items: [], noneStated: true }),
  },
  {
    rule: "EXHAUSTIVE_LIST_NONE_NOT_STATED",
    name: "suspension grounds",
    trigger: (c) => (c.suspensionAndRefusal.suspensionGrounds = { items: [], noneStated: false }),
    expect: { element: E.ART14_1_8, severity: ERROR, path: ["suspensionAndRefusal", "suspensionGrounds"] },
  },
  {
    rule: "EXHAUSTIVE_LIST_NONE_NOT_STATED",
    name: "typo-correction refusal grounds, unified",
    trigger: (c) => (c.typoCorrection.refusalGrounds = null),
    expect: { element: E.ART14_2_5, severity: ERROR, path: ["typoCorrection", "refusalGrounds"] },
    pass: (c) => (c.typoCorrection = { notApplicable: true, legalBases: [{ key: "r", actId: ACT.fz210 }] }),
  },
  {
    rule: "EXHAUSTIVE_LIST_NONE_NOT_STATED",
    name: "duplicate refusal grounds, regular",
    profile: REGULAR,
    trigger: (c) => (c.duplicateIssue.refusalGrounds = { items: [] }),
    expect: { element: E.ART14_2_6, severity: WARNING, path: ["duplicateIssue", "refusalGrounds"] },
  },
  {
    rule: "EXHAUSTIVE_LIST_NONE_STATED_WITH_ITEMS",
    trigger: (c) => (c.suspensionAndRefusal.refusalGrounds.noneStated = true),
    expect: { element: E.ART14_1_8, severity: WARNING, path: ["suspensionAndRefusal", "refusalGrounds", "noneStated"] },
  },
  {
    rule: "EXHAUSTIVE_LIST_CATCH_ALL",
    trigger: (c) => applicantDocs(c).push({ key: "doc-other", name: "Иные документы по требованию органа", form: DocumentForm.COPY, legalBases: [{ key: "r", actId: ACT.regulation }] }),
    expect: { element: E.ART14_1_6, severity: ERROR, path: [...APPLICANT, "doc-other", "name"] },
  },
  {
    rule: "EXHAUSTIVE_LIST_CATCH_ALL",
    name: "a refusal ground open to other cases",
    trigger: (c) =>
      c.suspensionAndRefusal.refusalGrounds.items.push({ key: "rg-other", text: "В иных случаях, предусмотренных законодательством Российской Федерации", legalBases: [{ key: "r", actId: ACT.grk }] }),
    expect: { element: E.ART14_1_8, severity: ERROR, path: ["suspensionAndRefusal", "refusalGrounds", "items", "rg-other", "text"] },
  },
  {
    rule: "EXHAUSTIVE_LIST_CATCH_ALL",
    name: "duplicate refusal, regular",
    profile: REGULAR,
    trigger: (c) => (byKey(c.duplicateIssue.refusalGrounds.items, "dup-rg-not-applicant").text = "Ошибки в заявлении, неразборчивый текст и т.п."),
    expect: { element: E.ART14_2_6, severity: WARNING, path: ["duplicateIssue", "refusalGrounds", "items", "dup-rg-not-applicant", "text"] },
  },
  {
    rule: "EXHAUSTIVE_LIST_CATCH_ALL_WITH_BASIS",
    trigger: (c) =>
      applicantDocs(c).push({ key: "doc-other", name: "Иные документы, предусмотренные частью 7 статьи 51 ГрК РФ", form: DocumentForm.COPY, legalBases: [{ key: "r", actId: ACT.grk, article: "51", part: "7" }] }),
    expect: { element: E.ART14_1_6, severity: WARNING, path: [...APPLICANT, "doc-other", "name"] },
    pass: (c) =>
      applicantDocs(c).push({ key: "doc-other", name: "Иные документы по требованию органа", form: DocumentForm.COPY, legalBases: [{ key: "r", actId: ACT.regulation }] }),
  },

  // grounds (D-08)
  {
    rule: "REFUSAL_GROUND_INTERAGENCY_NO_ANSWER",
    trigger: (c) => c.suspensionAndRefusal.refusalGrounds.items.push({ key: "rg-no-answer", text: "Непоступление ответа на межведомственный запрос", legalBases: [{ key: "r", actId: ACT.regulation }] }),
    expect: { element: E.ART14_1_8, severity: ERROR, path: ["suspensionAndRefusal", "refusalGrounds", "items", "rg-no-answer", "text"] },
    pass: (c) =>
      c.suspensionAndRefusal.refusalGrounds.items.push({
        key: "rg-answer-shows-absence",
        text: "Ответ на межведомственный запрос свидетельствует об отсутствии документа, если заявитель не представил его по собственной инициативе",
        legalBases: [{ key: "r", actId: ACT.grk }],
      }),
  },
  {
    rule: "REFUSAL_GROUND_INTERAGENCY_NO_ANSWER",
    name: "acceptance refusal, other wording",
    trigger: (c) =>
      c.acceptanceRefusalGrounds.items.push({ key: "arg-no-answer", text: "Неполучение (несвоевременное получение) ответа органа на межведомственный запрос", legalBases: [{ key: "r", actId: ACT.regulation }] }),
    expect: { element: E.ART14_1_7, severity: ERROR, path: ["acceptanceRefusalGrounds", "items", "arg-no-answer", "text"] },
  },
  {
    rule: "SUSPENSION_GROUND_INTERAGENCY_NO_ANSWER",
    trigger: (c) =>
      (c.suspensionAndRefusal.suspensionGrounds = {
        items: [{ key: "sg-no-answer", text: "Непредставление органом документов по межведомственному запросу в установленный срок", legalBases: [{ key: "r", actId: ACT.regulation }] }],
      }),
    expect: { element: E.ART14_1_8, severity: WARNING, path: ["suspensionAndRefusal", "suspensionGrounds", "items", "sg-no-answer", "text"] },
  },

  // fee (D-12)
  {
    rule: "FEE_FREE_WITH_ITEMS",
    trigger: (c) => c.fee.items.push(paidFee()),
    expect: { element: E.ART14_1_9, severity: ERROR, path: ["fee", "free"] },
    pass: makePaid,
  },
  {
    rule: "FEE_AMOUNT_MISSING",
    trigger: (c) => {
      makePaid(c);
      c.fee.items[0].amount = null;
    },
    expect: { element: E.ART14_1_9, severity: ERROR, path: ["fee", "items", "fee-duty", "amount"] },
    pass: (c) => {
      makePaid(c);
      Object.assign(c.fee.items[0], { amount: null, formula: "0,1 % сметной стоимости, но не более 10 000 рублей" });
    },
  },
  {
    rule: "FEE_PAYMENT_METHODS_MISSING",
    trigger: (c) => {
      makePaid(c);
      c.fee.items[0].paymentMethods = [];
    },
    expect: { element: E.ART14_1_9, severity: ERROR, path: ["fee", "items", "fee-duty", "paymentMethods"] },
    pass: makePaid,
  },
  {
    rule: "FEE_BASIS_NOT_FEDERAL",
    trigger: (c) => {
      makePaid(c);
      Object.assign(c.fee.items[0], { kind: FeeKind.FEE, legalBases: [{ key: "ref-regional", actId: ACT.regionalFee, article: "3" }] });
    },
    expect: { element: E.ART14_2_3, severity: ERROR, path: ["fee", "items", "fee-duty", "legalBases", "ref-regional", "actId"] },
    pass: makePaid,
  },
  {
    rule: "FEE_BASIS_NOT_FEDERAL",
    name: "an act unknown to the registry cannot be confirmed as federal",
    trigger: (c) => {
      makePaid(c);
      c.fee.items[0].legalBases = [{ key: "ref-unknown", actId: "act-unknown" }];
    },
    expect: { element: E.ART14_2_3, severity: ERROR, path: ["fee", "items", "fee-duty", "legalBases", "ref-unknown", "actId"], message: /не найден/ },
    // a regular standard may charge under regional acts (п. 9 ч. 1 ст. 14): the rule does not apply
    pass: (c) => {
      makePaid(c);
      Object.assign(c.fee.items[0], { kind: FeeKind.FEE, legalBases: [{ key: "ref-regional", actId: ACT.regionalFee }] });
    },
    passProfile: REGULAR,
  },
  {
    rule: "FEE_STATE_DUTY_BASIS_NOT_TAX_CODE",
    trigger: (c) => {
      makePaid(c);
      c.fee.items[0].legalBases = [{ key: "ref-210", actId: ACT.fz210, article: "8" }];
    },
    expect: { element: E.ART14_1_9, severity: ERROR, path: ["fee", "items", "fee-duty", "legalBases"] },
    pass: makePaid,
  },
  {
    rule: "FEE_FREE_BASIS_MISSING",
    trigger: (c) => (c.fee.freeLegalBases = []),
    expect: { element: E.ART14_1_9, severity: WARNING, path: ["fee", "freeLegalBases"] },
  },

  // queue (D-01, D-02)
  {
    rule: "QUEUE_TIME_VALUE_MISSING",
    trigger: (c) => (c.queueTime.resultMinutes = null),
    expect: { element: E.ART14_1_10, severity: ERROR, path: ["queueTime", "resultMinutes"] },
    pass: (c) => (c.queueTime = { noInPersonChannel: true }),
  },
  {
    rule: "QUEUE_TIME_OVER_15_MINUTES",
    trigger: (c) => {
      noMfc(c);
      c.queueTime.submissionMinutes = 30;
    },
    expect: { element: E.ART14_1_10, severity: WARNING, path: ["queueTime", "submissionMinutes"], message: /30/ },
    pass: (c) => (c.queueTime.submissionMinutes = 30), // through an MFC: the ERROR rule applies instead
  },
  {
    rule: "QUEUE_TIME_OVER_15_MINUTES_AT_MFC",
    trigger: (c) => (c.queueTime.resultMinutes = 20),
    expect: { element: E.ART14_1_10, severity: ERROR, path: ["queueTime", "resultMinutes"] },
    pass: (c) => {
      noMfc(c);
      c.queueTime.resultMinutes = 20;
    },
  },
  {
    rule: "QUEUE_TIME_APPOINTMENT_OVER_GENERAL",
    trigger: (c) => (c.queueTime.appointmentMinutes = 20),
    expect: { element: E.ART14_1_10, severity: WARNING, path: ["queueTime", "appointmentMinutes"] },
  },
  {
    rule: "QUEUE_NO_IN_PERSON_CONTRADICTS_CHANNELS",
    trigger: (c) => (c.queueTime = { noInPersonChannel: true }),
    expect: { element: E.ART14_1_10, severity: WARNING, path: ["queueTime", "noInPersonChannel"] },
    pass: (c) => {
      noMfc(c);
      c.queueTime = { noInPersonChannel: true };
      c.submissionChannels.channels = [Channel.EPGU];
      c.resultDelivery.channels = [Channel.EPGU];
    },
  },

  // registration (D-03)
  {
    rule: "REGISTRATION_TERM_MISSING_FOR_CHANNEL",
    trigger: (c) => removeKey(c.registrationTerms.items, "reg-epgu"),
    expect: { element: E.ART14_1_11, severity: ERROR, path: ["submissionChannels", "channels", Channel.EPGU], message: /ЕПГУ/ },
  },
  {
    rule: "REGISTRATION_TERM_CHANNEL_MISSING",
    trigger: (c) => (byKey(c.registrationTerms.items, "reg-mfc").channel = null),
    expect: { element: E.ART14_1_11, severity: ERROR, path: ["registrationTerms", "items", "reg-mfc", "channel"] },
  },
  {
    rule: "REGISTRATION_TERM_VALUE_MISSING",
    trigger: (c) => (byKey(c.registrationTerms.items, "reg-epgu").term = null),
    expect: { element: E.ART14_1_11, severity: ERROR, path: ["registrationTerms", "items", "reg-epgu", "term"] },
    pass: (c) => Object.assign(byKey(c.registrationTerms.items, "reg-epgu"), { term: null, sameDay: true }),
  },

  {
    rule: "REGISTRATION_SAME_DAY_WITH_TERM",
    trigger: (c) => Object.assign(byKey(c.registrationTerms.items, "reg-in-person"), { term: { value: 3, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.REQUEST_RECEIPT } }),
    expect: { element: E.ART14_1_11, severity: ERROR, path: ["registrationTerms", "items", "reg-in-person", "term"], message: /двояко.*3 рабочих дня/ },
    // registered the same day within a few hours is no contradiction
    pass: (c) => Object.assign(byKey(c.registrationTerms.items, "reg-in-person"), { term: { value: 2, unit: TermUnit.HOURS, startEvent: TermStart.REQUEST_RECEIPT } }),
  },

  // premises (D-18, D-34)
  {
    rule: "PREMISES_REQUIREMENT_MISSING",
    trigger: (c) => (c.premises.waitingHall = ""),
    expect: { element: E.ART14_1_12, severity: ERROR, path: ["premises", "waitingHall"] },
  },
  {
    rule: "PREMISES_BARE_REFERENCE",
    trigger: (c) => (c.premises.informationStands = "В соответствии с действующим законодательством."),
    expect: { element: E.ART14_1_12, severity: WARNING, path: ["premises", "informationStands"] },
  },
  {
    rule: "PREMISES_ACCESSIBILITY_MISSING",
    trigger: (c) => Object.assign(c.premises, { accessibility: [], accessibilityNote: null }),
    expect: { element: E.ART14_1_12, severity: ERROR, path: ["premises", "accessibility"] },
    pass: (c) => (c.premises.accessibility = []),
  },
  {
    rule: "PREMISES_ACCESSIBILITY_PROVISION_MISSING",
    trigger: (c) => (c.premises.accessibility = c.premises.accessibility.filter((p: string) => p !== AccessibilityProvision.GUIDE_DOG)),
    expect: { element: E.ART14_1_12, severity: WARNING, path: ["premises", "accessibility", AccessibilityProvision.GUIDE_DOG], message: /собаки-проводника/ },
    pass: (c) => Object.assign(c.premises, { accessibility: [], accessibilityNote: null }), // the whole block is missing: one ERROR, not ten warnings
  },
  {
    rule: "PREMISES_DISABLED_PARKING_BELOW_MINIMUM",
    trigger: (c) => (c.premises.disabledParkingPercent = 5),
    expect: { element: E.ART14_1_12, severity: WARNING, path: ["premises", "disabledParkingPercent"] },
  },

  // indicators (D-16, D-36)
  {
    rule: "INDICATORS_TYPICAL_MISSING",
    trigger: (c) => removeKey(c.indicators.items, "ind-complex"),
    expect: { element: E.ART14_1_13, severity: WARNING, path: ["indicators", "items"], message: /комплексного запроса/ },
  },
  {
    rule: "INDICATORS_CONTRADICT_OTHER_REQUIREMENTS",
    trigger: (c) => (byKey(c.indicators.items, "ind-extraterritorial").target = "да"),
    expect: { element: E.ART14_1_13, severity: WARNING, path: ["indicators", "items", "ind-extraterritorial", "target"] },
    pass: (c) => (byKey(c.indicators.items, "ind-extraterritorial").target = "в пределах субъекта Российской Федерации"),
  },

  // other requirements (п. 14 ч. 1 ст. 14, D-37)
  {
    rule: "OTHER_REQUIREMENTS_MFC_NOT_STATED",
    trigger: (c) => (c.otherRequirements.mfcAvailable = null),
    expect: { element: E.ART14_1_14, severity: ERROR, path: ["otherRequirements", "mfcAvailable"] },
  },
  {
    rule: "OTHER_REQUIREMENTS_ELECTRONIC_NOT_STATED",
    trigger: (c) => (c.otherRequirements.electronicAvailable = null),
    expect: { element: E.ART14_1_14, severity: ERROR, path: ["otherRequirements", "electronicAvailable"] },
  },
  {
    rule: "NECESSARY_SERVICES_NOT_STATED",
    trigger: (c) => (c.otherRequirements.necessaryServices = []),
    expect: { element: E.ART14_1_14, severity: ERROR, path: ["otherRequirements", "necessaryServices"] },
    pass: (c) => Object.assign(c.otherRequirements, { necessaryServices: [], necessaryServicesNoneStated: true }),
  },
  {
    rule: "OTHER_REQUIREMENTS_FLAG_NOT_STATED",
    trigger: (c) => (c.otherRequirements.complexRequest = null),
    expect: { element: E.ART14_1_14, severity: WARNING, path: ["otherRequirements", "complexRequest"] },
  },
  {
    rule: "INFORMATION_SYSTEMS_NOT_LISTED",
    trigger: (c) => (c.otherRequirements.informationSystems = []),
    expect: { element: E.ART14_1_14, severity: ERROR, path: ["otherRequirements", "informationSystems"] },
  },
  {
    rule: "ELECTRONIC_SIGNATURE_NOT_DECLARED",
    trigger: (c) => (c.otherRequirements.electronicSignature = null),
    expect: { element: E.ART14_1_14, severity: WARNING, path: ["otherRequirements", "electronicSignature"] },
    pass: (c) => {
      c.otherRequirements.electronicSignature = null;
      c.submissionChannels.channels = [Channel.IN_PERSON, Channel.MFC];
    },
  },
  {
    rule: "ELECTRONIC_AVAILABILITY_CONTRADICTS_CHANNELS",
    trigger: (c) => (c.otherRequirements.electronicAvailable = false),
    expect: { element: E.ART14_1_14, severity: WARNING, path: ["otherRequirements", "electronicAvailable"] },
    pass: (c) => {
      c.otherRequirements.electronicAvailable = false;
      c.submissionChannels.channels = [Channel.IN_PERSON, Channel.MFC];
    },
  },

  // MFC (D-19, D-35)
  {
    rule: "MFC_AGREEMENT_MISSING",
    trigger: (c) => (c.provider.mfcAgreement = null),
    expect: { element: E.ART14_1_2, severity: WARNING, path: ["provider", "mfcAgreement"] },
    pass: (c) => {
      noMfc(c);
      c.provider.mfcAgreement = null;
    },
  },
  {
    rule: "MFC_REFUSAL_NOT_STATED",
    trigger: (c) => (c.provider.mfcMayRefuseAcceptance = null),
    expect: { element: E.ART14_1_2, severity: WARNING, path: ["provider", "mfcMayRefuseAcceptance"] },
  },
  {
    rule: "MFC_PARTICIPATION_INCONSISTENT",
    trigger: (c) => (c.provider.mfcParticipation = MfcParticipation.NONE),
    expect: { element: E.ART14_1_14, severity: WARNING, path: ["otherRequirements", "mfcAvailable"] },
  },
  {
    rule: "MFC_PARTICIPATION_INCONSISTENT",
    name: "in full",
    trigger: (c) => (c.provider.mfcParticipation = MfcParticipation.FULL),
    expect: { element: E.ART14_1_14, severity: WARNING, path: ["otherRequirements", "mfcInFull"] },
    pass: (c) => {
      c.provider.mfcParticipation = MfcParticipation.FULL;
      c.otherRequirements.mfcInFull = true;
    },
  },
  {
    rule: "MFC_CHANNEL_NOT_LISTED",
    trigger: (c) => (c.submissionChannels.channels = [Channel.IN_PERSON, Channel.EPGU]),
    expect: { element: E.ART14_2_2, severity: WARNING, path: ["submissionChannels", "channels"] },
    pass: noMfc,
  },

  {
    rule: "MFC_PARTICIPATION_NOT_STATED",
    trigger: (c) => (c.provider.mfcParticipation = null),
    expect: { element: E.ART14_1_2, severity: ERROR, path: ["provider", "mfcParticipation"], message: /МФЦ/ },
    pass: (c) => {
      c.provider.mfcParticipation = null;
      noMfc(c);
      c.provider.mfcParticipation = null;
    },
  },

  // progress information (D-20)
  {
    rule: "PROGRESS_INFORMATION_ELECTRONIC_MISSING",
    trigger: (c) => (c.progressInformation.channels = [Channel.IN_PERSON, Channel.PHONE]),
    expect: { element: E.ART14_2_4, severity: ERROR, path: ["progressInformation", "channels"], message: /ЕПГУ/ },
    pass: (c) => (c.progressInformation.channels = [Channel.REGIONAL_PORTAL, Channel.PHONE]),
  },
  {
    rule: "PROGRESS_INFORMATION_ELECTRONIC_MISSING",
    name: "a warning in a regular standard",
    profile: REGULAR,
    trigger: (c) => (c.progressInformation.channels = [Channel.PHONE]),
    expect: { element: E.ART14_2_4, severity: WARNING, path: ["progressInformation", "channels"] },
    pass: (c) => {
      c.progressInformation.channels = [Channel.PHONE];
      c.submissionChannels.channels = [Channel.IN_PERSON, Channel.MFC];
    },
  },

  // auxiliary procedures (D-15)
  {
    rule: "AUX_PROCEDURE_DESCRIPTION_MISSING",
    trigger: (c) => (c.duplicateIssue.procedure = ""),
    expect: { element: E.ART14_2_6, severity: ERROR, path: ["duplicateIssue", "procedure"] },
  },
  {
    rule: "AUX_PROCEDURE_DESCRIPTION_MISSING",
    name: "a warning in a regular standard",
    profile: REGULAR,
    trigger: (c) => (c.typoCorrection.procedure = null),
    expect: { element: E.ART14_2_5, severity: WARNING, path: ["typoCorrection", "procedure"] },
  },
  {
    rule: "AUX_PROCEDURE_TERM_MISSING",
    trigger: (c) => (c.leaveWithoutConsideration.term = null),
    expect: { element: E.ART14_2_7, severity: ERROR, path: ["leaveWithoutConsideration", "term"] },
  },
  {
    rule: "AUX_PROCEDURE_NOT_APPLICABLE_BASIS_MISSING",
    trigger: (c) => (c.leaveWithoutConsideration = { notApplicable: true }),
    expect: { element: E.ART14_2_7, severity: ERROR, path: ["leaveWithoutConsideration", "legalBases"] },
    pass: (c) => (c.leaveWithoutConsideration = { notApplicable: true, legalBases: [{ key: "r", actId: ACT.fz210, article: "14" }] }),
  },

  // forms (п. 8 ч. 2 ст. 14)
  {
    rule: "FORM_MISSING",
    trigger: (c) => (c.forms.duplicate = null),
    expect: { element: E.ART14_2_8, severity: ERROR, path: ["forms", "duplicate"] },
    pass: (c) => (c.forms.duplicate = { exemptionBasis: { key: "r", actId: ACT.grk, article: "51" } }),
  },
  {
    rule: "FORM_MISSING",
    name: "no withdrawal form when the procedure does not apply",
    profile: REGULAR,
    trigger: (c) => (c.forms.withdrawal = { title: " " }),
    expect: { element: E.ART14_2_8, severity: WARNING, path: ["forms", "withdrawal"] },
    pass: (c) => {
      c.forms.withdrawal = null;
      c.leaveWithoutConsideration = { notApplicable: true, legalBases: [{ key: "r", actId: ACT.fz210 }] };
    },
  },
  {
    rule: "FORM_EXEMPTION_NOT_FEDERAL_LAW",
    trigger: (c) => (c.forms.result = { exemptionBasis: { key: "r", actId: ACT.govDecree } }),
    expect: { element: E.ART14_2_8, severity: ERROR, path: ["forms", "result", "exemptionBasis", "actId"] },
    pass: (c) => (c.forms.result = { exemptionBasis: { key: "r", actId: ACT.grk, article: "51" } }),
  },

  // fidelity to real texts (issue 12)
  {
    rule: "TERM_START_EVENT_MISSING",
    name: "a registration term runs from receipt: no start event needed",
    trigger: (c) => (c.term.startEvent = null),
    expect: { element: E.ART14_1_4, severity: ERROR, path: ["term", "startEvent"] },
    pass: (c) => (byKey(c.registrationTerms.items, "reg-epgu").term.startEvent = null),
  },
  {
    rule: "REGISTRATION_TERM_MISSING_FOR_CHANNEL",
    name: "one term for every channel covers them all, also one added later",
    trigger: (c) => (c.registrationTerms.items = [{ key: "reg-mfc", channel: Channel.MFC, sameDay: true }]),
    expect: { element: E.ART14_1_11, severity: ERROR, path: ["submissionChannels", "channels", Channel.IN_PERSON] },
    pass: (c) => {
      c.registrationTerms.items = [{ key: "reg-all", allChannels: true, term: { value: 1, unit: "WORKING_DAYS" } }];
      c.submissionChannels.channels.push(Channel.POST);
    },
  },
  {
    rule: "REGISTRATION_TERM_CHANNEL_MISSING",
    name: "a term for all channels names no channel",
    trigger: (c) => (byKey(c.registrationTerms.items, "reg-mfc").channel = null),
    expect: { element: E.ART14_1_11, severity: ERROR, path: ["registrationTerms", "items", "reg-mfc", "channel"] },
    pass: (c) => Object.assign(byKey(c.registrationTerms.items, "reg-mfc"), { channel: null, allChannels: true }),
  },
  {
    rule: "REGISTRATION_TERM_SCOPE_AMBIGUOUS",
    trigger: (c) => (byKey(c.registrationTerms.items, "reg-mfc").allChannels = true),
    expect: { element: E.ART14_1_11, severity: WARNING, path: ["registrationTerms", "items", "reg-mfc", "allChannels"] },
  },
  {
    rule: "REGISTRATION_TERM_CONFLICT",
    trigger: (c) => c.registrationTerms.items.push({ key: "reg-epgu-2", channel: Channel.EPGU, sameDay: true }),
    expect: { element: E.ART14_1_11, severity: ERROR, path: ["registrationTerms", "items", "reg-epgu-2"], message: /через ЕПГУ.*дважды/ },
    pass: (c) => {
      // the same term given twice (with other wording) is not a conflict; a term for all channels beside the channel's own is not either
      c.registrationTerms.items.push({ key: "reg-epgu-2", channel: Channel.EPGU, term: { value: 1, unit: "WORKING_DAYS" }, nonWorkingDayRule: "в первый рабочий день" });
      c.registrationTerms.items.push({ key: "reg-all", allChannels: true, sameDay: true });
    },
  },
  {
    rule: "REGISTRATION_TERM_CONFLICT",
    name: "two different terms for all channels",
    trigger: (c) =>
      (c.registrationTerms.items = [
        { key: "reg-all-1", allChannels: true, sameDay: true },
        { key: "reg-all-2", allChannels: true, term: { value: 3, unit: "WORKING_DAYS" } },
      ]),
    expect: { element: E.ART14_1_11, severity: ERROR, path: ["registrationTerms", "items", "reg-all-2"], message: /для всех способов подачи/ },
  },
  {
    rule: "QUEUE_TIME_VALUE_MISSING",
    name: "one value for both waits",
    trigger: (c) => (c.queueTime = { appointmentMinutes: 5, resultMinutes: 15 }),
    expect: { element: E.ART14_1_10, severity: ERROR, path: ["queueTime", "submissionMinutes"] },
    pass: (c) => (c.queueTime = { commonMinutes: 15 }),
  },
  {
    rule: "QUEUE_TIME_OVER_15_MINUTES_AT_MFC",
    name: "one value for both waits is reported once",
    trigger: (c) => (c.queueTime = { commonMinutes: 20 }),
    expect: { element: E.ART14_1_10, severity: ERROR, path: ["queueTime", "commonMinutes"], message: /при подаче запроса и при получении результата/ },
    pass: (c) => (c.queueTime = { commonMinutes: 15, appointmentMinutes: 5 }),
  },
  {
    rule: "QUEUE_TIME_COMMON_CONTRADICTS_SEPARATE",
    trigger: (c) => (c.queueTime = { commonMinutes: 15, resultMinutes: 30 }),
    expect: { element: E.ART14_1_10, severity: ERROR, path: ["queueTime", "resultMinutes"] },
    pass: (c) => (c.queueTime = { commonMinutes: 15, submissionMinutes: 15 }),
  },
  {
    rule: "FEE_AMOUNT_MISSING",
    name: "an amount set by reference to a norm is complete",
    trigger: (c) => {
      makePaid(c);
      c.fee.items[0].amount = null;
    },
    expect: { element: E.ART14_1_9, severity: ERROR, path: ["fee", "items", "fee-duty", "amount"] },
    pass: (c) => {
      makePaid(c);
      c.fee.items[0].amount = null;
      c.fee.items[0].legalBases = [];
      c.fee.items[0].amountBases = [{ key: "nk-333-33", actId: ACT.nk, article: "333.33", item: "1", subitem: "24" }];
    },
  },
  {
    rule: "LEGAL_BASIS_MISSING",
    name: "a fee set by reference to a norm rests on that norm",
    trigger: (c) => {
      makePaid(c);
      c.fee.items[0].legalBases = [];
    },
    expect: { element: E.ART14_1_9, severity: ERROR, path: ["fee", "items", "fee-duty", "legalBases"] },
    pass: (c) => {
      makePaid(c);
      c.fee.items[0].legalBases = [];
      c.fee.items[0].amountBases = [{ key: "nk-333-33", actId: ACT.nk, article: "333.33", item: "1", subitem: "24" }];
    },
  },
  {
    rule: "FEE_STATE_DUTY_BASIS_NOT_TAX_CODE",
    name: "a regional act as the basis of a state duty",
    trigger: (c) => {
      makePaid(c);
      c.fee.items[0].legalBases.push({ key: "ref-regional", actId: ACT.regionalFee, article: "3" });
    },
    expect: { element: E.ART14_1_9, severity: ERROR, path: ["fee", "items", "fee-duty", "legalBases", "ref-regional", "actId"] },
  },
  {
    rule: "FEE_STATE_DUTY_BASIS_NOT_TAX_CODE",
    name: "an article of the Tax Code outside chapter 25.3",
    trigger: (c) => {
      makePaid(c);
      c.fee.items[0].amountBases = [{ key: "nk-217", actId: ACT.nk, article: "217" }];
      c.fee.items[0].legalBases = [];
    },
    expect: { element: E.ART14_1_9, severity: ERROR, path: ["fee", "items", "fee-duty", "amountBases", "nk-217", "article"] },
    pass: (c) => {
      makePaid(c);
      c.fee.items[0].amountBases = [{ key: "nk-333-35", actId: ACT.nk, article: "333.35", item: "4" }];
    },
  },
  {
    rule: "OTHER_REQUIREMENTS_EXTRATERRITORIAL_NOT_STATED",
    trigger: (c) => (c.otherRequirements.extraterritorial = null),
    expect: { element: E.ART14_1_14, severity: ERROR, path: ["otherRequirements", "extraterritorial"] },
  },
  {
    rule: "PROVIDER_MISSING",
    name: "a provider named as a class of bodies fills the element",
    trigger: (c) => (c.provider = { responsibleUnit: "Архивный отдел" }),
    expect: { element: E.ART14_1_2, severity: ERROR, path: ["provider", "authorityId"] },
    pass: (c) => (c.provider = { ...c.provider, authorityId: null, providerClass: "органы местного самоуправления муниципальных районов" }),
  },
  {
    rule: "REPRESENTATION_CONTRADICTS_ALLOWED",
    trigger: (c) => {
      c.applicants.representativeAllowed = false;
      c.applicants.representation = [{ key: "rep-epgu", channels: [Channel.EPGU], allowed: true }];
    },
    expect: { element: E.ART14_2_1, severity: ERROR, path: ["applicants", "representation", "rep-epgu", "allowed"] },
    pass: (c) => (c.applicants.representation = [{ key: "rep-epgu", channels: [Channel.EPGU], allowed: true, authorityDocumentKeys: ["doc-power-of-attorney"] }]),
  },
  {
    rule: "REPRESENTATION_DOCUMENT_UNKNOWN",
    trigger: (c) => (c.applicants.representation = [{ key: "rep-all", allowed: true, authorityDocumentKeys: ["doc-nowhere"] }]),
    expect: { element: E.ART14_1_6, severity: ERROR, path: ["applicants", "representation", "rep-all", "authorityDocumentKeys", "doc-nowhere"] },
    pass: (c) => (c.applicants.representation = [{ key: "rep-all", allowed: true, authorityDocumentKeys: ["doc-power-of-attorney"] }]),
  },
  {
    rule: "REPRESENTATION_CHANNEL_NOT_LISTED",
    trigger: (c) => (c.applicants.representation = [{ key: "rep-post", channels: [Channel.POST], allowed: true }]),
    expect: { element: E.ART14_2_1, severity: WARNING, path: ["applicants", "representation", "rep-post", "channels", Channel.POST] },
    pass: (c) => (c.applicants.representation = [{ key: "rep-epgu", channels: [Channel.EPGU], allowed: true }]),
  },
  {
    rule: "DOCUMENTS_REPRESENTATIVE_AUTHORITY_MISSING",
    name: "representatives allowed by the way they apply, with the power of attorney named by key",
    trigger: (c) => {
      removeKey(applicantDocs(c), "doc-power-of-attorney");
      c.applicants.representativeAllowed = null;
      c.applicants.representation = [{ key: "rep-all", allowed: true }];
    },
    expect: { element: E.ART14_1_6, severity: WARNING, path: [...APPLICANT] },
    pass: (c) => {
      byKey(applicantDocs(c), "doc-power-of-attorney").name = "Нотариально удостоверенный документ";
      byKey(applicantDocs(c), "doc-power-of-attorney").condition = null;
      c.applicants.representativeAllowed = null;
      c.applicants.representation = [{ key: "rep-all", allowed: true, authorityDocumentKeys: ["doc-power-of-attorney"] }];
    },
  },
  {
    rule: "REFERENCE_NOT_FOUND",
    name: "a provider id that is not registered",
    authorities: AUTHORITIES,
    trigger: (c) => (c.provider.authorityId = "garbage"),
    expect: { element: E.ART14_1_2, severity: ERROR, path: ["provider", "authorityId"] },
  },
  {
    rule: "REFERENCE_NOT_FOUND",
    name: "an act id that is not registered, in a list addressed by keys",
    authorities: AUTHORITIES,
    trigger: (c) => (byKey(applicantDocs(c), "doc-request").legalBases = [{ key: "ref-x", actId: "act-nowhere" }]),
    expect: { element: E.ART14_1_6, severity: ERROR, path: [...APPLICANT, "doc-request", "legalBases", "ref-x", "actId"] },
  },
];

describe("consistency rules", () => {
  describe.each(CASES.map((c) => [`${c.rule}${c.name ? ` (${c.name})` : ""}`, c] as const))("%s", (_title, c) => {
    it(`triggers: ${c.expect.severity} on ${c.expect.path.join(".")}`, () => {
      const found = issuesOf(c.rule, c.trigger, c.profile, c.acts, c.authorities);
      expect(found).toContainEqual(
        expect.objectContaining({ rule: c.rule, element: c.expect.element, severity: c.expect.severity, path: c.expect.path }),
      );
      const issue = found.find((i) => i.path.join("/") === c.expect.path.join("/"))!;
      expect(issue.message).toMatch(/[А-Яа-яЁё]/);
      expect(issue.legalReference).toContain("Федерального закона от 27.07.2010 № 210-ФЗ");
      if (c.expect.message) expect(issue.message).toMatch(c.expect.message);
    });

    it("does not trigger on the near miss", () => {
      expect(issuesOf(c.rule, c.pass, c.passProfile ?? c.profile, c.acts, c.authorities)).toEqual([]);
    });
  });

  it("has a triggering case for every consistency rule", () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect(CONSISTENCY_RULES.map((r) => r.info.code).filter((code) => !covered.has(code))).toEqual([]);
  });

  it("no consistency rule fires on the golden standard", () => {
    for (const profile of [UNIFIED, REGULAR]) expect(run(undefined, profile).issues).toEqual([]);
  });
});

describe("catch-all wordings (D-10)", () => {
  const flag = (name: string) =>
    issuesOf("EXHAUSTIVE_LIST_CATCH_ALL", (c) => applicantDocs(c).push({ key: "doc-x", name, form: DocumentForm.COPY, legalBases: [{ key: "r", actId: ACT.regulation }] }));

  it.each([
    "Иные документы",
    "Другие документы, необходимые для рассмотрения заявления",
    "Паспорт, СНИЛС и другие",
    "Справки о доходах и т.п.",
    "Выписки из реестров и т. д.",
    "Документы в иных случаях, предусмотренных законодательством",
    "Копии иных документов",
  ])("flags «%s»", (name) => {
    expect(flag(name)).toHaveLength(1);
  });

  it.each([
    "Документ, удостоверяющий личность заявителя",
    "Согласие правообладателя другого объекта капитального строительства",
    "Единые требования к проектной документации",
    "Документ, подтверждающий полномочия представителя (доверенность)",
  ])("accepts «%s»", (name) => {
    expect(flag(name)).toEqual([]);
  });
});

describe("presence rules", () => {
  /** What makes each element empty, and the path the presence issue names. */
  const EMPTY: Record<E, { damage: Damage; path: string[] }> = {
    ART14_1_1: { damage: (c) => (c.name = { fullName: " ", shortName: "Разрешение" }), path: ["name", "fullName"] },
    ART14_1_2: { damage: (c) => (c.provider = null), path: ["provider", "authorityId"] },
    ART14_1_3: { damage: (c) => (c.results = { items: [], registryModel: false }), path: ["results", "items"] },
    ART14_1_4: { damage: (c) => (c.term = { legalBases: [] }), path: ["term"] },
    ART14_1_5: { damage: (c) => (c.legalBases = { items: [{ key: "x", actId: null }] }), path: ["legalBases", "items"] },
    ART14_1_6: { damage: (c) => (c.documents = { applicantDocuments: { items: [] }, interagencyDocuments: null }), path: ["documents"] },
    ART14_1_7: { damage: (c) => (c.acceptanceRefusalGrounds = { items: [], noneStated: false }), path: ["acceptanceRefusalGrounds"] },
    ART14_1_8: { damage: (c) => delete c.suspensionAndRefusal, path: ["suspensionAndRefusal"] },
    ART14_1_9: { damage: (c) => (c.fee = { free: false, items: [] }), path: ["fee"] },
    ART14_1_10: { damage: (c) => (c.queueTime = { appointmentMinutes: 5 }), path: ["queueTime"] },
    ART14_1_11: { damage: (c) => (c.registrationTerms = { items: [] }), path: ["registrationTerms", "items"] },
    ART14_1_12: { damage: (c) => (c.premises = { premises: "", accessibility: [] }), path: ["premises"] },
    ART14_1_13: { damage: (c) => (c.indicators = null), path: ["indicators", "items"] },
    ART14_1_14: { damage: (c) => (c.otherRequirements = {}), path: ["otherRequirements"] },
    ART14_2_1: { damage: (c) => (c.applicants = { items: [], representativeAllowed: true }), path: ["applicants", "items"] },
    ART14_2_2: { damage: (c) => (c.submissionChannels = { channels: [] }), path: ["submissionChannels", "channels"] },
    ART14_2_3: { damage: (c) => delete c.fee, path: ["fee"] },
    ART14_2_4: { damage: (c) => (c.progressInformation = { note: "" }), path: ["progressInformation", "channels"] },
    ART14_2_5: { damage: (c) => (c.typoCorrection = { procedure: " ", channels: [] }), path: ["typoCorrection"] },
    ART14_2_6: { damage: (c) => (c.duplicateIssue = null), path: ["duplicateIssue"] },
    ART14_2_7: { damage: (c) => (c.leaveWithoutConsideration = {}), path: ["leaveWithoutConsideration"] },
    ART14_2_8: { damage: (c) => (c.forms = { request: { title: "" }, result: null }), path: ["forms"] },
    ART14_2_9: { damage: (c) => delete c.resultDelivery, path: ["resultDelivery", "channels"] },
  };

  it("there is exactly one presence rule per element", () => {
    expect(PRESENCE_RULES.map((p) => p.element)).toEqual(Object.values(E));
    expect(new Set(PRESENCE_RULES.map((p) => p.rule.info.code)).size).toBe(23);
  });

  describe.each(PRESENCE_RULES.map((p) => [p.rule.info.code, p] as const))("%s", (code, p) => {
    const { damage, path } = EMPTY[p.element];
    const part2 = p.element.startsWith("ART14_2_");

    it("unified: an empty element is an ERROR and MISSING", () => {
      const report = run(damage, UNIFIED);
      expect(report.issues.filter((i) => i.rule === code)).toEqual([expect.objectContaining({ element: p.element, severity: ERROR, path })]);
      expect(report.elements.find((e) => e.element === p.element)!.status).toBe("MISSING");
      expect(report.complete).toBe(false);
    });

    it(`regular: ${part2 ? "a WARNING and NOT_REQUIRED" : "an ERROR and MISSING"}`, () => {
      const report = run(damage, REGULAR);
      expect(report.issues.filter((i) => i.rule === code)).toEqual([
        expect.objectContaining({ element: p.element, severity: part2 ? WARNING : ERROR, path }),
      ]);
      expect(report.elements.find((e) => e.element === p.element)!.status).toBe(part2 ? "NOT_REQUIRED" : "MISSING");
    });

    it("an empty element reports only its presence issue", () => {
      const own = run(damage, UNIFIED).issues.filter((i) => i.element === p.element);
      expect(own.map((i) => i.rule)).toEqual([code]);
    });

    it("does not trigger on the golden standard", () => {
      expect(issuesOf(code, undefined, UNIFIED)).toEqual([]);
      expect(issuesOf(code, undefined, REGULAR)).toEqual([]);
    });
  });

  it("explicit none statements make lists filled", () => {
    const report = run((c) => {
      c.acceptanceRefusalGrounds = { items: [], noneStated: true };
      c.documents.interagencyDocuments = { items: [], noneStated: true };
      c.queueTime = { noInPersonChannel: true };
      c.submissionChannels.channels = [Channel.EPGU];
      c.resultDelivery.channels = [Channel.EPGU];
      for (const r of c.results.items) r.deliveryChannels = [Channel.EPGU];
      c.provider.mfcParticipation = MfcParticipation.NONE;
      c.otherRequirements.mfcAvailable = false;
    });
    for (const e of [E.ART14_1_6, E.ART14_1_7, E.ART14_1_10]) expect(report.elements.find((s) => s.element === e)!.status).toBe("FILLED");
  });
});
