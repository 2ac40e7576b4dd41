import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One object's step along its promotion trail, as one side saw it: TO (this registry promoted it to another)
 * or FROM (this registry received it by promotion from another).
 */
@Entity({ tableName: 'promotion_record' })
@Index({ properties: ['objectUuid', 'at'] })
export class PromotionRecordEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 4 })
  direction!: string;

  @Property({ type: 'string', length: 64 })
  objectUuid!: string;

  /** The other registry. */
  @Property({ type: 'string', length: 64 })
  registryUuid!: string;

  @Property({ type: 'string', length: 400 })
  registryName!: string;

  @Property({ type: 'string', length: 2048 })
  registryAddress!: string;

  /** The LIFECYCLE_STAGE promoted to (as the source named it), when known. */
  @Property({ type: 'string', length: 64, nullable: true })
  stageUuid: string | null = null;

  @Property({ type: 'string', length: 64 })
  userUuid!: string;

  @Property({ type: 'string', length: 400 })
  userName!: string;

  @Property({ type: 'datetime', length: 3 })
  at!: Date;

  @Property({ type: 'string', length: 64 })
  archiveSha256!: string;

  /** The import on the target that applied it. */
  @Property({ type: 'string', length: 36, nullable: true })
  importRecordId: string | null = null;
}
