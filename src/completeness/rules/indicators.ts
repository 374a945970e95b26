import type { Indicator } from "../../standards/content/part1";
import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { eachItem } from "./helpers";

/* п. 13 ч. 1 ст. 14: accessibility and quality indicators (D-16, D-36). */

/** The classic set of indicators, recognised by the wording of their names. */
const TYPICAL: readonly { name: string; pattern: RegExp }[] = [
  { name: "количество взаимодействий заявителя с должностными лицами и их продолжительность", pattern: /взаимодейств/iu },
  { name: "возможность получения услуги в МФЦ (в том числе в полном объёме)", pattern: /МФЦ|многофункциональн/iu },
  { name: "возможность получения услуги по экстерриториальному принципу", pattern: /экстерриториальн/iu },
  { name: "возможность получения услуги в составе комплексного запроса", pattern: /комплексн\S*\s+запрос/iu },
  { name: "возможность получения информации о ходе предоставления услуги, в том числе с использованием ИКТ", pattern: /ход\S*\s+(?:рассмотрения|предоставления)/iu },
];

export const indicatorsTypicalMissing = defineRule({
  code: "INDICATORS_TYPICAL_MISSING",
  element: E.ART14_1_13,
  severity: Severity.WARNING,
  catalogIds: ["D-16"],
  description:
    "Показатели включают: количество взаимодействий с должностными лицами и их продолжительность; возможность получения в МФЦ; экстерриториальный принцип; комплексный запрос; информацию о ходе предоставления, в том числе с использованием ИКТ.",
  check: (c, report) => {
    const names = (c.indicators?.items ?? []).map((i) => i?.name ?? "");
    const missing = TYPICAL.filter((t) => !names.some((n) => t.pattern.test(n))).map((t) => t.name);
    if (missing.length > 0) report(["indicators", "items"], `Добавьте показатели: ${missing.join("; ")}.`);
  },
});

const YES = /^\s*(?:да|предусмотрен\S*|возможн\S*|имеется|обеспечен\S*)\s*\.?\s*$/iu;
const NO = /^\s*(?:нет|не\s+предусмотрен\S*|невозможн\S*|отсутству\S*|не\s+обеспечен\S*)\s*\.?\s*$/iu;

function targetValue(indicator: Indicator): boolean | null {
  const target = indicator.target;
  if (typeof target !== "string") return null;
  if (YES.test(target)) return true;
  if (NO.test(target)) return false;
  return null;
}

const FLAGS = [
  { field: "extraterritorial", pattern: /экстерриториальн/iu, what: "экстерриториальному принципу" },
  { field: "complexRequest", pattern: /комплексн\S*\s+запрос/iu, what: "комплексному запросу" },
] as const;

export const indicatorsContradictOtherRequirements = defineRule({
  code: "INDICATORS_CONTRADICT_OTHER_REQUIREMENTS",
  element: E.ART14_1_13,
  severity: Severity.WARNING,
  catalogIds: ["D-36"],
  description: "Значения показателей об экстерриториальном принципе и комплексном запросе совпадают с иными требованиями (п. 14 ч. 1 ст. 14).",
  check: (c, report) =>
    eachItem(c.indicators?.items, ["indicators", "items"], (indicator, path) => {
      for (const flag of FLAGS) {
        const stated = c.otherRequirements?.[flag.field];
        if (typeof stated !== "boolean" || typeof indicator.name !== "string" || !flag.pattern.test(indicator.name)) continue;
        const value = targetValue(indicator);
        if (value !== null && value !== stated) {
          report([...path, "target"], `Согласуйте значение показателя по ${flag.what} с иными требованиями: там указано «${stated ? "да" : "нет"}», здесь «${indicator.target}».`);
        }
      }
    }),
});

export const INDICATOR_RULES = [indicatorsTypicalMissing, indicatorsContradictOtherRequirements];
