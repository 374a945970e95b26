import { useState } from "react";
import { Anchor, Button, Container, NativeSelect, Radio, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@apollo/client/react";
import { Link, useNavigate } from "react-router";
import { graphql } from "../gql";
import type { StandardKind } from "../gql/graphql";
import { PageTitle } from "../shared/ui/PageTitle";
import { ErrorSummary } from "../shared/forms/ErrorSummary";
import { errorFor, type UserErrorLike } from "../shared/forms/userErrors";
import { useSession } from "../app/session";

const ServiceCreateDocument = graphql(`
  mutation ServiceCreate($input: ServiceCreateInput!) {
    serviceCreate(input: $input) { service { id draft { id } } userErrors { code field message } }
  }
`);

const FIELDS = ["name", "registryNumber", "kind", "authorityId"];

export default function ServiceCreatePage() {
  const { roles } = useSession();
  const authorities = roles.filter((r) => r.role === "REGISTRAR").flatMap((r) => r.authorities);
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(ServiceCreateDocument);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const form = useForm({ mode: "uncontrolled", initialValues: { name: "", registryNumber: "", kind: "REGULAR" as StandardKind, authorityId: authorities[0]?.id ?? "" } });
  const submit = form.onSubmit(async (values) => {
    const { data } = await create({ variables: { input: values } });
    const result = data?.serviceCreate;
    if (!result?.service?.draft) {
      setErrors(result?.userErrors ?? []);
      return;
    }
    navigate(`/drafts/${result.service.draft.id}`);
  });
  const summary = errors.map((e) => ({ target: `service-${FIELDS.find((f) => e.field?.includes(f)) ?? "name"}`, message: e.message }));
  return (
    <Container size="sm">
      <Anchor component={Link} to="/services" size="sm">
        ← К списку услуг
      </Anchor>
      <ErrorSummary errors={summary} />
      <PageTitle title="Новая услуга" error={errors.length > 0}>
        Новая услуга
      </PageTitle>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput id="service-name" label="Наименование услуги" description="Как в нормативном правовом акте" error={errorFor(errors, "name")} {...form.getInputProps("name")} key={form.key("name")} />
          <TextInput id="service-registryNumber" label="Реестровый номер" description="Цифры, латиница, точка, дефис; уникален в реестре" error={errorFor(errors, "registryNumber")} {...form.getInputProps("registryNumber")} key={form.key("registryNumber")} />
          <Radio.Group id="service-kind" label="Вид стандарта" error={errorFor(errors, "kind")} {...form.getInputProps("kind")} key={form.key("kind")}>
            <Stack gap="xs" mt="xs">
              <Radio value="REGULAR" label="Стандарт предоставления услуги (обязательны элементы части 1 ст. 14)" />
              <Radio value="UNIFIED" label="Единый стандарт (обязательны все 23 элемента)" />
            </Stack>
          </Radio.Group>
          <NativeSelect id="service-authorityId" label="Орган, предоставляющий услугу" data={authorities.map((a) => ({ value: a.id, label: a.name }))} error={errorFor(errors, "authorityId")} {...form.getInputProps("authorityId")} key={form.key("authorityId")} />
          <Button type="submit" loading={loading} style={{ alignSelf: "flex-start" }}>
            Создать услугу и черновик стандарта
          </Button>
        </Stack>
      </form>
    </Container>
  );
}
