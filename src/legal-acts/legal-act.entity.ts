import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
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

  @Field({ description: "Наименование акта. Title." })
  @Column({ type: "varchar", length: 2000 })
  title: string;

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
