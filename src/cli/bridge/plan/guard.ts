import type { ImportAction, ImportExpectationInput } from '../../generated/graphql.js';

/** A plan's actions, as the API counts them (ActionCounts). */
export const PLAN_ACTIONS = ['create', 'replace', 'ignore', 'reject', 'skip'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];
export type PlanCounts = Record<PlanAction, number>;

/**
 * What a pipeline forbids of a plan: any object with one of `failOn`'s actions, or more than `max` of an action.
 * Checked on the reviewed plan's counts; the commit then carries that plan's digest, so what lands is what was
 * checked, and the guard itself as its expectation, which the registry checks again on the plan it applies, in
 * the commit's transaction (IMPORT_BLOCKED, exit 4).
 */
export interface Guard {
  failOn: PlanAction[];
  max: Partial<Record<PlanAction, number>>;
}

/** What the plan does that the guard forbids, one sentence each; empty when it passes. */
export function guardViolations(guard: Guard, counts: PlanCounts): string[] {
  const violations: string[] = [];
  for (const action of guard.failOn) {
    if (counts[action] > 0) violations.push(`${counts[action]} object(s) would ${verb(action)} (--fail-on ${action})`);
  }
  for (const action of PLAN_ACTIONS) {
    const max = guard.max[action];
    if (max !== undefined && counts[action] > max) violations.push(`${counts[action]} object(s) would ${verb(action)}, more than --max-${action} ${max}`);
  }
  return violations;
}

/** The guard as the --json document shows it. */
export function guardDocument(guard: Guard, violations: string[]) {
  return { failOn: guard.failOn, max: guard.max, passed: violations.length === 0, violations };
}

/** Create or replace: what terraform would call a change. Ignored, rejected and skipped objects are not written. */
export function hasChanges(counts: PlanCounts): boolean {
  return counts.create + counts.replace > 0;
}

function verb(action: PlanAction): string {
  return { create: 'be created', replace: 'be replaced', ignore: 'be ignored', reject: 'be rejected', skip: 'be skipped' }[action];
}

/** The guard as the API's expectation on commitImport; null when it forbids nothing. */
export function expectationOf(guard: Guard): ImportExpectationInput | null {
  const upper = (action: PlanAction) => action.toUpperCase() as ImportAction;
  const max = PLAN_ACTIONS.flatMap((action) => (guard.max[action] === undefined ? [] : [{ action: upper(action), max: guard.max[action]! }]));
  return guard.failOn.length === 0 && max.length === 0 ? null : { failOn: guard.failOn.map(upper), max };
}
