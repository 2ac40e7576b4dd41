import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A plan of a staged import, stored so that its preview pages and its commit need not plan again: valid while
 * the registry revision it was made at is the current one. Its decisions are import_plan_decision rows. A plan
 * made at a later revision is a new row, so a reader of an older one never sees its rows vanish mid-request.
 */
@Entity({ tableName: 'import_plan' })
@Unique({ properties: ['stagedImportId', 'planKey', 'revision'] })
export class ImportPlanEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Index()
  @Property({ type: 'string', length: 36 })
  stagedImportId!: string;

  /** SHA-256 of who planned with which options, selection and registry address (planStagedImport's key). */
  @Property({ type: 'string', length: 64 })
  planKey!: string;

  /** The registry revision read before any input of the plan was. */
  @Property({ type: 'bigint' })
  revision!: string;

  @Property({ type: 'string', length: 64 })
  digest!: string;

  @Property({ type: 'json' })
  counts!: Record<string, number>;

  /** The decisions by action and kind, and by action and reason code (PlanBreakdown); null in plans stored before. */
  @Property({ type: 'json', nullable: true })
  breakdown!: unknown;

  @Property({ type: 'json' })
  blocking!: unknown[];

  @Property({ type: 'integer' })
  objectCount!: number;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
