import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** An uploaded archive that passed verification and waits, server-side, for preview and commit. */
@Entity({ tableName: 'staged_import' })
export class StagedImportEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** The user who staged it: nobody else may see or commit it. */
  @Index()
  @Property({ type: 'string', length: 64 })
  ownerUuid!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt!: Date;

  @Index()
  @Property({ type: 'datetime', length: 3 })
  expiresAt!: Date;

  @Property({ type: 'string', length: 255, nullable: true })
  fileName: string | null = null;

  @Property({ type: 'string', length: 64 })
  archiveSha256!: string;

  @Property({ type: 'bigint' })
  archiveSize!: number;

  @Property({ type: 'json' })
  manifest!: Record<string, unknown>;

  /** SIGNED_TRUSTED, SIGNED_UNTRUSTED or UNSIGNED. */
  @Property({ type: 'string', length: 32 })
  trust!: string;

  /** { subject, issuer, fingerprintSha256, notBefore, notAfter, pem, signingTime } of the signer, when signed. */
  @Property({ type: 'json', nullable: true })
  signer: Record<string, unknown> | null = null;

  @Property({ type: 'boolean' })
  encrypted!: boolean;

  @Property({ type: 'integer' })
  objectCount!: number;

  /** Records that failed validation: { line, path, message }[] (capped), and their total count. */
  @Property({ type: 'json' })
  problems!: unknown[];

  @Property({ type: 'integer' })
  problemCount!: number;
}
