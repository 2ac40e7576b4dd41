import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One piece of remote work (test a remote, get a remote package, promote, commit a promotion) with its progress,
 * kept in the database so that any replica answers a poll. Ends SUCCEEDED with a result, or FAILED saying which
 * side failed and why.
 */
@Entity({ tableName: 'remote_operation' })
@Index({ properties: ['userUuid', 'startedAt'] })
export class RemoteOperationEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 32 })
  kind!: string;

  @Property({ type: 'string', length: 36 })
  remoteId!: string;

  @Property({ type: 'string', length: 64 })
  userUuid!: string;

  @Property({ type: 'string', length: 16 })
  status!: string;

  @Property({ type: 'string', length: 32 })
  phase!: string;

  @Property({ type: 'integer' })
  done!: number;

  @Property({ type: 'integer' })
  total!: number;

  @Property({ type: 'datetime', length: 3 })
  startedAt!: Date;

  @Property({ type: 'datetime', length: 3, nullable: true })
  finishedAt: Date | null = null;

  /** What the operation produced (ids, digests, counts): see src/remote/remoteOperations.ts. */
  @Property({ type: 'json', nullable: true })
  result: Record<string, unknown> | null = null;

  /** `{ side, code, message, remoteCode }` when FAILED. */
  @Property({ type: 'json', nullable: true })
  error: Record<string, unknown> | null = null;
}
