import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../scalars.js';
import { ActionCounts } from './importPlan.type.js';
import { NamedRef } from './stagedImport.type.js';

export enum IncomingPromotionStatus {
  PENDING = 'PENDING',
  COMMITTING = 'COMMITTING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(IncomingPromotionStatus, {
  name: 'IncomingPromotionStatus',
  description: 'PENDING: waiting for one of this registry’s users; COMMITTING: an approver’s commit runs; APPROVED: committed; REJECTED: refused, nothing imported.',
});

export enum PromotionApprovalStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(PromotionApprovalStatus, { name: 'PromotionApprovalStatus', description: 'Where a promotion held by its target stands, as this registry last asked.' });

@ObjectType({
  description:
    'A promotion another registry staged here while this registry requires approval (REQUIRE_PROMOTION_APPROVAL): it waits until one of this registry’s users approves (commits) or rejects it.',
})
export class IncomingPromotion {
  @Field(() => ID)
  id!: string;

  @Field(() => IncomingPromotionStatus)
  status!: IncomingPromotionStatus;

  @Field(() => NamedRef, { description: 'The source registry (from the signed manifest).' })
  sourceRegistry!: NamedRef;

  @Field(() => String, { nullable: true, description: 'The source registry’s address (from the signed manifest).' })
  sourceAddress!: string | null;

  @Field(() => NamedRef, { description: 'Who exported it on the source (from the signed manifest).' })
  exportedBy!: NamedRef;

  @Field(() => NamedRef, { description: 'This registry’s user the source’s credential acts as.' })
  requestedBy!: NamedRef;

  @Field(() => DateTimeScalar)
  requestedAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The LIFECYCLE_STAGE promoted to, as the source named it.' })
  stage!: string | null;

  @Field({ description: 'Hex SHA-256 of the promoted archive.' })
  archiveSha256!: string;

  @Field(() => Int)
  objectCount!: number;

  @Field(() => ActionCounts, { description: 'The preview the source saw (planned with its credential user’s rights). See preview for yours.' })
  counts!: ActionCounts;

  @Field(() => ID, { description: 'The staged import held here (the requesting user’s).' })
  stagedImportId!: string;

  @Field(() => NamedRef, { nullable: true, description: 'Who approved or rejected it (COMMITTING, APPROVED, REJECTED).' })
  decidedBy!: NamedRef | null;

  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'REJECTED: why, as the rejecting user wrote it.' })
  reason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The approver’s import record (COMMITTING, APPROVED).' })
  importRecordId!: string | null;
}

@ObjectType({ description: 'PROMOTE operations whose target holds them for approval: where they stand, as this registry last asked (refreshPromotionApproval).' })
export class PromotionApproval {
  @Field(() => PromotionApprovalStatus)
  status!: PromotionApprovalStatus;

  @Field(() => ID, { description: 'The held promotion on the target (its incomingPromotion).' })
  incomingPromotionId!: string;

  @Field(() => NamedRef, { nullable: true, description: 'The target’s user who approved or rejected it.' })
  decidedBy!: NamedRef | null;

  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => ID, { nullable: true, description: 'APPROVED: the target’s import record.' })
  importRecordId!: string | null;

  @Field(() => DateTimeScalar, { description: 'When this registry last asked the target.' })
  checkedAt!: Date;
}
