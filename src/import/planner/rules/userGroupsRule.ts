import type { KindFieldsMap } from '../../../domain/kindFields.js';
import { ObjectKind } from '../../../domain/objectKind.js';
import type { PlanContext } from '../planContext.js';
import { Reasons } from '../reasonCodes.js';

/**
 * A written user keeps the memberships whose group will exist here (in the registry, or written by this import:
 * with importUserGroups its user-defined groups were pulled in by the dependency rule). The others are dropped.
 */
export function userGroupsRule(ctx: PlanContext): void {
  for (const entry of ctx.entries) {
    if (!entry.outcome || entry.record.kind !== ObjectKind.USER) continue;
    const groups = (entry.record.fields as KindFieldsMap['USER']).groups;
    const kept: string[] = [];
    const dropped: string[] = [];
    for (const group of new Set(groups)) (ctx.existsAfter(group) ? kept : dropped).push(group);
    entry.outcome.groups = kept;
    if (dropped.length > 0) ctx.report(entry, Reasons.groupMembershipDropped(dropped.map((uuid) => ctx.ref(uuid))));
  }
}
