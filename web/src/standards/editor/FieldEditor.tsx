import { Button, Checkbox, Fieldset, Group, MultiSelect, NativeSelect, NumberInput, Radio, Select, Stack, Text, TextInput, Textarea } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { formModel, type FormField } from "../../shared/text/fieldText.generated";
import { fieldId, itemKey, newKey } from "../../shared/forms/paths";
import { FindingNotes, type Finding } from "./Findings";
import { AuthorityPicker, LegalActPicker } from "./pickers";

export type SectionForm = UseFormReturnType<Record<string, unknown>>;

export interface EditorContext {
  form: SectionForm;
  /** Findings by the DOM id of the field they belong to. */
  findings: Map<string, Finding[]>;
  /** Save errors by DOM id. */
  errors: Map<string, string>;
  readOnly: boolean;
  /** Items of the whole content (as edited now) that a key field may name: by their input type. */
  keyOptions: (inputType: string) => { value: string; label: string }[];
}

const SHORT = new Set(["article", "part", "item", "number", "shortName", "oktmo"]);

function errorNode(message: string | undefined) {
  return message ? (
    <>
      <span className="visually-hidden">Ошибка: </span>
      {message}
    </>
  ) : undefined;
}

/** One field of the content, by its kind in the form model; lists are edited item by item. */
export function FieldEditor({ field, formPath, keyPath, ctx, labelSuffix = "" }: { field: FormField; formPath: (string | number)[]; keyPath: string[]; ctx: EditorContext; labelSuffix?: string }) {
  const { form, readOnly } = ctx;
  const path = formPath.join(".");
  const id = fieldId(keyPath);
  const value = getIn(form.getValues(), formPath);
  const label = field.label + labelSuffix;
  const hint = field.hint;
  const error = errorNode(ctx.errors.get(id));
  const notes = <FindingNotes findings={ctx.findings.get(id)} />;
  // through parents that are still null (a section or group not filled yet)
  const set = (v: unknown) => form.setValues(setIn(form.getValues(), formPath, v) as Record<string, unknown>);

  switch (field.kind) {
    case "object": {
      const fields = formModel.types[field.type!] ?? [];
      return (
        <Fieldset id={id} legend={label} variant="default" radius="sm">
          {hint && <Text size="sm" c="dimmed" mb="xs">{hint}</Text>}
          {notes}
          {error && <Text c="var(--mantine-color-error)" size="sm">{error}</Text>}
          <Stack gap="sm">
            {fields.filter((f) => f.name !== "key").map((f) => (
              <FieldEditor key={f.name} field={f} formPath={[...formPath, f.name]} keyPath={[...keyPath, f.name]} ctx={ctx} labelSuffix={labelSuffix} />
            ))}
          </Stack>
        </Fieldset>
      );
    }
    case "objectList": {
      const items = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
      const title = formModel.titles[field.type!] || "Элемент";
      const lower = title.charAt(0).toLowerCase() + title.slice(1);
      return (
        <Fieldset id={id} legend={label} variant="unstyled">
          {hint && <Text size="sm" c="dimmed" mb="xs">{hint}</Text>}
          {notes}
          <Stack gap="sm">
            {items.length === 0 && <Text size="sm">Пока ни одного.</Text>}
            {items.map((item, index) => {
              const key = itemKey(item, index);
              const n = index + 1;
              const fields = formModel.types[field.type!] ?? [];
              return (
                <Fieldset key={key} id={fieldId([...keyPath, key])} legend={`${title} ${n}`} radius="sm">
                  <FindingNotes findings={ctx.findings.get(fieldId([...keyPath, key]))} />
                  <Stack gap="sm">
                    {fields.filter((f) => f.name !== "key").map((f) => (
                      <FieldEditor key={f.name} field={f} formPath={[...formPath, index, f.name]} keyPath={[...keyPath, key, f.name]} ctx={ctx} labelSuffix={`${labelSuffix} (${lower} ${n})`} />
                    ))}
                  </Stack>
                  {!readOnly && (
                    <Group gap="xs" mt="sm">
                      <Button size="xs" variant="default" disabled={index === 0} onClick={() => form.reorderListItem(path, { from: index, to: index - 1 })}>
                        Выше<span className="visually-hidden"> ({lower} {n})</span>
                      </Button>
                      <Button size="xs" variant="default" disabled={index === items.length - 1} onClick={() => form.reorderListItem(path, { from: index, to: index + 1 })}>
                        Ниже<span className="visually-hidden"> ({lower} {n})</span>
                      </Button>
                      <Button size="xs" variant="outline" color="red" onClick={() => form.removeListItem(path, index)}>
                        Удалить {lower} {n}
                      </Button>
                    </Group>
                  )}
                </Fieldset>
              );
            })}
            {!readOnly && (
              <Button
                variant="default"
                style={{ alignSelf: "flex-start" }}
                onClick={() => (Array.isArray(value) ? form.insertListItem(path, { key: newKey() }) : set([{ key: newKey() }]))}
              >
                Добавить: {lower}
                <span className="visually-hidden"> в «{field.label}»</span>
              </Button>
            )}
          </Stack>
        </Fieldset>
      );
    }
    case "enum": {
      const options = formModel.enums[field.enum!] ?? [];
      return (
        <div>
          <NativeSelect id={id} label={label} description={hint} disabled={readOnly} error={error} value={(value as string) ?? ""} onChange={(e) => set(e.currentTarget.value || null)}
            data={[{ value: "", label: "Не выбрано" }, ...options.map((o) => ({ value: o.value, label: o.label }))]} />
          {notes}
        </div>
      );
    }
    case "enumList": {
      const options = formModel.enums[field.enum!] ?? [];
      return (
        <div>
          <Checkbox.Group id={id} label={label} description={hint} error={error} value={(value as string[]) ?? []} onChange={(v) => set(v.length ? v : null)}>
            <Stack gap={6} mt={6}>
              {options.map((o) => (
                <Checkbox key={o.value} value={o.value} label={o.label} disabled={readOnly} />
              ))}
            </Stack>
          </Checkbox.Group>
          {notes}
        </div>
      );
    }
    case "boolean":
      return (
        <div>
          <Radio.Group id={id} label={label} description={hint} error={error} value={value === true ? "yes" : value === false ? "no" : ""} onChange={(v) => set(v === "yes" ? true : v === "no" ? false : null)}>
            <Group gap="lg" mt={6}>
              <Radio value="yes" label="Да" disabled={readOnly} />
              <Radio value="no" label="Нет" disabled={readOnly} />
            </Group>
          </Radio.Group>
          {notes}
        </div>
      );
    case "int":
    case "float":
    case "money":
      return (
        <div>
          <NumberInput id={id} label={label} description={hint} error={error} readOnly={readOnly} allowNegative={false} allowDecimal={field.kind !== "int"} decimalScale={field.kind === "money" ? 2 : undefined}
            value={value === null || value === undefined ? "" : Number(value)} maw={240}
            onChange={(v) => set(v === "" || v === undefined ? null : field.kind === "money" ? String(v) : Number(v))} />
          {notes}
        </div>
      );
    case "date":
      return (
        <div>
          <TextInput id={id} type="date" label={label} description={hint} error={error} readOnly={readOnly} maw={240} value={(value as string) ?? ""} onChange={(e) => set(e.currentTarget.value || null)} />
          {notes}
        </div>
      );
    case "ref": {
      const Picker = field.ref === "LegalAct" ? LegalActPicker : AuthorityPicker;
      return (
        <div>
          <Picker id={id} label={label} description={hint} value={(value as string) ?? null} onChange={set} error={ctx.errors.get(id)} readOnly={readOnly} />
          {notes}
        </div>
      );
    }
    case "keyRef":
    case "keyRefList": {
      // items of another list of the content, named by their keys: chosen by their names
      const options = ctx.keyOptions(field.keyOf!);
      const chosen = field.kind === "keyRefList" ? (Array.isArray(value) ? (value as string[]) : []) : typeof value === "string" ? [value] : [];
      for (const key of chosen) if (!options.some((o) => o.value === key)) options.push({ value: key, label: `Нет в перечне (ключ ${key})` });
      const common = { id, label, description: hint, error, readOnly, data: options, nothingFoundMessage: "Сначала заполните перечень", comboboxProps: { withinPortal: true } };
      return (
        <div>
          {field.kind === "keyRefList" ? (
            <MultiSelect {...common} value={chosen} searchable clearable onChange={(v) => set(v.length ? v : null)} />
          ) : (
            <Select {...common} value={chosen[0] ?? null} searchable clearable onChange={(v) => set(v ?? null)} />
          )}
          {notes}
        </div>
      );
    }
    case "stringList":
      return (
        <div>
          <Textarea id={id} label={label} description={hint ? `${hint}. По одному на строке` : "По одному на строке"} error={error} readOnly={readOnly} autosize minRows={2}
            value={Array.isArray(value) ? (value as string[]).join("\n") : ""}
            onChange={(e) => {
              const lines = e.currentTarget.value.split("\n");
              set(lines.length === 1 && lines[0] === "" ? null : lines);
            }} />
          {notes}
        </div>
      );
    default:
      return (
        <div>
          {SHORT.has(field.name) ? (
            <TextInput id={id} label={label} description={hint} error={error} readOnly={readOnly} maw={320} value={(value as string) ?? ""} onChange={(e) => set(e.currentTarget.value === "" ? null : e.currentTarget.value)} />
          ) : (
            <Textarea id={id} label={label} description={hint} error={error} readOnly={readOnly} autosize minRows={1} value={(value as string) ?? ""} onChange={(e) => set(e.currentTarget.value === "" ? null : e.currentTarget.value)} />
          )}
          {notes}
        </div>
      );
  }
}

/** A copy of `value` with `v` at `path`, creating the objects and lists on the way. */
export function setIn(value: unknown, path: (string | number)[], v: unknown): unknown {
  if (!path.length) return v;
  const [head, ...rest] = path;
  const base = value && typeof value === "object" ? value : typeof head === "number" ? [] : {};
  const copy = (Array.isArray(base) ? [...base] : { ...(base as object) }) as Record<string | number, unknown>;
  copy[head] = setIn(copy[head], rest, v);
  return copy;
}

export function getIn(value: unknown, path: (string | number)[]): unknown {
  let v = value;
  for (const p of path) {
    if (v === null || v === undefined || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}
