import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Right } from '../domain/objectKind.js';

/**
 * A right granted to a user or a group. VIEW/EDIT name an object (a grant on an organization covers every
 * object of that organization); CREATE names a type key (object type UUID, or a kind name) in an organization.
 */
@Entity({ tableName: 'permission_grant' })
@Index({ properties: ['principalUuid'] })
export class PermissionGrantEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 64 })
  principalUuid!: string;

  @Property({ type: 'string', length: 16 })
  right!: Right;

  @Index()
  @Property({ type: 'string', length: 64, nullable: true })
  objectUuid: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  typeKey: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  organizationUuid: string | null = null;

  @Property({ type: 'string', length: 64 })
  grantedBy!: string;

  @Property({ type: 'datetime', length: 3 })
  grantedAt!: Date;
}
