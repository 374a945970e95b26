import { REGISTRY_TIME_ZONE } from "../config";

const formatter = new Intl.DateTimeFormat("en-CA", { timeZone: REGISTRY_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date (YYYY-MM-DD) in the registry's time zone. */
export function today(now: Date = new Date()): string {
  return formatter.format(now);
}
