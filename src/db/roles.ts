import fs from "node:fs";
import path from "node:path";
import type { Client } from "pg";

/** The role that owns the schema and runs the migrations (README, "Least privilege"). */
export const OWNER_ROLE = "registry_owner";
/** The login role the API serves requests with: DML only, as the migrations grant it. */
export const APP_ROLE = "registry_app";

/** The project's root directory (where package.json is), from src/ under ts-jest or dist/src/ when built. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("package.json not found above " + __dirname);
    dir = parent;
  }
  return dir;
}

/** db/roles.sql: creates or updates the two roles and gives the database to the owner. */
export const ROLES_SCRIPT = path.join(projectRoot(), "db", "roles.sql");

/**
 * Runs db/roles.sql over a superuser connection to the registry's database, with the
 * passwords passed as settings (as the README's psql command does), then forgets them.
 */
export async function applyRoles(client: Client, passwords: { owner: string; app: string }): Promise<void> {
  await client.query("SELECT set_config('registry.owner_password', $1, false), set_config('registry.app_password', $2, false)", [passwords.owner, passwords.app]);
  try {
    await client.query(fs.readFileSync(ROLES_SCRIPT, "utf8"));
  } finally {
    await client.query("RESET registry.owner_password; RESET registry.app_password");
  }
}
