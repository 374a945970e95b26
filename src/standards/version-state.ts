import { describeEnum } from "../shared/enum";
import { StandardVersionStatus } from "./standard-version.entity";

/**
 * Where a version stands on a date (today by default), computed from its stored lifecycle
 * (`status`) and its period of force (effectiveFrom ≤ date < effectiveTo). The stored
 * status never changes with time; this does (README, "Statuses").
 */
export enum VersionState {
  DRAFT = "DRAFT",
  IN_REVIEW = "IN_REVIEW",
  SCHEDULED = "SCHEDULED",
  IN_FORCE = "IN_FORCE",
  SUPERSEDED = "SUPERSEDED",
  WITHDRAWN = "WITHDRAWN",
}
describeEnum(VersionState, "StandardVersionState", "Состояние версии на сегодня (вычисляется из статуса и периода действия). Where the version stands today, computed from its status and period of force.", {
  DRAFT: "Черновик. Draft.",
  IN_REVIEW: "На согласовании. In review.",
  SCHEDULED: "Опубликована, вступает в силу позже (effectiveFrom в будущем). Published, comes into force on effectiveFrom.",
  IN_FORCE: "Действует сегодня (в том числе если уже опубликована следующая версия с будущей датой). In force today, even when a successor is scheduled.",
  SUPERSEDED: "Действие прекращено: с effectiveTo действует следующая версия. No longer in force: its successor is in force since effectiveTo.",
  WITHDRAWN: "Отозвана: действие прекращено с момента отзыва (или версия так и не вступила в силу). Withdrawn: its force ended at withdrawal, or it never came into force.",
});

export interface Dated {
  status: StandardVersionStatus;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

/** The state of a version on `date` (YYYY-MM-DD). */
export function versionState(version: Dated, date: string): VersionState {
  switch (version.status) {
    case StandardVersionStatus.DRAFT:
      return VersionState.DRAFT;
    case StandardVersionStatus.IN_REVIEW:
      return VersionState.IN_REVIEW;
    case StandardVersionStatus.WITHDRAWN:
      return VersionState.WITHDRAWN;
    case StandardVersionStatus.PUBLISHED:
      if (version.effectiveFrom === null || date < version.effectiveFrom) return VersionState.SCHEDULED;
      if (version.effectiveTo !== null && version.effectiveTo <= date) return VersionState.SUPERSEDED;
      return VersionState.IN_FORCE;
  }
}

/**
 * Bounds of an effective date (the database's guard holds the same): not before 27.07.2010,
 * the date of Federal Law No. 210-FZ, and at most five years after today, so that no far
 * date blocks every later version.
 */
export const EARLIEST_EFFECTIVE_FROM = "2010-07-27";
export const MAX_YEARS_AHEAD = 5;

export function latestEffectiveFrom(todayDate: string): string {
  const [y, m, d] = todayDate.split("-").map(Number);
  // 29 February five years on is 28 February, as in PostgreSQL's date + interval '5 years'
  const lastDay = new Date(Date.UTC(y + MAX_YEARS_AHEAD, m, 0)).getUTCDate();
  return new Date(Date.UTC(y + MAX_YEARS_AHEAD, m - 1, Math.min(d, lastDay))).toISOString().slice(0, 10);
}
