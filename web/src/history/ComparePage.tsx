import { useState } from "react";
import { Alert, Badge, Button, Checkbox, Container, Group, Loader, NativeSelect, Stack, Table, Tabs, Text, TextInput, Title } from "@mantine/core";
import { useLazyQuery, useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import type { ChangeKind, StandardElement } from "../gql/graphql";
import { PageTitle } from "../shared/ui/PageTitle";
import { ProblemPage } from "../shared/ui/ProblemPage";
import { formatDate } from "../shared/ui/StatusTag";
import { ElementsDocument } from "../standards/editor/queries";

const CompareSearchDocument = graphql(`
  query CompareSearch($search: String!, $inForce: Boolean!) {
    services(first: 50, search: $search, filter: { inForce: $inForce }) {
      totalCount
      edges { node { id name registryNumber authority { id name } current { id number effectiveFrom } } }
    }
  }
`);

const ServiceVersionsDocument = graphql(`
  query ServiceVersions($id: ID!) {
    service(id: $id) { id name versions(first: 100) { edges { node { id number status state effectiveFrom } } } }
  }
`);

const VersionDiffDocument = graphql(`
  query VersionDiff($from: ID!, $to: ID!) {
    standardDiff(fromVersionId: $from, toVersionId: $to) { from { id number } to { id number } changes { element kind path summary } }
  }
`);

const CrossBodyCompareDocument = graphql(`
  query CrossBodyCompare($ids: [ID!]!) {
    standardCompare(versionIds: $ids) {
      versions { id number effectiveFrom service { id name registryNumber authority { id name } } }
      rows { element label path cells { value outlier } }
    }
  }
`);

const KIND: Record<ChangeKind, string> = { ADDED: "Добавлено", CHANGED: "Изменено", REMOVED: "Удалено" };

function useElementRef() {
  const { data } = useQuery(ElementsDocument);
  const byCode = new Map((data?.standardElements ?? []).map((e) => [e.code, e]));
  return (code: StandardElement) => {
    const e = byCode.get(code);
    return e ? `п. ${e.item} ч. ${e.part} ст. 14` : code;
  };
}

/** Comparison: two versions of one service, or the same service of different bodies. */
export default function ComparePage() {
  return (
    <Container size="xl">
      <PageTitle title="Сравнение стандартов">Сравнение стандартов</PageTitle>
      <Tabs defaultValue="bodies" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="bodies">Одна услуга в разных органах</Tabs.Tab>
          <Tabs.Tab value="versions">Две версии одной услуги</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="bodies">
          <AcrossBodies />
        </Tabs.Panel>
        <Tabs.Panel value="versions">
          <TwoVersions />
        </Tabs.Panel>
      </Tabs>
    </Container>
  );
}

function SearchForm({ id, onSearch, loading }: { id: string; onSearch: (search: string) => void; loading: boolean }) {
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(String(new FormData(e.currentTarget).get("search") ?? "").trim());
      }}
    >
      <Group align="flex-end" mb="md">
        <TextInput id={id} name="search" label="Наименование услуги" description="Например: разрешение на строительство" style={{ minWidth: 360 }} />
        <Button type="submit" loading={loading}>
          Найти
        </Button>
      </Group>
    </form>
  );
}

