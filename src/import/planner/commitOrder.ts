import { invariant } from './invariant.js';
import { linksOf } from './links.js';
import { stronglyConnected } from './stronglyConnected.js';
import { type Decision, ImportAction, type Plan, type StagedObject } from './types.js';

export interface CommitStep {
  object: StagedObject;
  decision: Decision;
}

/**
 * The plan's CREATE and REPLACE objects in an order where every written link target (references, organization,
 * kind fields, group memberships, and the outcome's owner, previous version and lifecycle model) comes before
 * the objects linking to it. A cycle is kept together, its members in archive order; otherwise archive order
 * is kept wherever the links allow it. O((objects + links) log objects).
 */
export function commitOrder(plan: Plan, objects: readonly StagedObject[]): CommitStep[] {
  const byUuid = new Map(objects.map((o) => [o.record.uuid, o]));
  const steps: CommitStep[] = [];
  for (const decision of plan.decisions) {
    if (decision.action !== ImportAction.CREATE && decision.action !== ImportAction.REPLACE) continue;
    const object = byUuid.get(decision.uuid);
    invariant(object, `no staged object for decision ${decision.uuid}`);
    steps.push({ object, decision });
  }
  const position = new Map(steps.map((s, i) => [s.decision.uuid, i]));
  const adjacency = steps.map((step) => targetsOf(step, position));
  return orderComponents(steps, adjacency);
}

function targetsOf(step: CommitStep, position: ReadonlyMap<string, number>): number[] {
  const { record } = step.object;
  const outcome = step.decision.outcome;
  const uuids = linksOf(record, { importUserGroups: true }).map((l) => l.target);
  if (outcome) {
    uuids.push(outcome.ownerUuid, ...(outcome.groups ?? []));
    if (outcome.previousVersion) uuids.push(outcome.previousVersion);
    if (outcome.lifecycle) uuids.push(outcome.lifecycle.model);
  }
  const targets: number[] = [];
  for (const uuid of uuids) {
    const target = position.get(uuid);
    if (target !== undefined) targets.push(target);
  }
  return targets;
}

/** Kahn's algorithm over the condensation, always taking the ready component that appears first in the archive. */
function orderComponents(steps: readonly CommitStep[], adjacency: readonly number[][]): CommitStep[] {
  const { component, count } = stronglyConnected(adjacency);
  const members: number[][] = Array.from({ length: count }, () => []);
  for (let v = 0; v < steps.length; v++) members[component[v]].push(v); // ascending: archive order
  const pending = new Int32Array(count);
  const dependents: number[][] = Array.from({ length: count }, () => []);
  adjacency.forEach((targets, v) => {
    for (const w of targets) {
      if (component[v] === component[w]) continue;
      pending[component[v]]++;
      dependents[component[w]].push(component[v]);
    }
  });
  const ready = new MinHeap((c: number) => members[c][0]);
  for (let c = 0; c < count; c++) if (pending[c] === 0) ready.push(c);
  const ordered: CommitStep[] = [];
  for (let c = ready.pop(); c !== undefined; c = ready.pop()) {
    for (const v of members[c]) ordered.push(steps[v]);
    for (const d of dependents[c]) if (--pending[d] === 0) ready.push(d);
  }
  invariant(ordered.length === steps.length, 'commit order lost objects');
  return ordered;
}

class MinHeap {
  private readonly items: number[] = [];
  constructor(private readonly key: (item: number) => number) {}

  push(item: number): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.key(items[parent]) <= this.key(items[i])) break;
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }

  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < items.length && this.key(items[l]) < this.key(items[m])) m = l;
      if (r < items.length && this.key(items[r]) < this.key(items[m])) m = r;
      if (m === i) break;
      [items[m], items[i]] = [items[i], items[m]];
      i = m;
    }
    return top;
  }
}
