import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Another registry this one talks to through its public GraphQL API. The credential (a bearer token the remote
 * issued) is stored sealed (src/remote/credentialSealing.ts), never in clear. The identity the first connection
 * saw (registry UUID, signing certificate fingerprint) is kept; a later call that sees another one is refused
 * until an administrator accepts the observed one.
 */
@Entity({ tableName: 'remote_registry' })
export class RemoteRegistryEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 200, unique: true })
  name!: string;

  /** The remote's GraphQL endpoint (https, or http on a loopback address only). */
  @Property({ type: 'string', length: 2048 })
  address!: string;

  /** AES-256-GCM sealed bearer token: `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url). */
  @Property({ type: 'text' })
  sealedCredential!: string;

  /** PEM CA bundle the remote's TLS certificate must chain to; null for the system's CAs. */
  @Property({ type: 'text', nullable: true })
  caCertificatesPem: string | null = null;

  /** SHA-256 fingerprint (hex) the remote's TLS certificate must have; null for none pinned. */
  @Property({ type: 'string', length: 64, nullable: true })
  pinnedCertificateSha256: string | null = null;

  @Property({ type: 'integer' })
  timeoutMs!: number;

  @Property({ type: 'string', length: 64, nullable: true })
  registryUuid: string | null = null;

  @Property({ type: 'string', length: 400, nullable: true })
  registryName: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  signerFingerprint: string | null = null;

  /** The identity last seen that differs from the recorded one, waiting for an administrator to accept it. */
  @Property({ type: 'string', length: 64, nullable: true })
  observedRegistryUuid: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  observedSignerFingerprint: string | null = null;

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt!: Date;

  @Property({ type: 'datetime', length: 3 })
  updatedAt!: Date;

  @Property({ type: 'datetime', length: 3, nullable: true })
  identityRecordedAt: Date | null = null;
}
