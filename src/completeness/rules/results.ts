import { ResultKind } from "../../standards/content/enums";
import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { CHANNEL_NAMES, eachItem, hasText, isStated, nonEmpty, quote } from "./helpers";

/* п. 3 ч. 1 ст. 14 (results) and п. 9 ч. 2 ст. 14 (ways of delivering them): D-23. */

const ITEMS = ["results", "items"] as const;

export const resultsPositiveMissing = defineRule({
  code: "RESULTS_POSITIVE_MISSING",
  element: E.ART14_1_3,
  severity: Severity.ERROR,
  catalogIds: ["A art14.1.3"],
  description: "Среди результатов есть положительный результат (не только решение об отказе).",
  check: (c, report) => {
    const items = c.results?.items ?? [];
    if (items.length > 0 && items.every((r) => r?.positive === false)) {
      report([...ITEMS], "Укажите положительный результат предоставления услуги: сейчас указан только отказ.");
    }
  },
});

export const resultsRefusalOutcomeMissing = defineRule({
  code: "RESULTS_REFUSAL_OUTCOME_MISSING",
  element: E.ART14_1_3,
  severity: Severity.ERROR,
  catalogIds: ["A art14.1.3"],
  description: "Если предусмотрены основания для отказа, среди результатов есть решение (уведомление) об отказе.",
  check: (c, report) => {
    const refusals = c.suspensionAndRefusal?.refusalGrounds;
    if (isStated(refusals) && nonEmpty(refusals?.items) && !(c.results?.items ?? []).some((r) => r?.positive === false)) {
      report([...ITEMS], "Добавьте результат «решение (уведомление) об отказе в предоставлении услуги»: основания для отказа предусмотрены.");
    }
  },
});

export const resultsRegistryModelNotStated = defineRule({
  code: "RESULTS_REGISTRY_MODEL_NOT_STATED",
  element: E.ART14_1_3,
  severity: Severity.ERROR,
  catalogIds: ["D-23", "A art14.1.3"],
  description: "Явно указано, формируется ли результат в виде реестровой записи (реестровая модель).",
  check: (c, report) => {
    if (c.results?.registryModel == null) report(["results", "registryModel"], "Укажите, предусмотрена ли реестровая модель учёта результатов (да или нет).");
  },
});

export const resultRegistryResourceMissing = defineRule({
  code: "RESULT_REGISTRY_RESOURCE_MISSING",
  element: E.ART14_1_3,
  severity: Severity.WARNING,
  catalogIds: ["D-23"],
  description: "Для результата в виде реестровой записи указан информационный ресурс, в котором она формируется.",
  check: (c, report) =>
    eachItem(c.results?.items, ITEMS, (result, path) => {
      if (result.kind === ResultKind.REGISTRY_RECORD && !hasText(result.registryResource)) {
        report([...path, "registryResource"], `Укажите информационный ресурс (реестр), в котором формируется реестровая запись ${quote(result.name)}.`);
      }
    }),
});

export const resultDeliveryChannelNotListed = defineRule({
  code: "RESULT_DELIVERY_CHANNEL_NOT_LISTED",
  element: E.ART14_2_9,
  severity: Severity.WARNING,
  catalogIds: ["D-23", "B art14.2.9"],
  description: "Способы получения каждого результата входят в способы направления результата, указанные для услуги.",
  check: (c, report) => {
    const delivery = c.resultDelivery?.channels ?? [];
    eachItem(c.results?.items, ITEMS, (result, path) => {
      const extra = (result.deliveryChannels ?? []).filter((ch) => !delivery.includes(ch));
      if (extra.length > 0) {
        report([...path, "deliveryChannels"], `Добавьте в способы направления результата (${extra.map((ch) => CHANNEL_NAMES[ch]).join(", ")}) или исправьте способы получения результата ${quote(result.name)}.`);
      }
    });
  },
});

export const RESULT_RULES = [resultsPositiveMissing, resultsRefusalOutcomeMissing, resultsRegistryModelNotStated, resultRegistryResourceMissing, resultDeliveryChannelNotListed];
