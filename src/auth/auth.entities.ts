import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "../shared/relay/node";
import { toGlobalId } from "../shared/relay/global-id";
import { describeEnum } from "../shared/enum";
import { Authority } from "../authorities/authority.entity";

export enum Role {
  ADMIN = "ADMIN",
  REGISTRAR = "REGISTRAR",
  APPROVER = "APPROVER",
  AUDITOR = "AUDITOR",
}
describeEnum(Role, "Role", "Роль пользователя. A user's role.", {
  ADMIN: "Администратор: органы власти, акты, пользователи и токены (без привязки к органу). Manages authorities, legal acts, users and tokens.",
  REGISTRAR: "Регистратор: создаёт услуги, редактирует и направляет на согласование черновики своего органа. Creates services, edits and submits drafts.",
  APPROVER: "Согласующий: возвращает, публикует и отзывает версии своего органа. Returns, publishes and withdraws versions.",
  AUDITOR: "Аудитор: читает всё, включая черновики, замечания и журнал аудита, по назначенным органам. Reads everything in scope.",
});

@Entity("app_user")
@ObjectType({ implements: Node, description: "Пользователь реестра. A registry user." })
export class User implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("User", this.id);
  }

  @Field({ description: "Уникальное имя входа (используется в журнале аудита). Unique login." })
  @Index("uq_app_user_login", { unique: true })
  @Column({ type: "varchar", length: 100 })
  login: string;

  @Field({ description: "Имя. Display name." })
  @Column({ type: "varchar", length: 300 })
  name: string;

  @Field({ description: "Активен (неактивный не может войти). Active." })
  @Column({ type: "boolean", default: true })
  active: boolean;

  @Field({ description: "Когда создан. Created at." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}

@Entity("role_assignment")
@Unique("uq_role_assignment", ["userId", "role", "authorityId"])
@ObjectType({ description: "Назначение роли пользователю в органе власти. A role granted in an authority." })
export class RoleAssignment {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("idx_role_assignment_user_id")
  @Column({ type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Field(() => Role, { description: "Роль. Role." })
  @Column({ type: "enum", enum: Role, enumName: "user_role" })
  role: Role;

  /** Null only for ADMIN, which is not tied to an authority. */
  @Column({ type: "uuid", nullable: true })
  authorityId: string | null;

  @ManyToOne(() => Authority, { onDelete: "CASCADE", nullable: true })
  @JoinColumn({ name: "authority_id" })
  authority?: Authority | null;

  @Field({ description: "Распространяется на подчинённые органы. Extends to subordinate authorities." })
  @Column({ type: "boolean", default: false })
  includeSubordinates: boolean;
}

@Entity("api_token")
@ObjectType({ implements: Node, description: "Токен доступа к API (значение показывается один раз; хранится только хеш). An API token." })
export class ApiToken implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("ApiToken", this.id);
  }

  @Index("idx_api_token_user_id")
  @Column({ type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Field({ description: "Назначение токена. Name." })
  @Column({ type: "varchar", length: 200 })
  name: string;

  /** SHA-256 of the token; the token itself is never stored. */
  @Index("uq_api_token_hash", { unique: true })
  @Column({ type: "varchar", length: 64 })
  tokenHash: string;

  @Field({ description: "Начало токена для опознания (например rsr_Ab12). Prefix for recognition." })
  @Column({ type: "varchar", length: 12 })
  prefix: string;

  @Field({ description: "Когда создан. Created at." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "Срок действия. Expires at." })
  @Column({ type: "timestamptz", nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: "Когда отозван. Revoked at." })
  @Column({ type: "timestamptz", nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "Последнее использование (с точностью до часа). Last used (hourly)." })
  @Column({ type: "timestamptz", nullable: true })
  lastUsedAt: Date | null;
}
