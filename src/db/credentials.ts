import fs from "node:fs";
import { randomBytes } from "node:crypto";
import { APP_ROLE, OWNER_ROLE } from "./roles";

export interface Login {
  user: string;
  password: string;
}

/** The three logins of an embedded cluster; random passwords generated before initdb. */
export interface Credentials {
  superuser: Login;
  owner: Login;
  app: Login;
}

/** `.data/pg` keeps its passwords in `.data/pg.credentials.json` (mode 0600), beside the data directory. */
export function credentialsFile(dataDir: string): string {
  return `${dataDir.replace(/\/+$/, "")}.credentials.json`;
}

export function generateCredentials(): Credentials {
  const secret = () => randomBytes(24).toString("base64url");
  return {
    superuser: { user: "postgres", password: secret() },
    owner: { user: OWNER_ROLE, password: secret() },
    app: { user: APP_ROLE, password: secret() },
  };
}

export function readCredentials(file: string): Credentials | null {
  if (!fs.existsSync(file)) return null;
  const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Credentials;
  for (const login of [parsed.superuser, parsed.owner, parsed.app]) {
    if (!login?.user || !login?.password) throw new Error(`${file} is incomplete: remove it together with its data directory, or restore it`);
  }
  return parsed;
}

/** Writes the file readable by its owner only (0600), atomically. */
export function writeCredentials(file: string, credentials: Credentials): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(credentials, null, 2) + "\n", { mode: 0o600 });
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, file);
}

export function urlOf(login: Login, port: number, database: string): string {
  return `postgres://${encodeURIComponent(login.user)}:${encodeURIComponent(login.password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}
