import type { SqlEntityManager } from '@mikro-orm/knex';
import { ImportRecordEntity, IncomingPromotionEntity } from '../entities/index.js';
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

/**
 * An approver's commit failed: the approval did not happen, so the held promotion is PENDING again for another
 * try (the commit's own failure path calls this, wait or not). Only a COMMITTING row moves, once.
 */
export async function reopenApproval(em: SqlEntityManager, approvalId: string): Promise<number> {
  return em.nativeUpdate(
    IncomingPromotionEntity,
    { id: approvalId, status: 'COMMITTING' },
    { status: 'PENDING', decidedByUuid: null, decidedByName: null, decidedAt: null, importRecordId: null },
  );
}

/**
 * Recovery, after the imports of dead processes were ended: a COMMITTING row whose import is FAILED (the process
 * died before its failure path ran) or gone is PENDING again. Reading incoming promotions never writes; this does.
 */
export async function reopenFailedApprovals(em: SqlEntityManager): Promise<{ reopened: number }> {
  const rows = await em.find(IncomingPromotionEntity, { status: 'COMMITTING', importRecordId: { $ne: null } }, { fields: ['id', 'importRecordId'], disableIdentityMap: true });
  if (rows.length === 0) return { reopened: 0 };
  const records = await em.find(ImportRecordEntity, { id: { $in: rows.map((r) => r.importRecordId!) } }, { fields: ['id', 'status'], disableIdentityMap: true });
  const statusOf = new Map(records.map((r) => [r.id, r.status]));
  let reopened = 0;
  for (const row of rows) {
    const status = statusOf.get(row.importRecordId!);
    if (status === undefined || status === 'FAILED') reopened += await reopenApproval(em, row.id);
  }
  return { reopened };
}
