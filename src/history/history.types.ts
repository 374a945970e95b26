import { Field, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { ChangeKind } from "./diff";
import { StandardElement } from "../completeness/elements";
import { StandardVersion } from "../standards/standard-version.entity";
import { describeEnum } from "../shared/enum";

describeEnum(ChangeKind, "ChangeKind", "Вид изменения. Kind of change.", {
  ADDED: "Добавлено. Added.",
  REMOVED: "Удалено (исключено). Removed.",
  CHANGED: "Изменено. Changed.",
});

@ObjectType({ simpleResolvers: true, description: "Изменение одного поля или элемента списка между версиями. One change between two versions." })
export class StandardChange {
  @Field(() => StandardElement, { description: "Элемент стандарта. The element." })
  element: StandardElement;

  @Field(() => [String], { description: "Путь в содержании; элементы списков — по их ключам. Path; list items by key." })
  path: string[];

  @Field(() => ChangeKind, { description: "Вид изменения. Kind." })
  kind: ChangeKind;

  @Field(() => GraphQLJSON, { nullable: true, description: "Значение до. Value before." })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: "Значение после. Value after." })
  after: unknown;

  @Field({ description: "Краткое описание изменения на русском языке. Short Russian summary." })
  summary: string;
}

@ObjectType({ description: "Сравнение двух версий стандарта одной услуги. A diff of two versions." })
export class StandardDiff {
  @Field(() => StandardVersion, { description: "Исходная версия. From." })
  from: StandardVersion;

  @Field(() => StandardVersion, { description: "Сравниваемая версия. To." })
  to: StandardVersion;

  @Field(() => [StandardChange], { description: "Изменения. Changes." })
  changes: StandardChange[];
}
