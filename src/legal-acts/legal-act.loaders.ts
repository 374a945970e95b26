import type { DataSource } from "typeorm";
import { byIdLoader } from "../shared/loader";
import { LegalAct } from "./legal-act.entity";

export function legalActLoaders(ds: DataSource) {
  return { legalActById: byIdLoader(ds, LegalAct) };
}
