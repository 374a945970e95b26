import { useState } from "react";
import { Button, Group, Modal, NativeSelect, Select, Stack, TextInput } from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import type { LegalActLabelFragment, LegalActType } from "../../gql/graphql";
import { formatDate } from "../../shared/ui/StatusTag";
import { formModel } from "../../shared/text/fieldText.generated";
import { errorFor, type UserErrorLike } from "../../shared/forms/userErrors";

const LegalActSearchDocument = graphql(`
  query LegalActSearch($search: String, $id: ID!, $hasId: Boolean!) {
    legalActs(first: 20, search: $search) { edges { node { ...LegalActLabel } } }
    selected: node(id: $id) @include(if: $hasId) { ... on LegalAct { ...LegalActLabel } }
  }
`);

export const LegalActLabelFields = graphql(`
  fragment LegalActLabel on LegalAct { id type title issuer number date editionDate }
`);

const LegalActCreateDocument = graphql(`
  mutation LegalActCreate($input: LegalActInput!) {
    legalActCreate(input: $input) { legalAct { ...LegalActLabel } userErrors { code field message } }
  }
`);

const AuthorityOptionsDocument = graphql(`
  query AuthorityOptions { authorities(first: 100) { edges { node { id name oktmo } } } }
`);

export type ActLabel = Pick<LegalActLabelFragment, "type" | "title" | "issuer" | "number" | "date" | "editionDate">;

/**
 * An act as a person cites it: its title when the source gives one, else its type and
 * issuer (acts of municipalities are often cited without a title), with date, number and
 * edition.
 */
export function actLabel(a: ActLabel): string {
  const type = formModel.enums.LegalActType?.find((t) => t.value === a.type)?.label.replace(/\s*\(.*\)$/, "") ?? a.type;
  const name = a.title ?? `${type} (${a.issuer})`;
  const edition = a.editionDate ? ` (в ред. от ${formatDate(a.editionDate)})` : "";
  return `${name} от ${formatDate(a.date)} № ${a.number}${edition}`;
}

interface PickerProps {
  id: string;
  label: string;
  description?: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
  readOnly?: boolean;
}

/** A legal act: search by title or number (the API's search), or register a new one without leaving the form. */
export function LegalActPicker({ id, label, description, value, onChange, error, readOnly }: PickerProps) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 300);
  const { data } = useQuery(LegalActSearchDocument, { variables: { search: debounced || null, id: value ?? "", hasId: !!value } });
  const [opened, { open, close }] = useDisclosure(false);
  const options = new Map<string, string>();
  const selected = data?.selected;
  if (selected && "number" in selected && selected.number) options.set(selected.id, actLabel(selected as ActLabel & { id: string }));
  for (const { node } of data?.legalActs.edges ?? []) options.set(node.id, actLabel(node));
  return (
    <div>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Select
          id={id}
          label={label}
          description={description}
          style={{ flex: 1 }}
          searchable
          clearable
          readOnly={readOnly}
          placeholder="Начните вводить название или номер"
          nothingFoundMessage="Не найдено: зарегистрируйте акт"
          data={[...options].map(([v, l]) => ({ value: v, label: l }))}
          value={value}
          onChange={onChange}
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: o }) => o}
          error={error}
          comboboxProps={{ withinPortal: true }}
        />
        {!readOnly && (
          <Button variant="default" onClick={open}>
            Новый акт<span className="visually-hidden"> для поля «{label}»</span>
          </Button>
        )}
      </Group>
      <Modal opened={opened} onClose={close} title="Регистрация нормативного правового акта" size="lg">
        <LegalActForm
          onCreated={(act) => {
            onChange(act.id);
            close();
          }}
        />
      </Modal>
    </div>
  );
}

function LegalActForm({ onCreated }: { onCreated: (act: { id: string }) => void }) {
  const [create, { loading }] = useMutation(LegalActCreateDocument);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [values, setValues] = useState({ type: "MUNICIPAL_ACT" as LegalActType, issuer: "", number: "", date: "", editionDate: "", title: "" });
  const set = (k: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues({ ...values, [k]: e.currentTarget.value });
  const types = formModel.enums.LegalActType ?? [];
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        e.stopPropagation();
        if (!values.date) {
          setErrors([{ code: "REQUIRED", field: ["input", "date"], message: "Укажите дату принятия акта" }]);
          return;
        }
        // no title in the source: the act is cited by its type, issuer, date and number
        const input = { ...values, title: values.title.trim() || null, editionDate: values.editionDate || null };
        const { data } = await create({ variables: { input } });
        const act = data?.legalActCreate.legalAct;
        if (act) onCreated(act);
        else setErrors(data?.legalActCreate.userErrors ?? []);
      }}
    >
      <Stack>
        <NativeSelect label="Вид акта" data={types.map((t) => ({ value: t.value, label: t.label }))} value={values.type} onChange={set("type")} error={errorFor(errors, "type")} />
        <TextInput label="Кем принят" value={values.issuer} onChange={set("issuer")} error={errorFor(errors, "issuer")} />
        <TextInput label="Номер" value={values.number} onChange={set("number")} error={errorFor(errors, "number")} />
        <TextInput label="Дата принятия" type="date" value={values.date} onChange={set("date")} error={errorFor(errors, "date")} />
        <TextInput label="Дата редакции (необязательно)" description="Если акт приводится «в ред. от …»" type="date" value={values.editionDate} onChange={set("editionDate")} error={errorFor(errors, "editionDate")} />
        <TextInput label="Наименование (необязательно)" description="Если оно приведено в источнике" value={values.title} onChange={set("title")} error={errorFor(errors, "title")} />
        {errors
          .filter((e) => !["type", "issuer", "number", "date", "editionDate", "title"].includes(e.field?.[e.field.length - 1] ?? ""))
          .map((e, i) => (
            <p key={i} role="alert" style={{ color: "var(--mantine-color-red-9)" }}>
              {e.message}
            </p>
          ))}
        <Button type="submit" loading={loading} style={{ alignSelf: "flex-start" }}>
          Зарегистрировать акт
        </Button>
      </Stack>
    </form>
  );
}

/** An authority from the registry's list. */
export function AuthorityPicker({ id, label, description, value, onChange, error, readOnly }: PickerProps) {
  const { data } = useQuery(AuthorityOptionsDocument);
  const options = (data?.authorities.edges ?? []).map(({ node }) => ({ value: node.id, label: node.oktmo ? `${node.name} (ОКТМО ${node.oktmo})` : node.name }));
  return <Select id={id} label={label} description={description} searchable clearable readOnly={readOnly} data={options} value={value} onChange={onChange} error={error} nothingFoundMessage="Не найдено" />;
}
