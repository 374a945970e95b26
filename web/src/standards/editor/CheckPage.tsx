import { useState } from "react";
import { Alert, Anchor, Button, Container, List, Loader, Text, Title } from "@mantine/core";
import { useMutation, useQuery } from "@apollo/client/react";
import { Link, useNavigate, useParams } from "react-router";
import { PageTitle } from "../../shared/ui/PageTitle";
import { NotFoundPage, ProblemPage } from "../../shared/ui/ProblemPage";
import { ErrorSummary } from "../../shared/forms/ErrorSummary";
import type { UserErrorLike } from "../../shared/forms/userErrors";
import { DraftDocument, ElementsDocument, SubmitDocument } from "./queries";
import { ElementTaskList, summaryLine } from "./ElementTaskList";

/** Check answers, then submit: open findings first; INCOMPLETE turns them into the error summary. */
export default function CheckPage() {
  const { versionId = "" } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(DraftDocument, { variables: { id: versionId }, fetchPolicy: "network-only" });
  const elements = useQuery(ElementsDocument);
  const [submit, { loading }] = useMutation(SubmitDocument);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  if (error) return <ProblemPage error={error} />;
  if (!data || !elements.data) return <Loader aria-label="Загрузка" m="md" />;
  const v = data.standardVersion;
  if (!v) return <NotFoundPage />;
  const blocking = v.completeness.issues.filter((i) => i.severity === "ERROR");
  const sectionOf = new Map(elements.data.standardElements.map((e) => [e.code, e.section]));
  const summary = errors.some((e) => e.code === "INCOMPLETE")
    ? blocking.map((i) => ({ target: `element-${i.element}`, message: i.message }))
    : errors.map((e) => ({ target: "submit", message: e.message }));
  return (
    <Container size="lg">
      <Anchor component={Link} to={`/drafts/${v.id}`} size="sm">
        ← К списку элементов стандарта
      </Anchor>
      <ErrorSummary errors={summary} />
      <PageTitle title={`Проверка перед отправкой — ${v.service.name}`} error={errors.length > 0}>
        Проверьте стандарт перед отправкой на согласование
      </PageTitle>
      <Text fw={700} mb="md">
        {summaryLine(v.completeness)}
      </Text>
      {blocking.length > 0 ? (
        <section aria-labelledby="open-findings">
          <Title order={2} size="h3" id="open-findings">
            Что осталось заполнить
          </Title>
          <List mt="xs" mb="md">
            {blocking.map((i, n) => (
              <List.Item key={n} id={n === blocking.findIndex((b) => b.element === i.element) ? `element-${i.element}` : undefined} tabIndex={-1}>
                <Anchor component={Link} to={`/drafts/${v.id}/${sectionOf.get(i.element)}`}>
                  {i.message}
                </Anchor>{" "}
                <Text span size="xs" c="dimmed">
                  ({i.legalReference})
                </Text>
              </List.Item>
            ))}
          </List>
        </section>
      ) : (
        <Alert role="note" color="green" variant="light" mb="md">
          Обязательные элементы заполнены, ошибок нет.
        </Alert>
      )}
      <ElementTaskList versionId={v.id} elements={elements.data.standardElements} completeness={v.completeness} editable={v.status === "DRAFT"} />
      <Button
        id="submit"
        mt="lg"
        loading={loading}
        disabled={v.status !== "DRAFT"}
        onClick={async () => {
          const res = await submit({ variables: { id: v.id } });
          const payload = res.data?.standardDraftSubmit;
          if (payload?.standardVersion) navigate(`/drafts/${v.id}`);
          else {
            setErrors(payload?.userErrors ?? []);
            await refetch();
          }
        }}
      >
        Отправить на согласование
      </Button>
    </Container>
  );
}
