import { GraphQLError } from "graphql";

/** Top-level errors of authentication and authorization; they never say whether the target exists. */
export function unauthenticated(message = "Требуется аутентификация: передайте заголовок Authorization: Bearer <токен>"): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

export function forbidden(message = "Недостаточно прав для этого действия"): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });
}
