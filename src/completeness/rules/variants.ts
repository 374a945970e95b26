import type { StandardContent } from "../../standards/content/standard-content";
import { ProcedureKind, VariantKind, type Variant } from "../../standards/content/variants";
import type { Term } from "../../standards/content/common";
import { StandardElement as E } from "../elements";
import { defineRule, type Report } from "../rule";
import { Severity } from "../types";
import { CHANNEL_NAMES, eachItem, hasText, quote } from "./helpers";
import { MAX_POINTS, analyseSpace, describePoint, profilingIndex, resultSpaces } from "../../variants/profiling";
import {
  GROUND_LISTS,
  isAuxiliary,
  serviceCategories,
  serviceDocuments,
  serviceFees,
  serviceGrounds,
  serviceResults,
  variantTitle,
  variantsOf,
} from "../../variants/view";
import { formatTerm } from "../../history/format";

/*
 * Variants and profiling under the Rules for administrative regulations approved by
 * Government Decree No. 1228 of 20.07.2021 (legal-elements.md C.4, C.7, D-22; variants.md
 * b.2). They apply only to a standard that has variants: without them the standard is
 * one implicit variant and nothing here runs. Each variant's own values are also checked
 * by every per-element rule (../variants.ts); these rules check what only variants have.
 */

const DECREE = "постановление Правительства РФ от 20.07.2021 № 1228";
const PROFILING = `${DECREE} (профилирование: комбинации значений признаков, каждая из которых соответствует одному варианту)`;
const SUBSECTION = `${DECREE} (подраздел с описанием варианта предоставления)`;
const LIST = `${DECREE} (перечень вариантов предоставления)`;

/** Calls `fn` for every variant with its path, when the standard has variants. */
function eachVariant(c: StandardContent, fn: (v: Variant, path: string[]) => void): void {
  eachItem(variantsOf(c), ["variants"], fn);
}

const withVariants = (check: (c: StandardContent, report: Report) => void) => (c: StandardContent, report: Report) => {
  if (variantsOf(c).length > 0) check(c, report);
};

/* ---------------------------------------------------------------- profiling */

export const profilingAttributeValuesMissing = defineRule({
  code: "PROFILING_ATTRIBUTE_VALUES_MISSING",
  element: E.ART14_1_3,
  severity: Severity.ERROR,
  norm: PROFILING,
  catalogIds: ["D-22", "C.4"],
  description: "У каждого признака профилирования указаны наименование и значения, у каждого значения — формулировка.",
  check: withVariants((c, report) =>
    eachItem(c.profiling?.attributes, ["profiling", "attributes"], (attribute, path) => {
      if (!hasText(attribute.name)) report([...path, "name"], "Укажите признак заявителя в формулировке регламента или удалите пустой признак.");
      if (!(attribute.values ?? []).some((v) => !!v)) {
        report([...path, "values"], `Перечислите значения признака ${quote(attribute.name)}: без них по признаку нельзя определить вариант.`);
      }
      eachItem(attribute.values, [...path, "values"], (value, valuePath) => {
        if (!hasText(value.name)) report([...valuePath, "name"], `Укажите формулировку значения признака ${quote(attribute.name)} или удалите пустое значение.`);
      });
    }),
  ),
});

export const profilingValueKeyAmbiguous = defineRule({
  code: "PROFILING_VALUE_KEY_AMBIGUOUS",
  element: E.ART14_1_3,
  severity: Severity.ERROR,
  norm: PROFILING,
  catalogIds: ["D-22"],
  description: "Ключ значения признака уникален во всём профилировании: комбинации ссылаются на значения по ключу.",
  check: withVariants((c, report) => {
    const owner = new Map<string, string>();
    eachItem(c.profiling?.attributes, ["profiling", "attributes"], (attribute, path) =>
      eachItem(attribute.values, [...path, "values"], (value, valuePath) => {
        if (typeof value.key !== "string") return;
        const first = owner.get(value.key);
        if (first !== undefined && first !== attribute.key) {
          report([...valuePath, "key"], `Ключ значения «${value.key}» уже использован у другого признака; задайте значениям разных признаков разные ключи, иначе комбинации неоднозначны.`);
        } else owner.set(value.key, attribute.key ?? "");
      }),
    );
  }),
});

