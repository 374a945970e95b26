import { useState } from "react";
import { Alert, Anchor, Button, Container, Grid, Group, Loader, Modal, Stack, Switch, Table, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery } from "@apollo/client/react";
import { Link, useNavigate, useParams } from "react-router";
import { graphql } from "../../gql";
import type { ReviewQuery } from "../../gql/graphql";
import { PageTitle } from "../../shared/ui/PageTitle";
import { NotFoundPage, ProblemPage } from "../../shared/ui/ProblemPage";
import { ErrorSummary } from "../../shared/forms/ErrorSummary";
import { errorFor, type UserErrorLike } from "../../shared/forms/userErrors";
import { StatusTag, formatDate, percent } from "../../shared/ui/StatusTag";
import { LegalActPicker } from "../editor/pickers";
import { ElementTaskList, summaryLine } from "../editor/ElementTaskList";
import { ElementsDocument } from "../editor/queries";
import { ContentValue, fieldAt } from "./ContentValue";

const ReviewDocument = graphql(`
  query Review($id: ID!) {
    standardVersion(id: $id) {
      id
      number
      status
      state
      submittedBy
      submittedAt
      effectiveFrom
      service { id name registryNumber kind current { id number effectiveFrom } }
      completeness { ...CompletenessFields }
    }
  }
`);

const DiffDocument = graphql(`
  query ReviewDiff($from: ID!, $to: ID!) {
    standardDiff(fromVersionId: $from, toVersionId: $to) { changes { element kind path summary before after } }
  }
`);

const ReturnDocument = graphql(`
  mutation DraftReturn($id: ID!, $remarks: String!) {
    standardDraftReturn(id: $id, remarks: $remarks) { standardVersion { id status } userErrors { code field message } }
  }
`);

const PublishDocument = graphql(`
  mutation VersionPublish($id: ID!, $input: StandardVersionPublishInput!) {
    standardVersionPublish(id: $id, input: $input) { standardVersion { id status state effectiveFrom } userErrors { code field message } }
  }
`);

const isEmpty = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

type Change = { element: string; kind: string; path: readonly string[]; summary: string; before?: unknown; after?: unknown };