function AcrossBodies() {
  const [search, found] = useLazyQuery(CompareSearchDocument);
  const [compare, compared] = useLazyQuery(CrossBodyCompareDocument);
  const [picked, setPicked] = useState<string[]>([]);
  const [tooFew, setTooFew] = useState(false);
  const elementRef = useElementRef();
  if (found.error) return <ProblemPage error={found.error} />;
  const services = (found.data?.services.edges ?? []).map((e) => e.node).filter((s) => s.current);
  const result = compared.data?.standardCompare;
  return (
    <Stack>
      <Text>Найдите услугу, отметьте её в нескольких органах власти (действующие версии стандартов) и сравните: в таблице только элементы, в которых стандарты расходятся.</Text>
      <SearchForm id="cmp-search" loading={found.loading} onSearch={(s) => { setPicked([]); void search({ variables: { search: s, inForce: true } }); }} />
      {found.data && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setTooFew(picked.length < 2);
            if (picked.length >= 2) void compare({ variables: { ids: picked } });
          }}
        >
          <Checkbox.Group label={`Действующие стандарты: ${services.length}`} value={picked} onChange={setPicked} error={tooFew ? "Отметьте не меньше двух услуг" : undefined}>
            <Stack gap="xs" mt="xs">
              {services.map((s) => (
                <Checkbox key={s.id} value={s.current!.id} label={`${s.name} — ${s.authority.name}`} description={`${s.registryNumber}, версия ${s.current!.number}, действует с ${formatDate(s.current!.effectiveFrom)}`} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Button type="submit" mt="md" loading={compared.loading} disabled={services.length < 2}>
            Сравнить выбранные
          </Button>
        </form>
      )}
      {compared.error && <Alert color="red" title="Не удалось сравнить">{compared.error.message}</Alert>}
      {result && (
        <section aria-labelledby="cmp-result">
          <Title order={2} id="cmp-result" mb="xs">
            Различия
          </Title>
          <Group mb="sm">
            <Text role="status">Различий: {result.rows.length}</Text>
            <Button component="a" variant="default" download href={`/reports/compare.csv?${new URLSearchParams(result.versions.map((v) => ["versionIds", v.id])).toString()}`}>
              Скачать CSV
            </Button>
          </Group>
          <Text size="sm" mb="xs">
            Выброс — значение, которое отличается от значения большинства сравниваемых стандартов; такие ячейки выделены и подписаны «выброс».
          </Text>
          <Table.ScrollContainer minWidth={300 + 280 * result.versions.length} type="native">
            <Table withTableBorder withColumnBorders>
              <Table.Caption>Элементы стандартов, в которых они расходятся</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Элемент</Table.Th>
                  {result.versions.map((v) => (
                    <Table.Th scope="col" key={v.id}>
                      {v.service.authority.name}
                      <Text size="xs" fw={400}>
                        {v.service.registryNumber}, версия {v.number}
                      </Text>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.rows.map((r) => (
                  <Table.Tr key={r.path.join("/") + r.label}>
                    <Table.Th scope="row" fw={400} style={{ verticalAlign: "top" }}>
                      <Text size="xs" c="dimmed">{elementRef(r.element)}</Text>
                      {r.label}
                    </Table.Th>
                    {r.cells.map((c, i) => (
                      <Table.Td key={i} style={{ verticalAlign: "top", background: c.outlier ? "var(--mantine-color-yellow-1)" : undefined, fontWeight: c.outlier ? 700 : undefined }}>
                        {c.value ?? <Text span c="dimmed">нет</Text>}
                        {c.outlier && (
                          <Badge color="yellow.9" variant="filled" ml={6} style={{ textTransform: "none" }}>
                            выброс
                          </Badge>
                        )}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      )}
    </Stack>
  );
}

function TwoVersions() {
  const [search, found] = useLazyQuery(CompareSearchDocument);
  const [serviceId, setServiceId] = useState("");
  const versions = useQuery(ServiceVersionsDocument, { variables: { id: serviceId }, skip: !serviceId });
  const [pair, setPair] = useState({ from: "", to: "" });
  const [diff, diffed] = useLazyQuery(VersionDiffDocument);
  const elementRef = useElementRef();
  if (found.error) return <ProblemPage error={found.error} />;
  const services = (found.data?.services.edges ?? []).map((e) => e.node);
  const list = [...(versions.data?.service?.versions.edges ?? []).map((e) => e.node)].sort((a, b) => a.number - b.number);
  const options = [{ value: "", label: "Не выбрана" }, ...list.map((v) => ({ value: v.id, label: `Версия ${v.number}${v.effectiveFrom ? `, с ${formatDate(v.effectiveFrom)}` : ""} (${v.status === "PUBLISHED" ? "опубликована" : v.status === "WITHDRAWN" ? "отозвана" : "черновик"})` }))];
  const result = diffed.data?.standardDiff;
  return (
    <Stack>
      <SearchForm id="ver-search" loading={found.loading} onSearch={(s) => { setServiceId(""); void search({ variables: { search: s, inForce: false } }); }} />
      {found.data && (
        <NativeSelect label="Услуга" value={serviceId} onChange={(e) => { setServiceId(e.currentTarget.value); setPair({ from: "", to: "" }); }} data={[{ value: "", label: services.length ? "Не выбрана" : "Ничего не найдено" }, ...services.map((s) => ({ value: s.id, label: `${s.name} — ${s.authority.name} (${s.registryNumber})` }))]} />
      )}
      {serviceId && versions.loading && <Loader aria-label="Загрузка" />}
      {serviceId && versions.data && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (pair.from && pair.to) void diff({ variables: pair });
          }}
        >
          {list.length < 2 && <Alert color="blue" variant="light" mb="sm">У услуги одна версия стандарта: сравнивать не с чем.</Alert>}
          <Group align="flex-end">
            <NativeSelect label="Исходная версия" value={pair.from} onChange={(e) => setPair({ ...pair, from: e.currentTarget.value })} data={options} />
            <NativeSelect label="Сравниваемая версия" value={pair.to} onChange={(e) => setPair({ ...pair, to: e.currentTarget.value })} data={options} />
            <Button type="submit" loading={diffed.loading} disabled={!pair.from || !pair.to}>
              Сравнить версии
            </Button>
          </Group>
        </form>
      )}
      {diffed.error && <Alert color="red" title="Не удалось сравнить">{diffed.error.message}</Alert>}
      {result && (
        <section aria-labelledby="diff-result">
          <Title order={2} id="diff-result" mb="xs">
            Версия {result.from.number} → версия {result.to.number}
          </Title>
          <Group mb="xs">
            <Text role="status">Изменений: {result.changes.length}</Text>
            <Button component="a" variant="default" download href={`/reports/compare.csv?${new URLSearchParams([["versionIds", result.from.id], ["versionIds", result.to.id]]).toString()}`}>
              Скачать CSV
            </Button>
          </Group>
          {result.changes.length > 0 && (
            <Table.ScrollContainer minWidth={700}>
              <Table striped withTableBorder>
                <Table.Caption>Изменения по элементам стандарта</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Элемент</Table.Th>
                    <Table.Th scope="col">Изменение</Table.Th>
                    <Table.Th scope="col">Что изменилось</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.changes.map((c, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{elementRef(c.element)}</Table.Td>
                      <Table.Td>{KIND[c.kind]}</Table.Td>
                      <Table.Td>{c.summary}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </section>
      )}
    </Stack>
  );
}
