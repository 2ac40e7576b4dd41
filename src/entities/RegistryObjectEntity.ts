import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { ObjectKind } from '../domain/objectKind.js';

/**
 * Every importable thing is one row here: the columns every kind shares, plus the kind's own fields as JSON.
 * One table keeps identity (the UUID), references and archive records uniform across kinds.
 */
@Entity({ tableName: 'registry_object' })
// The explorer's pages of one kind in (name, uuid) order straight from the index, ties included.
@Index({ properties: ['kind', 'name', 'uuid'] })
// An organization's objects in UUID order straight from the index: exporting an organization reads it in
// keyset pages (organizationQueries.ts); it also serves every lookup by organization alone.
@Index({ properties: ['organizationUuid', 'uuid'] })
export class RegistryObjectEntity {
  /** Kept exactly as given: a plain UUID or the CentraSite form `uddi:<uuid>`. */
  @PrimaryKey({ type: 'string', length: 64 })
  uuid!: string;

  @Property({ type: 'string', length: 32 })
  kind!: ObjectKind;

  @Property({ type: 'string', length: 400 })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Index()
  @Property({ type: 'string', length: 64, nullable: true })
  ownerUuid: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  organizationUuid: string | null = null;

  /** ASSET only: the OBJECT_TYPE it instantiates (duplicated from fields for filtering). */
  @Index()
  @Property({ type: 'string', length: 64, nullable: true })
  objectTypeUuid: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt!: Date;

  /**
   * Time of the last change: the clock import conflicts are decided on. Every change advances it, so it is also
   * the concurrency check of the ORM's updates (`where uuid = ? and timestamp = <as read>`): an update that finds
   * the object changed or replaced since it was read matches no row and fails (OptimisticLockError).
   */
  @Property({ type: 'datetime', length: 3, concurrencyCheck: true })
  timestamp!: Date;

  @Property({ type: 'string', length: 64, nullable: true })
  version: string | null = null;

  @Index()
  @Property({ type: 'string', length: 64, nullable: true })
  previousVersionUuid: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  lifecycleModelUuid: string | null = null;

  @Index()
  @Property({ type: 'string', length: 64, nullable: true })
  lifecycleStateUuid: string | null = null;

  @Property({ type: 'json' })
  attributes: Record<string, unknown> = {};

  /** The kind's own fields (see domain/kindFields.ts). */
  @Property({ type: 'json' })
  fields: Record<string, unknown> = {};

  /** Protection flags: true unless the object arrived in an archive that withheld them. */
  @Property({ type: 'boolean', default: true })
  viewContent = true;

  @Property({ type: 'boolean', default: true })
  rePackageable = true;

  @Property({ type: 'boolean', default: true })
  editable = true;
}
