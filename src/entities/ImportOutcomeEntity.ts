import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * What one commit did to one object, with the planner's reasons, and for a written object (CREATE, REPLACE) what
 * the plan gave it beyond its archive record: the commit writes registry_object from these rows joined with the
 * staged records (applyPlan), so they are exactly what was applied.
 */
@Entity({ tableName: 'import_outcome' })
// An object's import history (objectImportHistory.ts) finds its outcomes by UUID.
@Index({ properties: ['uuid'] })
export class ImportOutcomeEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  importId!: string;

  @PrimaryKey({ type: 'integer' })
  line!: number;

  @Property({ type: 'string', length: 64 })
  uuid!: string;

  @Property({ type: 'string', length: 32 })
  kind!: string;

  @Property({ type: 'string', length: 400 })
  name!: string;

  @Property({ type: 'string', length: 16 })
  action!: string;

  @Property({ type: 'json' })
  reasons!: unknown[];

  @Property({ type: 'string', length: 64, nullable: true })
  ownerUuid?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  previousVersionUuid?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  lifecycleModelUuid?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  lifecycleStateUuid?: string | null;

  /** Attributes after policy actions changed them; null: the archive record's own. */
  @Property({ type: 'json', nullable: true })
  attributes?: Record<string, unknown> | null;

  /** USER only: the group memberships written into its fields. */
  @Property({ type: 'json', nullable: true })
  groups?: string[] | null;
}
