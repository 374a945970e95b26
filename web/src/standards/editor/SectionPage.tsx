import { useEffect, useMemo, useRef, useState } from "react";
import { Anchor, Button, Container, Grid, Group, Loader, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import type { CompletenessFieldsFragment, DraftQuery, StandardContentInput } from "../../gql/graphql";
import { formModel } from "../../shared/text/fieldText.generated";
import { fieldId, resolvePath } from "../../shared/forms/paths";
import { ErrorSummary } from "../../shared/forms/ErrorSummary";
import type { UserErrorLike } from "../../shared/forms/userErrors";
import { PageTitle } from "../../shared/ui/PageTitle";
import { NotFoundPage, ProblemPage } from "../../shared/ui/ProblemPage";
import { formatDateTime } from "../../shared/ui/StatusTag";
import { DraftDocument, DraftUpdateDocument, ElementsDocument, ValidateDocument } from "./queries";
import { FieldEditor, type EditorContext } from "./FieldEditor";
import { FindingNotes, FindingPanel, type Finding } from "./Findings";
import { ConflictDialog, differences, type Difference } from "./ConflictDialog";
import { ElementSummaryBar } from "./ElementTaskList";
import { keyOptions } from "../../shared/forms/keyOptions";
import { useSession } from "../../app/session";

type Version = NonNullable<DraftQuery["standardVersion"]>;
type Element = { code: string; part: number; item: number; section: string; titleRu: string; legalReference: string };

export default function SectionPage() {
  const { versionId = "", section = "" } = useParams();
  const { data, error } = useQuery(DraftDocument, { variables: { id: versionId }, fetchPolicy: "network-only" });
  const elements = useQuery(ElementsDocument);
  if (error) return <ProblemPage error={error} />;
  if (!data || !elements.data) return <Loader aria-label="Загрузка" m="md" />;
  const field = formModel.sections.find((s) => s.name === section);
  if (!data.standardVersion || !field) return <NotFoundPage />;
  return <SectionEditor key={`${versionId}/${section}`} version={data.standardVersion} section={section} elements={elements.data.standardElements} />;
}

/** Drops what the API does not take back: __typename, empty lines of string lists. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => !(typeof v === "string" && v.trim() === "")).map(clean);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "__typename").map(([k, v]) => [k, clean(v)]));
  return value;
}

/** «Срок › Единица срока» for "term.unit": the form's own labels, list items by number. */
function labelOf(section: string, path: string): string {
  let type = formModel.sections.find((s) => s.name === section)?.type;
  const out: string[] = [];
  for (const part of path.split(".")) {
    if (/^\d+$/.test(part)) {
      out.push(`№ ${Number(part) + 1}`);
      continue;
    }
    const field = type ? formModel.types[type]?.find((f) => f.name === part) : undefined;
    out.push(field?.label ?? part);
    type = field?.type;
  }
  return out.join(" › ");
}

const SAVE_DELAY = 1500;
const VALIDATE_DELAY = 800;

function SectionEditor({ version, section, elements }: { version: Version; section: string; elements: readonly Element[] }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [update] = useMutation(DraftUpdateDocument);
  const content = version.content as unknown as Record<string, unknown>;
  // a section that is a list (variants) is edited as one list field
  const isList = formModel.sections.find((s) => s.name === section)?.kind === "objectList";
  const wrap = (v: unknown) => (isList ? { __list: (clean(v) as unknown[]) ?? [] } : ((clean(v) as Record<string, unknown>) ?? {}));
  const initial = useMemo(() => wrap(content[section]), []); // eslint-disable-line react-hooks/exhaustive-deps
  const readOnly = version.status !== "DRAFT";
  const revision = useRef(version.revision);
  const saved = useRef<Record<string, unknown>>(content);
  const [completeness, setCompleteness] = useState<CompletenessFieldsFragment>(version.completeness);
  const [saveState, setSaveState] = useState<{ kind: "idle" | "saving" | "saved" | "error" | "conflict"; at?: string }>({ kind: "idle" });
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [summaryShown, setSummaryShown] = useState(false);
  const [conflict, setConflict] = useState<{ diffs: Difference[]; theirs: Version } | null>(null);
  const timers = useRef<{ save?: number; validate?: number }>({});
  const inFlight = useRef<Promise<boolean> | null>(null);
  const dirty = useRef(false);
  /** Counts changes: an answer (check or save) about older values must not replace the findings of newer ones. */
  const edits = useRef(0);
  const conflictOpen = useRef(false);
  const skipChange = useRef(false);
  const latest = useRef<{ save: () => Promise<boolean>; validate: () => Promise<void> }>(null!);
  // edits that could not be saved (no connection, the session ended) wait in this tab until they can be
  const { session } = useSession();
  const stashKey = `rsr-unsaved:${session?.user.login ?? ""}:${version.id}:${section}`;
  const [restored, setRestored] = useState(false);

  const form = useForm<Record<string, unknown>>({
    mode: "controlled",
    initialValues: initial,
    onValuesChange: () => {
      if (readOnly) return;
      edits.current += 1;
      window.clearTimeout(timers.current.validate);
      timers.current.validate = window.setTimeout(() => void latest.current.validate(), VALIDATE_DELAY);
      if (skipChange.current) {
        skipChange.current = false;
        return;
      }
      dirty.current = true;
      window.clearTimeout(timers.current.save);
      timers.current.save = window.setTimeout(() => void latest.current.save(), SAVE_DELAY);
    },
  });

  // a finding of another section links here with the field's id: focus it once the form is drawn
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const id = decodeURIComponent(hash.slice(1));
    const t = window.setTimeout(() => {
      const el = document.getElementById(id) ?? document.getElementById(id.split("-").slice(0, 2).join("-"));
      if (!el) return;
      el.scrollIntoView({ block: "center" });
      (el.matches("input, select, textarea, button") ? el : el.querySelector<HTMLElement>("input, select, textarea, button") ?? el).focus({ preventScroll: true });
    }, 50);
    return () => window.clearTimeout(t);
  }, [hash]);

  // leaving the page saves what is pending (autosave never drops an edit); closing the tab asks first
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      stash();
      e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      window.clearTimeout(timers.current.save);
      window.clearTimeout(timers.current.validate);
      if (dirty.current && !conflictOpen.current) {
        stash();
        void latest.current.save();
      }
    };
  }, []);

  const mine = () => (isList ? clean(form.getValues().__list) : clean(form.getValues())) as Record<string, unknown>;
  const stash = () => {
    try {
      sessionStorage.setItem(stashKey, JSON.stringify({ revision: revision.current, value: mine() }));
    } catch {
      /* storage full or off: the form still holds the edits */
    }
  };

  // edits left unsaved here earlier (e.g. the session ended while typing) come back and are saved
  useEffect(() => {
    if (readOnly) return;
    const stored = sessionStorage.getItem(stashKey);
    if (!stored) return;
    const { revision: base, value } = JSON.parse(stored) as { revision: number; value: unknown };
    revision.current = base; // saved against the revision they were made on: a newer one opens the conflict dialog
    setRestored(true);
    form.setValues(wrap(value));
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  async function validate() {
    const at = edits.current;
    const input = { ...(clean(saved.current) as Record<string, unknown>), [section]: mine() } as StandardContentInput;
    const res = await client.query({ query: ValidateDocument, variables: { input, profile: version.service.kind }, fetchPolicy: "no-cache" }).catch(() => null);
    if (res?.data && at === edits.current) setCompleteness(res.data.standardValidate);
  }

  /** Saves this section with the revision it is based on; true when saved. */
  async function save(): Promise<boolean> {
    if (readOnly || conflictOpen.current) return false;
    if (inFlight.current) await inFlight.current;
    const run = (async () => {
      dirty.current = false;
      const at = edits.current;
      setSaveState({ kind: "saving" });
      const sent = mine();
      const res = await update({ variables: { id: version.id, expectedRevision: revision.current, input: { [section]: sent } as StandardContentInput } }).catch((e: Error) => ({ data: null, error: e }));
      const payload = res.data?.standardDraftUpdate;
      if (payload?.standardVersion) {
        revision.current = payload.standardVersion.revision;
        // the stored content is what was sent for this section (a partial update), the rest unchanged
        saved.current = { ...saved.current, [section]: sent };
        if (at === edits.current) setCompleteness(payload.standardVersion.completeness);
        if (!dirty.current) sessionStorage.removeItem(stashKey);
        setErrors([]);
        setSaveState({ kind: "saved", at: payload.standardVersion.updatedAt });
        return true;
      }
      const userErrors = payload?.userErrors ?? [{ code: "NETWORK", field: null, message: "Не удалось сохранить: нет связи с сервером. Изменения остаются в форме" }];
      if (userErrors.some((e) => e.code === "STALE_REVISION")) {
        const latest = await client.query({ query: DraftDocument, variables: { id: version.id }, fetchPolicy: "network-only" });
        const theirs = latest.data?.standardVersion;
        if (theirs) {
          const theirSection = (theirs.content as unknown as Record<string, unknown>)[section];
          conflictOpen.current = true;
          setConflict({ theirs, diffs: differences(mine(), clean(theirSection)).map((d) => ({ ...d, path: labelOf(section, d.path) })) });
          setSaveState({ kind: "conflict" });
          return false;
        }
      }
      if (!payload) stash(); // not refused by the API: kept for when it can be saved
      setErrors(userErrors);
      setSaveState({ kind: "error" });
      return false;
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }

  latest.current = { save, validate };
  const values = form.getValues();
  const mine23 = elements.filter((e) => e.section === section);
  const codes = new Set(mine23.map((e) => e.code));
  // this section's fields, and the findings of its elements that point into other sections
  const sectionFindings = completeness.issues.filter((i) => i.path[0] === section || codes.has(i.element));
  const anchorOf = (raw: readonly string[]) => {
    const path = raw[0] === "input" || raw[0] === "content" ? raw.slice(1) : raw;
    return fieldId(path[0] === section ? resolvePath(path, (isList ? values.__list : values) as Record<string, unknown>).keyPath : path.slice(0, 1));
  };
  const hrefOf = (f: Finding) => (f.path[0] === section ? `#${anchorOf(f.path)}` : `/drafts/${version.id}/${f.path[0]}#${fieldId(f.path.slice(0, 2))}`);
  const findings = new Map<string, Finding[]>();
  for (const f of sectionFindings) {
    const id = f.path[0] === section ? anchorOf(f.path) : fieldId([section]);
    findings.set(id, [...(findings.get(id) ?? []), f]);
  }
  const errorMap = new Map<string, string>();
  for (const e of errors) if (e.field) errorMap.set(anchorOf(e.field), e.message);
  const ctx: EditorContext = {
    form,
    findings,
    errors: errorMap,
    readOnly,
    keyOptions: (type) => keyOptions({ ...(saved.current as Record<string, unknown>), [section]: isList ? values.__list : values }, type),
  };

  const first = mine23[0];
  const index = elements.findIndex((e) => e.code === first?.code) + 1;
  const sectionLabel = formModel.sections.find((s) => s.name === section)?.label ?? section;
  const title = mine23.map((e) => e.titleRu).join("; ") || sectionLabel.charAt(0).toUpperCase() + sectionLabel.slice(1);
  const field = formModel.sections.find((s) => s.name === section)!;
  const fields = formModel.types[field.type!] ?? [];
  const rootId = fieldId([section]);

  return (
    <Container size="xl">
      <Anchor component={Link} to={`/drafts/${version.id}`} size="sm">
        ← К списку элементов стандарта
      </Anchor>
      <ElementSummaryBar versionId={version.id} elements={elements} completeness={completeness} section={section} />
      {summaryShown && <ErrorSummary errors={errors.map((e) => ({ target: e.field ? anchorOf(e.field) : rootId, message: e.message }))} />}
      <Text size="sm" c="dimmed" mt="sm">
        {mine23.map((e) => `Элемент ${elements.indexOf(e) + 1} из ${elements.length} · ${e.legalReference}`).join("; ") || `Элемент ${index}`}
      </Text>
      <PageTitle title={`${title} — ${version.service.name}`} error={summaryShown && errors.length > 0}>
        {title}
      </PageTitle>
      <Text mb="md">{version.service.name}</Text>
      {restored && (
        <Text role="status" mb="md" fw={700}>
          Восстановлены изменения, которые не удалось сохранить раньше; они сохраняются сейчас.
        </Text>
      )}
      {readOnly && (
        <Text mb="md" fw={700}>
          Версия не является черновиком (статус: {version.status === "IN_REVIEW" ? "на согласовании" : version.status}); изменения недоступны.
        </Text>
      )}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <form
            id={isList ? `${rootId}-form` : rootId}
            noValidate
            onSubmit={async (e) => {
              e.preventDefault();
              window.clearTimeout(timers.current.save);
              const ok = await save();
              if (ok) navigate(`/drafts/${version.id}`);
              else setSummaryShown(true);
            }}
          >
            <FindingNotes findings={findings.get(rootId)} />
            {isList && <FieldEditor field={{ ...field, label: title }} formPath={["__list"]} keyPath={[section]} ctx={ctx} />}
            {!isList && fields
              .filter((f) => f.name !== "key")
              .map((f) => (
                <div key={f.name} style={{ marginBottom: 16 }}>
                  <FieldEditor field={f} formPath={[f.name]} keyPath={[section, f.name]} ctx={ctx} />
                </div>
              ))}
            <Group className="no-print" mt="lg" style={{ position: "sticky", bottom: 0, background: "var(--mantine-color-body)", padding: "8px 0", borderTop: "1px solid var(--mantine-color-gray-4)" }}>
              {!readOnly && (
                <Button type="submit" loading={saveState.kind === "saving"}>
                  Сохранить и вернуться к списку
                </Button>
              )}
              <Text size="sm" role="status">
                {saveState.kind === "saving" && "Сохранение…"}
                {saveState.kind === "saved" && `Сохранено в ${formatDateTime(saveState.at)}`}
                {saveState.kind === "error" && "Не сохранено: исправьте ошибки"}
                {saveState.kind === "conflict" && "Не сохранено: черновик изменён другим пользователем"}
              </Text>
            </Group>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Text size="sm" role="status" mb="xs">
            Замечаний по разделу: {sectionFindings.length}
          </Text>
          <FindingPanel findings={sectionFindings} hrefOf={hrefOf} />
        </Grid.Col>
      </Grid>
      <ConflictDialog
        opened={!!conflict}
        diffs={conflict?.diffs ?? []}
        theirs={conflict ? { revision: conflict.theirs.revision, updatedAt: conflict.theirs.updatedAt } : null}
        onKeepMine={() => {
          if (!conflict) return;
          revision.current = conflict.theirs.revision;
          saved.current = conflict.theirs.content as unknown as Record<string, unknown>;
          conflictOpen.current = false;
          setConflict(null);
          void save();
        }}
        onTakeTheirs={() => {
          if (!conflict) return;
          revision.current = conflict.theirs.revision;
          saved.current = conflict.theirs.content as unknown as Record<string, unknown>;
          const theirSection = wrap((conflict.theirs.content as unknown as Record<string, unknown>)[section]);
          conflictOpen.current = false;
          setConflict(null);
          sessionStorage.removeItem(stashKey);
          skipChange.current = true;
          form.setValues(theirSection ?? {});
          window.clearTimeout(timers.current.save);
          setCompleteness(conflict.theirs.completeness);
          setSaveState({ kind: "idle" });
        }}
      />
    </Container>
  );
}
