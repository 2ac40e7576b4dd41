import { finalAction } from './finalAction.js';
import { actionCode, actionOf, Flag, LinkFlag, type PlanSkeleton, verdictCode } from './planSkeleton.js';
import type { PlanContext, PlanEntry } from './planContext.js';
import { writes } from './planContext.js';
import { reasonCodeNumber } from './reasonCodes.js';

/** A check of an object on its own (permission, stage, links, policy): reports a failure via ctx.fail. */
export type OwnCheck = (ctx: PlanContext, entry: PlanEntry) => void;

/*
 * References and their consequences, in O(objects + links), in three steps:
 * 1. pass A, a page at a time (recordLinksAndChecks): each object's links go into the skeleton, and every object
 *    the timestamps would write runs its own checks (they are pure), keeping the first failure;
 * 2. between the passes, over the skeleton only (resolveDependencies): the closure from every selected object
 *    the timestamps would write, through the links that pull (a required link to an archive-only target, a
 *    group membership the timestamps would write), stopping at objects that failed their own checks; the
 *    cascade, the greatest fixpoint over reverse links (an object dies when an archive-only target it needs is
 *    dead, so a cycle whose members are all fine survives together); what is written (the surviving selected
 *    objects and what they reach through pulling links); every action (finalAction.ts);
 * 3. pass B, a page at a time (rules/dependencyRule.ts): the own checks again for the objects the closure reached, for
 *    their reasons, and each object's dependency reasons.
 */

/** Pass A: records the page's links in the skeleton and the own checks' outcome of every would-be write. */
export function recordLinksAndChecks(ctx: PlanContext, ownChecks: readonly OwnCheck[]): void {
  const { skeleton } = ctx.run;
  for (const entry of ctx.entries) {
    const i = entry.index;
    skeleton.verdict[i] = verdictCode(entry.verdict);
    skeleton.timestampAction[i] = actionCode(entry.timestampAction);
    if (entry.selectedByDefault) skeleton.set(i, Flag.SELECTED_BY_DEFAULT);
    if (entry.selected) skeleton.set(i, Flag.SELECTED);
    skeleton.addLinks(i, entry.links);
    if (!writes(entry.timestampAction)) continue;
    for (const check of ownChecks) check(ctx, entry);
    if (entry.failure) {
      skeleton.failure[i] = actionCode(entry.failure);
      skeleton.failureReason[i] = reasonCodeNumber(entry.failureCode!);
    }
  }
}

/** Objects that pulled each object in, by archive index (CSR over the pulling links). */
export interface Dependents {
  /** Through a required link. */
  neededBy(i: number): Int32Array;
  /** Through a group membership. */
  memberOf(i: number): Int32Array;
}

/**
 * Work units (objects or links visited) between two yields of resolveDependencySteps: a few milliseconds, so the
 * closure of 25k objects and their links never holds the event loop in one piece (planInSteps awaits a turn at
 * each yield; the synchronous planner drains them).
 */
export const RESOLVE_STEP_UNITS = 20_000;

/** Counts work and says when a step is done: `if (steps.tick()) yield;`. */
class StepCounter {
  private units = 0;
  constructor(private readonly perStep: number) {}
  tick(units = 1): boolean {
    this.units += units;
    if (this.units < this.perStep) return false;
    this.units = 0;
    return true;
  }
}

/** Runs resolveDependencySteps to the end at once: the same result, for the planner planning in one piece. */
export function resolveDependencies(s: PlanSkeleton): Dependents {
  return drain(resolveDependencySteps(s));
}

/** The value of a generator run to its end. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Between the passes: closure, cascade, what is written, and every action, over the skeleton. A generator that
 * yields every RESOLVE_STEP_UNITS units of work; where it yields changes nothing it computes.
 */
export function* resolveDependencySteps(s: PlanSkeleton, unitsPerStep = RESOLVE_STEP_UNITS): Generator<void, Dependents> {
  const steps = new StepCounter(unitsPerStep);
  // Every object enters the queue once at most: a typed array of the skeleton's size, not a growing list.
  const queue = new Int32Array(s.size);
  let queued = 0;
  for (let i = 0; i < s.size; i++) {
    if (s.has(i, Flag.SELECTED) && writes(actionOf(s.timestampAction[i]!))) {
      s.set(i, Flag.REQUESTED);
      queue[queued++] = i;
    }
    if (steps.tick()) yield;
  }
  for (let q = 0; q < queued; q++) {
    const i = queue[q]!;
    if (s.failure[i]) continue;
    const [from, to] = s.linkRange(i);
    for (let link = from; link < to; link++) {
      const t = pullTarget(s, link);
      if (t < 0 || !writes(actionOf(s.timestampAction[t]!))) continue;
      s.markLink(link, LinkFlag.PULLED);
      if (!s.has(t, Flag.REQUESTED)) {
        s.set(t, Flag.REQUESTED);
        queue[queued++] = t;
      }
    }
    if (steps.tick(1 + to - from)) yield;
  }
  const requested = queue.subarray(0, queued);
  const dependents = yield* pulledBy(s, steps);
  yield* cascade(s, requested, dependents, steps);
  yield* markWritten(s, requested, steps);
  for (let i = 0; i < s.size; i++) {
    const failure = s.has(i, Flag.REQUESTED) && s.failure[i] ? actionOf(s.failure[i]!) : null;
    s.action[i] = actionCode(finalAction(actionOf(s.timestampAction[i]!), s.has(i, Flag.WRITTEN), failure));
    if (steps.tick()) yield;
  }
  return dependents;
}