export const profilingProcedureNotStated = defineRule({
  code: "PROFILING_PROCEDURE_NOT_STATED",
  element: E.ART14_1_3,
  severity: Severity.WARNING,
  norm: `${DECREE} (описание административной процедуры профилирования заявителя)`,
  catalogIds: ["C.4"],
  description: "Указано, какими способами и где определяется вариант и в какой форме он доводится до заявителя.",
  check: withVariants((c, report) => {
    const p = c.profiling;
    if (!(p?.methods ?? []).length) report(["profiling", "methods"], "Укажите способы определения варианта: опрос заявителя, рассмотрение документов, экспертная система Единого портала.");
    if (!(p?.places ?? []).length) report(["profiling", "places"], "Укажите, где проводится профилирование: в органе, в МФЦ, на Едином портале.");
    if (!(p?.communication ?? []).length) report(["profiling", "communication"], "Укажите, в какой форме установленный вариант доводится до заявителя (устно, письменно, в электронной форме).");
  }),
});

/* ---------------------------------------------------------------- variants and results */

export const variantIdentityMissing = defineRule({
  code: "VARIANT_IDENTITY_MISSING",
  element: E.ART14_1_3,
  severity: Severity.ERROR,
  norm: LIST,
  catalogIds: ["C.4", "C.7"],
  description: "У каждого варианта указаны номер и наименование, номера не повторяются.",
  check: withVariants((c, report) => {
    const numbers = new Map<number, string>();
    eachVariant(c, (v, path) => {
      if (v.number == null) report([...path, "number"], `Укажите номер варианта ${quote(v.name)} по перечню вариантов регламента.`);
      else if (numbers.has(v.number)) report([...path, "number"], `Номер ${v.number} уже у варианта ${numbers.get(v.number)}; номера вариантов не повторяются.`);
      else numbers.set(v.number, quote(v.name));
      if (!hasText(v.name)) report([...path, "name"], `Укажите наименование варианта${v.number != null ? ` ${v.number}` : ""}.`);
    });
  }),
});

export const variantResultMissing = defineRule({
  code: "VARIANT_RESULT_MISSING",
  element: E.ART14_1_3,
  severity: Severity.ERROR,
  norm: SUBSECTION,
  catalogIds: ["C.4", "C.7"],
  description: "Каждый вариант даёт ровно один результат из перечня результатов услуги.",
  check: withVariants((c, report) => {
    const results = serviceResults(c);
    eachVariant(c, (v, path) => {
      if (!hasText(v.resultKey)) report([...path, "resultKey"], `Укажите результат, за которым обращается заявитель в варианте: ${variantTitle(v)}.`);
      else if (!results.has(v.resultKey)) report([...path, "resultKey"], `${variantTitle(v)} ссылается на результат «${v.resultKey}», которого нет в перечне результатов услуги.`);
    });
  }),
});

export const resultWithoutVariant = defineRule({
  code: "RESULT_WITHOUT_VARIANT",
  element: E.ART14_1_3,
  severity: Severity.ERROR,
  norm: PROFILING,
  catalogIds: ["D-22", "A art14.1.3"],
  description: "Для каждого результата услуги (кроме отказа) есть хотя бы один вариант предоставления.",
  check: withVariants((c, report) => {
    const used = new Set(variantsOf(c).map((v) => v.resultKey));
    eachItem(c.results?.items, ["results", "items"], (result, path) => {
      if (result.positive !== false && !used.has(result.key)) {
        report(path, `Добавьте вариант предоставления, в котором заявитель получает результат ${quote(result.name)}, или исключите результат.`);
      }
    });
  }),
});

