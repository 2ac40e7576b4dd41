import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import type { IncomingPromotionEntity } from '../entities/index.js';
import {
  approvePromotion,
  findIncomingPromotion,
  holdPromotion,
  listIncomingPromotions,
  previewIncomingPromotion,
  rejectPromotion,
} from '../remote/promotionApproval.js';
import { HoldPromotionInput } from '../schema/inputs/remoteInputs.js';
import { ImportPlanSummary } from '../schema/types/importPlan.type.js';
import { IncomingPromotion, IncomingPromotionStatus } from '../schema/types/promotionApproval.type.js';
import { summaryOf } from './importPreviewResolver.js';

export function toIncomingView(row: IncomingPromotionEntity): IncomingPromotion {
  const c = row.counts;
  return {
    id: row.id,
    status: row.status as IncomingPromotionStatus,
    sourceRegistry: { uuid: row.sourceRegistryUuid, name: row.sourceRegistryName },
    sourceAddress: row.sourceRegistryAddress,
    exportedBy: { uuid: row.exportedByUuid, name: row.exportedByName },
    requestedBy: { uuid: row.requestedByUuid, name: row.requestedByName },
    requestedAt: row.requestedAt,
    stage: row.stageUuid,
    archiveSha256: row.archiveSha256,
    objectCount: row.objectCount,
    counts: { create: c.create ?? 0, replace: c.replace ?? 0, ignore: c.ignore ?? 0, reject: c.reject ?? 0, skip: c.skip ?? 0 },
    stagedImportId: row.stagedImportId,
    decidedBy: row.decidedByUuid ? { uuid: row.decidedByUuid, name: row.decidedByName ?? '' } : null,
    decidedAt: row.decidedAt,
    reason: row.reason,
    importRecordId: row.importRecordId,
  };
}

/** Approval mode on the receiving side (REQUIRE_PROMOTION_APPROVAL): thin, the work is in src/remote/promotionApproval.ts. */
@Resolver(() => IncomingPromotion)
export class PromotionApprovalResolver {
  @Query(() => Boolean, { description: 'Whether promotions into this registry wait for one of its users to approve them (REQUIRE_PROMOTION_APPROVAL).' })
  promotionApprovalRequired(@Ctx() ctx: GraphQLContext): boolean {
    accessOf(ctx);
    return ctx.app.config.requirePromotionApproval;
  }

  @Mutation(() => IncomingPromotion, {
    description:
      'Holds a promotion you staged here (a registry promoting with this one’s credential does this) until one of this registry’s other users approves or rejects it. Only while approval is required.',
  })
  async holdPromotion(@Arg('input') input: HoldPromotionInput, @Ctx() ctx: GraphQLContext): Promise<IncomingPromotion> {
    return toIncomingView(await holdPromotion(ctx.app, accessOf(ctx).principal, { stagedImportId: input.stagedImportId, stage: input.stage ?? null }));
  }

  @Query(() => [IncomingPromotion], {
    description:
      'Promotions other registries submitted here for approval, newest first, `first` at a time (at most 200); `after`, the id of the last one of the page before, gives the next page.',
  })
  async incomingPromotions(
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => IncomingPromotionStatus, { nullable: true }) status: IncomingPromotionStatus | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => ID, { nullable: true }) after: string | null,
  ): Promise<IncomingPromotion[]> {
    accessOf(ctx);
    return (await listIncomingPromotions(ctx.em, status, first, after ?? null)).map(toIncomingView);
  }

  @Query(() => IncomingPromotion, { nullable: true, description: 'One promotion submitted here for approval; null when unknown.' })
  async incomingPromotion(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<IncomingPromotion | null> {
    accessOf(ctx);
    const row = await findIncomingPromotion(ctx.em, id);
    return row ? toIncomingView(row) : null;
  }

  @Mutation(() => IncomingPromotion, {
    description:
      'Commits a held promotion as yours: expectedPlanDigest is the digest of your preview (the preview field); you need the rights to import every object it brings, and may not be the user who submitted it.',
  })
  async approvePromotion(
    @Arg('id', () => ID) id: string,
    @Arg('expectedPlanDigest') expectedPlanDigest: string,
    @Arg('wait', { defaultValue: true }) wait: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<IncomingPromotion> {
    return toIncomingView(await approvePromotion(ctx.app, accessOf(ctx).principal, { id, expectedPlanDigest, wait }));
  }

  @Mutation(() => IncomingPromotion, { description: 'Rejects a held promotion: nothing is imported and its staged import is discarded. Same rights as approving.' })
  async rejectPromotion(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<IncomingPromotion> {
    return toIncomingView(await rejectPromotion(ctx.app, accessOf(ctx).principal, { id, reason }));
  }

  @FieldResolver(() => ImportPlanSummary, {
    nullable: true,
    description: 'PENDING: the plan as you would commit it (your rights, the promotion’s options); its planDigest is what approvePromotion expects. Null otherwise.',
  })
  async preview(@Root() promotion: IncomingPromotion, @Ctx() ctx: GraphQLContext): Promise<ImportPlanSummary | null> {
    const row = await findIncomingPromotion(ctx.em, promotion.id);
    if (!row) return null;
    const plan = await previewIncomingPromotion(ctx.app, ctx.em, accessOf(ctx).principal, row);
    return plan ? summaryOf(plan) : null;
  }
}
