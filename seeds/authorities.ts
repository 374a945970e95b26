import type { SeedAuthority } from "./types";
import { GovernmentLevel } from "../src/shared/enums";

/**
 * Providing bodies of the seeded services. Names are written as they appear in the
 * acts read for the seeds (see each service's `sources`).
 *
 * OKTMO codes: Общероссийский классификатор территорий муниципальных образований
 * ОК 033-2013 (Росстат; https://rosstat.gov.ru/opendata/7708234640-oktmo). A municipal
 * body has the 8-digit code of its urban okrug; a regional body the code of its
 * subject (the subject's digits followed by zeros). Each code was checked against the
 * 11-digit code of the city itself (the okrug's code + 001) as the city's card in
 * Wikipedia gives it, and against the classifier's hierarchy as coderf.ru prints it:
 * - Пенза: 56701000 — городской округ город Пенза in ОК 033-2013 (56 — Пензенская
 *   область, 567 — its urban okrugs; the region's hierarchy as printed at
 *   https://coderf.ru/ok/oktmo/2013/56603419000; the row of the city itself was not among
 *   the pages read, so this one code rests on the classifier's numbering alone);
 * - Краснодар: 03701000 (город 03701000001; https://it.wiki7.org/wiki/Екатеринодар);
 * - Салехард: 71951000 (город 71951000001; https://sv.wiki7.org/wiki/Салехард);
 * - Юрга: 32749000, Юргинский городской округ (город 32749000001; https://it.wiki7.org/wiki/Юрга);
 * - Свердловская область: 65000000 (муниципальные образования Свердловской области).
 */
export const authorities: SeedAuthority[] = [
  {
    key: "penza-administration",
    name: "Администрация города Пензы",
    level: GovernmentLevel.MUNICIPAL,
    oktmo: "56701000",
  },
  {
    key: "krasnodar-administration",
    name: "Администрация муниципального образования город Краснодар",
    level: GovernmentLevel.MUNICIPAL,
    oktmo: "03701000",
  },
  {
    key: "salekhard-administration",
    name: "Администрация города Салехарда",
    shortName: "Администрация муниципального образования город Салехард",
    level: GovernmentLevel.MUNICIPAL,
    oktmo: "71951000",
  },
  {
    key: "yurga-administration",
    name: "Администрация города Юрги",
    level: GovernmentLevel.MUNICIPAL,
    oktmo: "32749000",
  },
  {
    key: "sverdlovsk-zags",
    name: "Управление записи актов гражданского состояния Свердловской области",
    shortName: "Управление ЗАГС Свердловской области",
    level: GovernmentLevel.REGIONAL,
    oktmo: "65000000",
  },
  // The regulations of the two Decree 1228 seeds were read in fragments that do not name the
  // region; the providing bodies are recorded by their function, not by an invented name.
  {
    key: "subsidy-body-406617067",
    name: "Орган, предоставляющий субсидии на оплату жилого помещения и коммунальных услуг (субъект РФ не установлен: регламент docs.cntd.ru 406617067 прочитан фрагментами)",
    shortName: "Орган по субсидиям на оплату ЖКУ (регламент 406617067)",
    level: GovernmentLevel.REGIONAL,
  },
  {
    key: "guardianship-body-406937679",
    name: "Орган опеки и попечительства (субъект РФ не установлен: регламент docs.cntd.ru 406937679 прочитан фрагментами)",
    shortName: "Орган опеки и попечительства (регламент 406937679)",
    level: GovernmentLevel.REGIONAL,
  },
];
