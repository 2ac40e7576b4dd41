import { ImportAction } from './types.js';

/**
 * A plan's decisions counted by action, under the names the API gives them (`ActionCounts`: planSummary.counts,
 * a promotion's counts), here as everywhere inside the service. An import record's counts are another thing
 * (what was done: created, replaced, …: ImportCounts) and keep their own names.
 */
export interface ActionCounts {
  create: number;
  replace: number;
  ignore: number;
  reject: number;
  skip: number;
}

export function noActionCounts(): ActionCounts {
  return { create: 0, replace: 0, ignore: 0, reject: 0, skip: 0 };
}

/** The key of `action` in ActionCounts. */
export function countKeyOf(action: ImportAction): keyof ActionCounts {
  return action.toLowerCase() as keyof ActionCounts;
}
