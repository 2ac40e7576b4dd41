import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** What one commit did to one object, with the planner's reasons. */
@Entity({ tableName: 'import_outcome' })
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
}
