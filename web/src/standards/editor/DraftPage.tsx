import { Alert, Anchor, Button, Container, Group, Loader, Progress, Text } from "@mantine/core";
import { useQuery } from "@apollo/client/react";
import { Link, useParams } from "react-router";
import { PageTitle } from "../../shared/ui/PageTitle";
import { NotFoundPage, ProblemPage } from "../../shared/ui/ProblemPage";
import { StatusTag, percent } from "../../shared/ui/StatusTag";
import { DraftDocument, ElementsDocument } from "./queries";
import { ElementTaskList, summaryLine } from "./ElementTaskList";

/** The draft's home: the 23 elements with their state, and the way to submit. */
export default function DraftPage() {
  const { versionId = "" } = useParams();
  const { data, error } = useQuery(DraftDocument, { variables: { id: versionId }, fetchPolicy: "network-only" });
  const elements = useQuery(ElementsDocument);
  if (error) return <ProblemPage error={error} />;
  if (!data || !elements.data) return <Loader aria-label="Загрузка" m="md" />;
  const v = data.standardVersion;
  if (!v) return <NotFoundPage />;
  const editable = v.status === "DRAFT";
  return (
    <Container size="lg">
      <Anchor component={Link} to="/services" size="sm">
        ← К списку услуг
      </Anchor>
      <Text size="sm" c="dimmed" mt="sm">
        {v.service.registryNumber} · версия {v.number} · {v.service.kind === "UNIFIED" ? "единый стандарт" : "стандарт предоставления услуги"}
      </Text>
      <PageTitle title={`Стандарт — ${v.service.name}`}>{v.service.name}</PageTitle>
      <Group mb="md" gap="sm">
        <StatusTag state={v.state} effectiveFrom={v.effectiveFrom} />
        <Text>Полнота: {percent(v.completeness.score)}</Text>
      </Group>
      {v.reviewRemarks && v.status === "DRAFT" && (
        <Alert role="note" color="yellow" variant="light" title="Возвращено на доработку: замечания согласующего" mb="md">
          <Text style={{ whiteSpace: "pre-wrap" }}>{v.reviewRemarks}</Text>
        </Alert>
      )}
      {v.status === "IN_REVIEW" && (
        <Alert role="note" color="blue" variant="light" mb="md">
          Черновик на согласовании: изменения недоступны, пока согласующий не вернёт его или не опубликует.
        </Alert>
      )}
      <Progress value={v.completeness.score * 100} aria-label="Полнота стандарта" mb={4} />
      <Text fw={700}>{summaryLine(v.completeness)}</Text>
      {editable && (
        <Button component={Link} to={`/drafts/${v.id}/check`} mt="md">
          Проверить и отправить на согласование
        </Button>
      )}
      <ElementTaskList versionId={v.id} elements={elements.data.standardElements} completeness={v.completeness} editable={editable} />
    </Container>
  );
}
