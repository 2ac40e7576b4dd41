import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A symmetric key of this server, kept in the database with its key pairs (server_key), that seals secrets at
 * rest (remote registry credentials) with AES-256-GCM. Never leaves the server: no query returns it and the key
 * store export does not carry it.
 */
@Entity({ tableName: 'sealing_key' })
export class SealingKeyEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** 32 random bytes, base64. */
  @Property({ type: 'string', length: 64 })
  keyBase64!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt!: Date;
}
