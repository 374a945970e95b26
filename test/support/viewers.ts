import { randomUUID } from "node:crypto";
import { Viewer } from "../../src/auth/viewer";
import { Role } from "../../src/auth/auth.entities";
import { unique } from "./harness";

const uuidOf = (globalId: string) => Buffer.from(globalId, "base64url").toString().split(":")[1];

/** A signed-in user holding `role` in the given authorities (global ids), for harness calls. */
export function userWith(role: Role, authorityIds: string[], login = unique(`${role.toLowerCase()}-`)): Viewer {
  return Viewer.user(login, randomUUID(), new Map([[role, new Set(authorityIds.map(uuidOf))]]), false);
}
