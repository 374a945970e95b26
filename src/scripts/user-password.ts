import "reflect-metadata";
import { parseArgs } from "node:util";
import { config } from "../config";
import { createDataSource } from "../data-source";
import { AuthService } from "../auth/auth.service";
import { Viewer } from "../auth/viewer";
import { Role, User } from "../auth/auth.entities";
import { setTemporaryPassword } from "../auth/sessions/session.service";
import { recordAudit } from "../history/audit";
import { DomainError } from "../shared/errors/domain-error";
import { toGlobalId } from "../shared/relay/global-id";
import { openForTool, prepareSchema } from "../db/database";

const USAGE = `Временный пароль для входа в веб-интерфейс (например, первого администратора на новой установке):

  npm run user:password -- --login admin --role ADMIN --name "Администратор реестра"
  npm run user:password -- --login petrova                      (новый временный пароль существующему пользователю)

Параметры: --login (обязателен), --name (для нового пользователя), --role ADMIN|REGISTRAR|APPROVER|AUDITOR
и --authority <id органа> (для ролей кроме ADMIN), --subordinates. Пользователь создаётся, если его нет;
роль добавляется. Пароль показывается один раз и должен быть сменён при первом входе; открытые сеансы
пользователя закрываются. База данных: DATABASE_URL или встроенный PostgreSQL (.data/pg), как у npm start.`;

async function main() {
  const { values } = parseArgs({
    options: {
      login: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      authority: { type: "string" },
      subordinates: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  const role = values.role?.toUpperCase() as Role | undefined;
  if (values.help || !values.login || (role && !Object.values(Role).includes(role))) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  if (role && role !== Role.ADMIN && !values.authority) throw new Error("для этой роли укажите --authority <id органа власти>");

  const db = await openForTool();
  const ds = createDataSource(db.appUrl);
  await ds.initialize();
  try {
    await prepareSchema(db, ds);
    const auth = new AuthService(ds);
    const system = Viewer.system("cli");
    const existing = await ds.getRepository(User).findOneBy({ login: values.login });
    if (!existing && !values.name) throw new Error(`пользователя ${values.login} нет: укажите --name, чтобы создать его`);
    const user = existing ?? (await auth.createUser({ login: values.login, name: values.name }, system));
    if (role) await auth.grantRole(toGlobalId("User", user.id), { role, authorityId: values.authority, includeSubordinates: values.subordinates }, system);
    const password = await ds.transaction(async (em) => {
      const temporary = await setTemporaryPassword(em, user.id);
      await recordAudit(em, system.name, { action: "userPasswordReset", entityType: "User", entityId: user.id, changes: {} });
      return temporary;
    });
    console.log(`Пользователь: ${user.login} (${existing ? "существующий" : "создан"})${role ? `, роль ${role}` : ""}`);
    console.log(`Временный пароль (показывается один раз; при первом входе его нужно сменить):\n\n  ${password}\n`);
    console.log(`Вход: http://${config.host}:${config.port}/`);
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
