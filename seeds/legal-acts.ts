import type { SeedLegalAct } from "./types";

export const legalActs: SeedLegalAct[] = [];
