import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, InputType, ObjectType } from "type-graphql";
import { IsOptional, IsUrl, MaxLength } from "class-validator";
import { OptionalText } from "../shared/validation/fields";
import { LocalDateResolver } from "../shared/scalars/dates";
import { Node } from "../shared/relay/node";
import { toGlobalId } from "../shared/relay/global-id";
import { describeEnum } from "../shared/enum";

export enum LegalActType {
  CONSTITUTION = "CONSTITUTION",
  FEDERAL_CONSTITUTIONAL_LAW = "FEDERAL_CONSTITUTIONAL_LAW",
  FEDERAL_LAW = "FEDERAL_LAW",
  CODE = "CODE",
  PRESIDENTIAL_DECREE = "PRESIDENTIAL_DECREE",
  GOVERNMENT_DECREE = "GOVERNMENT_DECREE",
  GOVERNMENT_ORDER = "GOVERNMENT_ORDER",
  FEDERAL_BODY_ACT = "FEDERAL_BODY_ACT",
  REGIONAL_LAW = "REGIONAL_LAW",
  REGIONAL_ACT = "REGIONAL_ACT",
  MUNICIPAL_ACT = "MUNICIPAL_ACT",
}
const LEGAL_ACT_TYPE_LABELS: Record<LegalActType, string> = {
  CONSTITUTION: "Конституция Российской Федерации. The Constitution.",
  FEDERAL_CONSTITUTIONAL_LAW: "Федеральный конституционный закон. Federal constitutional law.",
  FEDERAL_LAW: "Федеральный закон. Federal law.",
  CODE: "Кодекс Российской Федерации. Federal code.",
  PRESIDENTIAL_DECREE: "Указ Президента Российской Федерации. Presidential decree.",
  GOVERNMENT_DECREE: "Постановление Правительства Российской Федерации. Government decree.",
  GOVERNMENT_ORDER: "Распоряжение Правительства Российской Федерации. Government order.",
  FEDERAL_BODY_ACT: "Акт федерального органа исполнительной власти (приказ и т.п.). Act of a federal executive body.",
  REGIONAL_LAW: "Закон субъекта Российской Федерации. Regional law.",
  REGIONAL_ACT: "Иной нормативный правовой акт субъекта Российской Федерации. Other regional act.",
  MUNICIPAL_ACT: "Муниципальный правовой акт. Municipal act.",
};
describeEnum(LegalActType, "LegalActType", "Вид нормативного правового акта. Type of legal act.", LEGAL_ACT_TYPE_LABELS);

/** The Russian name of an act's type ("Федеральный закон"). */
export function legalActTypeTitle(type: LegalActType): string {
  return LEGAL_ACT_TYPE_LABELS[type].split(". ")[0];
}

const FEDERAL_TYPES = new Set<LegalActType>([
  LegalActType.CONSTITUTION,
  LegalActType.FEDERAL_CONSTITUTIONAL_LAW,
  LegalActType.FEDERAL_LAW,
  LegalActType.CODE,
  LegalActType.PRESIDENTIAL_DECREE,
  LegalActType.GOVERNMENT_DECREE,
  LegalActType.GOVERNMENT_ORDER,
  LegalActType.FEDERAL_BODY_ACT,
]);

export function isFederalActType(type: LegalActType): boolean {
  return FEDERAL_TYPES.has(type);
}

/** Numbers of the two parts of the Tax Code: part one 31.07.1998 № 146-ФЗ, part two (chapter 25.3, the state duty) 05.08.2000 № 117-ФЗ. */
const TAX_CODE_NUMBERS = new Set(["146-фз", "117-фз"]);

/** The act is the Tax Code of the Russian Federation (by its title, or, when no title was read, by its number). */
export function isTaxCode(act: Pick<LegalAct, "type" | "number" | "title">): boolean {
  if (act.type !== LegalActType.CODE) return false;
  if (act.title && /налогов/iu.test(act.title)) return true;
  return TAX_CODE_NUMBERS.has(act.number.replace(/^№\s*/u, "").replace(/\s+/gu, "").toLowerCase());
}

