import { RegistryError } from '../../errors/registryError.js';
import { type ActionCounts, countKeyOf } from '../planner/actionCounts.js';
import { ImportAction } from '../planner/types.js';

/**
 * What a pipeline expects of the plan it commits: actions no object may get (`failOn`) and the most objects each
 * action may have (`max`). The commit checks it on the plan it applies, in its transaction, and refuses a plan
 * that breaks it (IMPORT_BLOCKED, with the offending counts) before writing anything.
 */
export interface ImportExpectation {
  failOn: ImportAction[];
  max: Partial<Record<ImportAction, number>>;
}

/** One way a plan breaks an expectation: `count` objects get `action`, more than `limit` (0 for failOn). */
export interface ExpectationBreach {
  action: ImportAction;
  count: number;
  limit: number;
}

const ACTIONS = Object.values(ImportAction);

/** The expectation as the API takes it. */
export interface ExpectationInput {
  failOn?: readonly ImportAction[] | null;
  max?: readonly { action: ImportAction; max: number }[] | null;
}

/**
 * The expectation as given through the API, checked: limits are whole numbers of at least 0, one per action.
 * Null when it expects nothing.
 */
export function normalizeExpectation(input: ExpectationInput | null | undefined): ImportExpectation | null {
  if (!input) return null;
  const failOn = ACTIONS.filter((action) => input.failOn?.includes(action));
  const max: Partial<Record<ImportAction, number>> = {};
  for (const limit of input.max ?? []) {
    if (!Number.isInteger(limit.max) || limit.max < 0) {
      throw RegistryError.badInput(`expectation.max for ${limit.action} must be a whole number of at least 0, not ${limit.max}.`, { action: limit.action });
    }
    if (max[limit.action] !== undefined) {
      throw RegistryError.badInput(`expectation.max names ${limit.action} twice.`, { action: limit.action });
    }
    max[limit.action] = limit.max;
  }
  return failOn.length === 0 && Object.keys(max).length === 0 ? null : { failOn, max };
}

/** How the plan's counts break the expectation, in action order; empty when they keep it. */
export function breachesOf(expectation: ImportExpectation | null, counts: ActionCounts): ExpectationBreach[] {
  if (!expectation) return [];
  const breaches: ExpectationBreach[] = [];
  for (const action of ACTIONS) {
    const limit = expectation.failOn.includes(action) ? 0 : expectation.max[action];
    const count = counts[countKeyOf(action)];
    if (limit !== undefined && count > limit) breaches.push({ action, count, limit });
  }
  return breaches;
}
