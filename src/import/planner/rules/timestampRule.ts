import { type PlanContext, type PlanEntry, writes } from '../planContext.js';
import { actionOf } from '../planSkeleton.js';
import { Reasons } from '../reasonCodes.js';
import { ImportAction } from '../types.js';

/**
 * Identity is the UUID. Absent from the registry: CREATE. Present: a newer archive copy REPLACEs, an identical
 * timestamp IGNOREs (warning when the content differs), an older one is REJECTed unless allowReplace.
 */
export function timestampRule(ctx: PlanContext): void {
  for (const entry of ctx.entries) decideByTimestamp(ctx, entry);
}

function decideByTimestamp(ctx: PlanContext, entry: PlanEntry): void {
  const { existing, record } = entry;
  // Reported in pass B only, when the closure has decided the action: a fact about an object that is not
  // written says so rather than promise a write.
  const written = ctx.reporting && writes(actionOf(ctx.run.skeleton.action[entry.index]!));
  if (!existing) {
    entry.verdict = 'ABSENT';
    entry.timestampAction = ImportAction.CREATE;
    ctx.report(entry, Reasons.newObject(written));
    return;
  }
  const order = compareInstants(record.timestamp, existing.timestamp);
  if (order > 0) {
    entry.verdict = 'NEWER';
    entry.timestampAction = ImportAction.REPLACE;
    ctx.report(entry, Reasons.newerInArchive(record.timestamp, existing.timestamp, written));
  } else if (order === 0) {
    entry.verdict = 'IDENTICAL';
    entry.timestampAction = ImportAction.IGNORE;
    ctx.report(entry, Reasons.identicalTimestamp(record.timestamp));
    if (entry.object.contentDigest !== existing.contentDigest) {
      ctx.report(entry, Reasons.identicalTimestampContentDiffers(record.timestamp));
    }
  } else {
    const allowReplace = ctx.options.allowReplace;
    entry.verdict = 'OLDER';
    entry.timestampAction = allowReplace ? ImportAction.REPLACE : ImportAction.REJECT;
    ctx.report(entry, Reasons.olderInArchive(record.timestamp, existing.timestamp, allowReplace, written));
  }
}

/** Compares instants, not strings ("…00Z" and "…00.000Z" are equal); unparsable stamps fall back to text order. */
export function compareInstants(a: string, b: string): number {
  const x = Date.parse(a);
  const y = Date.parse(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return a < b ? -1 : a > b ? 1 : 0;
  return Math.sign(x - y);
}
