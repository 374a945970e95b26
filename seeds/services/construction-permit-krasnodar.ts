import { createHash } from "node:crypto";
import type { SeedService } from "../types";
import { authority, ref } from "../types";
import type { StandardContent } from "../../src/standards/content/standard-content";
import { StandardKind } from "../../src/services/service.entity";
import { Channel, LegalBasisRole } from "../../src/standards/content/enums";
import { constructionPermitPenzaContent } from "./construction-permit-penza";

/**
 * «Выдача разрешения на строительство» — администрация муниципального образования город
 * Краснодар: the same federal service as the Penza seed, in another municipality (the
 * auditor's cross-body comparison compares the two).
 *
 * What is the same and why: the documents, the refusal grounds, the term and the absence of
 * a fee are fixed by ст. 51 Градостроительного кодекса for every municipality; they are taken
 * from the Penza seed (same provenance: the Code's text and its restatements) with their own
 * item keys (another service's items never share keys, so the comparison matches them by name).
 *
 * What is Krasnodar's own, read in the Krasnodar regulation (docs.cntd.ru 446217613, п. 13
 * in the edition of постановление администрации МО город Краснодар от 06.05.2020 N 1733):
 * the term counted «со дня поступления в уполномоченный орган заявления и прилагаемых
 * документов», and the historic settlement of Krasnodar, which the regulation covers (the
 * Penza regulation excludes historic settlements, п. 1.2 there). The holder of the
 * documents the administration keeps (ГПЗУ, deviation permit, territory development
 * contract) is the Krasnodar administration, as the Krasnodar ГПЗУ seed shows it issuing
 * ГПЗУ. Registration in 20 minutes is read in the same administration's ГПЗУ regulation
 * (п. 25), not in this one: ILLUSTRATION. The base decree approving the regulation was not
 * read; the amending decree N 1733 stands for the edition.
 */

/** Every item key replaced by a key derived from it (stable, distinct from the Penza items'). */
function rekey<T>(value: T, salt: string): T {
  if (Array.isArray(value)) return value.map((v) => rekey(v, salt)) as T;
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => {
      if (k !== "key" || typeof v !== "string") return [k, rekey(v, salt)];
      const h = createHash("sha1").update(`${salt}:${v}`).digest("hex");
      return [k, `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`];
    }),
  ) as T;
}

const penza = rekey(constructionPermitPenzaContent, "krasnodar-construction-permit");
const KRASNODAR = "Администрация муниципального образования город Краснодар";
const holder = (d: NonNullable<NonNullable<StandardContent["documents"]>["interagencyDocuments"]>["items"]) =>
  (d ?? []).map((doc) =>
    doc?.holderName === "Администрация города Пензы"
      ? { ...doc, holderName: KRASNODAR, holderResource: doc.holderResource === "Документы администрации города Пензы" ? "Документы администрации муниципального образования город Краснодар" : doc.holderResource }
      : doc,
  );

const content: StandardContent = {
  ...penza,
  name: {
    fullName: "Выдача разрешения на строительство",
    legalBases: [ref("4d1c0f46-0c55-4e0b-9a53-0d0d6b6b1e01", "krasnodar-1733-2020", undefined, undefined, undefined, "наименование регламента")],
  },
  provider: { ...penza.provider, authorityId: authority("krasnodar-administration") },
  term: {
    ...penza.term,
    startNote: "Со дня поступления в уполномоченный орган заявления и прилагаемых документов (п. 13 регламента; ч. 11 ст. 51 ГрК РФ).",
    note: "Регламент распространяется и на строительство в границах территории исторического поселения города Краснодара: если к заявлению не приложено заключение, указанное в ч. 10.1 ст. 51 ГрК РФ, применяется порядок ч. 11.1 ст. 51 ГрК РФ (п. 13 регламента).",
    legalBases: [ref("8a1f5f0e-53a4-4c4b-a3f2-7c3c6e2d2b10", "grk", "51", "11"), ref("0b6b2f7a-4e55-4d21-9e3c-2f4b3b8f9c21", "krasnodar-1733-2020", undefined, undefined, undefined, "п. 13 регламента")],
    wording: [
      {
        key: "5c0f3b8e-6f11-4d0e-8b77-3a9f0e6d4c12",
        clause: "п. 13",
        text: "Срок выдачи разрешения на строительство либо принятия решения об отказе в выдаче разрешения на строительство - не более 5 рабочих дней со дня поступления в уполномоченный орган заявления и прилагаемых документов.",
        actId: "act:krasnodar-1733-2020",
        url: "https://docs.cntd.ru/document/446217613/titles/3K5IHK",
      },
    ],
  },
  legalBases: {
    items: [
      ...(penza.legalBases?.items ?? []).filter((b) => !String(b?.actId).startsWith("act:penza-")),
      { ...ref("e3a0f5c4-2b1d-4c6e-8f7a-9d0e1c2b3a41", "krasnodar-1733-2020", undefined, undefined, undefined, "регламент в редакции постановления"), role: LegalBasisRole.REGULATION },
    ],
  },
  documents: {
    ...penza.documents,
    interagencyDocuments: { ...penza.documents!.interagencyDocuments, items: holder(penza.documents!.interagencyDocuments!.items) },
  },
  acceptanceRefusalGrounds: {
    ...penza.acceptanceRefusalGrounds,
    items: (penza.acceptanceRefusalGrounds?.items ?? []).map((g) => ({
      ...g,
      legalBases: (g?.legalBases ?? []).map((b) => (String(b?.actId).startsWith("act:penza-") ? { ...b, actId: "act:krasnodar-1733-2020" } : b)),
    })),
  },
  registrationTerms: {
    items: [
      { key: "6a2b9c1d-0e3f-4a5b-8c7d-1e2f3a4b5c61", channel: Channel.IN_PERSON, sameDay: true, nonWorkingDayRule: "Регистрация — в день поступления, не более 20 минут; при поступлении в выходной (нерабочий или праздничный) день — в первый за ним рабочий день." },
      { key: "7b3c0d2e-1f4a-4b6c-9d8e-2f3a4b5c6d72", channel: Channel.MFC, sameDay: true, nonWorkingDayRule: "Регистрация — в день поступления из МФЦ, не более 20 минут; при поступлении в выходной (нерабочий или праздничный) день — в первый за ним рабочий день." },
      ...(penza.registrationTerms?.items ?? []).filter((t) => t?.channel === Channel.EPGU),
    ],
  },
};

