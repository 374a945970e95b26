import type http from "node:http";
import type { DataSource } from "typeorm";
import { createContext, type Context, type HttpExchange } from "../../context";
import { AuthService } from "../auth.service";
import { Viewer } from "../viewer";
import { readSessionCookie, sessionCookie, SessionService } from "./session.service";

/**
 * The context of an HTTP request: a bearer token (machine clients) wins; else the
 * session cookie (browsers); else anonymous. A cookie of an ended or expired session is
 * cleared in the response and the request goes on as anonymous.
 */
export function httpContext(ds: DataSource): (req: http.IncomingMessage) => Promise<Context> {
  const auth = new AuthService(ds);
  const sessions = new SessionService(ds);
  return async (req) => {
    const exchange: HttpExchange = { userAgent: req.headers["user-agent"] ?? null };
    if (req.headers.authorization) return createContext(ds, await auth.authenticate(req.headers.authorization), { http: exchange });
    const token = readSessionCookie(req.headers.cookie);
    if (token) {
      const found = await sessions.authenticate(token, auth);
      if (found) return createContext(ds, found.viewer, { session: found.state, http: exchange });
      exchange.setCookie = sessionCookie(null);
    }
    return createContext(ds, Viewer.anonymous(), { http: exchange });
  };
}
