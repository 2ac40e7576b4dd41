import type { PlanContext, PlanEntry } from '../planContext.js';
import { writes } from '../planContext.js';
import { Reasons } from '../reasonCodes.js';
import { ImportAction } from '../types.js';

/** A check of an object on its own (permission, stage, links, policy): reports a failure via ctx.fail. */
export type OwnCheck = (ctx: PlanContext, entry: PlanEntry) => void;

/**
 * References and their consequences, in O(objects + links):
 * 1. closure: from every selected object the timestamps would write, run its own checks; one that passes pulls
 *    in the archive objects only the archive holds that it links to (and, with importUserGroups, its groups),
 *    which are checked and expanded in turn (worklist);
 * 2. cascade: the greatest fixpoint over reverse links: an object dies when an archive-only target it needs is
 *    dead, so a cycle whose members are all fine survives together;
 * 3. what is written: the surviving selected objects and what they reach through the links that pulled;
 * 4. every object's action, with the dependency reasons.
 */
export function dependencyRule(ctx: PlanContext, ownChecks: readonly OwnCheck[]): void {
  const requested = pullClosure(ctx, ownChecks);
  cascade(requested);
  markWritten(ctx, requested);
  for (const entry of ctx.entries) decideAction(ctx, entry);
}

function pullClosure(ctx: PlanContext, ownChecks: readonly OwnCheck[]): PlanEntry[] {
  const queue = ctx.entries.filter((entry) => entry.selected && writes(entry.timestampAction));
  for (const entry of queue) entry.requested = true;
  for (let i = 0; i < queue.length; i++) {
    const entry = queue[i];
    for (const check of ownChecks) check(ctx, entry);
    if (entry.failure) continue;
    for (const link of entry.links) {
      const target = ctx.pullTarget(link);
      if (!target || !writes(target.timestampAction)) continue;
      (link.required ? target.neededBy : target.memberOf).push(entry);
      if (!target.requested) {
        target.requested = true;
        queue.push(target);
      }
    }
  }
  return queue;
}

function cascade(requested: readonly PlanEntry[]): void {
  const dead: PlanEntry[] = [];
  for (const entry of requested) {
    entry.alive = entry.failure === null;
    if (!entry.alive) dead.push(entry);
  }
  for (let gone = dead.pop(); gone; gone = dead.pop()) {
    for (const dependent of gone.neededBy) {
      if (!dependent.alive) continue;
      dependent.alive = false;
      dead.push(dependent);
    }
  }
}

/** Survivors pulled in only by objects that died are not needed any more: what selected survivors reach is written. */
function markWritten(ctx: PlanContext, requested: readonly PlanEntry[]): void {
  const stack = requested.filter((entry) => entry.alive && entry.selected);
  for (const entry of stack) entry.written = true;
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    for (const link of entry.links) {
      const target = ctx.pullTarget(link);
      if (!target || !target.alive || target.written) continue;
      target.written = true;
      stack.push(target);
    }
  }
}

function decideAction(ctx: PlanContext, entry: PlanEntry): void {
  if (entry.written || !writes(entry.timestampAction)) {
    entry.action = entry.timestampAction;
    if (entry.written && !entry.selected) reportInclusion(ctx, entry);
    return;
  }
  if (entry.failure) {
    entry.action = entry.failure;
    return;
  }
  entry.action = ImportAction.SKIP;
  if (entry.requested && !entry.alive) ctx.report(entry, Reasons.dependencyNotImported(deadTargets(ctx, entry)));
  else ctx.report(entry, Reasons.notSelected());
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
  const needers = writtenOthers(entry, entry.neededBy);
  const members = writtenOthers(entry, entry.memberOf);
  const refs = (list: PlanEntry[]) => list.map((e) => ({ uuid: e.record.uuid, name: e.record.name }));
  if (needers.length > 0) ctx.report(entry, Reasons.includedAsDependency(refs(needers)));
  if (members.length > 0) ctx.report(entry, Reasons.groupImportedWithUser(refs(members)));
  entry.includedBy = [...new Set([...needers, ...members])].sort((a, b) => a.index - b.index).map((e) => e.record.uuid);
}

/** The written entries among `list`, once each, in archive order. */
function writtenOthers(self: PlanEntry, list: readonly PlanEntry[]): PlanEntry[] {
  return [...new Set(list)].filter((e) => e !== self && e.written).sort((a, b) => a.index - b.index);
}