export const variantCombinationUnknownValue = defineRule({
  code: "VARIANT_COMBINATION_UNKNOWN_VALUE",
  element: E.ART14_1_3,
  severity: Severity.ERROR,
  norm: PROFILING,
  catalogIds: ["D-22"],
  description: "Комбинации значений признаков ссылаются только на значения признаков, указанные в профилировании.",
  check: withVariants((c, report) => {
    const index = profilingIndex(c);
    const unknownOf = (combination: { valueKeys?: string[] | null }) => (combination.valueKeys ?? []).filter((k) => !index.valueOwner.has(k)).map((k) => `«${k}»`).join(", ");
    eachVariant(c, (v, path) =>
      eachItem(v.combinations, [...path, "combinations"], (combination, rowPath) => {
        const unknown = unknownOf(combination);
        if (unknown) report([...rowPath, "valueKeys"], `${variantTitle(v)}: в комбинации указаны значения, которых нет среди признаков профилирования (${unknown}).`);
      }),
    );
    eachItem(c.profiling?.excludedCombinations, ["profiling", "excludedCombinations"], (combination, rowPath) => {
      const unknown = unknownOf(combination);
      if (unknown) report([...rowPath, "valueKeys"], `В недопустимом сочетании указаны значения, которых нет среди признаков профилирования (${unknown}).`);
    });
  }),
});

export const variantCombinationsOverlap = defineRule({
  code: "VARIANT_COMBINATIONS_OVERLAP",
  element: E.ART14_1_3,
  severity: Severity.ERROR,
  norm: PROFILING,
  catalogIds: ["D-22"],
  description: "Для одного результата никакая комбинация значений признаков не ведёт к двум вариантам.",
  check: withVariants((c, report) => {
    for (const space of resultSpaces(c).values()) {
      if (space.size > MAX_POINTS) continue;
      for (const { first, second, point } of analyseSpace(space).overlaps) {
        const path = ["variants", second.variant.key ?? "", ...(second.combination?.key ? ["combinations", second.combination.key] : [])];
        const at = space.attributes.length ? ` при значениях признаков: ${describePoint(space, point)}` : "";
        report(path, `${variantTitle(second.variant)} и ${variantTitle(first.variant).replace(/^Вариант/, "вариант")} определяются одной и той же комбинацией${at}; разделите их комбинации, чтобы каждая соответствовала одному варианту.`);
      }
    }
  }),
});

export const variantCombinationsIncomplete = defineRule({
  code: "VARIANT_COMBINATIONS_INCOMPLETE",
  element: E.ART14_1_3,
  severity: Severity.ERROR,
  norm: PROFILING,
  catalogIds: ["D-22"],
  description: "Для каждого результата комбинации значений признаков охватывают все допустимые сочетания значений (полный перечень комбинаций; недопустимые сочетания указываются в профилировании).",
  check: withVariants((c, report) => {
    const results = serviceResults(c);
    for (const space of resultSpaces(c).values()) {
      if (space.size > MAX_POINTS) continue;
      const { gaps, gapCount } = analyseSpace(space);
      if (gapCount === 0) continue;
      const examples = gaps.map((p) => `«${describePoint(space, p)}»`).join(", ");
      const more = gapCount > gaps.length ? ` и ещё ${gapCount - gaps.length}` : "";
      const result = quote(results.get(space.resultKey)?.name, space.resultKey);
      report(["results", "items", space.resultKey], `Для результата ${result} не определён вариант при сочетаниях значений признаков: ${examples}${more}; добавьте эти сочетания в комбинации одного из вариантов или укажите их в профилировании как недопустимые.`);
    }
  }),
});

