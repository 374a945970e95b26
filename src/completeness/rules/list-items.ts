import type { StandardContent } from "../../standards/content/standard-content";
import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { eachItem, hasText } from "./helpers";

/*
 * A list item without its defining field (a document without a name, a ground without
 * wording, a legal basis without an act) makes its list look filled while it says nothing.
 */

type Item = { key?: string | null } & Record<string, unknown>;

const LISTS: readonly { element: E; path: readonly string[]; field: string; what: string; get: (c: StandardContent) => readonly unknown[] | null | undefined }[] = [
  { element: E.ART14_1_3, path: ["results", "items"], field: "name", what: "наименование результата", get: (c) => c.results?.items },
  { element: E.ART14_1_5, path: ["legalBases", "items"], field: "actId", what: "нормативный правовой акт", get: (c) => c.legalBases?.items },
  { element: E.ART14_1_6, path: ["documents", "applicantDocuments", "items"], field: "name", what: "наименование документа", get: (c) => c.documents?.applicantDocuments?.items },
  { element: E.ART14_1_6, path: ["documents", "interagencyDocuments", "items"], field: "name", what: "наименование документа", get: (c) => c.documents?.interagencyDocuments?.items },
  { element: E.ART14_1_7, path: ["acceptanceRefusalGrounds", "items"], field: "text", what: "формулировку основания", get: (c) => c.acceptanceRefusalGrounds?.items },
  { element: E.ART14_1_8, path: ["suspensionAndRefusal", "suspensionGrounds", "items"], field: "text", what: "формулировку основания", get: (c) => c.suspensionAndRefusal?.suspensionGrounds?.items },
  { element: E.ART14_1_8, path: ["suspensionAndRefusal", "refusalGrounds", "items"], field: "text", what: "формулировку основания", get: (c) => c.suspensionAndRefusal?.refusalGrounds?.items },
  { element: E.ART14_1_13, path: ["indicators", "items"], field: "name", what: "наименование показателя", get: (c) => c.indicators?.items },
  { element: E.ART14_1_14, path: ["otherRequirements", "necessaryServices"], field: "name", what: "наименование необходимой и обязательной услуги", get: (c) => c.otherRequirements?.necessaryServices },
  { element: E.ART14_2_1, path: ["applicants", "items"], field: "name", what: "наименование категории заявителей", get: (c) => c.applicants?.items },
  { element: E.ART14_2_5, path: ["typoCorrection", "refusalGrounds", "items"], field: "text", what: "формулировку основания", get: (c) => c.typoCorrection?.refusalGrounds?.items },
  { element: E.ART14_2_6, path: ["duplicateIssue", "refusalGrounds", "items"], field: "text", what: "формулировку основания", get: (c) => c.duplicateIssue?.refusalGrounds?.items },
];

export const listItemEmpty = defineRule({
  code: "LIST_ITEM_EMPTY",
  element: [E.ART14_1_3, E.ART14_1_5, E.ART14_1_6, E.ART14_1_7, E.ART14_1_8, E.ART14_1_13, E.ART14_1_14, E.ART14_2_1, E.ART14_2_5, E.ART14_2_6],
  severity: Severity.ERROR,
  catalogIds: ["A", "B"],
  description: "У каждого элемента перечня заполнено определяющее поле: наименование документа или результата, формулировка основания, акт.",
  check: (c, report) => {
    for (const list of LISTS) {
      eachItem(list.get(c) as readonly Item[] | null | undefined, list.path, (item, path) => {
        if (!hasText(item[list.field] as string | null | undefined)) report([...path, list.field], `Укажите ${list.what} или удалите пустой элемент перечня.`, list.element);
      });
    }
  },
});

export const LIST_ITEM_RULES = [listItemEmpty];
