import { Anchor, Button, Container, Loader, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { graphql } from "../gql";
import { PageTitle } from "../shared/ui/PageTitle";
import { ProblemPage } from "../shared/ui/ProblemPage";
import { formatDateTime } from "../shared/ui/StatusTag";

const MySessionsDocument = graphql(`
  query MySessions {
    currentSession { id expiresAt user { id login name sessions { id createdAt lastSeenAt expiresAt userAgent current } } }
  }
`);

const MySessionEndDocument = graphql(`
  mutation MySessionEnd($id: ID!) { sessionEnd(id: $id) { session { id } userErrors { code field message } } }
`);

/** A user's own account: the password, and the sessions open in other browsers, which the user can end. */
export default function AccountPage() {
  const { data, error, refetch } = useQuery(MySessionsDocument, { fetchPolicy: "network-only" });
  const [end] = useMutation(MySessionEndDocument);
  if (error) return <ProblemPage error={error} />;
  if (!data?.currentSession) return <Loader aria-label="Загрузка" m="md" />;
  const { user } = data.currentSession;
  return (
    <Container size="lg">
      <PageTitle title="Учётная запись">Учётная запись</PageTitle>
      <Text>
        {user.name} ({user.login})
      </Text>
      <Anchor component={Link} to="/password">
        Сменить пароль
      </Anchor>
      <Title order={2} size="h3" mt="xl" mb="xs">
        Открытые сеансы
      </Title>
      <Text size="sm" mb="sm">
        Сеанс заканчивается сам после перерыва в работе или через несколько часов после входа. Если вы не узнаёте сеанс, завершите его и смените пароль.
      </Text>
      <Table.ScrollContainer minWidth={600}>
        <Table striped>
          <Table.Caption>Сеансы: {user.sessions.length}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Браузер</Table.Th>
              <Table.Th scope="col">Вход</Table.Th>
              <Table.Th scope="col">Последняя активность</Table.Th>
              <Table.Th scope="col">Действие</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {user.sessions.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td style={{ wordBreak: "break-word" }}>
                  {s.userAgent ?? "Не указан"}
                  {s.current && <Text size="xs" fw={700}>Этот сеанс</Text>}
                </Table.Td>
                <Table.Td>{formatDateTime(s.createdAt)}</Table.Td>
                <Table.Td>{formatDateTime(s.lastSeenAt)}</Table.Td>
                <Table.Td>
                  {s.current ? (
                    <Text size="sm">Выход — кнопка «Выйти» вверху страницы</Text>
                  ) : (
                    <Button size="compact-sm" variant="default" color="red" onClick={async () => {
                      await end({ variables: { id: s.id } });
                      await refetch();
                    }}>
                      Завершить сеанс<span className="visually-hidden"> от {formatDateTime(s.createdAt)}</span>
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Container>
  );
}
