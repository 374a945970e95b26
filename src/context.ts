import type { DataSource } from "typeorm";
import { createLoaders, type Loaders } from "./loaders";
import { createServices, type Services } from "./services";
import { Viewer } from "./auth/viewer";

/** Per-request context: the viewer, one DataLoader set per request, and the use-case services. */
export interface Context {
  viewer: Viewer;
  loaders: Loaders;
  services: Services;
}

export function createContext(dataSource: DataSource, viewer: Viewer = Viewer.anonymous()): Context {
  const loaders = createLoaders(dataSource);
  return { viewer, loaders, services: createServices(dataSource, loaders, viewer) };
}
