import type { PlanContext, PlanEntry } from '../planContext.js';
import { Reasons } from '../reasonCodes.js';
import { ImportAction } from '../types.js';

/**
 * Own check, after every other but the policies. The registry holds an object with this UUID that the importer
 * may not view: the planner has treated it as absent (no existing copy, no timestamp compared, nothing named),
 * so the timestamps ask to CREATE it, which must not happen. It is refused with UUID_UNAVAILABLE, which says
 * nothing of the object. Only when no other check failed: a refusal an absent object would get as well (no
 * CREATE right, an unresolved link) then stands alone, exactly as for an absent object, so nothing is revealed
 * to a user who could not have created the object anyway. To a user who could, the refusal reveals that the UUID
 * is taken, which creating the object by hand reveals too (CONFLICT); never what holds it, nor its timestamp.
 */
export function hiddenObjectRule(ctx: PlanContext, entry: PlanEntry): void {
  if (entry.hidden && entry.failure === null) ctx.fail(entry, ImportAction.SKIP, Reasons.uuidUnavailable());
}