export const variantCombinationsTooMany = defineRule({
  code: "VARIANT_COMBINATIONS_TOO_MANY",
  element: E.ART14_1_3,
  severity: Severity.WARNING,
  norm: PROFILING,
  catalogIds: ["D-22"],
  description: `Число сочетаний значений признаков одного результата не превышает ${MAX_POINTS.toLocaleString("ru-RU")}: иначе полноту и однозначность комбинаций нельзя проверить перебором.`,
  check: withVariants((c, report) => {
    const results = serviceResults(c);
    for (const space of resultSpaces(c).values()) {
      if (space.size > MAX_POINTS) {
        report(["results", "items", space.resultKey], `Признаки результата ${quote(results.get(space.resultKey)?.name, space.resultKey)} дают ${space.size.toLocaleString("ru-RU")} сочетаний значений: сократите число признаков или значений, иначе полноту и однозначность комбинаций проверить нельзя.`);
      }
    }
  }),
});

/* ---------------------------------------------------------------- selection by key */

export const variantSelectionUnknown = defineRule({
  code: "VARIANT_SELECTION_UNKNOWN",
  element: [E.ART14_1_6, E.ART14_1_7, E.ART14_1_8, E.ART14_1_9, E.ART14_2_1, E.ART14_2_5, E.ART14_2_6, E.ART14_2_7],
  severity: Severity.ERROR,
  norm: SUBSECTION,
  catalogIds: ["C.7", "D.3"],
  description:
    "Документы, основания, платежи и категории заявителей варианта выбраны из исчерпывающих перечней услуги: вариант не может добавить элемент, которого нет в перечне услуги.",
  check: withVariants((c, report) => {
    const documents = serviceDocuments(c);
    const fees = serviceFees(c);
    const categories = serviceCategories(c);
    eachVariant(c, (v, path) => {
      const grounds = Object.fromEntries(GROUND_LISTS.map((name) => [name, serviceGrounds[name](c, v)]));
      const title = variantTitle(v);
      const seen = new Set<string>();
      eachItem(v.documents?.items, [...path, "documents", "items"], (vd, docPath) => {
        if (!hasText(vd.documentKey)) report([...docPath, "documentKey"], `${title}: укажите документ из перечня документов услуги.`);
        else if (!documents.has(vd.documentKey)) report([...docPath, "documentKey"], `${title}: документа «${vd.documentKey}» нет в перечне документов услуги; добавьте его в перечень услуги или исключите из варианта.`);
        else if (seen.has(vd.documentKey)) report([...docPath, "documentKey"], `${title}: документ ${quote(documents.get(vd.documentKey)!.document.name)} выбран дважды.`);
        seen.add(vd.documentKey ?? "");
      });
      for (const name of GROUND_LISTS) {
        const element = name === "acceptanceRefusalGrounds" ? E.ART14_1_7 : E.ART14_1_8;
        for (const key of v[name]?.groundKeys ?? []) {
          if (!grounds[name].has(key)) report([...path, name, "groundKeys", key], `${title}: основания «${key}» нет в соответствующем перечне оснований услуги.`, name === "refusalGrounds" ? refusalElement(v) : element);
        }
      }
      for (const key of v.fee?.feeKeys ?? []) {
        if (!fees.has(key)) report([...path, "fee", "feeKeys", key], `${title}: платежа «${key}» нет в перечне платежей услуги.`, E.ART14_1_9);
      }
      for (const key of v.applicantCategoryKeys ?? []) {
        if (!categories.has(key)) report([...path, "applicantCategoryKeys", key], `${title}: категории заявителей «${key}» нет в составе заявителей услуги.`, E.ART14_2_1);
      }
    });
  }),
});

/** The element of a variant's refusal grounds: п. 8 ч. 1, or the list of its auxiliary procedure (пп. 5-7 ч. 2). */
function refusalElement(v: Variant): E {
  switch (v.kind) {
    case VariantKind.TYPO_CORRECTION:
      return E.ART14_2_5;
    case VariantKind.DUPLICATE:
      return E.ART14_2_6;
    case VariantKind.LEAVE_WITHOUT_CONSIDERATION:
      return E.ART14_2_7;
    default:
      return E.ART14_1_8;
  }
}

