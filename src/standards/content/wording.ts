import { Field, InputType, ObjectType } from "type-graphql";
import { ArrayMaxSize, IsOptional, Matches, MaxLength, ValidateNested } from "class-validator";
import { ContentType } from "./content-type";
import { KeyedItem } from "./keyed-item";
import { RefField, TextField } from "../../shared/validation/fields";

/*
 * The regulation's own words beside the structured values (fidelity to real texts): every
 * element of the standard (each section, each of its exhaustive sub-lists, the profiling
 * and each variant) may carry the verbatim text of the items of the regulation (or portal
 * card) it was entered from, the item's number there («п. 2.6.1») and its source (the act,
 * and the address where it is published). Stored exactly as given (no trimming: cuts such
 * as «[...]» stay), so an auditor compares the structure with the words, and a change of
 * the words is a change of the version (the diff walks these fields like any other).
 *
 * Declared once: a section class gets the field by extending `Section`, a class that
 * already extends another base by `withWording(Base)`.
 */

/** Long enough for a whole subsection of a regulation (a document list with its annotations). */
export const WORDING_MAX = 30_000;

@ContentType(
  "RegulationText",
  "Формулировка нормативного правового акта (регламента, карточки услуги), из которой внесён элемент: дословный текст, номер пункта и источник. The verbatim wording an element was entered from: text, item number and source.",
)
export class RegulationText extends KeyedItem {
  @TextField("Номер пункта (подпункта, абзаца) в акте, например «п. 2.6.1». Item number in the act.", 200)
  clause?: string | null;

  @TextField(
    "Дословный текст пункта (сохраняется без изменений, в том числе сокращения вида «[...]»). Verbatim text, stored exactly as given.",
    WORDING_MAX,
  )
  text?: string | null;

  @RefField("Акт-источник формулировки (LegalAct). The source act.")
  actId?: string | null;

  @Field(() => String, { nullable: true, description: "Адрес публикации текста в сети Интернет (http или https). Where the text is published online." })
  @IsOptional()
  @MaxLength(2000, { message: "Длина текста не должна превышать 2000 символов" })
  @Matches(/^https?:\/\/\S+$/iu, { message: "Адрес публикации должен начинаться с http:// или https:// и не содержать пробелов" })
  url?: string | null;
}

const MAX_TEXTS = 50;

/** The `wording` field, declared in one place for every class that carries it. */
function WordingField(): PropertyDecorator {
  return (target, key) => {
    Field(() => [RegulationText], {
      nullable: true,
      description:
        "Формулировка акта, из которой внесён элемент: дословный текст пунктов, их номера и источник. The regulation's own wording of this element.",
    })(target, key);
    IsOptional()(target, key);
    ArrayMaxSize(MAX_TEXTS, { message: `Список не может содержать более ${MAX_TEXTS} элементов` })(target, key);
    ValidateNested({ each: true })(target, key);
  };
}

/** Base of every section (element) of the content: the element's own wording. */
@ObjectType("Section", { simpleResolvers: true })
@InputType("SectionInput")
export abstract class Section {
  @WordingField()
  wording?: RegulationText[] | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor = abstract new (...args: any[]) => object;

/**
 * The `wording` field on a class that already extends another content class (a term, a
 * keyed item). type-graphql inherits fields from a registered parent type, so the
 * intermediate class is registered under `name` (unreferenced, it is not in the schema).
 */
export function withWording<T extends Constructor>(Base: T, name: string) {
  @ObjectType(name, { simpleResolvers: true })
  @InputType(`${name}Input`)
  abstract class Worded extends Base {
    @WordingField()
    wording?: RegulationText[] | null;
  }
  return Worded;
}
