import { describeEnum } from "../shared/enum";
import type { SectionName } from "../standards/content/standard-content";

/** The 23 elements of a standard: Art. 14 part 1 items 1-14 and part 2 items 1-9 of Federal Law 210-FZ. */
export enum StandardElement {
  ART14_1_1 = "ART14_1_1",
  ART14_1_2 = "ART14_1_2",
  ART14_1_3 = "ART14_1_3",
  ART14_1_4 = "ART14_1_4",
  ART14_1_5 = "ART14_1_5",
  ART14_1_6 = "ART14_1_6",
  ART14_1_7 = "ART14_1_7",
  ART14_1_8 = "ART14_1_8",
  ART14_1_9 = "ART14_1_9",
  ART14_1_10 = "ART14_1_10",
  ART14_1_11 = "ART14_1_11",
  ART14_1_12 = "ART14_1_12",
  ART14_1_13 = "ART14_1_13",
  ART14_1_14 = "ART14_1_14",
  ART14_2_1 = "ART14_2_1",
  ART14_2_2 = "ART14_2_2",
  ART14_2_3 = "ART14_2_3",
  ART14_2_4 = "ART14_2_4",
  ART14_2_5 = "ART14_2_5",
  ART14_2_6 = "ART14_2_6",
  ART14_2_7 = "ART14_2_7",
  ART14_2_8 = "ART14_2_8",
  ART14_2_9 = "ART14_2_9",
}

export interface ElementInfo {
  code: StandardElement;
  part: 1 | 2;
  item: number;
  titleRu: string;
  titleEn: string;
  /** The content section that holds the element. */
  section: SectionName;
}

const E = StandardElement;
export const ELEMENTS: readonly ElementInfo[] = [
  { code: E.ART14_1_1, part: 1, item: 1, section: "name", titleRu: "Наименование услуги", titleEn: "Service name" },
  { code: E.ART14_1_2, part: 1, item: 2, section: "provider", titleRu: "Наименование органа, предоставляющего услугу", titleEn: "Providing body" },
  { code: E.ART14_1_3, part: 1, item: 3, section: "results", titleRu: "Результат предоставления услуги", titleEn: "Results" },
  { code: E.ART14_1_4, part: 1, item: 4, section: "term", titleRu: "Срок предоставления услуги", titleEn: "Term of provision" },
  { code: E.ART14_1_5, part: 1, item: 5, section: "legalBases", titleRu: "Правовые основания для предоставления услуги", titleEn: "Legal bases" },
  {
    code: E.ART14_1_6, part: 1, item: 6, section: "documents",
    titleRu: "Исчерпывающий перечень документов с разделением на представляемые заявителем и получаемые по межведомственным запросам",
    titleEn: "Documents (applicant / interagency)",
  },
  { code: E.ART14_1_7, part: 1, item: 7, section: "acceptanceRefusalGrounds", titleRu: "Исчерпывающий перечень оснований для отказа в приёме документов", titleEn: "Grounds to refuse acceptance of documents" },
  {
    code: E.ART14_1_8, part: 1, item: 8, section: "suspensionAndRefusal",
    titleRu: "Исчерпывающий перечень оснований для приостановления или отказа в предоставлении услуги",
    titleEn: "Grounds to suspend or refuse",
  },
  { code: E.ART14_1_9, part: 1, item: 9, section: "fee", titleRu: "Размер платы, взимаемой с заявителя, и способы её взимания", titleEn: "Fee and ways of charging" },
  {
    code: E.ART14_1_10, part: 1, item: 10, section: "queueTime",
    titleRu: "Максимальный срок ожидания в очереди при подаче запроса и при получении результата",
    titleEn: "Maximum queue waiting time",
  },
  { code: E.ART14_1_11, part: 1, item: 11, section: "registrationTerms", titleRu: "Срок регистрации запроса заявителя", titleEn: "Registration term of the request" },
  {
    code: E.ART14_1_12, part: 1, item: 12, section: "premises",
    titleRu: "Требования к помещениям, залу ожидания, местам для заполнения запросов, информационным стендам, доступность для инвалидов",
    titleEn: "Premises and accessibility",
  },
  { code: E.ART14_1_13, part: 1, item: 13, section: "indicators", titleRu: "Показатели доступности и качества услуги", titleEn: "Accessibility and quality indicators" },
  {
    code: E.ART14_1_14, part: 1, item: 14, section: "otherRequirements",
    titleRu: "Иные требования, в том числе особенности предоставления в МФЦ и в электронной форме",
    titleEn: "Other requirements (MFC, electronic form)",
  },
  { code: E.ART14_2_1, part: 2, item: 1, section: "applicants", titleRu: "Заявители", titleEn: "Applicants" },
  { code: E.ART14_2_2, part: 2, item: 2, section: "submissionChannels", titleRu: "Способы направления запроса", titleEn: "Submission channels" },
  {
    code: E.ART14_2_3, part: 2, item: 3, section: "fee",
    titleRu: "Размер платы и способы её взимания в случаях, предусмотренных федеральными законами",
    titleEn: "Fee under federal acts",
  },
  {
    code: E.ART14_2_4, part: 2, item: 4, section: "progressInformation",
    titleRu: "Порядок получения сведений о ходе рассмотрения запроса, в том числе в электронной форме",
    titleEn: "Progress information",
  },
  { code: E.ART14_2_5, part: 2, item: 5, section: "typoCorrection", titleRu: "Порядок исправления допущенных опечаток и ошибок", titleEn: "Typo correction" },
  { code: E.ART14_2_6, part: 2, item: 6, section: "duplicateIssue", titleRu: "Порядок выдачи дубликата", titleEn: "Issuing duplicates" },
  { code: E.ART14_2_7, part: 2, item: 7, section: "leaveWithoutConsideration", titleRu: "Порядок оставления запроса без рассмотрения", titleEn: "Leaving a request without consideration" },
  { code: E.ART14_2_8, part: 2, item: 8, section: "forms", titleRu: "Формы запроса, результата и заявлений", titleEn: "Forms" },
  { code: E.ART14_2_9, part: 2, item: 9, section: "resultDelivery", titleRu: "Способы направления заявителю результата", titleEn: "Result delivery channels" },
];

