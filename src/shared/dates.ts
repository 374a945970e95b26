import { REGISTRY_TIME_ZONE } from "../config";

const formatter = new Intl.DateTimeFormat("en-CA", { timeZone: REGISTRY_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
let cached = { at: 0, date: "" };

/** Today's date (YYYY-MM-DD) in the registry's time zone (formatted at most once a second: it is on the hot path). */
export function today(now: Date = new Date()): string {
  const ms = now.getTime();
  if (ms - cached.at >= 1000 || ms < cached.at) cached = { at: ms - (ms % 1000), date: formatter.format(now) };
  return cached.date;
}
