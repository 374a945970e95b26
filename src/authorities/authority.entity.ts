import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "../shared/relay/node";
import { toGlobalId } from "../shared/relay/global-id";
import { GovernmentLevel } from "../shared/enums";
import { OKTMO_DESCRIPTION } from "./authority.inputs";

@Entity("authority")
@Index("idx_authority_oktmo_prefix", { synchronize: false })
@ObjectType({ implements: Node, description: "Орган, предоставляющий услуги (орган власти, орган местного самоуправления, фонд). A providing body." })
export class Authority implements Node {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  get globalId(): string {
    return toGlobalId("Authority", this.id);
  }

  @Field({ description: "Полное наименование. Full name." })
  @Column({ type: "varchar", length: 1000 })
  name: string;

  @Field(() => String, { nullable: true, description: "Краткое наименование. Short name." })
  @Column({ type: "varchar", length: 300, nullable: true })
  shortName: string | null;

  @Field(() => GovernmentLevel, { description: "Уровень власти. Level of government." })
  @Column({ type: "enum", enum: GovernmentLevel, enumName: "government_level" })
  level: GovernmentLevel;

  @Field(() => String, {
    nullable: true,
    description: OKTMO_DESCRIPTION,
  })
  @Index("idx_authority_oktmo")
  @Column({ type: "varchar", length: 11, nullable: true })
  oktmo: string | null;

  @Index("idx_authority_parent_id")
  @Column({ type: "uuid", nullable: true })
  parentId: string | null;

  @ManyToOne(() => Authority, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "parent_id" })
  parent?: Authority | null;

  @Field({
    description:
      "Принцип четырёх глаз: направивший версию на согласование не может её опубликовать. Four-eyes rule: the submitter may not publish.",
  })
  @Column({ type: "boolean", default: true })
  fourEyes: boolean;

  @Field({ description: "Когда создан. Created at." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field({ description: "Когда изменён. Updated at." })
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
