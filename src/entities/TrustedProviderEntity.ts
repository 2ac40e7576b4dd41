import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A signer certificate this registry trusts (Orchestrator's "trusted provider"). */
@Entity({ tableName: 'trusted_provider' })
export class TrustedProviderEntity {
  @PrimaryKey({ type: 'string', length: 64 })
  fingerprint!: string;

  @Property({ type: 'string', length: 500 })
  subject!: string;

  @Property({ type: 'text' })
  certificatePem!: string;

  @Property({ type: 'string', length: 64 })
  addedBy!: string;

  @Property({ type: 'datetime', length: 3 })
  addedAt!: Date;
}
