import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "../shared/relay/node";
import { toGlobalId } from "../shared/relay/global-id";
import { GovernmentLevel } from "../shared/enums";
import { describeEnum } from "../shared/enum";
import { Authority } from "../authorities/authority.entity";

export enum StandardKind {
  REGULAR = "REGULAR",
  UNIFIED = "UNIFIED",
}
describeEnum(StandardKind, "StandardKind", "Вид стандарта, определяющий обязательные элементы. Kind of standard: which elements are required.", {
  REGULAR: "Стандарт предоставления услуги (ч. 1 ст. 14): обязательны элементы части 1. Regular standard: part 1 required.",
  UNIFIED: "Единый стандарт (ч. 1 и ч. 2 ст. 14): обязательны все 23 элемента. Unified standard: all 23 elements required.",
});

@Entity("service")
@Index("idx_service_name_id", ["name", "id"])
@Index("uq_service_authority_registry_number", ["authorityId", "registryNumber"], { unique: true })
@Index("uq_service_registry_number_published", ["registryNumber"], { unique: true, where: `"first_published_at" IS NOT NULL` })
@ObjectType({ implements: Node, description: "Государственная или муниципальная услуга: постоянная запись реестра, у которой есть версии стандарта. A public service." })
export class Service implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("Service", this.id);
  }

  /** Unique within an authority and among published services (uq_service_registry_number_published). */
  @Field({ description: "Реестровый номер услуги (например номер в ФРГУ): уникален в органе власти и среди опубликованных услуг. Registry number: unique within an authority and among published services." })
  @Index("idx_service_registry_number")
  @Column({ type: "varchar", length: 64 })
  registryNumber: string;

  @Field({ description: "Наименование услуги в реестре. Name in the registry." })
  @Column({ type: "varchar", length: 2000 })
  name: string;

  @Index("idx_service_authority_id")
  @Column({ type: "uuid" })
  authorityId: string;

  @ManyToOne(() => Authority, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "authority_id" })
  authority?: Authority;

  @Field(() => GovernmentLevel, { description: "Уровень услуги (федеральная, региональная, муниципальная). Level." })
  @Column({ type: "enum", enum: GovernmentLevel, enumName: "government_level" })
  level: GovernmentLevel;

  @Field(() => StandardKind, { description: "Вид стандарта. Kind of standard." })
  @Column({ type: "enum", enum: StandardKind, enumName: "standard_kind", default: StandardKind.REGULAR })
  kind: StandardKind;

  @Field({ description: "Когда создана. Created at." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  /** When its standard was first published (set by the database, once): from then on the service is public. */
  @Column({ type: "timestamptz", nullable: true })
  firstPublishedAt: Date | null;

  @Field({ description: "Когда изменена (в том числе публикация и отзыв версий стандарта). Updated at, including publications and withdrawals." })
  @Index("idx_service_updated_at")
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
