import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One commit of a staged archive: who, when, what, with which options, and how it ended. */
@Entity({ tableName: 'import_record' })
export class ImportRecordEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36, nullable: true })
  stagedImportId: string | null = null;

  @Index()
  @Property({ type: 'string', length: 64 })
  userUuid!: string;

  @Index()
  @Property({ type: 'datetime', length: 3 })
  startedAt!: Date;

  @Property({ type: 'datetime', length: 3, nullable: true })
  finishedAt: Date | null = null;

  /** RUNNING, SUCCEEDED or FAILED. */
  @Property({ type: 'string', length: 16 })
  status!: string;

  @Property({ type: 'string', length: 32 })
  phase!: string;

  @Property({ type: 'integer' })
  done = 0;

  @Property({ type: 'integer' })
  total = 0;

  @Property({ type: 'string', length: 64 })
  archiveSha256!: string;

  @Property({ type: 'json', nullable: true })
  signer: Record<string, unknown> | null = null;

  @Property({ type: 'string', length: 32 })
  trust!: string;

  @Property({ type: 'json' })
  options!: Record<string, unknown>;

  @Property({ type: 'json', nullable: true })
  selection: string[] | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  planDigest: string | null = null;

  @Property({ type: 'json' })
  counts: Record<string, number> = {};

  @Property({ type: 'json', nullable: true })
  error: Record<string, unknown> | null = null;

  /** PostgreSQL: the liveness key of the process running the import (db/processLiveness.ts); null on SQLite. */
  @Property({ type: 'integer', nullable: true })
  runner: number | null = null;
}
