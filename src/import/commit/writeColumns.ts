import type { WriteOutcome } from '../planner/types.js';

/**
 * What a plan gives a written object beyond its record (owner, previous version, lifecycle model and state,
 * attributes a policy changed, a user's groups), as the columns that hold it: the same set in a stored plan's
 * decisions (import_plan_decision) and in a commit's outcomes (import_outcome), which applyPlan writes from.
 */
export const WRITE_COLUMNS = [
  'owner_uuid', 'previous_version_uuid', 'lifecycle_model_uuid', 'lifecycle_state_uuid', 'attributes', 'groups',
] as const;

/** A decision's outcome as values of WRITE_COLUMNS (all null when it is not written); `json` encodes JSON values. */
export function writeValues(o: WriteOutcome | null, json: (value: unknown) => unknown): unknown[] {
  return [
    o?.ownerUuid ?? null, o?.previousVersion ?? null, o?.lifecycle?.model ?? null, o?.lifecycle?.state ?? null,
    o?.attributes ? json(o.attributes) : null, o?.groups ? json(o.groups) : null,
  ];
}