/** An act that amended this one, as the source lists it («в ред. постановлений от 21.12.2012 № 3049, …»). */
@ObjectType("LegalActAmendment", { description: "Акт, которым внесены изменения (из списка изменяющих документов). An amending act." })
@InputType("LegalActAmendmentInput", { description: "Акт, которым внесены изменения: номер и дата (вид и орган — если отличаются от изменяемого акта). An amending act." })
export class LegalActAmendment {
  @Field(() => LegalActType, { nullable: true, description: "Вид акта, если отличается от вида изменяемого акта. Type, if different." })
  type?: LegalActType | null;

  @Field(() => String, { nullable: true, description: "Орган, принявший акт, если отличается. Issuer, if different." })
  @OptionalText(500)
  issuer?: string | null;

  @Field(() => String, { nullable: true, description: "Номер. Number." })
  @OptionalText(100)
  number?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Дата принятия (ГГГГ-ММ-ДД). Date." })
  date?: string | null;

  @Field(() => String, { nullable: true, description: "Наименование, если известно. Title, if known." })
  @OptionalText(2000)
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Ссылка на публикацию. Publication link." })
  @IsOptional()
  @MaxLength(2000, { message: "Длина текста не должна превышать 2000 символов" })
  @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "Ссылка должна быть адресом http(s)" })
  url?: string | null;
}

@Entity("legal_act")
@Index("uq_legal_act_identity", ["type", "issuer", "number", "date"], { unique: true })
@Index("idx_legal_act_search", { synchronize: false })
@Index("uq_legal_act_identity_ci", { synchronize: false })
@ObjectType({ implements: Node, description: "Нормативный правовой акт (общая запись, на которую ссылаются стандарты). A legal act shared by standards." })
export class LegalAct implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("LegalAct", this.id);
  }

  @Field(() => LegalActType, { description: "Вид акта. Type." })
  @Column({ type: "enum", enum: LegalActType, enumName: "legal_act_type" })
  type: LegalActType;

  @Field({ description: "Орган, принявший акт. Issuing body." })
  @Column({ type: "varchar", length: 500 })
  issuer: string;

  @Field({ description: "Номер акта, например \"210-ФЗ\". Number." })
  @Column({ type: "varchar", length: 100 })
  number: string;

  @Field(() => LocalDateResolver, { description: "Дата принятия (ГГГГ-ММ-ДД). Date of adoption." })
  @Column({ type: "date" })
  date: string;

  @Field(() => String, { nullable: true, description: "Наименование акта (null, если в источнике приведены только вид, орган, номер и дата). Title, when known." })
  @Column({ type: "varchar", length: 2000, nullable: true })
  title: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "Дата действующей редакции акта («в ред. от …»), если она указана в источнике. Date of the current edition.",
  })
  @Column({ type: "date", nullable: true })
  editionDate: string | null;

  /** The amending acts as stored (null on records made before they had a place). */
  @Column({ name: "amendments", type: "jsonb", nullable: true })
  storedAmendments: LegalActAmendment[] | null;

  @Field(() => [LegalActAmendment], {
    description: "Акты, которыми в этот акт внесены изменения (список изменяющих документов), в порядке источника. Amending acts, in the source's order.",
  })
  get amendments(): LegalActAmendment[] {
    return this.storedAmendments ?? [];
  }

  @Field(() => String, { nullable: true, description: "Ссылка на официальное опубликование. Official publication link." })
  @Column({ type: "varchar", length: 2000, nullable: true })
  url: string | null;

  @Field({ description: "Федеральный уровень акта (для п. 3 ч. 2 ст. 14). Whether the act is federal." })
  get federal(): boolean {
    return isFederalActType(this.type);
  }

  @Field({ description: "Когда внесён в реестр. Created at." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
