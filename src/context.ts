import type { DataSource } from "typeorm";
import { createLoaders, type Loaders } from "./loaders";
import { createServices, type Services } from "./services";
import { Viewer } from "./auth/viewer";
import type { SessionState } from "./auth/sessions/session.service";
import type { Splices } from "./http/content-rendering";

/** Per-request context: the viewer, one DataLoader set per request, and the use-case services. */
export interface Context {
  viewer: Viewer;
  loaders: Loaders;
  services: Services;
  /** The browser session of a cookie-authenticated request (absent for tokens and anonymous requests). */
  session?: SessionState;
  /** The HTTP exchange, when the request came over HTTP: sign-in and sign-out set the session cookie here. */
  http?: HttpExchange;
  /** Over HTTP: the texts of complete contents spliced into the answer (src/http/content-rendering.ts). */
  splices?: Splices;
}

export interface HttpExchange {
  userAgent: string | null;
  /** A Set-Cookie value for the response (sent by the session plugin). */
  setCookie?: string;
}

export function createContext(dataSource: DataSource, viewer: Viewer = Viewer.anonymous(), extra: Pick<Context, "session" | "http"> = {}): Context {
  const loaders = createLoaders(dataSource);
  return { viewer, loaders, services: createServices(dataSource, loaders, viewer), ...extra };
}
