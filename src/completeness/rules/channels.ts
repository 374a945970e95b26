import { Channel } from "../../standards/content/enums";
import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { CHANNEL_NAMES, electronicSubmission, has } from "./helpers";

/*
 * D-20: п. 4 ч. 2 ст. 14 — the applicant gets progress information "в том числе в электронной
 * форме"; whoever can submit electronically can follow the request electronically (ЕПГУ or a
 * regional portal; Decree 236 of 26.03.2016).
 */

export const progressInformationElectronicMissing = defineRule({
  code: "PROGRESS_INFORMATION_ELECTRONIC_MISSING",
  element: E.ART14_2_4,
  severity: Severity.ERROR,
  norm: "постановление Правительства Российской Федерации от 26.03.2016 № 236",
  catalogIds: ["D-20", "B art14.2.4"],
  description: "Если запрос можно подать в электронной форме, сведения о ходе его рассмотрения можно получить через ЕПГУ или региональный портал.",
  check: (c, report) => {
    const channel = electronicSubmission(c);
    const progress = c.progressInformation?.channels;
    if (channel && !has(progress, Channel.EPGU) && !has(progress, Channel.REGIONAL_PORTAL)) {
      report(["progressInformation", "channels"], `Добавьте получение сведений о ходе рассмотрения запроса через ЕПГУ или региональный портал: запрос можно подать ${CHANNEL_NAMES[channel]}.`);
    }
  },
});

export const CHANNEL_RULES = [progressInformationElectronicMissing];
