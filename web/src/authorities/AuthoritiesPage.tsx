import { useState } from "react";
import { Button, Container, Grid, List, Loader, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import type { AuthorityTreeQuery, GovernmentLevel } from "../gql/graphql";
import { PageTitle } from "../shared/ui/PageTitle";
import { ProblemPage } from "../shared/ui/ProblemPage";
import { ErrorSummary } from "../shared/forms/ErrorSummary";
import { errorFor, type UserErrorLike } from "../shared/forms/userErrors";
import { formModel } from "../shared/text/fieldText.generated";

export const AuthorityTreeDocument = graphql(`
  query AuthorityTree { authorities(first: 100) { totalCount edges { node { id name shortName level oktmo parent { id } } } } }
`);

const AuthorityCreateDocument = graphql(`
  mutation AuthorityCreate($input: AuthorityInput!) {
    authorityCreate(input: $input) { authority { id name } userErrors { code field message } }
  }
`);

type Node = AuthorityTreeQuery["authorities"]["edges"][number]["node"];

function Tree({ nodes, parent }: { nodes: Node[]; parent: string | null }) {
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
          <Tree nodes={nodes} parent={n.id} />
        </List.Item>
      ))}
    </List>
  );
}

/** The administrator's authorities: a tree by subordination, with OKTMO; a new one is added under a parent. */
export default function AuthoritiesPage() {
  const { data, error, refetch } = useQuery(AuthorityTreeDocument, { fetchPolicy: "network-only" });
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
          {!data ? <Loader aria-label="Загрузка" /> : <Tree nodes={nodes.map((n) => (n.parent && !ids.has(n.parent.id) ? { ...n, parent: null } : n))} parent={null} />}
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
