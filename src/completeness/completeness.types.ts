import { Field, Float, Int, ObjectType } from "type-graphql";
import { StandardElement } from "./elements";
import { ElementStatusKind, Severity } from "./types";
import { describeEnum } from "../shared/enum";
import { Authority } from "../authorities/authority.entity";
import { StandardVersion } from "../standards/standard-version.entity";

describeEnum(Severity, "Severity", "Серьёзность замечания о полноте. Severity of a completeness issue.", {
  ERROR: "Ошибка: нарушено требование закона, публикация невозможна. Error: blocks publication.",
  WARNING: "Предупреждение: норма практики или неподтверждённое требование; не блокирует. Warning: shown, not blocking.",
});
describeEnum(ElementStatusKind, "ElementStatusKind", "Состояние элемента стандарта. State of an element.", {
  FILLED: "Заполнен и без ошибок. Filled and valid.",
  MISSING: "Не заполнен, хотя обязателен. Missing though required.",
  INVALID: "Заполнен с ошибками. Filled with errors.",
  NOT_REQUIRED: "Не заполнен и не обязателен для этого вида стандарта. Empty and not required.",
});

@ObjectType({ simpleResolvers: true, description: "Замечание о полноте со ссылкой на норму закона. A completeness issue citing the law." })
export class CompletenessIssueType {
  @Field({ description: "Стабильный код правила. Stable rule code." })
  rule: string;

  @Field(() => StandardElement, { description: "Элемент стандарта. Element." })
  element: StandardElement;

  @Field({ description: "Ссылка на норму (статья, часть, пункт). Legal citation." })
  legalReference: string;

  @Field(() => Severity, { description: "Серьёзность. Severity." })
  severity: Severity;

  @Field(() => [String], { description: "Путь к полю; элементы списков — по ключам. Path; list items by key." })
  path: string[];

  @Field({ description: "Что сделать, по-русски. What to do, in Russian." })
  message: string;
}

@ObjectType({ simpleResolvers: true, description: "Состояние одного элемента стандарта. The state of one element." })
export class ElementStatusType {
  @Field(() => StandardElement, { description: "Элемент. Element." })
  element: StandardElement;

  @Field(() => ElementStatusKind, { description: "Состояние. Status." })
  status: ElementStatusKind;

  @Field(() => [CompletenessIssueType], { description: "Замечания по элементу. Its issues." })
  issues: CompletenessIssueType[];
}

@ObjectType({ simpleResolvers: true, description: "Полнота стандарта по ст. 14 Федерального закона № 210-ФЗ. Completeness of a standard." })
export class Completeness {
  @Field({ description: "Полон: нет ни одной ошибки. No ERROR." })
  complete: boolean;

  @Field(() => Float, { description: "Доля обязательных элементов, заполненных без ошибок (0..1). Share of required elements filled and valid." })
  score: number;

  @Field(() => [ElementStatusType], { description: "Все 23 элемента по порядку закона. All 23 elements." })
  elements: ElementStatusType[];

  @Field(() => [CompletenessIssueType], { description: "Все замечания. All issues." })
  issues: CompletenessIssueType[];
}

@ObjectType({ simpleResolvers: true, description: "Правило проверки полноты из каталога. A completeness rule." })
export class CompletenessRule {
  @Field({ description: "Код. Code." })
  code: string;

  @Field({ description: "PRESENCE (элемент не заполнен) или CONSISTENCY (содержание противоречит норме). Kind." })
  kind: string;

  @Field(() => [StandardElement], { description: "Элементы. Elements." })
  elements: StandardElement[];

  @Field(() => Severity, { nullable: true, description: "Серьёзность для обычного стандарта (null: не применяется). Severity, regular standard." })
  severityRegular: Severity | null;

  @Field(() => Severity, { nullable: true, description: "Серьёзность для единого стандарта (null: не применяется). Severity, unified standard." })
  severityUnified: Severity | null;

  @Field({ description: "Норма закона. Legal citation." })
  legalReference: string;

  @Field({ description: "Что проверяет правило. Description." })
  description: string;
}

@ObjectType({ description: "Число полных и неполных версий. Complete and incomplete counts." })
export class CompletenessCounts {
  @Field(() => Int, { description: "Полных (без ошибок). Complete." })
  complete: number;

  @Field(() => Int, { description: "Неполных. Incomplete." })
  incomplete: number;
}

@ObjectType({ description: "Частота нарушения правила. How often a rule fails." })
export class RuleFailureCount {
  @Field(() => CompletenessRule, { description: "Правило. The rule." })
  rule: CompletenessRule;

  @Field(() => Int, { description: "Число версий с ошибкой по правилу. Versions failing it." })
  count: number;
}

@ObjectType({ description: "Сводка полноты по органу власти для аудиторов. Completeness summary of an authority." })
export class CompletenessSummary {
  @Field(() => Authority, { description: "Орган. Authority." })
  authority: Authority;

  @Field({ description: "С подчинёнными органами. Including subordinates." })
  includeSubordinate: boolean;

  @Field(() => CompletenessCounts, { description: "Открытые черновики (DRAFT и IN_REVIEW). Open drafts." })
  drafts: CompletenessCounts;

  @Field(() => CompletenessCounts, { description: "Опубликованные (действующие или вступающие в силу) версии. Published versions." })
  published: CompletenessCounts;

  @Field(() => [RuleFailureCount], { description: "Самые частые нарушения (ошибки). Most frequent failing rules." })
  topFailingRules: RuleFailureCount[];
}

@ObjectType({ description: "Неполная версия стандарта в отчёте о полноте: услуга, орган и найденные ошибки. An incomplete version in a completeness report." })
export class CompletenessFailure {
  @Field(() => StandardVersion, { description: "Версия стандарта. The version." })
  version: StandardVersion;

  @Field({ description: "Реестровый номер услуги. Registry number." })
  registryNumber: string;

  @Field({ description: "Наименование услуги. Service name." })
  serviceName: string;

  @Field({ description: "Орган, предоставляющий услугу. Providing authority's name." })
  authorityName: string;

  @Field(() => Float, { description: "Доля обязательных элементов, заполненных без ошибок (0..1). Share of required elements filled and valid." })
  score: number;

  @Field(() => [CompletenessIssueType], { description: "Ошибки (нарушенные требования закона). The errors." })
  issues: CompletenessIssueType[];
}
