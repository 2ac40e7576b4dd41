import { Entity, Index, PrimaryKey } from '@mikro-orm/core';

/** A named, directed link between registry objects. The target may not exist (a dangling reference). */
@Entity({ tableName: 'object_reference' })
@Index({ properties: ['targetUuid'] })
export class ObjectReferenceEntity {
  @PrimaryKey({ type: 'string', length: 64 })
  sourceUuid!: string;

  @PrimaryKey({ type: 'string', length: 200 })
  name!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  targetUuid!: string;
}
