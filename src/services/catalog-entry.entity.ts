import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from "typeorm";
import { StandardVersion, StandardVersionStatus } from "../standards/standard-version.entity";

/**
 * Derived catalogue row of a published (or withdrawn) version: only what the
 * portal's search and filters read, so that a query over 100,000 services touches
 * narrow rows instead of standard versions. Written by a trigger on standard_version in
 * the same transaction (see migrations); never written by the application (its role may
 * not, and a trigger refuses any other writer).
 */
@Entity("catalog_entry")
@Index("idx_catalog_entry_service_id", ["serviceId"])
@Index("idx_catalog_entry_search_published", { synchronize: false })
@Index("idx_catalog_entry_channels_published", { synchronize: false })
@Index("idx_catalog_entry_applicants_published", { synchronize: false })
@Index("idx_catalog_entry_ended", { synchronize: false })
@Index("idx_catalog_entry_delegated", { synchronize: false })
@Index("idx_catalog_entry_authority", { synchronize: false })
export class CatalogEntry {
  @PrimaryColumn({ type: "uuid" })
  versionId: string;

  @OneToOne(() => StandardVersion, { onDelete: "CASCADE" })
  @JoinColumn({ name: "version_id" })
  version?: StandardVersion;

  @Column({ type: "uuid" })
  serviceId: string;

  @Column({ type: "enum", enum: StandardVersionStatus, enumName: "standard_version_status" })
  status: StandardVersionStatus;

  @Column({ type: "date" })
  effectiveFrom: string;

  @Column({ type: "date", nullable: true })
  effectiveTo: string | null;

  @Column({ type: "timestamptz", nullable: true })
  publishedAt: Date | null;

  /** Russian full-text vector: name (A), keywords (B), results (C). */
  @Column({ type: "tsvector", select: false })
  searchVector: string;

  /** Submission channels of the version. */
  @Column({ type: "text", array: true })
  channels: string[];

  /** Legal forms of its applicant categories. */
  @Column({ type: "text", array: true })
  applicantForms: string[];

  @Column({ type: "boolean" })
  free: boolean;

  @Column({ type: "boolean" })
  extraterritorial: boolean;

  /** The level whose power the provider exercises when it is delegated (provider.delegatedFrom). */
  @Column({ type: "text", nullable: true })
  delegatedFrom: string | null;

  /** The providing body (the service's authority; moved with it): territory and authority pages. */
  @Column({ type: "uuid" })
  authorityId: string;

  /** The service's registry name (renamed with it): the NAME order of a territory page. */
  @Column({ type: "varchar" })
  name: string;

  /** Channels of every variant of the version (the service-level ones without variants). */
  @Column({ type: "text", array: true })
  variantChannels: string[];
}
