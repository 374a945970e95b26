import { Button, Group, Modal, Table, Text } from "@mantine/core";
import { formatDateTime } from "../../shared/ui/StatusTag";

export interface Difference {
  path: string;
  mine: string;
  theirs: string;
}

/** Leaf-by-leaf differences between two values of a section (lists by position), in words. */
export function differences(mine: unknown, theirs: unknown, prefix = ""): Difference[] {
  const out: Difference[] = [];
  const walk = (a: unknown, b: unknown, p: string) => {
    const objA = a && typeof a === "object";
    const objB = b && typeof b === "object";
    if (objA || objB) {
      const keys = new Set([...Object.keys((a as object) ?? {}), ...Object.keys((b as object) ?? {})]);
      for (const k of keys) if (k !== "__typename" && k !== "key") walk((a as Record<string, unknown>)?.[k], (b as Record<string, unknown>)?.[k], p ? `${p}.${k}` : k);
      return;
    }
    const norm = (v: unknown) => (v === null || v === undefined || v === "" ? "" : String(v));
    if (norm(a) !== norm(b)) out.push({ path: p, mine: norm(a) || "—", theirs: norm(b) || "—" });
  };
  walk(mine, theirs, prefix);
  return out;
}

/**
 * STALE_REVISION: someone saved the draft after this page loaded. Nothing typed here is
 * lost: the dialog lists what differs in this section and lets the user keep their own
 * text (saved over the newer revision; other sections keep the other person's changes)
 * or take the saved version.
 */
export function ConflictDialog(props: {
  opened: boolean;
  diffs: Difference[];
  theirs: { revision: number; updatedAt: string } | null;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  return (
    <Modal opened={props.opened} onClose={props.onKeepMine} title="Черновик изменён другим пользователем" size="xl" closeOnClickOutside={false}>
      <Text mb="sm">
        После того как вы открыли эту страницу, черновик сохранили ещё раз{props.theirs ? ` (ревизия ${props.theirs.revision}, ${formatDateTime(props.theirs.updatedAt)})` : ""}. Ваши
        изменения не потеряны: они остаются в форме, пока вы не выберете, что сохранить.
      </Text>
      {props.diffs.length === 0 ? (
        <Text mb="sm">В этом разделе ваши значения совпадают с сохранёнными; изменения другого пользователя касаются других разделов и сохранятся.</Text>
      ) : (
        <Table.ScrollContainer minWidth={500} mb="sm">
          <Table withTableBorder>
            <Table.Caption>Различия в этом разделе</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Поле</Table.Th>
                <Table.Th scope="col">Ваше значение</Table.Th>
                <Table.Th scope="col">Сохранённое значение</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.diffs.map((d) => (
                <Table.Tr key={d.path}>
                  <Table.Td>{d.path}</Table.Td>
                  <Table.Td style={{ whiteSpace: "pre-wrap" }}>{d.mine}</Table.Td>
                  <Table.Td style={{ whiteSpace: "pre-wrap" }}>{d.theirs}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button onClick={props.onKeepMine}>Сохранить мои изменения</Button>
        <Button variant="default" onClick={props.onTakeTheirs}>
          Взять сохранённую версию
        </Button>
      </Group>
    </Modal>
  );
}
