import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { ChangeKind } from "./diff";
import { StandardElement } from "../completeness/elements";
import { StandardVersion } from "../standards/standard-version.entity";
import { describeEnum } from "../shared/enum";
import { ChainBreak } from "./audit-chain";

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

@ObjectType({ simpleResolvers: true, description: "Первое нарушение цепочки журнала аудита. The first broken link of the audit chain." })
export class AuditChainBrokenLink {
  @Field({ description: "Номер записи (seq), на которой цепочка нарушена. Number (seq) of the entry where the chain breaks." })
  seq: string;

  @Field(() => ID, { nullable: true, description: "Запись журнала (null, если удалены последние записи). The entry (null when entries were removed from the end)." })
  entryId: string | null;

  @Field(() => ChainBreak, { description: "Вид нарушения. Kind." })
  kind: ChainBreak;

  @Field({ description: "Описание по-русски. Russian description." })
  message: string;
}

@ObjectType({ simpleResolvers: true, description: "Проверка цепочки хешей журнала аудита. Verification of the audit log's hash chain." })
export class AuditChainVerification {
  @Field({ description: "Цепочка цела. The chain is intact." })
  valid: boolean;

  @Field(() => Int, { description: "Проверено записей. Entries checked." })
  entries: number;

  @Field(() => String, { nullable: true, description: "Номер последней записи (при целой цепочке). Last entry's number, when intact." })
  headSeq: string | null;

  @Field(() => String, { nullable: true, description: "Хеш последней записи: сохраните его вне базы, чтобы заметить и полную перезапись цепочки. Last entry's hash: keep it outside the database." })
  headHash: string | null;

  @Field(() => AuditChainBrokenLink, { nullable: true, description: "Первое нарушение (null, если цепочка цела). The first broken link." })
  firstBroken: AuditChainBrokenLink | null;
}

@ObjectType({ simpleResolvers: true, description: "Значение поля в одной из сравниваемых версий. The value of a field in one compared version." })
export class StandardComparisonCell {
  @Field(() => String, { nullable: true, description: "Значение словами (null — в версии его нет). The value in words (null: the version has none)." })
  value: string | null;

  @Field({ description: "Выброс: значение отличается от того, что у большинства версий. Outlier: differs from the value most versions share." })
  outlier: boolean;
}

@ObjectType({ simpleResolvers: true, description: "Поле, в котором сравниваемые версии расходятся. A field where the compared versions differ." })
export class StandardComparisonRow {
  @Field(() => StandardElement, { description: "Элемент стандарта. The element." })
  element: StandardElement;

  @Field(() => [String], { description: "Путь в содержании; элементы списков — по ключу первого вхождения. Path; list items by the key of their first occurrence." })
  path: string[];

  @Field({ description: "Что сравнивается, по-русски. What is compared, in Russian." })
  label: string;

  @Field(() => [StandardComparisonCell], { description: "Значения по версиям, в порядке versionIds. One cell per version, in the order of versionIds." })
  cells: StandardComparisonCell[];
}

@ObjectType({
  description:
    "Сравнение нескольких версий стандарта (в том числе разных услуг — одной услуги разных органов): поля, в которых они расходятся, с отмеченными выбросами. A comparison of several versions, also of different services.",
})
export class StandardComparison {
  @Field(() => [StandardVersion], { description: "Сравниваемые версии в порядке versionIds. The versions, in order." })
  versions: StandardVersion[];

  @Field(() => [StandardComparisonRow], { description: "Поля, в которых версии расходятся, по порядку элементов закона. The differing fields, in the order of the law." })
  rows: StandardComparisonRow[];
}
