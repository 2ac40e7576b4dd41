import type { ObjectKind } from '../../domain/objectKind.js';
import type { MemoryPlan } from './memoryPlans.js';
import type { Decision, ImportAction } from '../planner/types.js';
import { checkPageSize, lineCursor } from '../../db/keysetPages.js';
import { nextTurn } from '../planner/planInSteps.js';

export interface DecisionFilterValue {
  actions?: readonly ImportAction[] | null;
  kinds?: readonly ObjectKind[] | null;
  /** Reason codes: a decision matches when it has any of them. */
  reasons?: readonly string[] | null;
}

export const MAX_DECISION_PAGE = 500;

/**
 * Decisions scanned between two turns of the event loop when the preview builds something over a whole plan (the
 * lookup by UUID, a filter's total, the selection): a few milliseconds, where a 25k-object plan in one piece held
 * the loop over 200 ms on a loaded machine.
 */
export const DECISION_SCAN_STEP = 5_000;

const decisionCursor = lineCursor('decision');

export function encodeDecisionCursor(line: number): string {
  return decisionCursor.encode(line);
}

export function decodeDecisionCursor(cursor: string): number {
  return decisionCursor.decode(cursor);
}

function matcher(filter: DecisionFilterValue): (d: Decision) => boolean {
  const actions = filter.actions?.length ? new Set<string>(filter.actions) : null;
  const kinds = filter.kinds?.length ? new Set<string>(filter.kinds) : null;
  const reasons = filter.reasons?.length ? new Set(filter.reasons) : null;
  return (d) =>
    (!actions || actions.has(d.action)) && (!kinds || kinds.has(d.kind)) && (!reasons || d.reasons.some((r) => reasons.has(r.code)));
}

/** The first decision after `line`: decisions are in archive order, so lines ascend (binary search). */
function startAfter(decisions: readonly Decision[], line: number): number {
  let lo = 0;
  let hi = decisions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (decisions[mid].line <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One page of a plan's decisions in archive order (keyset on line), filtered by action, kind and reason.
 * Works on the plan in memory: the cursor finds its place in O(log n), the page costs what it scans.
 */
export function decisionPage(
  entry: MemoryPlan,
  filter: DecisionFilterValue,
  first: number,
  after: string | null,
): { decisions: Decision[]; hasNextPage: boolean } {
  checkPageSize(first, MAX_DECISION_PAGE);
  const all = entry.plan.decisions;
  const matches = matcher(filter);
  const decisions: Decision[] = [];
  for (let i = after ? startAfter(all, decodeDecisionCursor(after)) : 0; i < all.length; i++) {
    if (!matches(all[i])) continue;
    if (decisions.length === first) return { decisions, hasNextPage: true };
    decisions.push(all[i]);
  }
  return { decisions, hasNextPage: false };
}

/** How many decisions match the filter: a scan of the plan in memory, in steps, once per filter and memory plan. */
export async function countDecisions(entry: MemoryPlan, filter: DecisionFilterValue): Promise<number> {
  const key = JSON.stringify([filter.actions ?? [], filter.kinds ?? [], filter.reasons ?? []]);
  entry.totals ??= new Map();
  let count = entry.totals.get(key);
  if (count === undefined) {
    const matches = matcher(filter);
    count = 0;
    await scanInSteps(entry.plan.decisions, (d) => {
      if (matches(d)) count!++;
    });
    entry.totals.set(key, count);
  }
  return count;
}

/** The decision about an archive object by UUID (the index is built once per memory plan, in steps). */
export async function decisionOf(entry: MemoryPlan, uuid: string): Promise<Decision | undefined> {
  if (!entry.byUuid) {
    const byUuid = new Map<string, Decision>();
    await scanInSteps(entry.plan.decisions, (d) => byUuid.set(d.uuid, d));
    entry.byUuid ??= byUuid; // another request may have built it meanwhile: the same map either way
  }
  return entry.byUuid.get(uuid);
}

/** The UUIDs the plan selects, in archive order, gathered in steps. */
export async function selectedUuidsOf(entry: MemoryPlan): Promise<string[]> {
  const selected: string[] = [];
  await scanInSteps(entry.plan.decisions, (d) => {
    if (d.selected) selected.push(d.uuid);
  });
  return selected;
}

/** Visits every decision in order, a turn of the event loop after each DECISION_SCAN_STEP of them. */
async function scanInSteps(decisions: readonly Decision[], visit: (d: Decision) => void): Promise<void> {
  for (let i = 0; i < decisions.length; i++) {
    if (i > 0 && i % DECISION_SCAN_STEP === 0) await nextTurn();
    visit(decisions[i]!);
  }
}
