import { useState } from "react";
import { Button, Container, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@apollo/client/react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { graphql } from "../gql";
import { PageTitle } from "../shared/ui/PageTitle";
import { ErrorSummary } from "../shared/forms/ErrorSummary";
import { errorFor, type UserErrorLike } from "../shared/forms/userErrors";
import { useSession } from "../app/session";
import { setCsrfToken } from "../app/apollo";

const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      session { id mustChangePassword csrfToken }
      userErrors { code field message }
    }
  }
`);

/** Login and password; the API sets an HttpOnly cookie. A temporary password leads to the change page. */
export function SignInPage() {
  const { session, refetch } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [signIn, { loading }] = useMutation(SignInDocument);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const form = useForm({ mode: "uncontrolled", initialValues: { login: "", password: "" } });
  // only a path of this site ("//host" or "/\\host" would leave it)
  const next = /^\/(?![/\\])/.test(params.get("next") ?? "") ? params.get("next")! : "/";
  if (session && !loading) return <Navigate to={session.mustChangePassword ? "/password" : next} replace />;

  const submit = form.onSubmit(async (values) => {
    const { data } = await signIn({ variables: { input: values } });
    const result = data?.signIn;
    if (!result?.session) {
      setErrors(result?.userErrors ?? []);
      return;
    }
    setCsrfToken(result.session.csrfToken);
    await refetch();
    navigate(result.session.mustChangePassword ? "/password" : next, { replace: true });
  });
  const loginError = errorFor(errors, "login");
  const passwordError = errorFor(errors, "password");
  return (
    <Container size="xs">
      <ErrorSummary errors={errors.map((e) => ({ target: e.field?.includes("login") ? "login" : "password", message: e.message }))} />
      <PageTitle title="Вход" error={errors.length > 0}>
        Вход в реестр
      </PageTitle>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput id="login" label="Логин" autoComplete="username" error={loginError} {...form.getInputProps("login")} key={form.key("login")} />
          <PasswordInput id="password" label="Пароль" autoComplete="current-password" error={passwordError} {...form.getInputProps("password")} key={form.key("password")} />
          <Button type="submit" loading={loading} style={{ alignSelf: "flex-start" }}>
            Войти
          </Button>
        </Stack>
      </form>
      <p>Временный пароль выдаёт администратор реестра; при первом входе его нужно сменить.</p>
    </Container>
  );
}
