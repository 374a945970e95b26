import type { GroundList, LegalReference } from "../../standards/content/common";
import type { DocumentList } from "../../standards/content/part1";
import type { StandardContent } from "../../standards/content/standard-content";
import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { citesPinpoint, eachItem, isStated, nonEmpty, quote } from "./helpers";
import { isCatchAll } from "./catch-all";

/*
 * "Исчерпывающий перечень" (пп. 6-8 ч. 1, пп. 5-6 ч. 2 ст. 14): the lists of documents and
 * of grounds are closed. They are enumerated (no catch-all item, D-10) and an empty list is
 * stated as empty (D-11), so that nothing outside the list can be demanded or used to refuse.
 */

interface ExhaustiveItem {
  key?: string | null;
  name?: string | null;
  text?: string | null;
  legalBases?: LegalReference[] | null;
}

interface ExhaustiveList {
  element: E;
  path: readonly string[];
  list: DocumentList | GroundList | null | undefined;
  /** The field holding the wording of an item. */
  field: "name" | "text";
  /** Genitive: "Перечень <label>". */
  label: string;
  /** The list is one of two in its element; the element's presence rule covers only the whole. */
  sublist: boolean;
}

/** Every exhaustive list of the content, except those of a procedure marked as not applicable. */
export function exhaustiveLists(c: StandardContent): ExhaustiveList[] {
  const lists: ExhaustiveList[] = [
    { element: E.ART14_1_6, path: ["documents", "applicantDocuments"], list: c.documents?.applicantDocuments, field: "name", sublist: true,
      label: "документов, которые заявитель представляет самостоятельно" },
    { element: E.ART14_1_6, path: ["documents", "interagencyDocuments"], list: c.documents?.interagencyDocuments, field: "name", sublist: true,
      label: "документов, получаемых по межведомственным запросам (заявитель вправе представить их по собственной инициативе)" },
    { element: E.ART14_1_7, path: ["acceptanceRefusalGrounds"], list: c.acceptanceRefusalGrounds, field: "text", sublist: false,
      label: "оснований для отказа в приёме документов" },
    { element: E.ART14_1_8, path: ["suspensionAndRefusal", "suspensionGrounds"], list: c.suspensionAndRefusal?.suspensionGrounds, field: "text", sublist: true,
      label: "оснований для приостановления предоставления услуги" },
    { element: E.ART14_1_8, path: ["suspensionAndRefusal", "refusalGrounds"], list: c.suspensionAndRefusal?.refusalGrounds, field: "text", sublist: true,
      label: "оснований для отказа в предоставлении услуги" },
  ];
  if (c.typoCorrection?.notApplicable !== true) {
    lists.push({ element: E.ART14_2_5, path: ["typoCorrection", "refusalGrounds"], list: c.typoCorrection?.refusalGrounds, field: "text", sublist: true,
      label: "оснований для отказа в исправлении опечаток и ошибок" });
  }
  if (c.duplicateIssue?.notApplicable !== true) {
    lists.push({ element: E.ART14_2_6, path: ["duplicateIssue", "refusalGrounds"], list: c.duplicateIssue?.refusalGrounds, field: "text", sublist: true,
      label: "оснований для отказа в выдаче дубликата" });
  }
  return lists;
}

function eachListItem(c: StandardContent, fn: (item: ExhaustiveItem, path: string[], list: ExhaustiveList) => void): void {
  for (const list of exhaustiveLists(c)) {
    eachItem<ExhaustiveItem>(list.list?.items, [...list.path, "items"], (item, path) => fn(item, path, list));
  }
}

const LIST_ELEMENTS = [E.ART14_1_6, E.ART14_1_7, E.ART14_1_8, E.ART14_2_5, E.ART14_2_6] as const;

export const exhaustiveListNoneNotStated = defineRule({
  code: "EXHAUSTIVE_LIST_NONE_NOT_STATED",
  element: [E.ART14_1_6, E.ART14_1_8, E.ART14_2_5, E.ART14_2_6],
  severity: Severity.ERROR,
  catalogIds: ["D-11", "D-15", "A art14.1.6"],
  description:
    "Каждый исчерпывающий перечень (документы заявителя и межведомственные; основания для приостановления, для отказа, для отказа в исправлении опечаток и в выдаче дубликата) либо содержит элементы, либо явно указывает, что их нет.",
  check: (c, report) => {
    for (const list of exhaustiveLists(c)) {
      if (list.sublist && !isStated(list.list)) {
        report(list.path, `Перечислите элементы перечня ${list.label} или явно укажите, что их нет (пустой перечень без такого указания не заполнен).`, list.element);
      }
    }
  },
});

export const exhaustiveListNoneStatedWithItems = defineRule({
  code: "EXHAUSTIVE_LIST_NONE_STATED_WITH_ITEMS",
  element: LIST_ELEMENTS,
  severity: Severity.WARNING,
  catalogIds: ["D-11"],
  description: "Перечень не может одновременно содержать элементы и указание, что их нет.",
  check: (c, report) => {
    for (const list of exhaustiveLists(c)) {
      if (list.list?.noneStated === true && nonEmpty(list.list.items)) {
        report([...list.path, "noneStated"], `Уберите указание об отсутствии ${list.label} или удалите элементы перечня: одно противоречит другому.`, list.element);
      }
    }
  },
});

export { isCatchAll };

export const exhaustiveListCatchAll = defineRule({
  code: "EXHAUSTIVE_LIST_CATCH_ALL",
  element: LIST_ELEMENTS,
  severity: Severity.ERROR,
  catalogIds: ["D-10"],
  description:
    "Исчерпывающий перечень не содержит открытых формулировок («иные документы», «прочие документы», «документы, предусмотренные законодательством Российской Федерации», «и другие», «и т.п.», «в иных случаях, предусмотренных законодательством»); «паспорт или иной документ, удостоверяющий личность» — формулировка вида документа, а не открытая.",
  check: (c, report) =>
    eachListItem(c, (item, path, list) => {
      if (isCatchAll(item[list.field]) && !citesPinpoint(item.legalBases)) {
        report([...path, list.field], `Замените открытую формулировку ${quote(item[list.field])} конкретными элементами: перечень ${list.label} исчерпывающий.`, list.element);
      }
    }),
});

export const exhaustiveListCatchAllWithBasis = defineRule({
  code: "EXHAUSTIVE_LIST_CATCH_ALL_WITH_BASIS",
  element: LIST_ELEMENTS,
  severity: Severity.WARNING,
  catalogIds: ["D-10"],
  description: "Открытая формулировка в исчерпывающем перечне со ссылкой на конкретную статью акта: допустимо, но лучше перечислить элементы.",
  check: (c, report) =>
    eachListItem(c, (item, path, list) => {
      if (isCatchAll(item[list.field]) && citesPinpoint(item.legalBases)) {
        report([...path, list.field], `Перечислите элементы, на которые ссылается формулировка ${quote(item[list.field])}: перечень ${list.label} исчерпывающий.`, list.element);
      }
    }),
});

export const EXHAUSTIVE_LIST_RULES = [exhaustiveListNoneNotStated, exhaustiveListNoneStatedWithItems, exhaustiveListCatchAll, exhaustiveListCatchAllWithBasis];
