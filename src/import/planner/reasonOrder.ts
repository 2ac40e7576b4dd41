import type { PlanContext, PlanEntry } from './planContext.js';
import { ReasonCode } from './reasonCodes.js';
import { ImportAction, type Reason } from './types.js';

const C = ReasonCode;

/** Why an object is not written: an own check that refused it, its dependencies, or the selection. */
const REFUSALS: ReadonlySet<string> = new Set([
  C.SYSTEM_GROUP_NOT_IMPORTED,
  C.PERMISSION_DENIED,
  C.NOT_EDITABLE,
  C.ROLE_CHANGE_FORBIDDEN,
  C.STAGE_RESTRICTED,
  C.UNRESOLVED_REFERENCE,
  C.UUID_UNAVAILABLE,
  C.INVALID_OBJECT,
  C.POLICY_VETO,
  C.DEPENDENCY_NOT_IMPORTED,
  C.NOT_SELECTED,
  C.USER_GROUP_NOT_IMPORTED,
]);

/** Why an object not selected is written anyway. */
const INCLUSIONS: ReadonlySet<string> = new Set([C.INCLUDED_AS_DEPENDENCY, C.GROUP_IMPORTED_WITH_USER]);

/** Whether a reason is why the entry got its final action. */
function decides(entry: PlanEntry, reason: Reason): boolean {
  const code = reason.code;
  // A future timestamp decides only where configuration refuses it (an ERROR); otherwise it is a warning.
  if (code === C.FUTURE_TIMESTAMP) return reason.severity === 'ERROR' && (entry.action === ImportAction.REJECT || entry.action === ImportAction.SKIP);
  switch (entry.action) {
    case ImportAction.CREATE:
      return code === C.NEW_OBJECT || INCLUSIONS.has(code);
    case ImportAction.REPLACE:
      return code === C.NEWER_IN_ARCHIVE || code === C.OLDER_IN_ARCHIVE || INCLUSIONS.has(code);
    case ImportAction.IGNORE:
      return code === C.IDENTICAL_TIMESTAMP || code === C.IDENTICAL_TIMESTAMP_CONTENT_DIFFERS;
    case ImportAction.REJECT:
      // Rejected by its timestamp (older) or by a check (stage, policy, roles).
      return entry.timestampAction === ImportAction.REJECT ? code === C.OLDER_IN_ARCHIVE : REFUSALS.has(code);
    case ImportAction.SKIP:
      return REFUSALS.has(code);
  }
}

/**
 * Last step of pass B: each decision's reasons start with those that decided its action, in the order found;
 * the others follow, marked `decisive: false`. The order is part of the plan (and its digest).
 */
export function orderReasons(ctx: PlanContext): void {
  if (!ctx.reporting) return;
  for (const entry of ctx.entries) {
    const first = [];
    const rest = [];
    for (const reason of entry.reasons) {
      if (decides(entry, reason)) first.push(reason);
      else rest.push(ctx.marked(reason, false));
    }
    entry.reasons = first.length === entry.reasons.length ? entry.reasons : [...first, ...rest];
  }
}
