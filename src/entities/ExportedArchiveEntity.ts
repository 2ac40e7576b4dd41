import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** An archive this registry wrote; the file lives under the data directory and is served to its creator. */
@Entity({ tableName: 'exported_archive' })
export class ExportedArchiveEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'bigint' })
  size!: number;

  @Property({ type: 'integer' })
  objectCount!: number;

  @Property({ type: 'boolean' })
  signed!: boolean;

  @Property({ type: 'string', length: 16 })
  encryption!: string;

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt!: Date;

  @Property({ type: 'json' })
  manifest!: Record<string, unknown>;

  /**
   * Whether it holds objects whose content their own archive withheld (viewContent false): then it is served to
   * administrators only, whoever made it (AccessControl.canReadContent).
   */
  @Property({ type: 'boolean', default: false })
  contentWithheld: boolean = false;
}
