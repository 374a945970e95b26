import type { DataSource } from "typeorm";
import { In } from "typeorm";
import { byIdLoader, groupLoader } from "../shared/loader";
import { ApiToken, RoleAssignment, User } from "./auth.entities";

export function authLoaders(ds: DataSource) {
  return {
    userById: byIdLoader(ds, User),
    apiTokenById: byIdLoader(ds, ApiToken),
    rolesByUserId: groupLoader<string, RoleAssignment>((ids) => ds.getRepository(RoleAssignment).findBy({ userId: In([...ids]) }), (r) => r.userId),
    tokensByUserId: groupLoader<string, ApiToken>(
      (ids) => ds.getRepository(ApiToken).find({ where: { userId: In([...ids]) }, order: { createdAt: "DESC" } }),
      (t) => t.userId,
    ),
  };
}
