import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { CHANNEL_NAMES, electronicSubmission, nonEmpty } from "./helpers";

/*
 * п. 14 ч. 1 ст. 14: other requirements, "в том числе учитывающие особенности предоставления
 * услуги в многофункциональных центрах и ... в электронной форме". Whether the service is
 * available at an MFC and electronically is therefore stated explicitly, yes or no.
 */

export const otherRequirementsMfcNotStated = defineRule({
  code: "OTHER_REQUIREMENTS_MFC_NOT_STATED",
  element: E.ART14_1_14,
  severity: Severity.ERROR,
  catalogIds: ["A art14.1.14"],
  description: "Явно указано, предоставляется ли услуга в МФЦ.",
  check: (c, report) => {
    if (c.otherRequirements?.mfcAvailable == null) report(["otherRequirements", "mfcAvailable"], "Укажите, можно ли получить услугу в многофункциональном центре (да или нет).");
  },
});

export const otherRequirementsElectronicNotStated = defineRule({
  code: "OTHER_REQUIREMENTS_ELECTRONIC_NOT_STATED",
  element: E.ART14_1_14,
  severity: Severity.ERROR,
  catalogIds: ["A art14.1.14"],
  description: "Явно указано, предоставляется ли услуга в электронной форме.",
  check: (c, report) => {
    if (c.otherRequirements?.electronicAvailable == null) report(["otherRequirements", "electronicAvailable"], "Укажите, можно ли получить услугу в электронной форме (да или нет).");
  },
});

export const necessaryServicesNotStated = defineRule({
  code: "NECESSARY_SERVICES_NOT_STATED",
  element: E.ART14_1_14,
  severity: Severity.ERROR,
  norm: "п. 3 ч. 1 ст. 7, ч. 1 ст. 9",
  catalogIds: ["A art14.1.14"],
  description: "Перечислены необходимые и обязательные услуги или явно указано, что они не требуются.",
  check: (c, report) => {
    const o = c.otherRequirements;
    if (!nonEmpty(o?.necessaryServices) && o?.necessaryServicesNoneStated !== true) {
      report(["otherRequirements", "necessaryServices"], "Перечислите услуги, которые являются необходимыми и обязательными для предоставления услуги, или явно укажите, что они не требуются.");
    }
  },
});

const FLAGS = [["complexRequest", "в составе комплексного запроса (ст. 15.1 Федерального закона № 210-ФЗ)"]] as const;

export const otherRequirementsExtraterritorialNotStated = defineRule({
  code: "OTHER_REQUIREMENTS_EXTRATERRITORIAL_NOT_STATED",
  element: E.ART14_1_14,
  severity: Severity.ERROR,
  catalogIds: ["A art14.1.14"],
  description: "Явно указано, предоставляется ли услуга по экстерриториальному принципу.",
  check: (c, report) => {
    if (c.otherRequirements?.extraterritorial == null) report(["otherRequirements", "extraterritorial"], "Укажите, предоставляется ли услуга по экстерриториальному принципу (да или нет).");
  },
});

export const otherRequirementsFlagNotStated = defineRule({
  code: "OTHER_REQUIREMENTS_FLAG_NOT_STATED",
  element: E.ART14_1_14,
  severity: Severity.WARNING,
  catalogIds: ["A art14.1.14", "D-36"],
  description: "Явно указано, может ли услуга быть получена в составе комплексного запроса.",
  check: (c, report) => {
    for (const [field, how] of FLAGS) {
      if (c.otherRequirements?.[field] == null) report(["otherRequirements", field], `Укажите, предоставляется ли услуга ${how} (да или нет).`);
    }
  },
});

export const informationSystemsNotListed = defineRule({
  code: "INFORMATION_SYSTEMS_NOT_LISTED",
  element: E.ART14_1_14,
  severity: Severity.ERROR,
  catalogIds: ["A art14.1.14"],
  description: "Перечислены информационные системы, используемые при предоставлении услуги.",
  check: (c, report) => {
    if (!nonEmpty(c.otherRequirements?.informationSystems)) {
      report(["otherRequirements", "informationSystems"], "Перечислите информационные системы, используемые при предоставлении услуги (ЕПГУ, СМЭВ, ГИС ГМП, ведомственная система...).");
    }
  },
});

export const electronicSignatureNotDeclared = defineRule({
  code: "ELECTRONIC_SIGNATURE_NOT_DECLARED",
  element: E.ART14_1_14,
  severity: Severity.WARNING,
  catalogIds: ["D-37", "D-20"],
  description: "Если запрос можно подать в электронной форме, указан вид электронной подписи запроса.",
  check: (c, report) => {
    const channel = electronicSubmission(c);
    if (channel && c.otherRequirements?.electronicSignature == null) {
      report(["otherRequirements", "electronicSignature"], `Укажите, какой электронной подписью подписывается запрос, поданный ${CHANNEL_NAMES[channel]} (или что подпись не требуется).`);
    }
  },
});

export const electronicAvailabilityContradictsChannels = defineRule({
  code: "ELECTRONIC_AVAILABILITY_CONTRADICTS_CHANNELS",
  element: E.ART14_1_14,
  severity: Severity.WARNING,
  catalogIds: ["D-37"],
  description: "Если запрос подаётся в электронной форме, услуга не отмечена как недоступная в электронной форме.",
  check: (c, report) => {
    const channel = electronicSubmission(c);
    if (channel && c.otherRequirements?.electronicAvailable === false) {
      report(["otherRequirements", "electronicAvailable"], `Согласуйте сведения: запрос можно подать ${CHANNEL_NAMES[channel]}, а услуга отмечена как недоступная в электронной форме.`);
    }
  },
});

export const OTHER_REQUIREMENT_RULES = [
  otherRequirementsMfcNotStated,
  otherRequirementsElectronicNotStated,
  necessaryServicesNotStated,
  otherRequirementsExtraterritorialNotStated,
  otherRequirementsFlagNotStated,
  informationSystemsNotListed,
  electronicSignatureNotDeclared,
  electronicAvailabilityContradictsChannels,
];