export const serviceItemUnusedByVariants = defineRule({
  code: "SERVICE_ITEM_UNUSED_BY_VARIANTS",
  element: [E.ART14_1_6, E.ART14_1_7, E.ART14_1_8, E.ART14_1_9, E.ART14_2_1],
  severity: Severity.WARNING,
  norm: SUBSECTION,
  catalogIds: ["D.3"],
  description: "Каждый элемент исчерпывающего перечня услуги (документ, основание, платёж, категория заявителей) используется хотя бы в одном варианте.",
  check: withVariants((c, report) => {
    const variants = variantsOf(c);
    // a variant that selects nothing in a list takes the whole list
    const usedBy = (selection: (v: Variant) => readonly string[] | null | undefined) => {
      const used = new Set<string>();
      for (const v of variants) {
        const keys = selection(v);
        if (keys == null) return null;
        for (const k of keys) used.add(k);
      }
      return used;
    };
    const unused = (used: Set<string> | null, items: { key?: string | null; name?: string | null; text?: string | null }[] | null | undefined, base: string[], element: E, what: string) => {
      if (!used) return;
      eachItem(items, base, (item, path) => {
        if (typeof item.key === "string" && !used.has(item.key)) {
          report(path, `${what} ${quote(item.name ?? item.text)} не используется ни в одном варианте: укажите его в варианте, где он нужен, или исключите из перечня.`, element);
        }
      });
    };
    const documents = usedBy((v) => (v.documents ? (v.documents.items ?? []).map((d) => d?.documentKey ?? "") : null));
    unused(documents, c.documents?.applicantDocuments?.items, ["documents", "applicantDocuments", "items"], E.ART14_1_6, "Документ");
    unused(documents, c.documents?.interagencyDocuments?.items, ["documents", "interagencyDocuments", "items"], E.ART14_1_6, "Документ");
    unused(usedBy((v) => v.acceptanceRefusalGrounds?.groundKeys ?? (v.acceptanceRefusalGrounds ? [] : null)), c.acceptanceRefusalGrounds?.items, ["acceptanceRefusalGrounds", "items"], E.ART14_1_7, "Основание");
    unused(usedBy((v) => v.suspensionGrounds?.groundKeys ?? (v.suspensionGrounds ? [] : null)), c.suspensionAndRefusal?.suspensionGrounds?.items, ["suspensionAndRefusal", "suspensionGrounds", "items"], E.ART14_1_8, "Основание");
    // the service's refusal grounds are selected by the main variants (the auxiliary ones have their own lists)
    const main = variants.filter((v) => !isAuxiliary(v));
    if (main.length > 0 && main.every((v) => v.refusalGrounds)) {
      const used = new Set(main.flatMap((v) => v.refusalGrounds?.groundKeys ?? []));
      unused(used, c.suspensionAndRefusal?.refusalGrounds?.items, ["suspensionAndRefusal", "refusalGrounds", "items"], E.ART14_1_8, "Основание");
    }
    unused(usedBy((v) => v.fee?.feeKeys ?? (v.fee ? [] : null)), c.fee?.items, ["fee", "items"], E.ART14_1_9, "Платёж");
    unused(usedBy((v) => v.applicantCategoryKeys ?? null), c.applicants?.items, ["applicants", "items"], E.ART14_2_1, "Категория заявителей");
  }),
});

