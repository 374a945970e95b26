import { Alert, Button, Checkbox, Container, Group, Loader, NativeSelect, SimpleGrid, Table, Text, TextInput } from "@mantine/core";
import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { graphql } from "../gql";
import type { AuditLogFilter } from "../gql/graphql";
import { PageTitle } from "../shared/ui/PageTitle";
import { ProblemPage } from "../shared/ui/ProblemPage";
import { formatDateTime } from "../shared/ui/StatusTag";
import { useAuditAuthorities } from "../shared/ui/AuditAuthorities";

const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String, $last: Int, $before: String) {
    auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { id occurredAt actor action entityType service { id name registryNumber } standardVersion { id number } } }
    }
  }
`);

const AuditChainDocument = graphql(`
  query AuditChain { auditChainVerification { valid entries headSeq headHash firstBroken { seq kind message } } }
`);

const AuditServicesDocument = graphql(`
  query AuditServices($authorityId: ID!, $includeSubordinate: Boolean) {
    services(first: 100, filter: { authorityId: $authorityId, includeSubordinate: $includeSubordinate, inForce: false }, orderBy: { field: NAME, direction: ASC }) {
      edges { node { id name registryNumber } }
    }
  }
`);

/** The operations written to the log (the API's names), in Russian. */
const ACTIONS: Record<string, string> = {
  serviceCreate: "Создание услуги",
  serviceMove: "Передача услуги другому органу",
  standardDraftCreate: "Создание черновика",
  standardDraftUpdate: "Изменение черновика",
  standardDraftSubmit: "Направление на согласование",
  standardDraftReturn: "Возврат на доработку",
  standardVersionPublish: "Публикация версии",
  standardVersionWithdraw: "Отзыв версии",
  authorityCreate: "Создание органа власти",
  authorityUpdate: "Изменение органа власти",
  legalActCreate: "Регистрация правового акта",
  legalActUpdate: "Изменение правового акта",
  userCreate: "Создание пользователя",
  userRoleGrant: "Назначение роли",
  userRoleRevoke: "Отзыв роли",
  userPasswordReset: "Выдача временного пароля",
  userActivate: "Активация пользователя",
  userDeactivate: "Деактивация пользователя",
  passwordChange: "Смена пароля",
  signIn: "Вход",
  signOut: "Выход",
  sessionEnd: "Завершение сеанса",
  apiTokenCreate: "Выпуск токена",
  apiTokenRevoke: "Отзыв токена",
};
const actionLabel = (a: string) => (ACTIONS[a] ? `${ACTIONS[a]} (${a})` : a);

const PAGE = 20;
const FILTER_KEYS = ["authority", "subordinate", "service", "actor", "action", "from", "to"] as const;

/** Start of a day (YYYY-MM-DD) in the browser's time zone, as an ISO moment; `next` gives the day after (an exclusive end). */
function dayStart(day: string, next = false): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const d = new Date(`${day}T00:00:00`);
  if (next) d.setDate(d.getDate() + 1);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The audit log: filters, pages, the CSV of the same filter, and whether the hash chain is intact. */
export default function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const authorities = useAuditAuthorities();
  const get = (k: string) => params.get(k) ?? "";
  const filter: AuditLogFilter = {
    authorityId: get("authority") || null,
    includeSubordinate: get("authority") ? get("subordinate") === "1" : null,
    serviceId: get("service") || null,
    actor: get("actor") || null,
    action: get("action") || null,
    from: dayStart(get("from")),
    to: dayStart(get("to"), true),
  };
  const after = get("after") || null;
  const before = get("before") || null;
  const log = useQuery(AuditLogDocument, { variables: { filter, ...(before ? { last: PAGE, before } : { first: PAGE, after }) }, fetchPolicy: "network-only" });
  const chain = useQuery(AuditChainDocument, { fetchPolicy: "network-only" });
  const services = useQuery(AuditServicesDocument, { variables: { authorityId: filter.authorityId ?? "", includeSubordinate: filter.includeSubordinate }, skip: !filter.authorityId });
  if (log.error) return <ProblemPage error={log.error} />;
  const csv = new URLSearchParams(Object.entries({ ...filter, includeSubordinate: filter.includeSubordinate ? "true" : null }).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  const page = log.data?.auditLog;
  const filtered = FILTER_KEYS.some((k) => params.get(k));
  const keep = (patch: Record<string, string>) => {
    const next = new URLSearchParams();
    for (const k of FILTER_KEYS) if (params.get(k)) next.set(k, params.get(k)!);
    for (const [k, v] of Object.entries(patch)) next.set(k, v);
    setParams(next);
  };
  return (
    <Container size="xl">
      <PageTitle title="Журнал аудита">Журнал аудита</PageTitle>
      <ChainResult chain={chain.data?.auditChainVerification} loading={chain.loading} error={chain.error?.message} />
      <form
        noValidate
        key={params.toString()}
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const next = new URLSearchParams();
          for (const k of FILTER_KEYS) {
            const v = String(form.get(k) ?? "").trim();
            if (v) next.set(k, v);
          }
          setParams(next);
        }}
      >
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="visually-hidden">Фильтры журнала</legend>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="sm">
            <NativeSelect name="authority" label="Орган власти" defaultValue={get("authority")} data={[{ value: "", label: "Все доступные" }, ...authorities.options]} />
            <NativeSelect
              name="service"
              label="Услуга"
              description={filter.authorityId ? undefined : "Сначала выберите орган и примените фильтр"}
              defaultValue={get("service")}
              disabled={!filter.authorityId}
              data={[{ value: "", label: "Все услуги" }, ...(services.data?.services.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.name} (${node.registryNumber})` }))]}
            />
            <TextInput name="actor" label="Кто (логин)" defaultValue={get("actor")} autoComplete="off" />
            <NativeSelect name="action" label="Действие" defaultValue={get("action")} data={[{ value: "", label: "Любое" }, ...Object.keys(ACTIONS).map((a) => ({ value: a, label: actionLabel(a) }))]} />
            <TextInput name="from" type="date" label="С даты" defaultValue={get("from")} />
            <TextInput name="to" type="date" label="По дату (включительно)" defaultValue={get("to")} />
            <Checkbox name="subordinate" value="1" label="Включая подчинённые органы" defaultChecked={get("subordinate") === "1"} mt={28} />
          </SimpleGrid>
        </fieldset>
        <Group mb="md">
          <Button type="submit">Применить фильтры</Button>
          {filtered && (
            <Button variant="default" onClick={() => setParams(new URLSearchParams())}>
              Сбросить
            </Button>
          )}
          <Button component="a" variant="default" download href={`/reports/audit.csv${csv.size ? `?${csv}` : ""}`}>
            Скачать CSV
          </Button>
        </Group>
      </form>
      {!page ? (
        <Loader aria-label="Загрузка" />
      ) : (
        <>
          <Text role="status" mb="xs">
            Записей: {page.totalCount}
          </Text>
          <Table.ScrollContainer minWidth={900}>
            <Table striped>
              <Table.Caption>Записи журнала, новые первыми</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Когда</Table.Th>
                  <Table.Th scope="col">Кто</Table.Th>
                  <Table.Th scope="col">Действие</Table.Th>
                  <Table.Th scope="col">Объект</Table.Th>
                  <Table.Th scope="col">Услуга</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.edges.map(({ node: e }) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{formatDateTime(e.occurredAt)}</Table.Td>
                    <Table.Td>{e.actor ?? "—"}</Table.Td>
                    <Table.Td data-action={e.action}>{actionLabel(e.action)}</Table.Td>
                    <Table.Td>
                      {e.entityType}
                      {e.standardVersion ? `, версия ${e.standardVersion.number}` : ""}
                    </Table.Td>
                    <Table.Td>{e.service ? `${e.service.name} (${e.service.registryNumber})` : "—"}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <nav aria-label="Страницы журнала">
            <Group mt="md">
              <Button variant="default" disabled={before ? !page.pageInfo.hasPreviousPage : !after} onClick={() => keep(page.pageInfo.startCursor ? { before: page.pageInfo.startCursor } : {})}>
                ← Новее
              </Button>
              <Button variant="default" disabled={before ? false : !page.pageInfo.hasNextPage} onClick={() => keep(page.pageInfo.endCursor ? { after: page.pageInfo.endCursor } : {})}>
                Старше →
              </Button>
            </Group>
          </nav>
        </>
      )}
    </Container>
  );
}

function ChainResult({ chain, loading, error }: { chain?: { valid: boolean; entries: number; headSeq?: string | null; headHash?: string | null; firstBroken?: { seq: string; kind: string; message: string } | null }; loading: boolean; error?: string }) {
  if (error) return <Alert color="red" title="Проверка цепочки журнала не выполнена" mb="md">{error}</Alert>;
  if (loading || !chain) return <Loader aria-label="Проверка цепочки журнала" mb="md" />;
  return (
    <Alert role="status" color={chain.valid ? "green" : "red"} variant="light" mb="md" title={chain.valid ? "Цепочка журнала цела" : "Цепочка журнала нарушена"}>
      {chain.valid ? (
        <Text size="sm">
          Проверено записей: {chain.entries}. Последняя запись № {chain.headSeq ?? "—"}, её хеш <code style={{ wordBreak: "break-all" }}>{chain.headHash ?? "—"}</code> — сохраните его вне реестра, чтобы заметить и полную перезапись журнала.
        </Text>
      ) : (
        <Text size="sm">
          Проверено записей: {chain.entries}. Нарушение на записи № {chain.firstBroken?.seq}: {chain.firstBroken?.message}
        </Text>
      )}
    </Alert>
  );
}
