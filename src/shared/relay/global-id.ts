import { DomainError } from "../errors/domain-error";

/** Opaque Relay ids: base64url("<Type>:<uuid>"). One encoder, one decoder. */
export type NodeTypeName = "Authority" | "LegalAct" | "Service" | "StandardVersion" | "User" | "ApiToken" | "AuditEntry" | "WebhookSubscription";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toGlobalId(type: NodeTypeName, id: string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

export interface DecodedId {
  type: string;
  id: string;
}

/** Returns null for anything that is not a well-formed global id. */
export function fromGlobalId(globalId: string): DecodedId | null {
  if (typeof globalId !== "string" || globalId.length === 0 || globalId.length > 200) return null;
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const sep = decoded.indexOf(":");
  if (sep <= 0) return null;
  const type = decoded.slice(0, sep);
  const id = decoded.slice(sep + 1);
  if (!UUID.test(id)) return null;
  return { type, id: id.toLowerCase() };
}

/**
 * Decodes an id that must name a node of the given type; otherwise a user error
 * INVALID_ID on `field` (a malformed id or an id of another type).
 */
export function decodeId(type: NodeTypeName, globalId: string, field: string[]): string {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.type !== type) {
    throw new DomainError("INVALID_ID", `Некорректный идентификатор: ожидался идентификатор объекта «${typeTitle[type]}»`, field);
  }
  return decoded.id;
}

/** Like decodeId, but null for a malformed id (queries answer "not found" instead of failing). */
export function tryDecodeId(type: NodeTypeName, globalId: string): string | null {
  const decoded = fromGlobalId(globalId);
  return decoded && decoded.type === type ? decoded.id : null;
}

export const typeTitle: Record<NodeTypeName, string> = {
  Authority: "орган власти",
  LegalAct: "нормативный правовой акт",
  Service: "услуга",
  StandardVersion: "версия стандарта",
  User: "пользователь",
  ApiToken: "токен доступа",
  AuditEntry: "запись журнала",
  WebhookSubscription: "подписка на уведомления",
};
