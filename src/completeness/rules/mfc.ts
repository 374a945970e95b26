import { Channel, MfcParticipation } from "../../standards/content/enums";
import type { StandardContent } from "../../standards/content/standard-content";
import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { has, hasText, mfcInvolved } from "./helpers";

/*
 * Coherence of what the standard says about multifunctional centres (D-19, D-35): the
 * provider's statement, the "other requirements" and the submission channels agree, and an
 * MFC that takes part does so under an interaction agreement.
 */

const MFC_RULES = "Правила организации деятельности многофункциональных центров предоставления государственных и муниципальных услуг, утв. постановлением Правительства Российской Федерации от 22.12.2012 № 1376";

const participates = (c: StandardContent) => c.provider?.mfcParticipation != null && c.provider.mfcParticipation !== MfcParticipation.NONE;

export const mfcAgreementMissing = defineRule({
  code: "MFC_AGREEMENT_MISSING",
  element: E.ART14_1_2,
  severity: Severity.WARNING,
  norm: MFC_RULES,
  catalogIds: ["D-19", "A art14.1.2"],
  description: "Если МФЦ участвует в предоставлении услуги, указано соглашение о взаимодействии с МФЦ.",
  check: (c, report) => {
    if (participates(c) && !hasText(c.provider?.mfcAgreement)) report(["provider", "mfcAgreement"], "Укажите реквизиты соглашения о взаимодействии с многофункциональным центром.");
  },
});

export const mfcRefusalNotStated = defineRule({
  code: "MFC_REFUSAL_NOT_STATED",
  element: E.ART14_1_2,
  severity: Severity.WARNING,
  catalogIds: ["D-35", "A art14.1.2"],
  description: "Если МФЦ участвует в предоставлении услуги, указано, вправе ли МФЦ отказать в приёме запроса.",
  check: (c, report) => {
    if (participates(c) && c.provider?.mfcMayRefuseAcceptance == null) {
      report(["provider", "mfcMayRefuseAcceptance"], "Укажите, вправе ли многофункциональный центр отказать в приёме запроса (да или нет).");
    }
  },
});

export const mfcParticipationInconsistent = defineRule({
  code: "MFC_PARTICIPATION_INCONSISTENT",
  element: E.ART14_1_14,
  severity: Severity.WARNING,
  catalogIds: ["D-35"],
  description: "Сведения об участии МФЦ у органа, предоставляющего услугу, совпадают со сведениями в иных требованиях.",
  check: (c, report) => {
    const participation = c.provider?.mfcParticipation;
    const available = c.otherRequirements?.mfcAvailable;
    const inFull = c.otherRequirements?.mfcInFull;
    if (participation == null) return;
    if (available != null && available !== (participation !== MfcParticipation.NONE)) {
      report(["otherRequirements", "mfcAvailable"], "Согласуйте сведения о МФЦ: в иных требованиях и в сведениях об органе, предоставляющем услугу, участие МФЦ указано по-разному.");
    } else if (inFull != null && available !== false && inFull !== (participation === MfcParticipation.FULL)) {
      report(["otherRequirements", "mfcInFull"], "Согласуйте сведения о МФЦ: предоставление в полном объёме указано в иных требованиях и в сведениях об органе по-разному.");
    }
  },
});

export const mfcChannelNotListed = defineRule({
  code: "MFC_CHANNEL_NOT_LISTED",
  element: E.ART14_2_2,
  severity: Severity.WARNING,
  catalogIds: ["D-35"],
  description: "Если услуга предоставляется через МФЦ, МФЦ указан среди способов подачи запроса.",
  check: (c, report) => {
    if (mfcInvolved(c) && !has(c.submissionChannels?.channels, Channel.MFC)) {
      report(["submissionChannels", "channels"], "Добавьте МФЦ в способы направления запроса: услуга предоставляется с участием многофункционального центра.");
    }
  },
});

export const mfcParticipationNotStated = defineRule({
  code: "MFC_PARTICIPATION_NOT_STATED",
  element: E.ART14_1_2,
  severity: Severity.ERROR,
  norm: `п. 2 ч. 2 ст. 14; ${MFC_RULES}`,
  catalogIds: ["A art14.1.2", "D-35"],
  description: "Если запрос можно подать через МФЦ, указано, как МФЦ участвует в предоставлении услуги (только приём, приём и выдача результата, в полном объёме).",
  check: (c, report) => {
    if (has(c.submissionChannels?.channels, Channel.MFC) && c.provider?.mfcParticipation == null) {
      report(
        ["provider", "mfcParticipation"],
        "Укажите участие многофункционального центра: запрос можно подать через МФЦ, но не сказано, принимает ли МФЦ только запрос, выдаёт ли результат или предоставляет услугу в полном объёме.",
      );
    }
  },
});

export const MFC_RULES_LIST = [mfcAgreementMissing, mfcRefusalNotStated, mfcParticipationInconsistent, mfcChannelNotListed, mfcParticipationNotStated];
