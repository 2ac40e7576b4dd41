/** Where a promotion held by its target stands, as the source last saw it (in the PROMOTE operation's result). */
export interface PromotionApprovalState extends Record<string, unknown> {
  status: 'PENDING' | 'APPROVED' | 'REJECTED';
  /** The held promotion on the target (its incomingPromotion id). */
  incomingPromotionId: string;
  decidedBy: { uuid: string; name: string } | null;
  decidedAt: string | null;
  reason: string | null;
  /** The target's import record, once approved. */
  importRecordId: string | null;
  /** When the source last asked the target. */
  checkedAt: string;
}

export function pendingApproval(incomingPromotionId: string): PromotionApprovalState {
  return { status: 'PENDING', incomingPromotionId, decidedBy: null, decidedAt: null, reason: null, importRecordId: null, checkedAt: new Date().toISOString() };
}
