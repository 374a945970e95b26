import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from "typeorm";
import { Field, Int, ObjectType, UseMiddleware } from "type-graphql";
import { LocalDateResolver } from "../shared/scalars/dates";
import { Node } from "../shared/relay/node";
import { toGlobalId } from "../shared/relay/global-id";
import { describeEnum } from "../shared/enum";
import { Service } from "../services/service.entity";
import { StandardContent } from "./content/standard-content";
import { LegalAct } from "../legal-acts/legal-act.entity";
import { InternalVersionField } from "../auth/internal-field";

/** The stored lifecycle of a version: what has been done to it, whatever the date (README, "Statuses"). */
export enum StandardVersionStatus {
  DRAFT = "DRAFT",
  IN_REVIEW = "IN_REVIEW",
  PUBLISHED = "PUBLISHED",
  WITHDRAWN = "WITHDRAWN",
}
describeEnum(
  StandardVersionStatus,
  "StandardVersionStatus",
  "Этап жизненного цикла версии (что с ней сделано, независимо от даты); действует ли она сегодня — поле state. Lifecycle stage of a version, independent of the date; see `state` for today.",
  {
    DRAFT: "Черновик (редактируется). Draft, editable.",
    IN_REVIEW: "На согласовании. In review.",
    PUBLISHED: "Опубликована: действует с effectiveFrom до effectiveTo (не включая; null — бессрочно). Published: in force from effectiveFrom until effectiveTo (exclusive; null: open-ended).",
    WITHDRAWN: "Отозвана (с указанием причины): действие прекращено с момента отзыва. Withdrawn, with a reason: force ended at withdrawal.",
  },
);

/** A version of a service's standard; its content is one JSONB document (read whole, immutable once published). */
@Entity("standard_version")
@Unique("uq_standard_version_number", ["serviceId", "number"])
@Index("uq_standard_version_open_draft", ["serviceId"], { unique: true, where: `"status" IN ('DRAFT', 'IN_REVIEW')` })
@Index("uq_standard_version_published", ["serviceId"], { unique: true, where: `"status" = 'PUBLISHED' AND "effective_to" IS NULL` })
@Index("idx_standard_version_in_force", ["serviceId", "effectiveFrom"])
@ObjectType({ implements: Node, description: "Версия стандарта предоставления услуги. A version of a service standard." })
export class StandardVersion implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("StandardVersion", this.id);
  }

  @Index("idx_standard_version_service_id")
  @Column({ type: "uuid" })
  serviceId: string;

  @ManyToOne(() => Service, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "service_id" })
  service?: Service;

  @Field(() => Int, { description: "Номер версии в пределах услуги (1, 2, ...). Version number within the service." })
  @Column({ type: "int" })
  number: number;

  @Field(() => StandardVersionStatus, { description: "Этап жизненного цикла (хранится). Lifecycle stage (stored)." })
  @Column({ type: "enum", enum: StandardVersionStatus, enumName: "standard_version_status", default: StandardVersionStatus.DRAFT })
  status: StandardVersionStatus;

  /** Exposed by StandardResolver.content: a version read as a summary (catalogue pages) loads it on demand. */
  @Column({ type: "jsonb" })
  content: StandardContent;

  @Field({ description: "SHA-256 канонического JSON содержания. SHA-256 of the canonical content JSON." })
  @Column({ type: "varchar", length: 64 })
  contentHash: string;

  @Field(() => Int, {
    description: "Ревизия черновика: увеличивается при каждом изменении; передаётся в expectedRevision. Draft revision for optimistic locking.",
  })
  @Column({ type: "int", default: 1 })
  revision: number;

  @Field(() => LocalDateResolver, { nullable: true, description: "Дата вступления в силу. Effective from." })
  @Column({ type: "date", nullable: true })
  effectiveFrom: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Дата, с которой версия перестала действовать. Effective until (exclusive)." })
  @Column({ type: "date", nullable: true })
  effectiveTo: string | null;

  @Field(() => Date, { nullable: true, description: "Когда опубликована. Published at." })
  @Column({ type: "timestamptz", nullable: true })
  publishedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Описание изменений. Change note." })
  @Column({ type: "text", nullable: true })
  changeNote: string | null;

  /** The act approving (or amending) the regulation that contains this version; resolved by a field resolver. */
  @Column({ type: "uuid", nullable: true })
  approvingActId: string | null;

  @ManyToOne(() => LegalAct, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "approving_act_id" })
  approvingAct?: LegalAct | null;

  @Field(() => String, { nullable: true, description: "Замечания при возврате на доработку. Remarks given when returned to draft." })
  @UseMiddleware(InternalVersionField)
  @Column({ type: "text", nullable: true })
  reviewRemarks: string | null;

  @Field(() => Date, { nullable: true, description: "Когда направлена на согласование. Submitted for review at." })
  @UseMiddleware(InternalVersionField)
  @Column({ type: "timestamptz", nullable: true })
  submittedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Кто направил на согласование. Submitted by." })
  @UseMiddleware(InternalVersionField)
  @Column({ type: "varchar", length: 300, nullable: true })
  submittedBy: string | null;

  @Field(() => String, { nullable: true, description: "Причина отзыва. Reason of withdrawal." })
  @Column({ type: "text", nullable: true })
  withdrawalReason: string | null;

  @Field(() => Date, { nullable: true, description: "Когда отозвана. Withdrawn at." })
  @Column({ type: "timestamptz", nullable: true })
  withdrawnAt: Date | null;

  /** The version this draft was copied from. */
  @Column({ type: "uuid", nullable: true })
  basedOnId: string | null;

  @Field(() => String, { nullable: true, description: "Автор версии. Author." })
  @UseMiddleware(InternalVersionField)
  @Column({ type: "varchar", length: 300, nullable: true })
  createdBy: string | null;

  @Field(() => String, { nullable: true, description: "Кто опубликовал. Published by." })
  @UseMiddleware(InternalVersionField)
  @Column({ type: "varchar", length: 300, nullable: true })
  publishedBy: string | null;

  @Field({ description: "Когда создана. Created at." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field({ description: "Когда изменена. Updated at." })
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
