import { Anchor, Container, Loader, Table, Text } from "@mantine/core";
import { useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { graphql } from "../../gql";
import { PageTitle } from "../../shared/ui/PageTitle";
import { ProblemPage } from "../../shared/ui/ProblemPage";
import { formatDateTime, percent } from "../../shared/ui/StatusTag";

const ReviewQueueDocument = graphql(`
  query ReviewQueue {
    reviewQueue(first: 100) {
      totalCount
      edges { node { id number submittedAt submittedBy completeness { score complete } service { id name registryNumber authority { id name } } } }
    }
  }
`);

/** The approver's queue: versions in review, oldest submission first. */
export default function ReviewQueuePage() {
  const { data, error } = useQuery(ReviewQueueDocument, { fetchPolicy: "network-only" });
  if (error) return <ProblemPage error={error} />;
  return (
    <Container size="xl">
      <PageTitle title="Очередь согласования">Очередь согласования</PageTitle>
      {!data ? (
        <Loader aria-label="Загрузка" />
      ) : data.reviewQueue.totalCount === 0 ? (
        <Text role="status">Нет версий на согласовании.</Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table striped>
            <Table.Caption>На согласовании: {data.reviewQueue.totalCount}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Услуга</Table.Th>
                <Table.Th scope="col">Орган власти</Table.Th>
                <Table.Th scope="col">Направлено</Table.Th>
                <Table.Th scope="col" style={{ textAlign: "right" }}>
                  Полнота
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.reviewQueue.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/review/${node.id}`}>
                      {node.service.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {node.service.registryNumber} · версия {node.number}
                    </Text>
                  </Table.Td>
                  <Table.Td>{node.service.authority.name}</Table.Td>
                  <Table.Td>
                    {formatDateTime(node.submittedAt)}
                    {node.submittedBy ? `, ${node.submittedBy}` : ""}
                  </Table.Td>
                  <Table.Td style={{ textAlign: "right" }}>
                    {percent(node.completeness.score)}
                    {node.completeness.complete ? "" : " (неполный)"}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Container>
  );
}