/** Differences from the version in force, one table per element, changes marked with <ins>/<del> and words. */
function DiffTables({ changes, titles }: { changes: readonly Change[]; titles: Map<string, string> }) {
  const byElement = new Map<string, Change[]>();
  for (const c of changes) byElement.set(c.element, [...(byElement.get(c.element) ?? []), c]);
  if (!changes.length) return <Text>Отличий от действующей редакции нет.</Text>;
  return (
    <Stack>
      {[...byElement].map(([element, list]) => (
        <Table.ScrollContainer minWidth={600} key={element}>
          <Table withTableBorder withColumnBorders>
            <Table.Caption style={{ captionSide: "top", textAlign: "left", fontWeight: 700 }}>{titles.get(element) ?? element}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Что изменено</Table.Th>
                <Table.Th scope="col">Действующая редакция</Table.Th>
                <Table.Th scope="col">Черновик</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((c, i) => (
                <Table.Tr key={i}>
                  <Table.Th scope="row" style={{ fontWeight: 400 }}>
                    {c.summary}
                  </Table.Th>
                  <Table.Td style={{ whiteSpace: "pre-wrap" }}>
                    {c.kind !== "ADDED" && !isEmpty(c.before) ? (
                      <del>
                        <span className="visually-hidden">удалено: </span>
                        <ContentValue field={fieldAt(c.path)} value={c.before} />
                      </del>
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "pre-wrap" }}>
                    {c.kind !== "REMOVED" && !isEmpty(c.after) ? (
                      <ins>
                        <span className="visually-hidden">добавлено: </span>
                        <ContentValue field={fieldAt(c.path)} value={c.after} />
                      </ins>
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ))}
    </Stack>
  );
}

export default function ReviewPage() {
  const { versionId = "" } = useParams();
  const { data, error, refetch } = useQuery(ReviewDocument, { variables: { id: versionId }, fetchPolicy: "network-only" });
  const elements = useQuery(ElementsDocument);
  if (error) return <ProblemPage error={error} />;
  if (!data || !elements.data) return <Loader aria-label="Загрузка" m="md" />;
  if (!data.standardVersion) return <NotFoundPage />;
  return <Review version={data.standardVersion} elements={elements.data.standardElements} refetch={refetch} />;
}

function Review({ version: v, elements, refetch }: { version: NonNullable<ReviewQuery["standardVersion"]>; elements: readonly { code: string; titleRu: string; part: number; item: number; section: string; legalReference: string }[]; refetch: () => Promise<unknown> }) {
  const navigate = useNavigate();
  const current = v.service.current;
  const diff = useQuery(DiffDocument, { variables: { from: current?.id ?? "", to: v.id }, skip: !current });
  const [onlyChanges, setOnlyChanges] = useState(true);
  const [remarks, setRemarks] = useState("");
  const [publishInput, setPublishInput] = useState({ effectiveFrom: "", approvingActId: null as string | null, changeNote: "" });
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [returnDraft, returning] = useMutation(ReturnDocument);
  const [publish, publishing] = useMutation(PublishDocument);
  const titles = new Map(elements.map((e) => [e.code, `${e.part === 1 ? "Ч. 1" : "Ч. 2"} п. ${e.item}. ${e.titleRu}`]));
  const inReview = v.status === "IN_REVIEW";
  const FIELD: Record<string, string> = { remarks: "remarks", effectiveFrom: "effective-from", approvingActId: "approving-act", changeNote: "change-note" };
  const target = (e: UserErrorLike) => FIELD[e.field?.[e.field.length - 1] ?? ""] ?? "publish";

  return (
    <Container size="xl">
      <Anchor component={Link} to="/review" size="sm">
        ← К очереди согласования
      </Anchor>
      <ErrorSummary errors={errors.map((e) => ({ target: target(e), message: e.message }))} />
      <Text size="sm" c="dimmed" mt="sm">
        {v.service.registryNumber} · версия {v.number}
        {v.submittedBy ? ` · направил ${v.submittedBy}` : ""}
      </Text>
      <PageTitle title={`Согласование — ${v.service.name}`} error={errors.length > 0}>
        {v.service.name}
      </PageTitle>
      <Group mb="md">
        <StatusTag state={v.state} effectiveFrom={v.effectiveFrom} />
        <Text>
          Полнота: {percent(v.completeness.score)} · {summaryLine(v.completeness)}
        </Text>
      </Group>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Title order={2} size="h3" mb="xs">
            {current ? `Отличия от действующей редакции (версия ${current.number}, с ${formatDate(current.effectiveFrom)})` : "Первая редакция стандарта"}
          </Title>
          {current ? (
            diff.data ? (
              <>
                <Switch label="Показывать только изменённые элементы" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.currentTarget.checked)} mb="sm" />
                <DiffTables changes={diff.data.standardDiff.changes} titles={titles} />
              </>
            ) : (
              <Loader aria-label="Загрузка отличий" />
            )
          ) : (
            <Text mb="sm">Действующей редакции нет: ниже — состояние каждого элемента.</Text>
          )}
          {(!current || !onlyChanges) && <ElementTaskList versionId={v.id} elements={elements} completeness={v.completeness} editable={false} />}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          {!inReview ? (
            <Alert role="note" variant="light">Версия не на согласовании.</Alert>
          ) : (
            <Stack gap="xl">
              <form
                noValidate
                onSubmit={async (e) => {
                  e.preventDefault();
                  const res = await returnDraft({ variables: { id: v.id, remarks } });
                  const p = res.data?.standardDraftReturn;
                  if (p?.standardVersion) navigate("/review");
                  else setErrors(p?.userErrors ?? []);
                }}
              >
                <Title order={2} size="h3" mb="xs">
                  Вернуть на доработку
                </Title>
                <Textarea id="remarks" label="Замечания регистратору" autosize minRows={3} value={remarks} onChange={(e) => setRemarks(e.currentTarget.value)} error={errorFor(errors, "remarks")} />
                <Button type="submit" variant="default" mt="sm" loading={returning.loading}>
                  Вернуть с замечаниями
                </Button>
              </form>
              <form
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  // both are required by the API's input type: asked for here, before the confirmation
                  const missing: UserErrorLike[] = [];
                  if (!publishInput.effectiveFrom) missing.push({ code: "REQUIRED", field: ["input", "effectiveFrom"], message: "Укажите дату вступления в силу" });
                  if (!publishInput.approvingActId) missing.push({ code: "REQUIRED", field: ["input", "approvingActId"], message: "Выберите акт, утвердивший регламент или изменения" });
                  setErrors(missing);
                  if (!missing.length) setConfirming(true);
                }}
              >
                <Title order={2} size="h3" mb="xs">
                  Опубликовать
                </Title>
                <Stack>
                  <TextInput id="effective-from" type="date" label="Дата вступления в силу" description="Может быть в будущем: до неё действует прежняя редакция" value={publishInput.effectiveFrom} onChange={(e) => setPublishInput({ ...publishInput, effectiveFrom: e.currentTarget.value })} error={errorFor(errors, "effectiveFrom")} />
                  <LegalActPicker id="approving-act" label="Акт, утвердивший регламент или изменения" value={publishInput.approvingActId} onChange={(id) => setPublishInput({ ...publishInput, approvingActId: id })} error={errorFor(errors, "approvingActId")} />
                  <Textarea id="change-note" label="Что изменено и почему" autosize minRows={2} value={publishInput.changeNote} onChange={(e) => setPublishInput({ ...publishInput, changeNote: e.currentTarget.value })} error={errorFor(errors, "changeNote")} />
                  <Button id="publish" type="submit" style={{ alignSelf: "flex-start" }}>
                    Опубликовать…
                  </Button>
                </Stack>
              </form>
            </Stack>
          )}
        </Grid.Col>
      </Grid>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Подтвердите публикацию">
        <Text mb="md">
          Версия {v.number} стандарта «{v.service.name}» будет опубликована и вступит в силу {publishInput.effectiveFrom ? formatDate(publishInput.effectiveFrom) : "(дата не указана)"}. Опубликованную версию нельзя изменить.
        </Text>
        <Group>
          <Button
            loading={publishing.loading}
            onClick={async () => {
              const res = await publish({ variables: { id: v.id, input: { effectiveFrom: publishInput.effectiveFrom, approvingActId: publishInput.approvingActId ?? "", changeNote: publishInput.changeNote || null } } });
              setConfirming(false);
              const p = res.data?.standardVersionPublish;
              if (p?.standardVersion) {
                setErrors([]);
                await refetch();
              } else setErrors(p?.userErrors ?? []);
            }}
          >
            Опубликовать
          </Button>
          <Button variant="default" onClick={() => setConfirming(false)}>
            Отмена
          </Button>
        </Group>
      </Modal>
    </Container>
  );
}
