import type http from "node:http";
import Negotiator from "negotiator";

export const JSON_TYPE = "application/json; charset=utf-8";
export const GRAPHQL_RESPONSE_TYPE = "application/graphql-response+json; charset=utf-8";

/** The media type of a GraphQL answer as Apollo picks it: application/json unless the client prefers the newer type. */
export function graphqlMediaType(req: http.IncomingMessage): string {
  const accept = req.headers.accept;
  if (!accept) return JSON_TYPE;
  const preferred = new Negotiator({ headers: { accept } }).mediaType(["application/json", "application/graphql-response+json"]);
  return preferred === "application/graphql-response+json" ? GRAPHQL_RESPONSE_TYPE : JSON_TYPE;
}

export function sendJson(res: http.ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}, type = JSON_TYPE) {
  res.writeHead(status, { "content-type": type, ...headers });
  res.end(JSON.stringify(payload));
}

/** A GraphQL-shaped error answer (`{ errors: [{ message, extensions: { code } }] }`) in the media type the client accepts. */
export function sendGraphqlError(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, headers, graphqlMediaType(req));
}

/**
 * Codes of GraphQL request errors that the GraphQL-over-HTTP specification wants answered
 * with 200 in `application/json` (the legacy media type, whose clients read the body) and
 * 400 in `application/graphql-response+json`: the document does not parse or validate, or
 * its variables cannot be coerced. Refusals by a limit (QUERY_TOO_COMPLEX), an operation
 * that cannot be chosen and malformed HTTP requests are 400 in both.
 */
export const REQUEST_ERROR_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"]);

/** Whether an answer of Apollo's (400, no data) consists of request errors only. */
export function isRequestErrorBody(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    return parsed.data === undefined && !!parsed.errors?.length && parsed.errors.every((e) => REQUEST_ERROR_CODES.has(e.extensions?.code ?? ""));
  } catch {
    return false;
  }
}
