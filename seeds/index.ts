import type { SeedAuthority, SeedLegalAct, SeedService } from "./types";
import { authorities } from "./authorities";
import { legalActs } from "./legal-acts";
import { constructionPermitPenza } from "./services/construction-permit-penza";
import { gpzuKrasnodar } from "./services/gpzu-krasnodar";
import { constructionPermitKrasnodar } from "./services/construction-permit-krasnodar";
import { archiveReferencesSalekhard } from "./services/archive-references-salekhard";
import { landWithoutAuctionPenza } from "./services/land-without-auction-penza";
import { housingRegisterYurga } from "./services/housing-register-yurga";
import { marriageRegistrationSverdlovsk } from "./services/marriage-registration-sverdlovsk";
import { housingSubsidy1228 } from "./services/housing-subsidy-1228";
import { exchangeConsent1228 } from "./services/exchange-consent-1228";

/** Every seed, in load order. Each service file lists its sources and the provenance of each element. */
export const seedAuthorities: SeedAuthority[] = authorities;
export const seedLegalActs: SeedLegalAct[] = legalActs;
export const seedServices: SeedService[] = [
  constructionPermitPenza,
  gpzuKrasnodar,
  archiveReferencesSalekhard,
  landWithoutAuctionPenza,
  housingRegisterYurga,
  marriageRegistrationSverdlovsk,
  housingSubsidy1228,
  exchangeConsent1228,
  constructionPermitKrasnodar,
];
