import type http from "node:http";
import type { DataSource } from "typeorm";
import { createContext, type Context, type HttpExchange } from "../../context";
import type { AuthService } from "../auth.service";
import { Viewer } from "../viewer";
import { readSessionCookie, sessionCookie, SessionService, type SessionState } from "./session.service";

/**
 * Who is asking, for the HTTP front's /graphql route (src/http/graphql-route.ts): a bearer
 * token (machine clients) wins; else the session cookie (browsers); else anonymous. A
 * cookie of an ended or expired session is cleared in the response and the request goes
 * on as anonymous. What `authenticate` found out about the session is kept per request
 * for `context` (sign-in and sign-out set the cookie there, the CSRF check reads it).
 */
export function sessionAuthentication(ds: DataSource, auth: AuthService) {
  const sessions = new SessionService(ds);
  const found = new WeakMap<http.IncomingMessage, { session?: SessionState; http: HttpExchange }>();
  const exchange = (req: http.IncomingMessage): HttpExchange => ({ userAgent: req.headers["user-agent"] ?? null });
  return {
    async authenticate(authorization: string | undefined, req?: http.IncomingMessage): Promise<Viewer> {
      if (authorization || !req) return auth.authenticate(authorization);
      const http = exchange(req);
      found.set(req, { http });
      const token = readSessionCookie(req.headers.cookie);
      if (!token) return Viewer.anonymous();
      const signedIn = await sessions.authenticate(token, auth);
      if (!signedIn) {
        http.setCookie = sessionCookie(null);
        return Viewer.anonymous();
      }
      found.set(req, { session: signedIn.state, http });
      return signedIn.viewer;
    },
    /** The context over `dataSource` (the primary unless given: anonymous requests may read a replica). */
    context(viewer: Viewer, req?: http.IncomingMessage, dataSource: DataSource = ds): Context {
      return createContext(dataSource, viewer, req ? (found.get(req) ?? { http: exchange(req) }) : {});
    },
  };
}
