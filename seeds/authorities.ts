import type { SeedAuthority } from "./types";
import { GovernmentLevel } from "../src/shared/enums";

/**
 * Providing bodies of the seeded services. Names are written as they appear in the
 * acts read for the seeds (see each service's `sources`). OKTMO codes are left out:
 * they were not read in a source.
 */
export const authorities: SeedAuthority[] = [
  {
    key: "penza-administration",
    name: "Администрация города Пензы",
    level: GovernmentLevel.MUNICIPAL,
  },
  {
    key: "krasnodar-administration",
    name: "Администрация муниципального образования город Краснодар",
    level: GovernmentLevel.MUNICIPAL,
  },
  {
    key: "salekhard-administration",
    name: "Администрация города Салехарда",
    shortName: "Администрация муниципального образования город Салехард",
    level: GovernmentLevel.MUNICIPAL,
  },
  {
    key: "yurga-administration",
    name: "Администрация города Юрги",
    level: GovernmentLevel.MUNICIPAL,
  },
  {
    key: "sverdlovsk-zags",
    name: "Управление записи актов гражданского состояния Свердловской области",
    shortName: "Управление ЗАГС Свердловской области",
    level: GovernmentLevel.REGIONAL,
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
