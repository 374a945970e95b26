import { describeEnum } from "./enum";

export enum GovernmentLevel {
  FEDERAL = "FEDERAL",
  REGIONAL = "REGIONAL",
  MUNICIPAL = "MUNICIPAL",
}
describeEnum(GovernmentLevel, "GovernmentLevel", "Уровень публичной власти. Level of government.", {
  FEDERAL: "Федеральный. Federal.",
  REGIONAL: "Региональный (субъект Российской Федерации). Regional.",
  MUNICIPAL: "Муниципальный. Municipal.",
});