export const variantChannelNotListed = defineRule({
  code: "VARIANT_CHANNEL_NOT_LISTED",
  element: [E.ART14_2_2, E.ART14_2_9],
  severity: Severity.ERROR,
  norm: SUBSECTION,
  catalogIds: ["B art14.2.2", "B art14.2.9"],
  description: "Способы подачи запроса и получения результата варианта входят в способы, указанные для услуги.",
  check: withVariants((c, report) => {
    const submission = c.submissionChannels?.channels ?? [];
    const delivery = c.resultDelivery?.channels ?? [];
    eachVariant(c, (v, path) => {
      for (const ch of v.submissionChannels ?? []) {
        if (!submission.includes(ch)) report([...path, "submissionChannels", ch], `${variantTitle(v)}: подача запроса ${CHANNEL_NAMES[ch]} не указана в способах подачи запроса для услуги.`, E.ART14_2_2);
      }
      for (const ch of v.resultDelivery?.channels ?? []) {
        if (!delivery.includes(ch)) report([...path, "resultDelivery", "channels", ch], `${variantTitle(v)}: получение результата ${CHANNEL_NAMES[ch]} не указано в способах направления результата для услуги.`, E.ART14_2_9);
      }
    });
  }),
});

/* ---------------------------------------------------------------- terms and procedures */

const comparable = (a: Term | null | undefined, b: Term | null | undefined): a is Term =>
  !!a && !!b && typeof a.value === "number" && typeof b.value === "number" && a.unit != null && a.unit === b.unit && a.startEvent === b.startEvent;

export const variantTermExceedsServiceTerm = defineRule({
  code: "VARIANT_TERM_EXCEEDS_SERVICE_TERM",
  element: E.ART14_1_4,
  severity: Severity.WARNING,
  norm: SUBSECTION,
  catalogIds: ["D-21", "C.7"],
  description: "Срок предоставления услуги не короче максимального срока любого её варианта (при одинаковых единице и начале отсчёта).",
  check: withVariants((c, report) =>
    eachVariant(c, (v, path) => {
      if (comparable(v.term, c.term) && v.term.value! > c.term!.value!) {
        report([...path, "term", "value"], `${variantTitle(v)}: срок варианта (${formatTerm(v.term as never)}) больше срока предоставления услуги (${formatTerm(c.term as never)}); увеличьте срок услуги или сократите срок варианта.`);
      }
    }),
  ),
});

export const variantProcedureOmissionReasonMissing = defineRule({
  code: "VARIANT_PROCEDURE_OMISSION_REASON_MISSING",
  element: E.ART14_1_3,
  severity: Severity.ERROR,
  norm: SUBSECTION,
  catalogIds: ["C.4"],
  description: "Для административной процедуры, не приведённой в варианте, указана причина (например, «не предусмотрена законодательством»).",
  check: withVariants((c, report) =>
    eachVariant(c, (v, path) =>
      eachItem(v.procedures, [...path, "procedures"], (procedure, procedurePath) => {
        if (procedure.included === false && !hasText(procedure.omittedReason)) {
          const name = procedure.name ?? PROCEDURE_NAMES[procedure.kind ?? ProcedureKind.OTHER];
          report([...procedurePath, "omittedReason"], `${variantTitle(v)}: укажите, почему не приводится процедура ${quote(name)} (например, «поскольку она не предусмотрена законодательством»).`);
        }
      }),
    ),
  ),
});

const PROCEDURE_NAMES: Record<ProcedureKind, string> = {
  RECEPTION: "приём запроса и документов",
  INTERAGENCY: "межведомственное информационное взаимодействие",
  SUSPENSION: "приостановление предоставления услуги",
  DECISION: "принятие решения",
  RESULT_DELIVERY: "предоставление результата",
  ADDITIONAL_INFORMATION: "получение дополнительных сведений от заявителя",
  PROACTIVE: "предоставление услуги в упреждающем режиме",
  OTHER: "без наименования",
};

const AUXILIARY = [
  { kind: VariantKind.TYPO_CORRECTION, section: "typoCorrection", element: E.ART14_2_5, what: "исправления допущенных опечаток и ошибок в выданных документах", always: true },
  { kind: VariantKind.DUPLICATE, section: "duplicateIssue", element: E.ART14_2_6, what: "выдачи дубликата документа", always: true },
  { kind: VariantKind.LEAVE_WITHOUT_CONSIDERATION, section: "leaveWithoutConsideration", element: E.ART14_2_7, what: "оставления запроса без рассмотрения", always: false },
] as const;

