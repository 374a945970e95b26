import type { DataSource } from "typeorm";
import { createLoaders, type Loaders } from "./loaders";
import { createServices, type Services } from "./services";

/** Per-request context: loaders (one DataLoader set per request), services and the viewer. */
export interface Context {
  loaders: Loaders;
  services: Services;
  actor: string | null;
}

export function createContext(dataSource: DataSource, actor: string | null = null): Context {
  const loaders = createLoaders(dataSource);
  return { loaders, services: createServices(dataSource, loaders), actor };
}
