import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { StandardVersion } from "../standards/standard-version.entity";

/**
 * Derived catalogue row of one variant (Decree 1228) of a published (superseded,
 * withdrawn) version: what the catalogue's per-variant filters read. A version without
 * variants has one row, its implicit variant (ordinal 0, no key), with the service-level
 * values. Written by a trigger on standard_version in the publishing transaction (see
 * migrations), beside catalog_entry; never written by the application.
 */
@Entity("catalog_variant")
@Index("idx_catalog_variant_covering", { synchronize: false })
@Index("idx_catalog_variant_channels", { synchronize: false })
@Index("idx_catalog_variant_applicant_forms", { synchronize: false })
export class CatalogVariant {
  @PrimaryColumn({ type: "uuid" })
  versionId: string;

  /** 0 for the implicit variant; otherwise the variant's position, from 1. */
  @PrimaryColumn({ type: "int" })
  ordinal: number;

  @ManyToOne(() => StandardVersion, { onDelete: "CASCADE" })
  @JoinColumn({ name: "version_id" })
  version?: StandardVersion;

  /** null for the implicit variant. */
  @Column({ type: "text", nullable: true })
  variantKey: string | null;

  @Column({ type: "int", nullable: true })
  number: number | null;

  @Column({ type: "text", nullable: true })
  name: string | null;

  @Column({ type: "text", nullable: true })
  kind: string | null;

  /** Submission channels of the variant (its own, or the service's). */
  @Column({ type: "text", array: true })
  channels: string[];

  /** Legal forms of its applicant categories (its selection, or all of the service's). */
  @Column({ type: "text", array: true })
  applicantForms: string[];

  @Column({ type: "boolean" })
  free: boolean;

  @Column({ type: "boolean" })
  extraterritorial: boolean;
}
