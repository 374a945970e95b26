import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Context } from "../../context";
import { sameToken } from "./session.service";

/**
 * CSRF protection and the session cookie. A mutation of a cookie-authenticated request
 * must carry the session's CSRF token in `X-CSRF-Token` (a cross-site page cannot read
 * it: the cookie is SameSite=Strict and HttpOnly, and CORS gives credentialed requests no
 * access); otherwise it is refused before execution. A cookie set by signIn / signOut
 * goes out with the response, which is then never cacheable.
 */
export function sessionPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, request }) {
          if (operation?.operation !== "mutation" || !contextValue.session) return;
          if (!sameToken(request.http?.headers.get("x-csrf-token"), contextValue.session.csrfToken)) {
            throw new GraphQLError("Запрос отклонён: нет действительного заголовка X-CSRF-Token для этого сеанса. Обновите страницу", {
              extensions: { code: "FORBIDDEN", reason: "CSRF_TOKEN_INVALID", http: { status: 403 } },
            });
          }
        },
        async willSendResponse({ contextValue, response }) {
          const cookie = contextValue.http?.setCookie;
          if (cookie) {
            response.http.headers.set("set-cookie", cookie);
            response.http.headers.set("cache-control", "private, no-store");
          }
        },
      };
    },
  };
}
