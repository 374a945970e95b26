import { FeeKind } from "../../standards/content/enums";
import { StandardKind } from "../../services/service.entity";
import { StandardElement as E } from "../elements";
import { defineRule } from "../rule";
import { Severity } from "../types";
import { actOf, citesAct, eachItem, hasText, nonEmpty, quote } from "./helpers";

/*
 * D-12: the fee (п. 9 ч. 1 ст. 14; for a unified standard п. 3 ч. 2 ст. 14). "Free" is stated
 * explicitly; a fee has an amount (or a formula), a legal basis and ways of paying; the fee
 * of a unified standard rests on federal acts only ("в случаях, предусмотренных федеральными
 * законами и принимаемыми в соответствии с ними иными нормативными правовыми актами РФ").
 */

const ITEMS = ["fee", "items"] as const;

export const feeFreeWithItems = defineRule({
  code: "FEE_FREE_WITH_ITEMS",
  element: E.ART14_1_9,
  severity: Severity.ERROR,
  catalogIds: ["D-12"],
  description: "Услуга не может быть одновременно бесплатной и платной.",
  check: (c, report) => {
    if (c.fee?.free === true && nonEmpty(c.fee.items)) {
      report(["fee", "free"], "Уберите отметку «бесплатно» или удалите платежи: одно противоречит другому.");
    }
  },
});

export const feeAmountMissing = defineRule({
  code: "FEE_AMOUNT_MISSING",
  element: E.ART14_1_9,
  severity: Severity.ERROR,
  catalogIds: ["D-12"],
  description: "Для платы указан размер в рублях, порядок его расчёта или норма, которой размер установлен (например, подп. 24 п. 1 ст. 333.33 НК РФ).",
  check: (c, report) =>
    eachItem(c.fee?.items, ITEMS, (fee, path) => {
      if (!hasText(fee.amount) && !hasText(fee.formula) && !citesAct(fee.amountBases)) {
        report([...path, "amount"], `Укажите размер платы ${quote(fee.name)} в рублях, порядок его расчёта или норму, которой он установлен.`);
      }
    }),
});

export const feePaymentMethodsMissing = defineRule({
  code: "FEE_PAYMENT_METHODS_MISSING",
  element: E.ART14_1_9,
  severity: Severity.ERROR,
  catalogIds: ["D-12"],
  description: "Для платы указан хотя бы один способ её внесения.",
  check: (c, report) =>
    eachItem(c.fee?.items, ITEMS, (fee, path) => {
      if (!nonEmpty(fee.paymentMethods)) report([...path, "paymentMethods"], `Укажите способы внесения платы ${quote(fee.name)} (наличными, безналичным переводом, через ЕПГУ...).`);
    }),
});

export const feeBasisNotFederal = defineRule({
  code: "FEE_BASIS_NOT_FEDERAL",
  element: E.ART14_2_3,
  severity: { [StandardKind.UNIFIED]: Severity.ERROR },
  catalogIds: ["D-12", "D-32", "B art14.2.3"],
  description: "В едином стандарте плата основана только на федеральных законах и принятых в соответствии с ними иных нормативных правовых актах Российской Федерации.",
  check: (c, report, ctx) =>
    eachItem(c.fee?.items, ITEMS, (fee, feePath) =>
      eachItem(fee.legalBases, [...feePath, "legalBases"], (basis, path) => {
        if (!hasText(basis.actId)) return;
        const act = actOf(ctx, basis.actId);
        if (!act) {
          report([...path, "actId"], `Проверьте основание платы ${quote(fee.name)}: акт не найден в реестре, поэтому нельзя подтвердить, что это федеральный акт.`);
        } else if (!act.federal) {
          report([...path, "actId"], `Замените основание платы ${quote(fee.name)} федеральным актом: в едином стандарте плата взимается только в случаях, предусмотренных федеральными законами и иными нормативными правовыми актами Российской Федерации.`);
        }
      }),
    ),
});

/** "333.33" and "333.19.1" are in chapter 25.3 of the Tax Code (ст. 333.16 – 333.42); "333.43" is not. */
export function inStateDutyChapter(article: string | null | undefined): boolean {
  const m = /^\s*(?:ст\.?\s*)?333\.(\d+)/iu.exec(article ?? "");
  return !!m && Number(m[1]) >= 16 && Number(m[1]) <= 42;
}

export const feeStateDutyBasisNotTaxCode = defineRule({
  code: "FEE_STATE_DUTY_BASIS_NOT_TAX_CODE",
  element: E.ART14_1_9,
  severity: Severity.ERROR,
  norm: "ст. 8; гл. 25.3 Налогового кодекса Российской Федерации",
  catalogIds: ["D-12"],
  description:
    "Государственная пошлина основана на статье главы 25.3 Налогового кодекса Российской Федерации (ст. 333.16–333.42); акт субъекта Российской Федерации или муниципальный акт, иная статья Кодекса её не устанавливают.",
  check: (c, report, ctx) =>
    eachItem(c.fee?.items, ITEMS, (fee, path) => {
      if (fee.kind !== FeeKind.STATE_DUTY) return;
      let known = 0;
      let taxCode = 0;
      let wrong = 0;
      for (const list of ["legalBases", "amountBases"] as const) {
        eachItem(fee[list], [...path, list], (basis, basisPath) => {
          const act = actOf(ctx, basis.actId);
          if (!act) return;
          known++;
          if (!act.federal) {
            wrong++;
            report([...basisPath, "actId"], `Исключите из оснований государственной пошлины ${quote(fee.name)} акт субъекта Российской Федерации или муниципальный акт: государственная пошлина устанавливается только главой 25.3 Налогового кодекса Российской Федерации.`);
          } else if (act.taxCode) {
            if (hasText(basis.article) && !inStateDutyChapter(basis.article)) {
              wrong++;
              report([...basisPath, "article"], `Статья ${basis.article} Налогового кодекса Российской Федерации не входит в главу 25.3 «Государственная пошлина» (ст. 333.16–333.42): сошлитесь на статью, устанавливающую государственную пошлину ${quote(fee.name)}.`);
            } else taxCode++;
          }
        });
      }
      if (known > 0 && taxCode === 0 && wrong === 0) {
        report([...path, "legalBases"], `Сошлитесь на статью главы 25.3 Налогового кодекса Российской Федерации, устанавливающую государственную пошлину ${quote(fee.name)}.`);
      }
    }),
});

export const feeFreeBasisMissing = defineRule({
  code: "FEE_FREE_BASIS_MISSING",
  element: E.ART14_1_9,
  severity: Severity.WARNING,
  norm: "ст. 8",
  catalogIds: ["A art14.1.9"],
  description: "Для бесплатной услуги рекомендуется указать норму, из которой следует бесплатность.",
  check: (c, report) => {
    if (c.fee?.free === true && !nonEmpty(c.fee.items) && !citesAct(c.fee.freeLegalBases)) {
      report(["fee", "freeLegalBases"], "Укажите норму, согласно которой услуга предоставляется бесплатно.");
    }
  },
});

export const FEE_RULES = [feeFreeWithItems, feeAmountMissing, feePaymentMethodsMissing, feeBasisNotFederal, feeStateDutyBasisNotTaxCode, feeFreeBasisMissing];
