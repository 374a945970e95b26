import { useState } from "react";
import { Anchor, Button, Container, Group, Loader, NativeSelect, Table, Text } from "@mantine/core";
import { useMutation, useQuery } from "@apollo/client/react";
import { Link, useNavigate } from "react-router";
import { graphql } from "../gql";
import { PageTitle } from "../shared/ui/PageTitle";
import { StatusTag, formatDate, percent } from "../shared/ui/StatusTag";
import { ProblemPage } from "../shared/ui/ProblemPage";
import { useSession } from "../app/session";

const ServiceListDocument = graphql(`
  query ServiceList($authorityId: ID!) {
    services(first: 100, filter: { authorityId: $authorityId, inForce: false }, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          registryNumber
          name
          kind
          current { id state effectiveFrom completeness { score } }
          latestVersion { id state effectiveFrom }
          draft { id status state effectiveFrom revision completeness { score complete } }
        }
      }
    }
  }
`);

const DraftCreateDocument = graphql(`
  mutation DraftCreate($serviceId: ID!) {
    standardDraftCreate(serviceId: $serviceId) { standardVersion { id } userErrors { code field message } }
  }
`);

/** The registrar's home: the authority's services with their status and completeness. */
export default function ServiceListPage() {
  const { roles, has } = useSession();
  const authorities = [...new Map(roles.filter((r) => r.role !== "ADMIN").flatMap((r) => r.authorities).map((a) => [a.id, a])).values()];
  const [authorityId, setAuthorityId] = useState(authorities[0]?.id ?? "");
  const { data, loading, error } = useQuery(ServiceListDocument, { variables: { authorityId }, skip: !authorityId });
  const [createDraft, { loading: creating }] = useMutation(DraftCreateDocument);
  const navigate = useNavigate();
  if (error) return <ProblemPage error={error} />;
  return (
    <Container size="xl">
      <PageTitle title="Услуги">Услуги органа власти</PageTitle>
      <Group justify="space-between" align="flex-end" mb="md">
        {authorities.length > 1 ? (
          <NativeSelect label="Орган власти" value={authorityId} onChange={(e) => setAuthorityId(e.currentTarget.value)} data={authorities.map((a) => ({ value: a.id, label: a.name }))} />
        ) : (
          <Text>{authorities[0]?.name ?? "Нет назначенных органов власти"}</Text>
        )}
        {has("REGISTRAR") && (
          <Button component={Link} to="/services/new">
            Создать услугу
          </Button>
        )}
      </Group>
      {loading && !data ? (
        <Loader aria-label="Загрузка" />
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped>
            <Table.Caption>Услуги: {data?.services.totalCount ?? 0}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Услуга</Table.Th>
                <Table.Th scope="col">Статус</Table.Th>
                <Table.Th scope="col" style={{ textAlign: "right" }}>
                  Полнота
                </Table.Th>
                <Table.Th scope="col">Действует с</Table.Th>
                <Table.Th scope="col">Действие</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(data?.services.edges ?? []).map(({ node }) => {
                const version = node.draft ?? node.current;
                const score = node.draft?.completeness.score ?? node.current?.completeness.score;
                const scheduled = node.latestVersion?.state === "SCHEDULED" ? node.latestVersion.effectiveFrom : null;
                return (
                  <Table.Tr key={node.id}>
                    <Table.Td>
                      {node.draft ? <Anchor component={Link} to={`/drafts/${node.draft.id}`}>{node.name}</Anchor> : node.name}
                      <Text size="xs" c="dimmed">
                        {node.registryNumber} · {node.kind === "UNIFIED" ? "единый стандарт" : "стандарт"}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {version ? <StatusTag state={version.state} effectiveFrom={version.effectiveFrom} /> : scheduled ? null : "—"}
                      {scheduled && (
                        <Text size="xs" mt={4}>
                          {version ? "Новая версия вступит в силу" : "Опубликован, вступит в силу"} {formatDate(scheduled)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ textAlign: "right" }}>{score == null ? "—" : percent(score)}</Table.Td>
                    <Table.Td>{formatDate(node.current?.effectiveFrom)}</Table.Td>
                    <Table.Td>
                      {node.draft ? (
                        <Anchor component={Link} to={`/drafts/${node.draft.id}`}>
                          {node.draft.status === "DRAFT" ? "Редактировать" : "Открыть"}
                          <span className="visually-hidden"> {node.name}</span>
                        </Anchor>
                      ) : has("REGISTRAR") ? (
                        <Button
                          size="xs"
                          variant="default"
                          loading={creating}
                          onClick={async () => {
                            const res = await createDraft({ variables: { serviceId: node.id } });
                            const id = res.data?.standardDraftCreate.standardVersion?.id;
                            if (id) navigate(`/drafts/${id}`);
                          }}
                        >
                          Новая редакция<span className="visually-hidden"> {node.name}</span>
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Container>
  );
}
