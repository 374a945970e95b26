import "reflect-metadata";
import { parseArgs } from "node:util";
import { config, tokenConfig } from "../config";
import { createDataSource } from "../data-source";
import { openForTool, prepareSchema } from "../db/database";
import { AuthService } from "../auth/auth.service";
import { Viewer } from "../auth/viewer";
import { Role, User } from "../auth/auth.entities";
import { DomainError } from "../shared/errors/domain-error";
import { toGlobalId } from "../shared/relay/global-id";

const USAGE = `Выпуск токена доступа (например, первого токена администратора на новой установке):

  npm run token:create -- --role ADMIN --name "Иванов Иван" [--login admin]
  npm run token:create -- --role REGISTRAR --name "Петрова Анна" --login petrova --authority <id органа> [--subordinates]

Параметры: --role ADMIN|REGISTRAR|APPROVER|AUDITOR, --name, --login (по умолчанию admin для ADMIN),
--authority (глобальный id органа власти, для ролей кроме ADMIN), --subordinates, --expires ГГГГ-ММ-ДД,
--token-name (назначение токена). Пользователь создаётся, если его нет; роль добавляется.
Без --expires токен действует ${tokenConfig.defaultTtlDays > 0 ? `${tokenConfig.defaultTtlDays} дней (TOKEN_DEFAULT_TTL_DAYS)` : "бессрочно (TOKEN_DEFAULT_TTL_DAYS=0)"}.
База данных: DATABASE_URL или встроенный PostgreSQL (.data/pg), как у npm start.`;

async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: "string" },
      name: { type: "string" },
      login: { type: "string" },
      authority: { type: "string" },
      subordinates: { type: "boolean", default: false },
      expires: { type: "string" },
      "token-name": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  const role = values.role?.toUpperCase() as Role | undefined;
  if (values.help || !role || !Object.values(Role).includes(role) || !values.name) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const login = values.login ?? (role === Role.ADMIN ? "admin" : undefined);
  if (!login) throw new Error("укажите --login");
  if (role !== Role.ADMIN && !values.authority) throw new Error("для этой роли укажите --authority <id органа власти>");

  const db = await openForTool();
  const ds = createDataSource(db.appUrl);
  await ds.initialize();
  try {
    await prepareSchema(db, ds);
    const auth = new AuthService(ds);
    const system = Viewer.system("cli");
    const existing = await ds.getRepository(User).findOneBy({ login });
    const user = existing ?? (await auth.createUser({ login, name: values.name }, system));
    await auth.grantRole(toGlobalId("User", user.id), { role, authorityId: values.authority, includeSubordinates: values.subordinates }, system);
    const { token, apiToken } = await auth.createToken(
      {
        userId: toGlobalId("User", user.id),
        name: values["token-name"] ?? `${role} ${login}`,
        expiresAt: values.expires ? new Date(`${values.expires}T23:59:59Z`) : undefined,
      },
      system,
    );
    console.log(`Пользователь: ${login} (${existing ? "существующий" : "создан"}), роль ${role}`);
    const until = apiToken.expiresAt ? `действует до ${apiToken.expiresAt.toISOString().slice(0, 10)}` : "бессрочный";
    console.log(`Токен «${apiToken.name}», ${until} (показывается один раз, хранится только его хеш):\n\n  ${token}\n`);
    console.log(`Использование: curl -H "Authorization: Bearer ${token.slice(0, 10)}…" http://${config.host}:${config.port}/graphql`);
  } finally {
    await ds.destroy();
    await db.stop();
  }
}

main().catch((error) => {
  const message = error instanceof DomainError ? error.issues.map((i) => `${i.field?.join(".")}: ${i.message}`).join("; ") : String(error?.message ?? error);
  console.error(`Ошибка: ${message}`);
  process.exit(1);
});