export const variantAuxiliaryKindMissing = defineRule({
  code: "VARIANT_AUXILIARY_KIND_MISSING",
  element: [E.ART14_2_5, E.ART14_2_6, E.ART14_2_7],
  severity: Severity.ERROR,
  norm: LIST,
  catalogIds: ["D-15", "C.4"],
  description:
    "Перечень вариантов включает варианты исправления опечаток и ошибок, выдачи дубликата и (если процедура применяется) оставления запроса без рассмотрения, кроме отмеченных как неприменимые.",
  check: withVariants((c, report) => {
    const kinds = new Set(variantsOf(c).map((v) => v.kind));
    for (const aux of AUXILIARY) {
      const procedure = c[aux.section];
      const applies = procedure?.notApplicable !== true && (aux.always || !!procedure);
      if (applies && !kinds.has(aux.kind)) {
        report(["variants"], `Добавьте вариант ${aux.what} (вид ${aux.kind}) или отметьте процедуру как неприменимую со ссылкой на основание.`, aux.element);
      }
    }
  }),
});

const REPRESENTATIVE = /представител/iu;
const AUTHORITY_DOCUMENT = /доверенност|полномочи/iu;

export const variantRepresentativeDocumentMissing = defineRule({
  code: "VARIANT_REPRESENTATIVE_DOCUMENT_MISSING",
  element: E.ART14_1_6,
  severity: Severity.WARNING,
  norm: `${SUBSECTION}; п. 3 ст. 2`,
  catalogIds: ["D-29"],
  description: "Если вариант определяется обращением через представителя, среди документов варианта есть документ, подтверждающий полномочия представителя (эвристика по формулировке значения признака).",
  check: withVariants((c, report) => {
    const index = profilingIndex(c);
    const documents = serviceDocuments(c);
    eachVariant(c, (v, path) => {
      // with representatives allowed, the per-element rule already checks the variant's documents
      if (!v.documents || (v.representativeAllowed ?? c.applicants?.representativeAllowed) === true) return;
      const viaRepresentative = (v.combinations ?? []).some((row) =>
        (row?.valueKeys ?? []).some((k) => {
          const owner = index.valueOwner.get(k);
          const value = owner?.values.find((x) => x.key === k);
          return REPRESENTATIVE.test(value?.name ?? "");
        }),
      );
      if (!viaRepresentative) return;
      const listed = (v.documents.items ?? []).some((vd) => {
        const d = documents.get(vd?.documentKey ?? "")?.document;
        return AUTHORITY_DOCUMENT.test(d?.name ?? "") || REPRESENTATIVE.test(vd?.condition ?? d?.condition ?? "");
      });
      if (!listed) {
        report([...path, "documents"], `${variantTitle(v)}: вариант определяется обращением через представителя; включите в документы варианта документ, подтверждающий полномочия представителя (например, доверенность), и отметьте, что представитель допускается.`);
      }
    });
  }),
});

export const VARIANT_RULES = [
  profilingAttributeValuesMissing,
  profilingValueKeyAmbiguous,
  profilingProcedureNotStated,
  variantIdentityMissing,
  variantResultMissing,
  resultWithoutVariant,
  variantCombinationUnknownValue,
  variantCombinationsOverlap,
  variantCombinationsIncomplete,
  variantCombinationsTooMany,
  variantSelectionUnknown,
  serviceItemUnusedByVariants,
  variantChannelNotListed,
  variantTermExceedsServiceTerm,
  variantProcedureOmissionReasonMissing,
  variantAuxiliaryKindMissing,
  variantRepresentativeDocumentMissing,
];
