import { Anchor, Button, Container, Group, Loader, Table, Text, TextInput } from "@mantine/core";
import { useQuery } from "@apollo/client/react";
import { Navigate, useSearchParams } from "react-router";
import { graphql } from "../gql";
import { PageTitle } from "../shared/ui/PageTitle";
import { formatDate } from "../shared/ui/StatusTag";
import { useSession } from "../app/session";

const CatalogueDocument = graphql(`
  query PublicCatalogue($search: String) {
    services(first: 20, search: $search, filter: { inForce: true }) {
      totalCount
      edges { node { id registryNumber name authority { id name } current { id effectiveFrom } } }
    }
  }
`);

/** The public catalogue (anonymous): a GET search form; signed-in staff go to their work. */
export function HomePage() {
  const { session, has, loading } = useSession();
  const [params] = useSearchParams();
  const search = params.get("q") ?? "";
  const { data, loading: searching } = useQuery(CatalogueDocument, { variables: { search: search || null }, skip: !!session });
  if (loading) return <Loader aria-label="Загрузка" />;
  if (session) {
    if (session.mustChangePassword) return <Navigate to="/password" replace />;
    if (has("REGISTRAR")) return <Navigate to="/services" replace />;
    if (has("APPROVER")) return <Navigate to="/review" replace />;
    if (has("ADMIN")) return <Navigate to="/admin/users" replace />;
    if (has("AUDITOR")) return <Navigate to="/audit/completeness" replace />;
    return <Navigate to="/services" replace />;
  }
  const edges = data?.services.edges ?? [];
  return (
    <Container size="lg">
      <PageTitle title="Стандарты предоставления услуг">Стандарты предоставления услуг</PageTitle>
      <Text mb="md">Действующие стандарты государственных и муниципальных услуг (ст. 14 Федерального закона № 210-ФЗ).</Text>
      <form method="get" action="/" role="search">
        <Group align="flex-end">
          <TextInput name="q" label="Поиск услуги" defaultValue={search} style={{ flex: 1, minWidth: 200 }} />
          <Button type="submit">Найти</Button>
        </Group>
      </form>
      <Text role="status" mt="md">
        {searching && !data ? "Поиск…" : `Найдено услуг: ${data?.services.totalCount ?? 0}`}
      </Text>
      {edges.length > 0 && (
        <Table.ScrollContainer minWidth={600} mt="sm">
          <Table striped>
            <Table.Caption>Услуги со стандартом, действующим сегодня</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Услуга</Table.Th>
                <Table.Th scope="col">Орган власти</Table.Th>
                <Table.Th scope="col">Действует с</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>
                    {node.name}
                    <Text size="xs" c="dimmed">
                      {node.registryNumber}
                    </Text>
                  </Table.Td>
                  <Table.Td>{node.authority.name}</Table.Td>
                  <Table.Td>{formatDate(node.current?.effectiveFrom)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text mt="lg" size="sm">
        Для разработчиков: <Anchor href="/graphiql">GraphiQL</Anchor> и GraphQL API по адресу <code>/graphql</code>.
      </Text>
    </Container>
  );
}
