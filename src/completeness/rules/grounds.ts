import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { eachItem, quote } from "./helpers";

/*
 * D-08: the body obtains interagency documents itself; that the answer to its request did not
 * come (or came late) is not the applicant's fault and is not a ground to refuse (ст. 7.2).
 */

/**
 * "непоступление ответа на межведомственный запрос", "неполучение (несвоевременное получение)
 * ответа органа на межведомственный запрос", "непредставление документов по межведомственному запросу"...
 * A ground saying that the answer *shows* a document is absent is lawful and does not match.
 */
const NO_INTERAGENCY_ANSWER =
  /(?<![а-яё])(?:не\s*поступ|не\s*получ|не\s*представ|несвоевременн|отсутстви)[^.;]{0,80}?(?:ответ\S*\s+(?:[^.;\s]+\s+){0,4}?на|по)\s+межведомственн\S*\s+запрос/iu;

export function citesMissingInteragencyAnswer(text: string | null | undefined): boolean {
  return typeof text === "string" && NO_INTERAGENCY_ANSWER.test(text);
}

export const refusalGroundInteragencyNoAnswer = defineRule({
  code: "REFUSAL_GROUND_INTERAGENCY_NO_ANSWER",
  element: [E.ART14_1_7, E.ART14_1_8],
  severity: Severity.ERROR,
  norm: "ст. 7.2",
  catalogIds: ["D-08"],
  description: "Непоступление (несвоевременное поступление) ответа на межведомственный запрос не является основанием для отказа в приёме документов или в предоставлении услуги.",
  check: (c, report) => {
    const lists = [
      [E.ART14_1_7, c.acceptanceRefusalGrounds?.items, ["acceptanceRefusalGrounds", "items"]],
      [E.ART14_1_8, c.suspensionAndRefusal?.refusalGrounds?.items, ["suspensionAndRefusal", "refusalGrounds", "items"]],
    ] as const;
    for (const [element, items, base] of lists) {
      eachItem(items, base, (ground, path) => {
        if (citesMissingInteragencyAnswer(ground.text)) {
          report([...path, "text"], `Исключите основание ${quote(ground.text)}: непоступление ответа на межведомственный запрос не может быть основанием для отказа.`, element);
        }
      });
    }
  },
});

export const suspensionGroundInteragencyNoAnswer = defineRule({
  code: "SUSPENSION_GROUND_INTERAGENCY_NO_ANSWER",
  element: E.ART14_1_8,
  severity: Severity.WARNING,
  norm: "ст. 7.2",
  catalogIds: ["D-08"],
  description: "Непоступление ответа на межведомственный запрос — основание для приостановления только если его прямо предусматривает нормативный правовой акт.",
  check: (c, report) =>
    eachItem(c.suspensionAndRefusal?.suspensionGrounds?.items, ["suspensionAndRefusal", "suspensionGrounds", "items"], (ground, path) => {
      if (citesMissingInteragencyAnswer(ground.text)) {
        report([...path, "text"], `Проверьте основание ${quote(ground.text)}: приостановление из-за непоступления ответа на межведомственный запрос допустимо, только если его прямо предусматривает федеральный закон или иной нормативный правовой акт.`);
      }
    }),
});

export const GROUND_RULES = [refusalGroundInteragencyNoAnswer, suspensionGroundInteragencyNoAnswer];
