import { Channel } from "../../standards/content/enums";
import type { StandardContent } from "../../standards/content/standard-content";
import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { has, mfcInvolved } from "./helpers";

/*
 * п. 10 ч. 1 ст. 14: maximum waiting time in the queue, both when submitting the request and
 * when receiving the result (D-01). The target is at most 15 minutes: a norm for MFCs
 * (Rules 1376, п. 18), a target for bodies (Указ № 601).
 */

const LIMIT_MINUTES = 15;
const MFC_RULES = "подп. «б» п. 18 Правил организации деятельности многофункциональных центров предоставления государственных и муниципальных услуг, утв. постановлением Правительства Российской Федерации от 22.12.2012 № 1376";
const DECREE_601 = "подп. «д» п. 1 Указа Президента Российской Федерации от 07.05.2012 № 601";

const WAITS = [
  ["submissionMinutes", "при подаче запроса"],
  ["resultMinutes", "при получении результата"],
] as const;

type WaitField = "commonMinutes" | (typeof WAITS)[number][0];

/**
 * The waits as the act states them: one value for both (commonMinutes) is one wait, checked
 * and reported once; otherwise the two separate values.
 */
function waits(c: StandardContent): { field: WaitField; when: string; minutes: number | null | undefined }[] {
  const q = c.queueTime;
  if (q?.commonMinutes != null) return [{ field: "commonMinutes", when: "при подаче запроса и при получении результата", minutes: q.commonMinutes }];
  return WAITS.map(([field, when]) => ({ field, when, minutes: q?.[field] }));
}

const inPerson = (c: StandardContent) => c.queueTime?.noInPersonChannel !== true;

export const queueTimeValueMissing = defineRule({
  code: "QUEUE_TIME_VALUE_MISSING",
  element: E.ART14_1_10,
  severity: Severity.ERROR,
  catalogIds: ["D-01", "A art14.1.10"],
  description:
    "Указаны сроки ожидания в очереди при подаче запроса и при получении результата — два значения или одно общее для обоих случаев (или отсутствие личного приёма).",
  check: (c, report) => {
    if (!inPerson(c)) return;
    for (const { field, when, minutes } of waits(c)) {
      if (minutes == null) report(["queueTime", field], `Укажите максимальный срок ожидания в очереди ${when}, в минутах (или один срок для обоих случаев).`);
    }
  },
});

export const queueTimeOver15Minutes = defineRule({
  code: "QUEUE_TIME_OVER_15_MINUTES",
  element: E.ART14_1_10,
  severity: Severity.WARNING,
  norm: DECREE_601,
  catalogIds: ["D-01"],
  description: "Срок ожидания в очереди в органе не превышает 15 минут (целевой показатель).",
  check: (c, report) => {
    if (!inPerson(c) || mfcInvolved(c)) return;
    for (const { field, when, minutes } of waits(c)) {
      if (minutes != null && minutes > LIMIT_MINUTES) report(["queueTime", field], `Сократите срок ожидания в очереди ${when} до 15 минут (указано ${minutes}).`);
    }
  },
});

export const queueTimeOver15MinutesAtMfc = defineRule({
  code: "QUEUE_TIME_OVER_15_MINUTES_AT_MFC",
  element: E.ART14_1_10,
  severity: Severity.ERROR,
  norm: MFC_RULES,
  catalogIds: ["D-01"],
  description: "Если услуга предоставляется через МФЦ, срок ожидания в очереди не превышает 15 минут.",
  check: (c, report) => {
    if (!inPerson(c) || !mfcInvolved(c)) return;
    for (const { field, when, minutes } of waits(c)) {
      if (minutes != null && minutes > LIMIT_MINUTES) {
        report(["queueTime", field], `Сократите срок ожидания в очереди ${when} до 15 минут (указано ${minutes}): услуга предоставляется через МФЦ, где ожидание не может превышать 15 минут.`);
      }
    }
  },
});

export const queueTimeAppointmentOverGeneral = defineRule({
  code: "QUEUE_TIME_APPOINTMENT_OVER_GENERAL",
  element: E.ART14_1_10,
  severity: Severity.WARNING,
  catalogIds: ["D-02"],
  description: "Ожидание по предварительной записи не дольше, чем в общей очереди.",
  check: (c, report) => {
    const q = c.queueTime;
    const general = q?.commonMinutes ?? q?.submissionMinutes;
    if (q?.appointmentMinutes != null && general != null && q.appointmentMinutes > general) {
      report(["queueTime", "appointmentMinutes"], `Срок ожидания по предварительной записи (${q.appointmentMinutes} мин) не должен превышать срок ожидания в общей очереди (${general} мин).`);
    }
  },
});

const IN_PERSON_CHANNELS = [Channel.IN_PERSON, Channel.MFC] as const;

export const queueNoInPersonContradictsChannels = defineRule({
  code: "QUEUE_NO_IN_PERSON_CONTRADICTS_CHANNELS",
  element: E.ART14_1_10,
  severity: Severity.WARNING,
  catalogIds: ["A art14.1.10"],
  description: "Отсутствие личного приёма указывается только если запрос не подаётся и результат не выдаётся лично или в МФЦ.",
  check: (c, report) => {
    if (c.queueTime?.noInPersonChannel !== true) return;
    const personal = IN_PERSON_CHANNELS.some((ch) => has(c.submissionChannels?.channels, ch) || has(c.resultDelivery?.channels, ch));
    if (personal) {
      report(["queueTime", "noInPersonChannel"], "Укажите сроки ожидания в очереди: запрос подаётся или результат выдаётся лично (в органе или МФЦ), поэтому отметка «личный приём не осуществляется» неверна.");
    }
  },
});

export const queueTimeCommonContradictsSeparate = defineRule({
  code: "QUEUE_TIME_COMMON_CONTRADICTS_SEPARATE",
  element: E.ART14_1_10,
  severity: Severity.ERROR,
  catalogIds: ["D-01", "A art14.1.10"],
  description: "Общий срок ожидания (для подачи запроса и получения результата) не противоречит раздельно указанным срокам.",
  check: (c, report) => {
    const q = c.queueTime;
    if (q?.commonMinutes == null) return;
    for (const [field, when] of WAITS) {
      const minutes = q[field];
      if (minutes != null && minutes !== q.commonMinutes) {
        report(["queueTime", field], `Срок ожидания в очереди ${when} (${minutes} мин) противоречит общему сроку для подачи запроса и получения результата (${q.commonMinutes} мин): оставьте одно значение.`);
      }
    }
  },
});

export const QUEUE_RULES = [queueTimeValueMissing, queueTimeCommonContradictsSeparate, queueTimeOver15Minutes, queueTimeOver15MinutesAtMfc, queueTimeAppointmentOverGeneral, queueNoInPersonContradictsChannels];
