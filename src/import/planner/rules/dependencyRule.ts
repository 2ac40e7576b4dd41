import { actionOf, Flag } from '../planSkeleton.js';
import type { PlanContext, PlanEntry } from '../planContext.js';
import { writes } from '../planContext.js';
import { LISTED_MAX, Reasons } from '../reasonCodes.js';
import type { Dependents, OwnCheck } from '../closure.js';
import { isUsersGroupOnly } from './userGroupsRule.js';

/*
 * The reasons of what the closure decided (closure.ts computes it between the passes; finalAction.ts says how it
 * combines with the timestamps): why an unselected object is written after all (needed by, or the group of, a
 * written object), and why a would-be write is not (a dead dependency, a user's group left out, not selected).
 */

/** Pass B: the page's entries take the skeleton's decisions, with their own-check and dependency reasons. */
export function dependencyRule(ctx: PlanContext, ownChecks: readonly OwnCheck[], dependents: Dependents): void {
  const { skeleton } = ctx.run;
  for (const entry of ctx.entries) {
    const i = entry.index;
    entry.requested = skeleton.has(i, Flag.REQUESTED);
    entry.alive = skeleton.has(i, Flag.ALIVE);
    entry.written = skeleton.has(i, Flag.WRITTEN);
    entry.action = actionOf(skeleton.action[i]!);
  }
  for (const entry of ctx.entries) {
    if (entry.requested) for (const check of ownChecks) check(ctx, entry);
  }
  for (const entry of ctx.entries) decideAction(ctx, entry, dependents);
}

function decideAction(ctx: PlanContext, entry: PlanEntry, dependents: Dependents): void {
  if (entry.written || !writes(entry.timestampAction)) {
    if (entry.written && !entry.selected) {
      entry.neededBy = dependents.neededBy(entry.index);
      entry.memberOf = dependents.memberOf(entry.index);
      reportInclusion(ctx, entry);
    }
    return;
  }
  if (entry.failure) return;
  if (entry.requested && !entry.alive) ctx.report(entry, Reasons.dependencyNotImported(deadTargets(ctx, entry)));
  else if (ctx.run.selection === null && isUsersGroupOnly(ctx.run.skeleton, entry.index)) {
    ctx.report(entry, Reasons.userGroupNotImported(ctx.options.importUserGroups));
  } else ctx.report(entry, Reasons.notSelected());
}

function deadTargets(ctx: PlanContext, entry: PlanEntry): { uuid: string; name: string }[] {
  const dead = new Map<string, string>();
  for (const link of entry.links) {
    const target = link.required ? ctx.pullTarget(link) : undefined;
    if (target && !target.alive) dead.set(target.record.uuid, target.record.name);
  }
  return [...dead].map(([uuid, name]) => ({ uuid, name }));
}

function reportInclusion(ctx: PlanContext, entry: PlanEntry): void {
  const needers = writtenOthers(ctx, entry, entry.neededBy);
  const members = writtenOthers(ctx, entry, entry.memberOf);
  const refs = (list: readonly number[]) =>
    list.slice(0, LISTED_MAX).map((i) => {
      const { uuid, name } = ctx.archiveAt(i).record;
      return { uuid, name };
    });
  if (needers.length > 0) ctx.report(entry, Reasons.includedAsDependency(refs(needers), needers.length));
  if (members.length > 0) ctx.report(entry, Reasons.groupImportedWithUser(refs(members), members.length));
  const all = needers.length === 0 ? members : members.length === 0 ? needers : uniqueSorted([...needers, ...members]);
  entry.includedBy = all.slice(0, LISTED_MAX).map((i) => ctx.run.skeleton.uuid(i));
  entry.includedByCount = all.length;
}

/** The written objects among `list` (archive indexes) but `self`, once each, in archive order. */
function writtenOthers(ctx: PlanContext, self: PlanEntry, list: Int32Array): number[] {
  const { skeleton } = ctx.run;
  return uniqueSorted(list).filter((i) => i !== self.index && skeleton.has(i, Flag.WRITTEN));
}

function uniqueSorted(list: ArrayLike<number>): number[] {
  return [...new Set(Array.from(list))].sort((a, b) => a - b);
}
