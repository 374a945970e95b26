import { Alert, Anchor, Button, Checkbox, Container, Group, List, Loader, NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@apollo/client/react";
import { Link, useSearchParams } from "react-router";
import { graphql } from "../gql";
import { PageTitle } from "../shared/ui/PageTitle";
import { ProblemPage } from "../shared/ui/ProblemPage";
import { StatusTag, percent } from "../shared/ui/StatusTag";
import { BarChart } from "../shared/ui/BarChart";
import { useAuditAuthorities } from "../shared/ui/AuditAuthorities";

const CompletenessDeskDocument = graphql(`
  query CompletenessDesk($authorityId: ID!, $includeSubordinate: Boolean!) {
    completenessSummary(authorityId: $authorityId, includeSubordinate: $includeSubordinate) {
      authority { id name }
      includeSubordinate
      drafts { complete incomplete }
      published { complete incomplete }
      topFailingRules { count rule { code description legalReference } }
      failing {
        registryNumber
        serviceName
        authorityName
        score
        version { id number state effectiveFrom }
        issues { rule message legalReference element }
      }
    }
  }
`);

/** The auditor's desk: how complete an authority's standards are, what fails most, and where. */
export default function CompletenessDeskPage() {
  const [params, setParams] = useSearchParams();
  const authorities = useAuditAuthorities();
  const authorityId = params.get("authority") ?? authorities.options[0]?.value ?? "";
  const includeSubordinate = params.get("subordinate") === "1";
  const { data, loading, error } = useQuery(CompletenessDeskDocument, { variables: { authorityId, includeSubordinate }, skip: !authorityId, fetchPolicy: "network-only" });
  if (error) return <ProblemPage error={error} />;
  const s = data?.completenessSummary;
  const query = new URLSearchParams({ authorityId, includeSubordinate: String(includeSubordinate) }).toString();
  return (
    <Container size="xl">
      <PageTitle title="Полнота стандартов">Полнота стандартов</PageTitle>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          setParams({ authority: String(form.get("authority") ?? ""), ...(form.get("subordinate") ? { subordinate: "1" } : {}) });
        }}
      >
        <Group align="flex-end" gap="md" mb="lg" wrap="wrap">
          {authorities.loading ? (
            <Loader aria-label="Загрузка" />
          ) : (
            <NativeSelect name="authority" label="Орган власти" defaultValue={authorityId} key={authorityId} data={authorities.options.length ? authorities.options : [{ value: "", label: "Нет назначенных органов власти" }]} style={{ minWidth: 320 }} />
          )}
          <Checkbox name="subordinate" value="1" label="С подчинёнными органами" defaultChecked={includeSubordinate} key={String(includeSubordinate)} mb={8} />
          <Button type="submit">Показать</Button>
        </Group>
      </form>
      {!authorityId ? null : loading && !s ? (
        <Loader aria-label="Загрузка" />
      ) : s ? (
        <Stack gap="xl">
          <section aria-labelledby="counts">
            <Title order={2} id="counts" mb="xs">
              {s.authority.name}
              {s.includeSubordinate ? " и подчинённые органы" : ""}
            </Title>
            <Group gap="sm" mb="md">
              <Button component="a" href={`/reports/completeness.csv?${query}`} download variant="default">
                Скачать CSV
              </Button>
              <Button component="a" href={`/reports/completeness.xlsx?${query}`} download variant="default">
                Скачать XLSX
              </Button>
            </Group>
            <Table withTableBorder maw={640} mb="md" aria-describedby="counts-note">
              <Table.Caption>Полные и неполные версии стандартов</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Версии</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: "right" }}>Полных</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: "right" }}>Неполных</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[
                  ["Черновики и на согласовании", s.drafts] as const,
                  ["Опубликованные (действуют или вступят в силу)", s.published] as const,
                ].map(([label, c]) => (
                  <Table.Tr key={label}>
                    <Table.Th scope="row">{label}</Table.Th>
                    <Table.Td style={{ textAlign: "right" }}>{c.complete}</Table.Td>
                    <Table.Td style={{ textAlign: "right" }}>{c.incomplete}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text id="counts-note" size="sm" c="dimmed" mb="xs">
              Полная версия — все обязательные элементы ст. 14 210-ФЗ заполнены без ошибок.
            </Text>
            <BarChart
              title="Полнота версий стандартов"
              bars={[
                { label: "Черновики: полных", value: s.drafts.complete, color: "#74b816" },
                { label: "Черновики: неполных", value: s.drafts.incomplete, color: "#fa5252" },
                { label: "Опубликованные: полных", value: s.published.complete, color: "#74b816" },
                { label: "Опубликованные: неполных", value: s.published.incomplete, color: "#fa5252" },
              ]}
            />
          </section>

          <section aria-labelledby="rules">
            <Title order={2} id="rules" mb="xs">
              Самые частые нарушения
            </Title>
            {s.topFailingRules.length === 0 ? (
              <Text>Нарушений нет.</Text>
            ) : (
              <Table.ScrollContainer minWidth={700}>
                <Table striped>
                  <Table.Caption>Правила, нарушенные чаще всего</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Требование</Table.Th>
                      <Table.Th scope="col">Норма закона</Table.Th>
                      <Table.Th scope="col" style={{ textAlign: "right" }}>Версий с ошибкой</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.topFailingRules.map((r) => (
                      <Table.Tr key={r.rule.code}>
                        <Table.Td>
                          {r.rule.description}
                          <Text size="xs" c="dimmed">{r.rule.code}</Text>
                        </Table.Td>
                        <Table.Td>{r.rule.legalReference}</Table.Td>
                        <Table.Td style={{ textAlign: "right" }}>{r.count}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </section>

          <section aria-labelledby="failing">
            <Title order={2} id="failing" mb="xs">
              Неполные стандарты
            </Title>
            {s.failing.length === 0 ? (
              <Alert color="green" variant="light">Все стандарты полные.</Alert>
            ) : (
              <Table.ScrollContainer minWidth={900}>
                <Table striped>
                  <Table.Caption>Неполные версии: {s.failing.length}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Услуга</Table.Th>
                      <Table.Th scope="col">Орган власти</Table.Th>
                      <Table.Th scope="col">Версия</Table.Th>
                      <Table.Th scope="col" style={{ textAlign: "right" }}>Полнота</Table.Th>
                      <Table.Th scope="col">Ошибки</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.failing.map((f) => (
                      <Table.Tr key={f.version.id} data-registry-number={f.registryNumber}>
                        <Table.Td>
                          <Anchor component={Link} to={`/drafts/${f.version.id}`}>
                            {f.serviceName}
                          </Anchor>
                          <Text size="xs" c="dimmed">{f.registryNumber}</Text>
                        </Table.Td>
                        <Table.Td>{f.authorityName}</Table.Td>
                        <Table.Td>
                          № {f.version.number} <StatusTag state={f.version.state} effectiveFrom={f.version.effectiveFrom} />
                        </Table.Td>
                        <Table.Td style={{ textAlign: "right" }}>{percent(f.score)}</Table.Td>
                        <Table.Td>
                          <Text size="sm">Ошибок: {f.issues.length}</Text>
                          <List size="sm" spacing={2}>
                            {f.issues.map((i, n) => (
                              <List.Item key={n}>
                                {i.message} <Text span size="xs" c="dimmed">({i.legalReference})</Text>
                              </List.Item>
                            ))}
                          </List>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </section>
        </Stack>
      ) : null}
    </Container>
  );
}