export const ELEMENT_BY_CODE: ReadonlyMap<StandardElement, ElementInfo> = new Map(ELEMENTS.map((e) => [e.code, e]));

/** "п. 6 ч. 1 ст. 14 Федерального закона № 210-ФЗ" */
export function elementCitation(code: StandardElement): string {
  const e = ELEMENT_BY_CODE.get(code)!;
  return `п. ${e.item} ч. ${e.part} ст. 14 Федерального закона от 27.07.2010 № 210-ФЗ`;
}

/** Several elements in one citation: "пп. 6, 7 ч. 1 и п. 5 ч. 2 ст. 14 Федерального закона № 210-ФЗ". */
export function citeElements(codes: readonly StandardElement[]): string {
  if (codes.length === 1) return elementCitation(codes[0]);
  const parts = ([1, 2] as const)
    .map((part) => ELEMENTS.filter((e) => e.part === part && codes.includes(e.code)).map((e) => e.item))
    .map((items, i) => (items.length === 0 ? "" : `${items.length === 1 ? "п." : "пп."} ${items.join(", ")} ч. ${i + 1}`))
    .filter((s) => s !== "");
  return `${parts.join(" и ")} ст. 14 Федерального закона от 27.07.2010 № 210-ФЗ`;
}

describeEnum(
  StandardElement,
  "StandardElement",
  "Элемент стандарта предоставления услуги (ст. 14 Федерального закона № 210-ФЗ): ART14_<часть>_<пункт>. An element of the standard: Art. 14 part, item.",
  Object.fromEntries(ELEMENTS.map((e) => [e.code, `п. ${e.item} ч. ${e.part} ст. 14: ${e.titleRu}. ${e.titleEn}.`])) as Record<keyof typeof StandardElement, string>,
);
