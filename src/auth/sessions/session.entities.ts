import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../auth.entities";

/** A user's password (Argon2id hash) and whether it is a temporary one that must be changed. */
@Entity("user_credential")
export class UserCredential {
  @PrimaryColumn("uuid")
  userId: string;

  @OneToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  /** PHC string `$argon2id$v=19$m=…,t=…,p=…$salt$hash`. */
  @Column({ type: "varchar", length: 200 })
  passwordHash: string;

  /** Set by an administrator (temporary password): the user must change it at sign-in. */
  @Column({ type: "boolean", default: true })
  mustChange: boolean;

  @Column({ type: "timestamptz" })
  changedAt: Date;
}

/** Consecutive failed sign-ins per login (known or not, so the answer never reveals which). */
@Entity("sign_in_throttle")
export class SignInThrottle {
  @PrimaryColumn({ type: "varchar", length: 100 })
  login: string;

  @Column({ type: "int", default: 0 })
  failures: number;

  @Column({ type: "timestamptz", nullable: true })
  lockedUntil: Date | null;

  @Column({ type: "timestamptz" })
  lastFailureAt: Date;
}

/** A browser session: the cookie holds a random token, only its SHA-256 is stored. */
@Entity("user_session")
export class UserSession {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("idx_user_session_user_id")
  @Column({ type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Index("uq_user_session_token_hash", { unique: true })
  @Column({ type: "varchar", length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Column({ type: "timestamptz" })
  lastSeenAt: Date;

  /** Idle expiry, moved forward by activity but never past absoluteExpiresAt. */
  @Column({ type: "timestamptz" })
  expiresAt: Date;

  @Column({ type: "timestamptz" })
  absoluteExpiresAt: Date;

  @Column({ type: "timestamptz", nullable: true })
  endedAt: Date | null;

  @Column({ type: "varchar", length: 300, nullable: true })
  userAgent: string | null;
}
