import { Anchor, AppShell, Button, Group, Text } from "@mantine/core";
import { Link, NavLink, Outlet, useNavigate } from "react-router";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { graphql } from "../gql";
import { useSession } from "./session";
import { SessionExpiryWarning } from "./SessionExpiryWarning";
import { setCsrfToken } from "./apollo";
import classes from "./Layout.module.css";

const SignOutDocument = graphql(`mutation SignOut { signOut { ended userErrors { code message } } }`);

/** Landmarks, a skip link, navigation by role, and the signed-in user. */
export function Layout() {
  const { session, has } = useSession();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signOut, { loading }] = useMutation(SignOutDocument);
  const links: { to: string; label: string }[] = [];
  if (session && !session.mustChangePassword) {
    if (has("REGISTRAR") || has("APPROVER") || has("AUDITOR")) links.push({ to: "/services", label: "Услуги" });
    if (has("APPROVER")) links.push({ to: "/review", label: "Согласование" });
    if (has("AUDITOR") || has("ADMIN")) links.push({ to: "/audit/completeness", label: "Полнота" }, { to: "/audit/compare", label: "Сравнение" }, { to: "/audit/log", label: "Журнал аудита" });
    if (has("ADMIN")) links.push({ to: "/admin/authorities", label: "Органы власти" }, { to: "/admin/users", label: "Пользователи" });
  }
  return (
    <AppShell header={{ height: { base: "auto" } }} padding="md">
      <a href="#main" className={classes.skip}>
        Перейти к содержанию
      </a>
      <AppShell.Header className={classes.header}>
        <Group justify="space-between" wrap="wrap" gap="xs" p="xs">
          <Group gap="md" wrap="wrap">
            <Anchor component={Link} to="/" fw={700} c="inherit" underline="never">
              Реестр стандартов услуг
            </Anchor>
            {links.length > 0 && (
              <nav aria-label="Разделы">
                <Group gap="xs" wrap="wrap" component="ul" className={classes.nav}>
                  {links.map((l) => (
                    <li key={l.to}>
                      <NavLink to={l.to} className={classes.link}>
                        {l.label}
                      </NavLink>
                    </li>
                  ))}
                </Group>
              </nav>
            )}
          </Group>
          <Group gap="xs">
            <a href="/catalog" className={classes.link}>
              Открытый каталог
            </a>
            {session ? (
              <>
                {session.mustChangePassword ? (
                  <Text size="sm">{session.user.name}</Text>
                ) : (
                  <NavLink to="/account" className={classes.link}>
                    {session.user.name}
                    <span className="visually-hidden"> (учётная запись)</span>
                  </NavLink>
                )}
                <Button
                  variant="default"
                  size="xs"
                  loading={loading}
                  onClick={async () => {
                    await signOut();
                    setCsrfToken(null);
                    await client.clearStore();
                    navigate("/sign-in");
                    await client.refetchQueries({ include: "active" });
                  }}
                >
                  Выйти
                </Button>
              </>
            ) : (
              <Button component={Link} to="/sign-in" size="xs">
                Войти
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" className={classes.main}>
        {session && <SessionExpiryWarning expiresAt={session.expiresAt} />}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
