import type { DataSource } from "typeorm";
import { byIdLoader } from "../shared/loader";
import { Service } from "./service.entity";

export function serviceLoaders(ds: DataSource) {
  return { serviceById: byIdLoader(ds, Service) };
}
