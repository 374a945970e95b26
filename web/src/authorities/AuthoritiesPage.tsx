import { useState } from "react";
import { Button, Container, Grid, List, Loader, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import type { AuthorityTreeQuery, GovernmentLevel, UsersQuery } from "../gql/graphql";
import { PageTitle } from "../shared/ui/PageTitle";
import { ProblemPage } from "../shared/ui/ProblemPage";
import { ErrorSummary } from "../shared/forms/ErrorSummary";
import { errorFor, type UserErrorLike } from "../shared/forms/userErrors";
import { formModel } from "../shared/text/fieldText.generated";
import { AuthorityTreeDocument, UsersDocument } from "./queries";


const AuthorityCreateDocument = graphql(`
  mutation AuthorityCreate($input: AuthorityInput!) {
    authorityCreate(input: $input) { authority { id name } userErrors { code field message } }
  }
`);

type Node = AuthorityTreeQuery["authorities"]["edges"][number]["node"];
type Member = { login: string; name: string; active: boolean; roles: string[] };

const roleLabel = (role: string) => formModel.enums.Role?.find((r) => r.value === role)?.label.split(":")[0] ?? role;

/** Who works in each authority: users by the roles they hold there (granted on it, or on a parent with its subordinates). */
function membersByAuthority(users: UsersQuery["users"]["edges"], nodes: Node[]): Map<string, Member[]> {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parent?.id ?? null]));
  const out = new Map<string, Member[]>();
  for (const { node: u } of users) {
    const roles = new Map<string, string[]>();
    for (const r of u.roles) {
      if (!r.authority) continue;
      for (const n of nodes) {
        let at: string | null = n.id;
        let depth = 0;
        while (at && at !== r.authority.id && r.includeSubordinates && depth++ < 50) at = parentOf.get(at) ?? null;
        if (at === r.authority.id) roles.set(n.id, [...(roles.get(n.id) ?? []), roleLabel(r.role) + (n.id === r.authority.id ? "" : " (через вышестоящий орган)")]);
      }
    }
    for (const [id, list] of roles) out.set(id, [...(out.get(id) ?? []), { login: u.login, name: u.name, active: u.active, roles: list }]);
  }
  return out;
}

function Tree({ nodes, parent, members }: { nodes: Node[]; parent: string | null; members: Map<string, Member[]> }) {
  const children = nodes.filter((n) => (n.parent?.id ?? null) === parent);
  if (!children.length) return null;
  return (
    <List withPadding={parent !== null} spacing={4} listStyleType="disc">
      {children.map((n) => (
        <List.Item key={n.id}>
          <Text span fw={parent === null ? 700 : 400}>
            {n.name}
          </Text>{" "}
          <Text span size="sm" c="dimmed">
            {n.oktmo ? `ОКТМО ${n.oktmo}` : "ОКТМО не указан"} · {formModel.enums.GovernmentLevel?.find((l) => l.value === n.level)?.label ?? n.level}
          </Text>
          {(members.get(n.id) ?? []).length > 0 && (
            <List size="sm" withPadding listStyleType="circle" aria-label={`Пользователи: ${n.name}`}>
              {(members.get(n.id) ?? []).map((m) => (
                <List.Item key={m.login}>
                  {m.name} ({m.login}){m.active ? "" : ", неактивен"}: {m.roles.join(", ")}
                </List.Item>
              ))}
            </List>
          )}
          <Tree nodes={nodes} parent={n.id} members={members} />
        </List.Item>
      ))}
    </List>
  );
}

/** The administrator's authorities: a tree by subordination, with OKTMO; a new one is added under a parent. */
export default function AuthoritiesPage() {
  const { data, error, refetch } = useQuery(AuthorityTreeDocument, { fetchPolicy: "network-only" });
  const users = useQuery(UsersDocument, { fetchPolicy: "network-only" });
  const [create, { loading }] = useMutation(AuthorityCreateDocument);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [values, setValues] = useState({ name: "", shortName: "", level: "MUNICIPAL" as GovernmentLevel, oktmo: "", parentId: "" });
  if (error) return <ProblemPage error={error} />;
  const nodes = data?.authorities.edges.map((e) => e.node) ?? [];
  const ids = new Set(nodes.map((n) => n.id));
  const FIELD: Record<string, string> = { name: "a-name", shortName: "a-short", level: "a-level", oktmo: "a-oktmo", parentId: "a-parent" };
  return (
    <Container size="xl">
      <ErrorSummary errors={errors.map((e) => ({ target: FIELD[e.field?.[e.field.length - 1] ?? ""] ?? "a-name", message: e.message }))} />
      <PageTitle title="Органы власти" error={errors.length > 0}>
        Органы власти
      </PageTitle>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          {!data ? <Loader aria-label="Загрузка" /> : <Tree nodes={nodes.map((n) => (n.parent && !ids.has(n.parent.id) ? { ...n, parent: null } : n))} parent={null} members={membersByAuthority(users.data?.users.edges ?? [], nodes)} />}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Title order={2} size="h3" mb="sm">
            Новый орган власти
          </Title>
          <form
            noValidate
            onSubmit={async (e) => {
              e.preventDefault();
              const input = { name: values.name, shortName: values.shortName || null, level: values.level, oktmo: values.oktmo || null, parentId: values.parentId || null };
              const res = await create({ variables: { input } });
              const p = res.data?.authorityCreate;
              if (p?.authority) {
                setErrors([]);
                setValues({ ...values, name: "", shortName: "", oktmo: "" });
                await refetch();
              } else setErrors(p?.userErrors ?? []);
            }}
          >
            <Stack>
              <TextInput id="a-name" label="Наименование" value={values.name} onChange={(e) => setValues({ ...values, name: e.currentTarget.value })} error={errorFor(errors, "name")} />
              <TextInput id="a-short" label="Краткое наименование (необязательно)" value={values.shortName} onChange={(e) => setValues({ ...values, shortName: e.currentTarget.value })} error={errorFor(errors, "shortName")} />
              <NativeSelect id="a-level" label="Уровень" data={(formModel.enums.GovernmentLevel ?? []).map((l) => ({ value: l.value, label: l.label }))} value={values.level} onChange={(e) => setValues({ ...values, level: e.currentTarget.value as GovernmentLevel })} />
              <TextInput id="a-oktmo" label="Код ОКТМО (необязательно)" description="8 или 11 цифр" inputMode="numeric" value={values.oktmo} onChange={(e) => setValues({ ...values, oktmo: e.currentTarget.value })} error={errorFor(errors, "oktmo")} />
              <NativeSelect id="a-parent" label="Вышестоящий орган (необязательно)" data={[{ value: "", label: "Нет" }, ...nodes.map((n) => ({ value: n.id, label: n.name }))]} value={values.parentId} onChange={(e) => setValues({ ...values, parentId: e.currentTarget.value })} error={errorFor(errors, "parentId")} />
              <Button type="submit" loading={loading} style={{ alignSelf: "flex-start" }}>
                Добавить орган власти
              </Button>
            </Stack>
          </form>
        </Grid.Col>
      </Grid>
    </Container>
  );
}
