import { useState } from "react";
import { Alert, Button, Container, PasswordInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@apollo/client/react";
import { Navigate, useNavigate } from "react-router";
import { graphql } from "../gql";
import { PageTitle } from "../shared/ui/PageTitle";
import { ErrorSummary } from "../shared/forms/ErrorSummary";
import { errorFor, type UserErrorLike } from "../shared/forms/userErrors";
import { useSession } from "../app/session";

const PasswordChangeDocument = graphql(`
  mutation PasswordChange($input: PasswordChangeInput!) {
    passwordChange(input: $input) {
      session { id mustChangePassword }
      userErrors { code field message }
    }
  }
`);

const FIELD_IDS: Record<string, string> = { currentPassword: "current-password", newPassword: "new-password", repeat: "repeat-password" };

export default function PasswordChangePage() {
  const { session, loading: sessionLoading, refetch } = useSession();
  const navigate = useNavigate();
  const [change, { loading }] = useMutation(PasswordChangeDocument);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const form = useForm({ mode: "uncontrolled", initialValues: { currentPassword: "", newPassword: "", repeat: "" } });
  if (!sessionLoading && !session) return <Navigate to="/sign-in" replace />;

  const submit = form.onSubmit(async ({ currentPassword, newPassword, repeat }) => {
    if (newPassword !== repeat) {
      setErrors([{ code: "INVALID", field: ["input", "repeat"], message: "Новый пароль и его повтор не совпадают" }]);
      return;
    }
    const { data } = await change({ variables: { input: { currentPassword, newPassword } } });
    const result = data?.passwordChange;
    if (!result?.session) {
      setErrors(result?.userErrors ?? []);
      return;
    }
    await refetch();
    navigate("/", { replace: true });
  });
  const summary = errors.map((e) => ({ target: FIELD_IDS[e.field?.[e.field.length - 1] ?? ""] ?? "new-password", message: e.message }));
  return (
    <Container size="xs">
      <ErrorSummary errors={summary} />
      <PageTitle title="Смена пароля" error={errors.length > 0}>
        Смена пароля
      </PageTitle>
      {session?.mustChangePassword && (
        <Alert role="note" color="blue" variant="light" mb="md">
          Вы вошли с временным паролем. Придумайте свой пароль, чтобы продолжить работу.
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack>
          <PasswordInput id="current-password" label={session?.mustChangePassword ? "Временный пароль" : "Текущий пароль"} autoComplete="current-password" error={errorFor(errors, "currentPassword")} {...form.getInputProps("currentPassword")} key={form.key("currentPassword")} />
          <PasswordInput id="new-password" label="Новый пароль" description="Не короче 10 символов и не совпадает с логином" autoComplete="new-password" error={errorFor(errors, "newPassword")} {...form.getInputProps("newPassword")} key={form.key("newPassword")} />
          <PasswordInput id="repeat-password" label="Новый пароль ещё раз" autoComplete="new-password" error={errorFor(errors, "repeat")} {...form.getInputProps("repeat")} key={form.key("repeat")} />
          <Button type="submit" loading={loading} style={{ alignSelf: "flex-start" }}>
            Сменить пароль
          </Button>
        </Stack>
      </form>
    </Container>
  );
}
