import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row: a counter that every write to registry_object or permission_grant advances (database triggers, so no
 * write path can forget it). Everything a plan depends on lives in those two tables, so a plan recorded at a
 * revision still holds while the revision is unchanged, in any process or replica.
 */
@Entity({ tableName: 'registry_revision' })
export class RegistryRevisionEntity {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: 'bigint' })
  revision!: string;
}
