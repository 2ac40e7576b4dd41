import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * What pass A found about a staged import under the default selection, whatever the options
 * (import/planner/passAFacts.ts), kept so that a plan with any other option set skips reading the records:
 * valid while the registry revision it was gathered at is the current one. One set of parts per staged import and
 * facts key (who plans, where, under which future-timestamp policy); a later revision's facts replace it.
 */
@Entity({ tableName: 'plan_facts' })
export class PlanFactsEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  stagedImportId!: string;

  /** SHA-256 of the planner version, who plans, the registry address and the future-timestamp policy. */
  @PrimaryKey({ type: 'string', length: 64 })
  factsKey!: string;

  /** 0: the header (JSON); then one part per array of the facts, in encodeFacts's order. */
  @PrimaryKey({ type: 'integer' })
  part!: number;

  @Property({ type: 'bigint' })
  revision!: string;

  /** The part's bytes (encodeFacts). */
  @Property({ type: 'blob' })
  data!: Buffer;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
