import { Alert, Anchor, Container } from "@mantine/core";
import { Link } from "react-router";
import { PageTitle } from "./PageTitle";

/** Problems the user cannot fix (a bug, no access, a lost connection): never shown as field errors. */
export function ProblemPage({ error }: { error?: { message?: string } | null }) {
  return (
    <Container size="sm">
      <PageTitle title="Не удалось выполнить запрос">Не удалось выполнить запрос</PageTitle>
      <Alert color="red" variant="light" title="Что произошло">
        {error?.message ?? "Неизвестная ошибка"}
      </Alert>
      <p>
        Обновите страницу или вернитесь <Anchor component={Link} to="/">на главную</Anchor>. Если ошибка повторяется, обратитесь к администратору реестра.
      </p>
    </Container>
  );
}

export function NotFoundPage() {
  return (
    <Container size="sm">
      <PageTitle title="Страница не найдена">Страница не найдена</PageTitle>
      <p>
        Проверьте адрес или перейдите <Anchor component={Link} to="/">на главную</Anchor>.
      </p>
    </Container>
  );
}
