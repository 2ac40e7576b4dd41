import type { PlanContext } from '../planContext.js';
import { Reasons } from '../reasonCodes.js';

/**
 * Only exported versions travel. The link to the previous version holds when that version is in the registry or
 * written by this import; otherwise the object is imported standalone. Never a failure.
 */
export function versionRule(ctx: PlanContext): void {
  for (const entry of ctx.entries) {
    const previous = entry.record.previousVersion;
    if (!entry.outcome || !previous) continue;
    if (ctx.existsAfter(previous)) {
      entry.outcome.previousVersion = previous;
      ctx.report(entry, Reasons.versionLinked(ctx.ref(previous)));
    } else {
      entry.outcome.previousVersion = null;
      ctx.report(entry, Reasons.versionStandalone(previous));
    }
  }
}
