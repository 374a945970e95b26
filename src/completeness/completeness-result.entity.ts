import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { StandardVersion } from "../standards/standard-version.entity";
import { StandardKind } from "../services/service.entity";

/**
 * Derived data: the completeness verdict of a version for its content hash, profile
 * and rules version. Written in the transaction that changes a draft; recomputed
 * lazily when the rules change. Feeds completenessSummary without re-evaluating.
 */
@Entity("completeness_result")
export class CompletenessResult {
  @PrimaryColumn({ type: "uuid" })
  versionId: string;

  @OneToOne(() => StandardVersion, { onDelete: "CASCADE" })
  @JoinColumn({ name: "version_id" })
  version?: StandardVersion;

  @Column({ type: "varchar", length: 64 })
  contentHash: string;

  @Column({ type: "enum", enum: StandardKind, enumName: "standard_kind" })
  profile: StandardKind;

  @Column({ type: "varchar", length: 64 })
  rulesVersion: string;

  @Column({ type: "boolean" })
  complete: boolean;

  @Column({ type: "real" })
  score: number;

  /** Codes of the rules with an ERROR issue (each once). */
  @Column({ type: "text", array: true })
  errorRules: string[];

  /** Codes of the rules with a WARNING issue (each once). */
  @Column({ type: "text", array: true })
  warningRules: string[];

  @UpdateDateColumn({ type: "timestamptz" })
  computedAt: Date;
}
