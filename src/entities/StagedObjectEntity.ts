import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One valid record of a staged archive, kept in SQL so a preview of 100k objects pages instead of loading. */
@Entity({ tableName: 'staged_object' })
@Index({ properties: ['stagedImportId', 'uuid'] })
@Index({ properties: ['stagedImportId', 'kind', 'line'] })
export class StagedObjectEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  stagedImportId!: string;

  /** 1-based line in objects.ndjson: the archive order. */
  @PrimaryKey({ type: 'integer' })
  line!: number;

  @Property({ type: 'string', length: 64 })
  uuid!: string;

  @Property({ type: 'string', length: 32 })
  kind!: string;

  @Property({ type: 'string', length: 400 })
  name!: string;

  @Property({ type: 'string', length: 64 })
  contentDigest!: string;

  /** The archive record as JSON text, exactly as validated. */
  @Property({ type: 'text' })
  record!: string;

  /**
   * ASSET only: its attributes' profile (AttributeProfile as JSON), so planning validates them against their
   * type without reading the values (the planner's records go without them).
   */
  @Property({ type: 'text', nullable: true })
  attributeProfile?: string | null;
}
