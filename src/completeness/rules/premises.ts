import { AccessibilityProvision } from "../../standards/content/enums";
import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { hasText, nonEmpty } from "./helpers";

/*
 * п. 12 ч. 1 ст. 14 names four objects — premises, waiting hall, places to fill in requests,
 * information stands with samples and the list of documents — and, since 419-ФЗ, the
 * accessibility of all of them for disabled persons (ст. 15 Федерального закона № 181-ФЗ).
 */

const ACCESSIBILITY_LAW = "ст. 15 Федерального закона от 24.11.1995 № 181-ФЗ";

const OBJECTS = [
  ["premises", "помещениям, в которых предоставляется услуга"],
  ["waitingHall", "залу ожидания"],
  ["fillingPlaces", "местам для заполнения запросов"],
  ["informationStands", "информационным стендам с образцами заполнения запросов и перечнем документов"],
] as const;

export const premisesRequirementMissing = defineRule({
  code: "PREMISES_REQUIREMENT_MISSING",
  element: E.ART14_1_12,
  severity: Severity.ERROR,
  catalogIds: ["A art14.1.12", "D-34"],
  description: "Указаны требования к каждому из четырёх объектов, названных в законе: помещения, зал ожидания, места для заполнения запросов, информационные стенды.",
  check: (c, report) => {
    for (const [field, what] of OBJECTS) {
      if (!hasText(c.premises?.[field])) report(["premises", field], `Укажите требования к ${what}.`);
    }
  },
});

/** "В соответствии с законодательством." and the like: a reference that says nothing. */
const BARE_REFERENCE =
  /^\s*(?:в\s+соответствии\s+с|согласно)\s+(?:требованиями\s+)?(?:действующ\S*\s+)?(?:законодательств\S*|нормативн\S*\s+правов\S*\s+акт\S*)(?:\s+Российской\s+Федерации)?\s*\.?\s*$/iu;

export const premisesBareReference = defineRule({
  code: "PREMISES_BARE_REFERENCE",
  element: E.ART14_1_12,
  severity: Severity.WARNING,
  catalogIds: ["A art14.1.12"],
  description: "Требования к помещениям изложены по существу, а не общей ссылкой «в соответствии с законодательством».",
  check: (c, report) => {
    for (const [field, what] of OBJECTS) {
      const text = c.premises?.[field];
      if (typeof text === "string" && BARE_REFERENCE.test(text)) report(["premises", field], `Изложите требования к ${what} по существу: общая ссылка на законодательство их не заменяет.`);
    }
  },
});

export const premisesAccessibilityMissing = defineRule({
  code: "PREMISES_ACCESSIBILITY_MISSING",
  element: E.ART14_1_12,
  severity: Severity.ERROR,
  norm: ACCESSIBILITY_LAW,
  catalogIds: ["D-18"],
  description: "Указаны условия доступности помещений и услуги для инвалидов.",
  check: (c, report) => {
    if (!nonEmpty(c.premises?.accessibility) && !hasText(c.premises?.accessibilityNote)) {
      report(["premises", "accessibility"], "Укажите условия обеспечения доступности для инвалидов помещений, в которых предоставляется услуга, и самой услуги.");
    }
  },
});

const PROVISIONS: Readonly<Record<AccessibilityProvision, string>> = {
  BUILDING_ACCESS: "беспрепятственный доступ к зданию и помещениям",
  INDEPENDENT_MOVEMENT: "самостоятельное передвижение по территории, вход и выход, в том числе с креслом-коляской",
  ASSISTANCE_VISION_MOBILITY: "сопровождение инвалидов со стойкими нарушениями зрения и самостоятельного передвижения",
  EQUIPMENT_PLACEMENT: "надлежащее размещение оборудования и носителей информации",
  SOUND_VISUAL_DUPLICATION: "дублирование звуковой и зрительной информации, в том числе шрифтом Брайля",
  SIGN_LANGUAGE_INTERPRETER: "допуск сурдопереводчика и тифлосурдопереводчика",
  GUIDE_DOG: "допуск собаки-проводника",
  DISABLED_PARKING: "места для парковки транспорта инвалидов (не менее 10 %)",
  RAMPS_AND_PASSAGES: "пандусы, расширенные проходы, поручни",
  STAFF_ASSISTANCE: "помощь работников в преодолении барьеров",
};
const ALL_PROVISIONS = Object.keys(PROVISIONS) as AccessibilityProvision[];

export const premisesAccessibilityProvisionMissing = defineRule({
  code: "PREMISES_ACCESSIBILITY_PROVISION_MISSING",
  element: E.ART14_1_12,
  severity: Severity.WARNING,
  norm: ACCESSIBILITY_LAW,
  catalogIds: ["D-18"],
  description: "Условия доступности охватывают каждое условие из перечня (доступ к зданию, передвижение, сопровождение, дублирование информации, сурдопереводчик, собака-проводник, парковка, пандусы, помощь работников).",
  check: (c, report) => {
    const listed = c.premises?.accessibility;
    if (!nonEmpty(listed) && !hasText(c.premises?.accessibilityNote)) return; // the whole block is missing: PREMISES_ACCESSIBILITY_MISSING
    for (const provision of ALL_PROVISIONS) {
      if (!listed?.includes(provision)) report(["premises", "accessibility", provision], `Предусмотрите условие доступности для инвалидов: ${PROVISIONS[provision]}.`);
    }
  },
});

export const premisesDisabledParkingBelowMinimum = defineRule({
  code: "PREMISES_DISABLED_PARKING_BELOW_MINIMUM",
  element: E.ART14_1_12,
  severity: Severity.WARNING,
  norm: ACCESSIBILITY_LAW,
  catalogIds: ["D-18"],
  description: "Для парковки транспорта инвалидов выделяется не менее 10 % мест (не менее одного).",
  check: (c, report) => {
    const percent = c.premises?.disabledParkingPercent;
    if (percent != null && percent < 10) report(["premises", "disabledParkingPercent"], `Выделите для транспорта инвалидов не менее 10 % мест парковки (указано ${percent} %).`);
  },
});

export const PREMISES_RULES = [premisesRequirementMissing, premisesBareReference, premisesAccessibilityMissing, premisesAccessibilityProvisionMissing, premisesDisabledParkingBelowMinimum];