/** The archive object a link pulls into the import, or -1 (see PlanContext.pullTarget). */
function pullTarget(s: PlanSkeleton, link: number): number {
  const t = s.linkTarget(link);
  if (t < 0) return -1;
  if (s.linkHas(link, LinkFlag.REQUIRED)) return s.linkHas(link, LinkFlag.IN_REGISTRY) ? -1 : t;
  return t; // a membership: the closure pulls the group when the timestamps would write it
}

function* cascade(s: PlanSkeleton, requested: Int32Array, dependents: Dependents, steps: StepCounter): Generator<void, void> {
  const dead: number[] = [];
  for (const i of requested) {
    if (s.failure[i]) dead.push(i);
    else s.set(i, Flag.ALIVE);
    if (steps.tick()) yield;
  }
  for (let gone = dead.pop(); gone !== undefined; gone = dead.pop()) {
    const needing = dependents.neededBy(gone);
    for (const dependent of needing) {
      if (!s.has(dependent, Flag.ALIVE)) continue;
      s.flags[dependent]! &= ~Flag.ALIVE;
      dead.push(dependent);
    }
    if (steps.tick(1 + needing.length)) yield;
  }
}

/** Survivors pulled in only by objects that died are not needed any more: what selected survivors reach is written. */
function* markWritten(s: PlanSkeleton, requested: Int32Array, steps: StepCounter): Generator<void, void> {
  const stack = new Int32Array(s.size);
  let top = 0;
  for (const i of requested) {
    if (steps.tick()) yield;
    if (!s.has(i, Flag.ALIVE) || !s.has(i, Flag.SELECTED)) continue;
    s.set(i, Flag.WRITTEN);
    stack[top++] = i;
  }
  while (top > 0) {
    const i = stack[--top]!;
    const [from, to] = s.linkRange(i);
    for (let link = from; link < to; link++) {
      const t = pullTarget(s, link);
      if (t < 0 || !s.has(t, Flag.ALIVE) || s.has(t, Flag.WRITTEN)) continue;
      s.set(t, Flag.WRITTEN);
      stack[top++] = t;
    }
    if (steps.tick(1 + to - from)) yield;
  }
}

/** Reverse adjacency of the links that pulled their target in, split by kind of link. */
function* pulledBy(s: PlanSkeleton, steps: StepCounter): Generator<void, Dependents> {
  const neededBy = yield* reverseLinks(s, true, steps);
  const memberOf = yield* reverseLinks(s, false, steps);
  return { neededBy: (i) => neededBy.of(i), memberOf: (i) => memberOf.of(i) };
}

/** The sources of the pulling links of one kind, by target (CSR): two typed arrays and nothing else retained. */
class ReverseLinks {
  constructor(
    private readonly starts: Int32Array,
    private readonly sources: Int32Array,
  ) {}

  of(i: number): Int32Array {
    return this.sources.subarray(this.starts[i]!, this.starts[i + 1]!);
  }
}

function* reverseLinks(s: PlanSkeleton, required: boolean, steps: StepCounter): Generator<void, ReverseLinks> {
  const pulls = (link: number) => s.linkHas(link, LinkFlag.PULLED) && s.linkHas(link, LinkFlag.REQUIRED) === required;
  const starts = new Int32Array(s.size + 1);
  for (let i = 0; i < s.size; i++) {
    const [from, to] = s.linkRange(i);
    for (let link = from; link < to; link++) if (pulls(link)) starts[s.linkTarget(link) + 1]!++;
    if (steps.tick(1 + to - from)) yield;
  }
  for (let i = 0; i < s.size; i++) starts[i + 1]! += starts[i]!;
  const total = starts[s.size]!;
  const sources = new Int32Array(total);
  // Each target's range is filled from its end (starts[t + 1]) down, in place: no second array of positions.
  // Then starts[t + 1] holds where t's range begins, and shifting the array by one puts it back in place.
  for (let i = s.size - 1; i >= 0; i--) {
    const [from, to] = s.linkRange(i);
    for (let link = to - 1; link >= from; link--) if (pulls(link)) sources[--starts[s.linkTarget(link) + 1]!] = i;
    if (steps.tick(1 + to - from)) yield;
  }
  starts.copyWithin(0, 1);
  starts[s.size] = total;
  return new ReverseLinks(starts, sources);
}
