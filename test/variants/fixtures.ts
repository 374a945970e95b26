import { Channel, DocumentForm, ResultKind, TermStart, TermUnit } from "../../src/standards/content/enums";
import type { StandardContent } from "../../src/standards/content/standard-content";
import { ProcedureKind, VariantKind } from "../../src/standards/content/variants";
import { ACT, goldenStandard } from "../completeness/fixtures";

/**
 * The golden complete standard of the completeness tests (construction permit) with
 * Decree 1228 variants. A TEST fixture, not a seed: the profiling table and the variants
 * are illustrative, built to be complete so that each test damages one thing.
 *
 * Profiling: «Кто обращается за услугой» (сам / представитель) and «Категория застройщика»
 * (физическое / юридическое лицо). For the permit: variant 1 — applicant in person, an
 * individual; 2 — in person, a legal entity; 3 — through a representative (any category).
 * Variants 4-6: typo correction, duplicate, leaving the request without consideration.
 */
export function goldenWithVariants(): StandardContent {
  const c = goldenStandard();
  const channels = () => [Channel.IN_PERSON, Channel.MFC, Channel.EPGU];
  c.results!.items!.push(
    { key: "result-corrected", name: "Разрешение на строительство с исправленными опечатками и ошибками", kind: ResultKind.DOCUMENT_ELECTRONIC, positive: true, deliveryChannels: channels() },
    { key: "result-duplicate", name: "Дубликат разрешения на строительство", kind: ResultKind.DOCUMENT_PAPER, positive: true, deliveryChannels: channels() },
    { key: "result-left", name: "Решение об оставлении заявления без рассмотрения", kind: ResultKind.DOCUMENT_ELECTRONIC, positive: true, deliveryChannels: channels() },
  );
  const application = (key: string, name: string, note: string) => ({ key, name, form: DocumentForm.ORIGINAL, copies: 1, legalBases: [{ key: `ref-${key}`, actId: ACT.regulation, note }] });
  c.documents!.applicantDocuments!.items!.push(
    application("doc-typo-request", "Заявление об исправлении допущенных опечаток и ошибок", "прил. 3"),
    application("doc-duplicate-request", "Заявление о выдаче дубликата разрешения на строительство", "прил. 4"),
    application("doc-withdrawal-request", "Заявление об оставлении заявления без рассмотрения", "прил. 5"),
  );
  c.profiling = {
    attributes: [
      {
        key: "who",
        code: "1",
        name: "Кто обращается за услугой",
        subject: "APPLICANT" as never,
        question: "Вы обращаетесь сами или через представителя?",
        values: [
          { key: "who-self", code: "1", name: "Заявитель обращается самостоятельно" },
          { key: "who-rep", code: "2", name: "Заявитель обращается через представителя" },
        ],
      },
      {
        key: "category",
        code: "2",
        name: "Категория застройщика",
        subject: "APPLICANT" as never,
        question: "Кто является застройщиком?",
        values: [
          { key: "cat-individual", code: "1", name: "Физическое лицо или индивидуальный предприниматель" },
          { key: "cat-legal", code: "2", name: "Юридическое лицо" },
        ],
      },
    ],
    methods: ["ORAL_QUESTIONNAIRE", "EPGU_EXPERT_SYSTEM"] as never,
    places: [Channel.IN_PERSON, Channel.MFC, Channel.EPGU],
    communication: ["ORAL", "ELECTRONIC"] as never,
    procedure: "Вариант определяется по ответам заявителя на вопросы, предусмотренные приложением № 6 к регламенту.",
    annex: "Приложение № 6 к административному регламенту",
  };
  const main = (key: string, number: number, name: string, combinations: string[][], representative: boolean) => ({
    key,
    number,
    name,
    kind: VariantKind.MAIN,
    resultKey: "result-permit",
    combinations: combinations.map((valueKeys, i) => ({ key: `${key}-row-${i + 1}`, code: `${number}.${i + 1}`, valueKeys })),
    term: { value: 5, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.REQUEST_RECEIPT },
    registrationTerms: structuredClone(c.registrationTerms!.items!),
    submissionChannels: channels(),
    resultDelivery: { channels: channels(), term: { value: 1, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.DECISION } },
    documents: {
      items: [
        { key: `${key}-doc-request`, documentKey: "doc-request", channelRequirements: [
          { key: `${key}-request-epgu`, channels: [Channel.EPGU], form: DocumentForm.ELECTRONIC_DOCUMENT },
          { key: `${key}-request-paper`, channels: [Channel.IN_PERSON, Channel.MFC], form: DocumentForm.ORIGINAL },
        ] },
        { key: `${key}-doc-identity`, documentKey: "doc-identity", channelRequirements: [
          { key: `${key}-identity-epgu`, channels: [Channel.EPGU], notSubmitted: true, note: "Личность подтверждается через ЕСИА" },
          { key: `${key}-identity-paper`, channels: [Channel.IN_PERSON, Channel.MFC], form: DocumentForm.ORIGINAL_FOR_INSPECTION },
        ] },
        ...(representative ? [{ key: `${key}-doc-poa`, documentKey: "doc-power-of-attorney" }] : []),
        { key: `${key}-doc-project`, documentKey: "doc-project" },
        { key: `${key}-doc-land`, documentKey: "doc-land-title" },
        { key: `${key}-doc-gpzu`, documentKey: "doc-gpzu" },
        { key: `${key}-doc-expertise`, documentKey: "doc-expertise" },
      ],
    },
    acceptanceRefusalGrounds: { groundKeys: ["arg-wrong-body", "arg-signature", "arg-form"] },
    suspensionGrounds: { noneStated: true, noneStatement: "Основания для приостановления не предусмотрены" },
    refusalGrounds: { groundKeys: ["rg-no-documents", "rg-gpzu", "rg-permitted-use"] },
    fee: { free: true },
    procedures: [
      { key: `${key}-p-reception`, kind: ProcedureKind.RECEPTION, included: true },
      { key: `${key}-p-interagency`, kind: ProcedureKind.INTERAGENCY, included: true },
      { key: `${key}-p-suspension`, kind: ProcedureKind.SUSPENSION, included: false, omittedReason: "Не приводится, поскольку не предусмотрена законодательством" },
      { key: `${key}-p-decision`, kind: ProcedureKind.DECISION, included: true },
      { key: `${key}-p-delivery`, kind: ProcedureKind.RESULT_DELIVERY, included: true },
    ],
    identification: [
      { key: `${key}-id-epgu`, channels: [Channel.EPGU], methods: ["ESIA"] as never },
      { key: `${key}-id-paper`, channels: [Channel.IN_PERSON, Channel.MFC], methods: ["IDENTITY_DOCUMENT"] as never },
    ],
    representativeAllowed: representative,
    extraterritorial: false,
  });
  const auxiliary = (key: string, number: number, name: string, kind: VariantKind, resultKey: string, requestKey: string, refusalKeys: string[] | null) => ({
    key,
    number,
    name,
    kind,
    resultKey,
    term: { value: kind === VariantKind.LEAVE_WITHOUT_CONSIDERATION ? 1 : 5, unit: TermUnit.WORKING_DAYS, startEvent: TermStart.APPLICANT_REQUEST },
    documents: {
      items: [
        { key: `${key}-doc-request`, documentKey: requestKey },
        { key: `${key}-doc-identity`, documentKey: "doc-identity" },
        { key: `${key}-doc-poa`, documentKey: "doc-power-of-attorney" },
      ],
    },
    acceptanceRefusalGrounds: { noneStated: true, noneStatement: "Основания для отказа в приёме заявления отсутствуют" },
    refusalGrounds: refusalKeys ? { groundKeys: refusalKeys } : { noneStated: true },
    procedures: [
      { key: `${key}-p-reception`, kind: ProcedureKind.RECEPTION, included: true },
      { key: `${key}-p-interagency`, kind: ProcedureKind.INTERAGENCY, included: false, omittedReason: "Межведомственные запросы не направляются" },
      { key: `${key}-p-decision`, kind: ProcedureKind.DECISION, included: true },
    ],
  });
  c.variants = [
    main("v-self-individual", 1, "Заявитель — физическое лицо или ИП, обращается самостоятельно", [["who-self", "cat-individual"]], false),
    main("v-self-legal", 2, "Заявитель — юридическое лицо, обращается самостоятельно", [["who-self", "cat-legal"]], false),
    main("v-representative", 3, "Заявитель обращается через представителя", [["who-rep"]], true),
    auxiliary("v-typo", 4, "Исправление допущенных опечаток и ошибок в разрешении", VariantKind.TYPO_CORRECTION, "result-corrected", "doc-typo-request", ["typo-rg-none-found"]),
    auxiliary("v-duplicate", 5, "Выдача дубликата разрешения на строительство", VariantKind.DUPLICATE, "result-duplicate", "doc-duplicate-request", ["dup-rg-not-applicant"]),
    auxiliary("v-withdrawal", 6, "Оставление заявления без рассмотрения", VariantKind.LEAVE_WITHOUT_CONSIDERATION, "result-left", "doc-withdrawal-request", null),
  ] as never;
  return c;
}

/** The variant of the golden content with this key (tests damage variants by key). */
export function variant(c: StandardContent, key: string) {
  const found = c.variants?.find((v) => v.key === key);
  if (!found) throw new Error(`no variant ${key}`);
  return found as any; // eslint-disable-line @typescript-eslint/no-explicit-any
}
