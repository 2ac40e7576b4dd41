import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A promotion another registry staged here while this registry requires approval (REQUIRE_PROMOTION_APPROVAL):
 * held until one of this registry's own users commits it (APPROVED) or rejects it (REJECTED). The source's
 * credential user only stages and submits; it never commits a held promotion.
 */
@Entity({ tableName: 'incoming_promotion' })
@Index({ properties: ['status', 'requestedAt'] })
export class IncomingPromotionEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** PENDING, COMMITTING (an approver's commit runs), APPROVED or REJECTED. */
  @Property({ type: 'string', length: 16 })
  status!: string;

  /** The staged import held (owned by the requesting user); gone once committed or rejected. */
  @Property({ type: 'string', length: 36 })
  stagedImportId!: string;

  /** The LIFECYCLE_STAGE promoted to, as the source named it. */
  @Property({ type: 'string', length: 64, nullable: true })
  stageUuid: string | null = null;

  /** The source registry, from the signed manifest. */
  @Property({ type: 'string', length: 64 })
  sourceRegistryUuid!: string;

  @Property({ type: 'string', length: 400 })
  sourceRegistryName!: string;

  @Property({ type: 'string', length: 2048, nullable: true })
  sourceRegistryAddress: string | null = null;

  /** Who exported it on the source (the signed manifest's exportedBy). */
  @Property({ type: 'string', length: 64 })
  exportedByUuid!: string;

  @Property({ type: 'string', length: 400 })
  exportedByName!: string;

  /** This registry's user the source's credential acts as. */
  @Property({ type: 'string', length: 64 })
  requestedByUuid!: string;

  @Property({ type: 'string', length: 400 })
  requestedByName!: string;

  @Property({ type: 'datetime', length: 3 })
  requestedAt!: Date;

  @Property({ type: 'string', length: 64 })
  archiveSha256!: string;

  @Property({ type: 'integer' })
  objectCount!: number;

  /** The preview the source saw (planned as the requesting user): create, replace, ignore, reject, skip. */
  @Property({ type: 'json' })
  counts!: Record<string, number>;

  @Property({ type: 'string', length: 64 })
  planDigest!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  decidedByUuid: string | null = null;

  @Property({ type: 'string', length: 400, nullable: true })
  decidedByName: string | null = null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  decidedAt: Date | null = null;

  /** Why it was rejected, as the rejecting user wrote it. */
  @Property({ type: 'string', length: 10_000, nullable: true })
  reason: string | null = null;

  /** The approver's import (COMMITTING, APPROVED). */
  @Property({ type: 'string', length: 36, nullable: true })
  importRecordId: string | null = null;
}
