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
];
