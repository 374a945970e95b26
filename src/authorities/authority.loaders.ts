import type { DataSource } from "typeorm";
import { byIdLoader } from "../shared/loader";
import { Authority } from "./authority.entity";

export function authorityLoaders(ds: DataSource) {
  return { authorityById: byIdLoader(ds, Authority) };
}
