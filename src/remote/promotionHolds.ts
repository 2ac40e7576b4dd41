import type { SqlEntityManager } from '@mikro-orm/knex';
import { IncomingPromotionEntity } from '../entities/index.js';
import { RegistryError } from '../errors/registryError.js';

export function approvalRequired(message: string, details: Record<string, unknown> = {}): RegistryError {
  return new RegistryError('PROMOTION_APPROVAL_REQUIRED', message, details);
}

/**
 * Before a commit of a staged import: a promotion commit needs approval here when it is required, and a held
 * staged import is committed only by approvePromotion (PROMOTION_APPROVAL_REQUIRED otherwise, nothing written).
 */
export async function assertCommitAllowed(
  em: SqlEntityManager,
  requireApproval: boolean,
  input: { stagedImportId: string; promotion?: { approvalId?: string | null } | null },
): Promise<void> {
  if (input.promotion?.approvalId) return;
  if (input.promotion && requireApproval) {
    throw approvalRequired('This registry requires approval of promotions: submit the promotion (holdPromotion); one of this registry’s users commits it.');
  }
  const held = await em.findOne(IncomingPromotionEntity, { stagedImportId: input.stagedImportId, status: { $in: ['PENDING', 'COMMITTING'] } }, { fields: ['id'] });
  if (held) {
    throw approvalRequired(`Staged import ${input.stagedImportId} is a promotion held for approval: one of this registry’s users commits it with approvePromotion.`, {
      incomingPromotionId: held.id,
    });
  }
}

/** Inside the approver's commit transaction: the held promotion is APPROVED with the import, or not at all. */
export async function markApproved(tx: SqlEntityManager, approvalId: string, importRecordId: string): Promise<void> {
  await tx.nativeUpdate(IncomingPromotionEntity, { id: approvalId }, { status: 'APPROVED', importRecordId });
}
