import type { PlanContext, PlanEntry } from '../planContext.js';
import { Reasons } from '../reasonCodes.js';
import { ImportAction } from '../types.js';

/**
 * Own check. A record stamped further in the future than the configured skew would win every later conflict
 * (timestamps decide REPLACE): a warning, or, when configuration says so, a REJECT.
 */
export function futureTimestampRule(ctx: PlanContext, entry: PlanEntry): void {
  const { now, maxSkewSeconds, refuse } = ctx.run.futureTimestamps;
  const stamp = Date.parse(entry.record.timestamp);
  if (!(stamp > now + maxSkewSeconds * 1000)) return;
  const reason = Reasons.futureTimestamp(entry.record.timestamp, maxSkewSeconds, refuse);
  if (refuse) ctx.fail(entry, ImportAction.REJECT, reason);
  else ctx.report(entry, reason);
}
