import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * What this registry and one remote last agreed an element was: the content digest both copies had when a
 * package synchronization last left them equal. Comparing each side's digest now with it tells which side
 * changed since (both: a conflict). Kept per remote and element, on this side only.
 */
@Entity({ tableName: 'remote_sync_state' })
@Unique({ properties: ['remoteId', 'objectUuid'] })
export class RemoteSyncStateEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  remoteId!: string;

  @Property({ type: 'string', length: 64 })
  objectUuid!: string;

  /** contentDigest of the record both sides held. */
  @Property({ type: 'string', length: 64 })
  digest!: string;

  @Property({ type: 'datetime', length: 3 })
  syncedAt!: Date;
}
