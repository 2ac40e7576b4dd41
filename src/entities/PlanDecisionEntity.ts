import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One decision of a stored plan. The columns a filter or the commit reads are columns; the rest of the decision
 * (selection, inclusion, the registry's copy, references) is one JSON document. The outcome columns have the
 * shape of import_outcome's, so a commit copies them in one statement.
 */
@Entity({ tableName: 'import_plan_decision' })
// Covering: a preview page shows the archive objects its references resolve to, rows scattered across the plan;
// read from the index alone, a fresh process's first page does not fetch a table page for each of them.
@Index({ properties: ['planId', 'uuid', 'line', 'action', 'kind', 'name'] })
export class PlanDecisionEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  planId!: string;

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

  /** The reason codes, space-separated and framed by spaces (` A B `): a reason filter is a LIKE. */
  @Property({ type: 'text' })
  reasonCodes!: string;

  @Property({ type: 'json' })
  reasons!: unknown[];

  /** selectedByDefault, selected, includedBy, existing, references. */
  @Property({ type: 'json' })
  detail!: Record<string, unknown>;

  @Property({ type: 'string', length: 64, nullable: true })
  ownerUuid?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  previousVersionUuid?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  lifecycleModelUuid?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  lifecycleStateUuid?: string | null;

  @Property({ type: 'json', nullable: true })
  attributes?: Record<string, unknown> | null;

  @Property({ type: 'json', nullable: true })
  groups?: string[] | null;
}
