import { Column, CreateDateColumn, Entity, Generated, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { Node } from "../shared/relay/node";
import { toGlobalId } from "../shared/relay/global-id";

/**
 * Append-only audit log: one record per mutation, written in the mutation's own
 * transaction. A trigger rejects UPDATE, DELETE and TRUNCATE; another links each entry
 * to the previous one by its hash (a chain per registry, see migrations and audit-chain.ts).
 */
@Entity("audit_entry")
@ObjectType({ implements: Node, description: "Запись журнала аудита: кто, когда и что изменил. An audit log record." })
export class AuditEntry implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("AuditEntry", this.id);
  }

  /** Insertion order: the log's total order and its pagination key. */
  @Index("uq_audit_entry_seq", { unique: true })
  @Column({ type: "bigint" })
  @Generated("increment")
  seq: string;

  @Field({ description: "Когда. When." })
  @Index("idx_audit_entry_occurred_at")
  @CreateDateColumn({ type: "timestamptz" })
  occurredAt: Date;

  @Field(() => String, { nullable: true, description: "Кто (пользователь или системный процесс). Actor." })
  @Index("idx_audit_entry_actor")
  @Column({ type: "varchar", length: 300, nullable: true })
  actor: string | null;

  @Field({ description: "Действие (имя операции), например standardVersionPublish. Action." })
  @Column({ type: "varchar", length: 100 })
  action: string;

  @Field({ description: "Тип изменённого объекта. Type of the changed object." })
  @Column({ type: "varchar", length: 50 })
  entityType: string;

  @Column({ type: "uuid" })
  entityId: string;

  @Index("idx_audit_entry_service_id")
  @Column({ type: "uuid", nullable: true })
  serviceId: string | null;

  @Column({ type: "uuid", nullable: true })
  versionId: string | null;

  @Index("idx_audit_entry_authority_id")
  @Column({ type: "uuid", nullable: true })
  authorityId: string | null;

  @Field(() => String, { nullable: true, description: "Хеш содержания до изменения. Content hash before." })
  @Column({ type: "varchar", length: 64, nullable: true })
  hashBefore: string | null;

  @Field(() => String, { nullable: true, description: "Хеш содержания после изменения. Content hash after." })
  @Column({ type: "varchar", length: 64, nullable: true })
  hashAfter: string | null;

  @Field(() => GraphQLJSON, { description: "Изменения (JSON). The changes as JSON." })
  @Column({ type: "jsonb" })
  changes: unknown;

  /** Hash of the previous entry of the chain (null for the first); set by the database. */
  @Field(() => String, { nullable: true, description: "Хеш предыдущей записи цепочки (null для первой). Hash of the previous entry in the chain." })
  @Column({ type: "varchar", length: 64, nullable: true, insert: false, update: false })
  prevHash: string | null;

  /** SHA-256 over this entry and prevHash (audit_entry_hash in the migrations); set by the database. */
  @Field({ description: "Хеш записи (SHA-256 её полей и хеша предыдущей записи). Hash of the entry and its predecessor's hash." })
  @Column({ type: "varchar", length: 64, insert: false, update: false })
  hash: string;
}
