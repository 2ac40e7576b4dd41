import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A key pair and certificate of this server. Exactly one is current; replaced ones stay as history so that
 * archives signed with or encrypted for them still verify and decrypt.
 */
@Entity({ tableName: 'server_key' })
export class ServerKeyEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 64, unique: true })
  fingerprint!: string;

  @Property({ type: 'text' })
  certificatePem!: string;

  @Property({ type: 'text' })
  privateKeyPem!: string;

  @Property({ type: 'boolean' })
  current!: boolean;

  @Property({ type: 'datetime', length: 3 })
  createdAt!: Date;

  @Property({ type: 'datetime', length: 3, nullable: true })
  retiredAt: Date | null = null;
}
