import { useState } from "react";
import { Alert, Badge, Button, Checkbox, Code, Container, Grid, Group, Loader, NativeSelect, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import type { Role } from "../gql/graphql";
import { PageTitle } from "../shared/ui/PageTitle";
import { ProblemPage } from "../shared/ui/ProblemPage";
import { ErrorSummary } from "../shared/forms/ErrorSummary";
import { errorFor, type UserErrorLike } from "../shared/forms/userErrors";
import { formatDateTime } from "../shared/ui/StatusTag";
import { formModel } from "../shared/text/fieldText.generated";
import { AuthorityTreeDocument, UsersDocument } from "./queries";
import { useSession } from "../app/session";


const UserCreateDocument = graphql(`
  mutation UserCreate($input: UserCreateInput!) { userCreate(input: $input) { user { id login } userErrors { code field message } } }
`);
const PasswordResetDocument = graphql(`
  mutation UserPasswordReset($userId: ID!) { userPasswordReset(userId: $userId) { temporaryPassword user { id login } userErrors { code field message } } }
`);
const RoleGrantDocument = graphql(`
  mutation UserRoleGrant($userId: ID!, $input: RoleAssignmentInput!) { userRoleGrant(userId: $userId, input: $input) { user { id } userErrors { code field message } } }
`);
const TokenCreateDocument = graphql(`
  mutation TokenCreate($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { token apiToken { id prefix } userErrors { code field message } } }
`);
const TokenRevokeDocument = graphql(`
  mutation TokenRevoke($id: ID!) { apiTokenRevoke(id: $id) { apiToken { id revokedAt } userErrors { code field message } } }
`);
const SessionEndDocument = graphql(`
  mutation SessionEnd($id: ID!) { sessionEnd(id: $id) { session { id } userErrors { code field message } } }
`);
const UserDeactivateDocument = graphql(`
  mutation UserDeactivate($userId: ID!) { userDeactivate(userId: $userId) { user { id active } userErrors { code field message } } }
`);
const UserActivateDocument = graphql(`
  mutation UserActivate($userId: ID!) { userActivate(userId: $userId) { user { id active } userErrors { code field message } } }
`);
const RoleRevokeDocument = graphql(`
  mutation UserRoleRevoke($userId: ID!, $input: RoleAssignmentInput!) { userRoleRevoke(userId: $userId, input: $input) { user { id } userErrors { code field message } } }
`);

const roleLabel = (role: string) => formModel.enums.Role?.find((r) => r.value === role)?.label.split(":")[0] ?? role;

/** The administrator's users: roles per authority, temporary passwords, tokens and sessions. */
export default function UsersPage() {
  const { data, error, refetch } = useQuery(UsersDocument, { fetchPolicy: "network-only" });
  const authorities = useQuery(AuthorityTreeDocument);
  const [createUser, creating] = useMutation(UserCreateDocument);
  const [resetPassword] = useMutation(PasswordResetDocument);
  const [grantRole] = useMutation(RoleGrantDocument);
  const [createToken] = useMutation(TokenCreateDocument);
  const [revokeToken] = useMutation(TokenRevokeDocument);
  const [endSession] = useMutation(SessionEndDocument);
  const [deactivate] = useMutation(UserDeactivateDocument);
  const [activate] = useMutation(UserActivateDocument);
  const [revokeRole] = useMutation(RoleRevokeDocument);
  const { session } = useSession();
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [secret, setSecret] = useState<{ title: string; value: string } | null>(null);
  const authorityOptions = (authorities.data?.authorities.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
  const [values, setValues] = useState({ login: "", name: "", role: "REGISTRAR" as Role, authorityId: "", includeSubordinates: false });
  if (error) return <ProblemPage error={error} />;
  const FIELD: Record<string, string> = { login: "u-login", name: "u-name", role: "u-role", authorityId: "u-authority" };

  return (
    <Container size="xl">
      <ErrorSummary errors={errors.map((e) => ({ target: FIELD[e.field?.[e.field.length - 1] ?? ""] ?? "u-login", message: e.message }))} />
      <PageTitle title="Пользователи" error={errors.length > 0}>
        Пользователи
      </PageTitle>
      {secret && (
        <Alert role="note" color="green" variant="light" mb="md" title={secret.title} withCloseButton onClose={() => setSecret(null)} closeButtonLabel="Скрыть">
          <Text>Показывается один раз; передайте его пользователю.</Text>
          <Code block mt="xs" data-secret="">
            {secret.value}
          </Code>
        </Alert>
      )}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {!data ? (
            <Loader aria-label="Загрузка" />
          ) : (
            <Table.ScrollContainer minWidth={700}>
              <Table striped>
                <Table.Caption>Пользователи реестра</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Пользователь</Table.Th>
                    <Table.Th scope="col">Роли</Table.Th>
                    <Table.Th scope="col">Токены и сеансы</Table.Th>
                    <Table.Th scope="col">Действия</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.users.edges.map(({ node: u }) => (
                    <Table.Tr key={u.id}>
                      <Table.Td>
                        {u.name}
                        <Text size="xs" c="dimmed">
                          {u.login}
                          {u.active ? "" : " · неактивен"}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4}>
                          {u.roles.map((r, i) => {
                            const text = `${roleLabel(r.role)}${r.authority ? `: ${r.authority.name}${r.includeSubordinates ? " и подчинённые" : ""}` : ""}`;
                            return (
                              <Group key={i} gap={4} wrap="nowrap">
                                <Badge variant="light" color="gray" autoContrast style={{ textTransform: "none" }}>
                                  {text}
                                </Badge>
                                <Button size="compact-xs" variant="subtle" color="red" onClick={async () => {
                                  const res = await revokeRole({ variables: { userId: u.id, input: r.authority ? { role: r.role, authorityId: r.authority.id } : { role: r.role } } });
                                  setErrors(res.data?.userRoleRevoke.userErrors ?? []);
                                  await refetch();
                                }}>
                                  Отозвать<span className="visually-hidden"> роль «{text}» пользователя {u.login}</span>
                                </Button>
                              </Group>
                            );
                          })}
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4}>
                          {u.tokens.filter((t) => !t.revokedAt).map((t) => (
                            <Group key={t.id} gap={4}>
                              <Text size="xs">
                                Токен «{t.name}» ({t.prefix}…){t.expiresAt ? `${new Date(t.expiresAt) < new Date() ? ", истёк" : ", действует до"} ${formatDateTime(t.expiresAt)}` : ", бессрочный"}
                              </Text>
                              <Button size="compact-xs" variant="subtle" color="red" onClick={async () => { await revokeToken({ variables: { id: t.id } }); await refetch(); }}>
                                Отозвать<span className="visually-hidden"> токен {t.name} пользователя {u.login}</span>
                              </Button>
                            </Group>
                          ))}
                          {u.sessions.map((s) => (
                            <Group key={s.id} gap={4}>
                              <Text size="xs">Сеанс: активен {formatDateTime(s.lastSeenAt)}{s.current ? " (этот)" : ""}</Text>
                              {!s.current && (
                                <Button size="compact-xs" variant="subtle" color="red" onClick={async () => { await endSession({ variables: { id: s.id } }); await refetch(); }}>
                                  Завершить<span className="visually-hidden"> сеанс пользователя {u.login}</span>
                                </Button>
                              )}
                            </Group>
                          ))}
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4} align="flex-start">
                          <Button size="compact-sm" variant="default" onClick={async () => {
                            const res = await resetPassword({ variables: { userId: u.id } });
                            const p = res.data?.userPasswordReset;
                            if (p?.temporaryPassword) setSecret({ title: `Временный пароль пользователя ${u.login}`, value: p.temporaryPassword });
                            else setErrors(p?.userErrors ?? []);
                            await refetch();
                          }}>
                            Временный пароль<span className="visually-hidden"> для {u.login}</span>
                          </Button>
                          <Button size="compact-sm" variant="default" onClick={async () => {
                            const res = await createToken({ variables: { input: { userId: u.id, name: `Токен ${u.login}` } } });
                            const p = res.data?.apiTokenCreate;
                            if (p?.token) setSecret({ title: `Токен API пользователя ${u.login}`, value: p.token });
                            else setErrors(p?.userErrors ?? []);
                            await refetch();
                          }}>
                            Выпустить токен<span className="visually-hidden"> для {u.login}</span>
                          </Button>
                          {u.login !== session?.user.login && (
                            <Button size="compact-sm" variant="default" color={u.active ? "red" : undefined} onClick={async () => {
                              const res = u.active ? (await deactivate({ variables: { userId: u.id } })).data?.userDeactivate : (await activate({ variables: { userId: u.id } })).data?.userActivate;
                              setErrors(res?.userErrors ?? []);
                              await refetch();
                            }}>
                              {u.active ? "Деактивировать" : "Активировать"}<span className="visually-hidden"> {u.login}</span>
                            </Button>
                          )}
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Title order={2} size="h3" mb="sm">
            Новый пользователь
          </Title>
          <form
            noValidate
            onSubmit={async (e) => {
              e.preventDefault();
              const role = values.role === "ADMIN" ? { role: values.role } : { role: values.role, authorityId: values.authorityId || null, includeSubordinates: values.includeSubordinates };
              const res = await createUser({ variables: { input: { login: values.login, name: values.name, roles: [role] } } });
              const p = res.data?.userCreate;
              if (!p?.user) {
                setErrors(p?.userErrors ?? []);
                return;
              }
              const reset = await resetPassword({ variables: { userId: p.user.id } });
              setErrors([]);
              setSecret({ title: `Временный пароль пользователя ${p.user.login}`, value: reset.data?.userPasswordReset.temporaryPassword ?? "" });
              setValues({ ...values, login: "", name: "" });
              await refetch();
            }}
          >
            <Stack>
              <TextInput id="u-login" label="Логин" description="Латиница, цифры, точка, подчёркивание, дефис" autoComplete="off" value={values.login} onChange={(e) => setValues({ ...values, login: e.currentTarget.value })} error={errorFor(errors, "login")} />
              <TextInput id="u-name" label="Имя" autoComplete="off" value={values.name} onChange={(e) => setValues({ ...values, name: e.currentTarget.value })} error={errorFor(errors, "name")} />
              <NativeSelect id="u-role" label="Роль" data={(formModel.enums.Role ?? []).map((r) => ({ value: r.value, label: roleLabel(r.value) }))} value={values.role} onChange={(e) => setValues({ ...values, role: e.currentTarget.value as Role })} />
              {values.role !== "ADMIN" && (
                <>
                  <NativeSelect id="u-authority" label="Орган власти" data={[{ value: "", label: "Не выбран" }, ...authorityOptions]} value={values.authorityId} onChange={(e) => setValues({ ...values, authorityId: e.currentTarget.value })} error={errorFor(errors, "authorityId")} />
                  <Checkbox label="Включая подчинённые органы" checked={values.includeSubordinates} onChange={(e) => setValues({ ...values, includeSubordinates: e.currentTarget.checked })} />
                </>
              )}
              <Button type="submit" loading={creating.loading} style={{ alignSelf: "flex-start" }}>
                Создать и выдать временный пароль
              </Button>
            </Stack>
          </form>
          <Title order={2} size="h3" mt="xl" mb="sm">
            Назначить роль
          </Title>
          <GrantRole users={data?.users.edges.map((e) => ({ value: e.node.id, label: `${e.node.name} (${e.node.login})` })) ?? []} authorities={authorityOptions}
            onGrant={async (userId, role, authorityId) => {
              const res = await grantRole({ variables: { userId, input: role === "ADMIN" ? { role } : { role, authorityId } } });
              setErrors(res.data?.userRoleGrant.userErrors ?? []);
              await refetch();
            }} />
        </Grid.Col>
      </Grid>
    </Container>
  );
}

function GrantRole({ users, authorities, onGrant }: { users: { value: string; label: string }[]; authorities: { value: string; label: string }[]; onGrant: (userId: string, role: Role, authorityId: string | null) => Promise<void> }) {
  const [v, setV] = useState({ userId: "", role: "APPROVER" as Role, authorityId: "" });
  return (
    <form noValidate onSubmit={async (e) => { e.preventDefault(); await onGrant(v.userId, v.role, v.authorityId || null); }}>
      <Stack>
        <NativeSelect label="Пользователь" data={[{ value: "", label: "Не выбран" }, ...users]} value={v.userId} onChange={(e) => setV({ ...v, userId: e.currentTarget.value })} />
        <NativeSelect label="Роль" data={(formModel.enums.Role ?? []).map((r) => ({ value: r.value, label: roleLabel(r.value) }))} value={v.role} onChange={(e) => setV({ ...v, role: e.currentTarget.value as Role })} />
        {v.role !== "ADMIN" && <NativeSelect label="Орган власти" data={[{ value: "", label: "Не выбран" }, ...authorities]} value={v.authorityId} onChange={(e) => setV({ ...v, authorityId: e.currentTarget.value })} />}
        <Button type="submit" variant="default" style={{ alignSelf: "flex-start" }}>
          Назначить роль
        </Button>
      </Stack>
    </form>
  );
}
