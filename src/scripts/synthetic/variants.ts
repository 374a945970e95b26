import type { Rng } from "./prng";

/**
 * Variants (Decree 1228) for a share of the synthetic services: the profiling of a typical
 * regulation (in person or through a representative; an individual or a legal entity) and
 * the variants of each positive result, selecting the service's own documents by key. Built
 * from the finished content of each version, with keys derived from the items they select,
 * so every version of a service gets the same variant keys and stays complete.
 */

type J = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const REPRESENTATIVE = /представител|доверенност/iu;

/** The share of synthetic services that have variants. */
export const VARIANT_SHARE = 0.3;

/** The variant keys a synthetic service may have (for the bench's requirements scenario). */
export const SYNTHETIC_VARIANT_KEYS = ["syn-var-self-individual", "syn-var-self-legal", "syn-var-representative"] as const;

const AUXILIARY = [
  { key: "typo", section: "typoCorrection", kind: "TYPO_CORRECTION", name: "Исправление допущенных опечаток и ошибок в выданных в результате предоставления услуги документах", result: "Документ с исправленными опечатками и ошибками (или уведомление об отсутствии таких опечаток и ошибок)" },
  { key: "duplicate", section: "duplicateIssue", kind: "DUPLICATE", name: "Выдача дубликата документа, выданного по результатам предоставления услуги", result: "Дубликат документа, выданного по результатам предоставления услуги" },
  { key: "leave", section: "leaveWithoutConsideration", kind: "LEAVE_WITHOUT_CONSIDERATION", name: "Оставление запроса о предоставлении услуги без рассмотрения", result: "Решение об оставлении запроса о предоставлении услуги без рассмотрения" },
] as const;

export function addVariants(content: J, rng: Rng): J {
  const positive = (content.results?.items ?? []).filter((r: J) => r.positive !== false);
  if (positive.length === 0) return content;
  const applicant: J[] = content.documents?.applicantDocuments?.items ?? [];
  const interagency: J[] = content.documents?.interagencyDocuments?.items ?? [];
  const representativeDoc = applicant.find((d) => REPRESENTATIVE.test(`${d.name} ${d.condition ?? ""}`));
  const withRepresentative = content.applicants?.representativeAllowed === true && !!representativeDoc;
  const own = applicant.filter((d) => d !== representativeDoc);
  const channels: string[] = content.submissionChannels?.channels ?? [];

  const select = (variant: string, docs: J[]) => ({ items: docs.map((d) => ({ key: `${variant}-${d.key}`, documentKey: d.key })) });
  const procedures = (variant: string) => [
    { key: `${variant}-reception`, kind: "RECEPTION", included: true },
    interagency.length
      ? { key: `${variant}-interagency`, kind: "INTERAGENCY", included: true }
      : { key: `${variant}-interagency`, kind: "INTERAGENCY", included: false, omittedReason: "Не приводится: документы по межведомственным запросам в этом варианте не запрашиваются." },
    { key: `${variant}-decision`, kind: "DECISION", included: true },
    { key: `${variant}-delivery`, kind: "RESULT_DELIVERY", included: true },
  ];
  const shorter = content.term?.value > 3 && rng.chance(0.5);
  const variant = (key: string, number: number, name: string, valueKeys: string[], docs: J[], representativeAllowed: boolean, term = false) => ({
    key,
    number,
    name,
    kind: "MAIN",
    resultKey: positive[0].key,
    combinations: [{ key: `${key}-row`, code: String(number), valueKeys }],
    ...(term ? { term: { value: content.term.value - 1, unit: content.term.unit, startEvent: content.term.startEvent } } : {}),
    documents: select(key, docs),
    representativeAllowed,
    procedures: procedures(key),
  });

  const attributes: J[] = [];
  if (withRepresentative) {
    attributes.push({
      key: "syn-who",
      code: "1",
      name: "Кто обращается за услугой",
      subject: "APPLICANT",
      question: "Вы обращаетесь самостоятельно или через представителя?",
      values: [
        { key: "syn-who-self", code: "1", name: "Заявитель обращается самостоятельно" },
        { key: "syn-who-representative", code: "2", name: "Заявитель обращается через представителя" },
      ],
    });
  }
  attributes.push({
    key: "syn-category",
    code: String(attributes.length + 1),
    name: "Категория заявителя",
    subject: "APPLICANT",
    question: "Кто является заявителем?",
    values: [
      { key: "syn-category-individual", code: "1", name: "Физическое лицо или индивидуальный предприниматель" },
      { key: "syn-category-legal", code: "2", name: "Юридическое лицо" },
    ],
  });
  const self = withRepresentative ? ["syn-who-self"] : [];
  const variants: J[] = [
    variant(SYNTHETIC_VARIANT_KEYS[0], 1, "Заявитель — физическое лицо или индивидуальный предприниматель, обращается самостоятельно", [...self, "syn-category-individual"], [...own, ...interagency], false, shorter),
    variant(SYNTHETIC_VARIANT_KEYS[1], 2, "Заявитель — юридическое лицо, обращается самостоятельно", [...self, "syn-category-legal"], [...own, ...interagency], false),
  ];
  if (withRepresentative) {
    variants.push(variant(SYNTHETIC_VARIANT_KEYS[2], 3, "Заявитель обращается через представителя", ["syn-who-representative"], [...applicant, ...interagency], true));
  }
  // every other positive result: one variant for everyone who asks for it
  positive.slice(1).forEach((result: J, i: number) => {
    variants.push({
      key: `syn-var-result-${result.key}`,
      number: variants.length + 1,
      name: `Получение результата «${String(result.name).slice(0, 200)}»`,
      kind: "MAIN",
      resultKey: result.key,
      documents: select(`syn-var-result-${i}`, [...applicant, ...interagency]),
      procedures: procedures(`syn-var-result-${i}`),
    });
  });
  // the auxiliary variants a list of variants must include (correction of typos, a duplicate,
  // leaving a request without consideration when that procedure applies), each with a result
  // of its own, so that the main results' questionnaires stay what they were
  const results: J[] = [...(content.results?.items ?? [])];
  for (const aux of AUXILIARY) {
    const section = content[aux.section];
    if (!section || section.notApplicable === true) continue;
    const resultKey = `syn-res-${aux.key}`;
    results.push({ key: resultKey, name: aux.result, kind: positive[0].kind, positive: true, ...(positive[0].deliveryChannels ? { deliveryChannels: positive[0].deliveryChannels } : {}) });
    const key = `syn-var-${aux.key}`;
    variants.push({
      key,
      number: variants.length + 1,
      name: aux.name,
      kind: aux.kind,
      resultKey,
      documents: select(key, own.slice(0, 1)),
      procedures: procedures(key),
    });
  }
  return {
    ...content,
    results: { ...content.results, items: results },
    profiling: {
      attributes,
      methods: ["ORAL_QUESTIONNAIRE", ...(channels.includes("EPGU") ? ["EPGU_EXPERT_SYSTEM"] : [])],
      places: channels.filter((c) => c === "IN_PERSON" || c === "MFC" || c === "EPGU"),
      communication: ["ORAL", ...(channels.includes("EPGU") ? ["ELECTRONIC"] : [])],
      procedure: "Вариант определяется по ответам заявителя на вопросы о признаках, приведённых в приложении к регламенту.",
    },
    variants,
  };
}
