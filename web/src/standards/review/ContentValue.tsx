import type { ReactNode } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { formModel, type FormField } from "../../shared/text/fieldText.generated";
import { actLabel, type ActLabel } from "../editor/pickers";

const ActNameDocument = graphql(`
  query ActName($id: ID!) { node(id: $id) { ... on LegalAct { ...LegalActLabel } } }
`);

/** The field of the content a diff path names (list items by key), from the form model. */
export function fieldAt(path: readonly string[]): FormField | undefined {
  let field: FormField | undefined = formModel.sections.find((s) => s.name === path[0]);
  for (const segment of path.slice(1)) {
    if (!field) return undefined;
    if (field.kind === "objectList") field = { ...field, kind: "object" }; // the segment is an item's key
    else if (field.kind === "object") field = formModel.types[field.type!]?.find((f) => f.name === segment);
    else return undefined;
  }
  return field;
}

function ActName({ id }: { id: string }) {
  const { data } = useQuery(ActNameDocument, { variables: { id } });
  const act = data?.node && "number" in data.node ? (data.node as ActLabel) : null;
  return <>{act ? actLabel(act) : "акт из реестра"}</>;
}

const empty = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

/**
 * A value of the content as the editor names it: the form's labels for fields, enum
 * values in words, «Да»/«Нет», acts by their citation, list items numbered. Unknown
 * shapes fall back to their text.
 */
export function ContentValue({ field, value }: { field: FormField | undefined; value: unknown }): ReactNode {
  if (empty(value)) return null;
  if (!field) return typeof value === "object" ? JSON.stringify(value) : String(value);
  switch (field.kind) {
    case "boolean":
      return value ? "Да" : "Нет";
    case "enum":
      return formModel.enums[field.enum!]?.find((o) => o.value === value)?.label ?? String(value);
    case "enumList":
      return (value as string[]).map((v) => formModel.enums[field.enum!]?.find((o) => o.value === v)?.label ?? v).join("; ");
    case "ref":
      return field.ref === "LegalAct" ? <ActName id={String(value)} /> : String(value);
    case "stringList":
    case "keyRefList":
      return (value as string[]).join("; ");
    case "object": {
      const fields = (formModel.types[field.type!] ?? []).filter((f) => f.name !== "key" && !empty((value as Record<string, unknown>)[f.name]));
      return (
        <ul style={{ margin: 0, paddingLeft: 16 }}>
          {fields.map((f) => (
            <li key={f.name}>
              {f.label}: <ContentValue field={f} value={(value as Record<string, unknown>)[f.name]} />
            </li>
          ))}
        </ul>
      );
    }
    case "objectList": {
      const title = formModel.titles[field.type!] || "Элемент";
      return (
        <ol style={{ margin: 0, paddingLeft: 20 }}>
          {(value as unknown[]).map((item, i) => (
            <li key={i}>
              <span className="visually-hidden">{title} {i + 1}: </span>
              <ContentValue field={{ ...field, kind: "object" }} value={item} />
            </li>
          ))}
        </ol>
      );
    }
    default:
      return String(value);
  }
}
