import type { SeedAuthority, SeedLegalAct, SeedService } from "./types";
import { authorities } from "./authorities";
import { legalActs } from "./legal-acts";

/** Every seed, in load order. Each service file lists its sources and the provenance of each element. */
export const seedAuthorities: SeedAuthority[] = authorities;
export const seedLegalActs: SeedLegalAct[] = legalActs;
export const seedServices: SeedService[] = [];