export const constructionPermitKrasnodar: SeedService = {
  registryNumber: "SEED-23-KRD-GRK51",
  name: "Выдача разрешения на строительство",
  authorityKey: "krasnodar-administration",
  kind: StandardKind.REGULAR,
  sources: [
    {
      title: "Административный регламент предоставления администрацией МО город Краснодар муниципальной услуги «Выдача разрешения на строительство», п. 13 (в ред. постановления администрации МО город Краснодар от 06.05.2020 N 1733): срок 5 рабочих дней со дня поступления заявления; историческое поселение города Краснодара",
      url: "https://docs.cntd.ru/document/446217613/titles/3K5IHK",
    },
    { title: "Градостроительный кодекс РФ от 29.12.2004 N 190-ФЗ, ст. 51 (ч. 7, 7.1, 7.2, 11, 13, 15) — как в сиде администрации г. Пензы", url: "http://www.gradkod.ru/comment-statya-51-grk-rf" },
    {
      title: "Регламент администрации МО город Краснодар «Выдача градостроительных планов земельных участков», п. 25: регистрация в день поступления, не более 20 минут",
      url: "https://docs.cntd.ru/document/406750112/titles/1G3QI2P",
    },
  ],
  provenance: {
    ART14_1_1: { origin: "SOURCE", note: "Наименование услуги — как в регламенте (docs.cntd.ru 446217613)." },
    ART14_1_2: { origin: "SOURCE", note: "Уполномоченный орган — администрация МО город Краснодар (регламент, п. 13 «уполномоченный орган»); участие Росреестра — ч. 7.1 ст. 51 ГрК РФ; ответственное подразделение не прочитано." },
    ART14_1_3: { origin: "SOURCE", note: "Разрешение и отказ — п. 13 регламента и ст. 51 ГрК РФ." },
    ART14_1_4: { origin: "SOURCE", note: "5 рабочих дней со дня поступления заявления и документов, историческое поселение — п. 13 регламента (прочитан)." },
    ART14_1_5: { origin: "SOURCE", note: "ГрК РФ, 131-ФЗ, 210-ФЗ — как в сиде Пензы; регламент — в редакции постановления N 1733 (базовое постановление не прочитано)." },
    ART14_1_6: { origin: "SOURCE", note: "Перечень — по ч. 7, 7.1, 7.2 ст. 51 ГрК РФ (как в сиде Пензы); держатель ГПЗУ и разрешения на отклонение — администрация МО город Краснодар. Перечень самого регламента не прочитан." },
    ART14_1_7: { origin: "ILLUSTRATION", note: "Подраздел регламента об отказе в приёме не прочитан; основания — типовые (как в сиде Пензы)." },
    ART14_1_8: { origin: "SOURCE", note: "Основания отказа — ч. 13 ст. 51 ГрК РФ (как в сиде Пензы); приостановление ст. 51 не предусмотрено." },
    ART14_1_9: { origin: "SOURCE", note: "Без взимания платы — ч. 15 ст. 51 ГрК РФ." },
    ART14_1_10: { origin: "ILLUSTRATION", note: "15 минут — как в регламенте той же администрации о ГПЗУ (сид SEED-23-KRD-GRK57-3); для этого регламента не сверено." },
    ART14_1_11: { origin: "ILLUSTRATION", note: "Не более 20 минут в день поступления — п. 25 регламента той же администрации о ГПЗУ (docs.cntd.ru 406750112); подраздел этого регламента не прочитан." },
    ART14_1_12: { origin: "ILLUSTRATION", note: "Типовые требования (как в сиде Пензы)." },
    ART14_1_13: { origin: "ILLUSTRATION", note: "Типовой набор показателей (как в сиде Пензы)." },
    ART14_1_14: { origin: "ILLUSTRATION", note: "МФЦ и ЕПГУ — по ч. 7 ст. 51 ГрК РФ; остальное — иллюстрация (как в сиде Пензы)." },
    ART14_2_1: { origin: "SOURCE", note: "Застройщик (ч. 7 ст. 51, п. 16 ст. 1 ГрК РФ)." },
    ART14_2_2: { origin: "SOURCE", note: "Способы подачи — ч. 7 ст. 51 ГрК РФ." },
    ART14_2_4: { origin: "ILLUSTRATION", note: "Порядок информирования в регламенте не прочитан." },
    ART14_2_9: { origin: "ILLUSTRATION", note: "Способы получения результата в регламенте не прочитаны; указаны по способам подачи." },
  },
  versions: [
    {
      content,
      // the date of entry into force was not read; the date of the amending decree is used (as for Penza)
      effectiveFrom: "2020-05-06",
      changeNote: "Редакция регламента с изменениями, внесёнными постановлением администрации МО город Краснодар от 06.05.2020 N 1733 (дата вступления в силу принята по дате постановления).",
      approvingActKey: "krasnodar-1733-2020",
    },
  ],
};
