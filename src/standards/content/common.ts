import { ContentType } from "./content-type";
import { BoolField, EnumField, EnumListField, IntField, LIMITS, NestedField, NestedListField, RefField, TextField } from "../../shared/validation/fields";
import { Channel, TermStart, TermUnit } from "./enums";
import { KeyedItem } from "./keyed-item";
import { Section } from "./wording";

export { KeyedItem } from "./keyed-item";

@ContentType(
  "LegalReference",
  "Ссылка на нормативный правовой акт с точностью до статьи, части, пункта. Reference to a legal act down to article, part and item.",
)
export class LegalReference extends KeyedItem {
  @RefField("Идентификатор акта (LegalAct). Id of the legal act.")
  actId?: string | null;

  @TextField("Статья, например \"51\". Article.", 50)
  article?: string | null;

  @TextField("Часть, например \"7\". Part.", 50)
  part?: string | null;

  @TextField("Пункт, например \"2\". Item.", 50)
  item?: string | null;

  @TextField("Подпункт, например \"24\" (подп. 24 п. 1 ст. 333.33). Subitem.", 50)
  subitem?: string | null;

  @TextField("Уточнение (абзац, приложение и т.п.). Further precision.", 500)
  note?: string | null;
}

@ContentType("Term", "Срок: значение, единица и событие начала отсчёта. A term: value, unit and start event.")
export class Term {
  @IntField("Значение срока (целое неотрицательное число). Value.", 0, 100_000)
  value?: number | null;

  @EnumField(TermUnit, "Единица срока (рабочие или календарные дни и т.п.). Unit.")
  unit?: TermUnit | null;

  @EnumField(TermStart, "С какого события исчисляется срок. Start event.")
  startEvent?: TermStart | null;

  @TextField("Пояснение к началу отсчёта (обязательно при OTHER). Note on the start event.", LIMITS.note)
  startNote?: string | null;

  @NestedListField(() => LegalReference, "Нормативные основания срока. Legal bases of the term.", 20)
  legalBases?: LegalReference[] | null;
}

@ContentType(
  "Ground",
  "Основание (для отказа в приёме документов, приостановления, отказа). A ground for refusal or suspension.",
)
export class Ground extends KeyedItem {
  @TextField("Формулировка основания. Wording of the ground.", LIMITS.text)
  text?: string | null;

  @NestedListField(() => LegalReference, "Нормативные основания. Legal bases.", 20)
  legalBases?: LegalReference[] | null;

  @EnumListField(Channel, "Способы подачи, к которым применяется основание (пусто: ко всем). Channels it applies to (empty: all).")
  channels?: Channel[] | null;

  @NestedField(() => Term, "Максимальный срок приостановления (для оснований приостановления). Maximum suspension term.")
  maxTerm?: Term | null;

  @TextField("Пояснение. Note.", LIMITS.note)
  note?: string | null;
}

@ContentType(
  "GroundList",
  "Исчерпывающий перечень оснований: элементы или явное указание, что оснований нет. An exhaustive list of grounds, or the explicit statement that there are none.",
)
export class GroundList extends Section {
  @NestedListField(() => Ground, "Основания. Grounds.")
  items?: Ground[] | null;

  @BoolField("Явно указано, что оснований нет («основания отсутствуют»). The explicit none statement.")
  noneStated?: boolean | null;

  @TextField("Текст указания об отсутствии оснований. Wording of the none statement.", LIMITS.note)
  noneStatement?: string | null;
}
