import { createHash } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { execute, jsonColumn, run } from '../../db/rawQuery.js';
import type { PlanBreakdown } from '../planner/planBreakdown.js';
import { type ActionCounts, countKeyOf, noActionCounts } from '../planner/actionCounts.js';
import { ImportAction, type Reason } from '../planner/types.js';

/*
 * Plans kept in the database (import_plan and its import_plan_decision rows), so that the preview's pages, its
 * counts and the commit read a plan made once, in any process or replica, for as long as the registry revision
 * it was made at is current. A stored plan is never updated; plans made at later revisions are added beside it,
 * and the oldest beyond PLANS_PER_IMPORT go. By operation: finding and deleting them here, storing them in
 * storePlan.ts, reading their decisions in storedDecisions.ts, and the commit's copy of their decisions as its
 * outcomes in commit/copyStoredOutcomes.ts.
 */

/** The summary of a stored plan: what the preview shows beside its pages, and what a commit checks. */
export interface StoredPlan {
  id: string;
  stagedImportId: string;
  revision: string;
  digest: string;
  counts: ActionCounts;
  breakdown: PlanBreakdown;
  blocking: Reason[];
  objectCount: number;
}

/** The stored form (plan_key) of a plan key (planKeyOf: who plans what, with which options and selection, where). */
export function storedPlanKey(planKey: string): string {
  return createHash('sha256').update(planKey).digest('hex');
}

/** The stored plan of this key made at `revision`, or null. */
export async function findStoredPlan(
  em: SqlEntityManager,
  stagedImportId: string,
  planKey: string,
  revision: string,
): Promise<StoredPlan | null> {
  const [row] = await execute<Record<string, unknown>>(
    em,
    'select id, digest, counts, breakdown, blocking, object_count from import_plan where staged_import_id = ? and plan_key = ? and revision = ?',
    [stagedImportId, storedPlanKey(planKey), revision],
  );
  if (!row) return null;
  return {
    id: row.id as string,
    stagedImportId,
    revision,
    digest: row.digest as string,
    counts: storedCounts(jsonColumn(row.counts)),
    // Plans stored before the column were made by an older planner: their key differs, they are never found.
    breakdown: jsonColumn<PlanBreakdown | null>(row.breakdown) ?? { byKind: [], byReason: [] },
    blocking: jsonColumn(row.blocking),
    objectCount: Number(row.object_count),
  };
}

/** Deletes every stored plan of these staged imports, inside the caller's transaction. */
export async function deleteStoredPlans(tx: SqlEntityManager, stagedImportIds: readonly string[]): Promise<void> {
  if (stagedImportIds.length === 0) return;
  await deletePlans(tx, `staged_import_id in (${stagedImportIds.map(() => '?').join(', ')})`, stagedImportIds);
}

export async function deletePlans(tx: SqlEntityManager, where: string, params: readonly unknown[]): Promise<void> {
  await run(tx, `delete from import_plan_decision where plan_id in (select id from import_plan where ${where})`, [...params]);
  await run(tx, `delete from import_plan where ${where}`, [...params]);
}

/**
 * A stored plan's counts. Plans stored before the counts took the API's names (`CREATE`, … then; `create`, …
 * now) are still found at their revision: their counts are read under the new names.
 */
function storedCounts(stored: Record<string, number>): ActionCounts {
  const counts = noActionCounts();
  for (const action of Object.values(ImportAction)) {
    const key = countKeyOf(action);
    counts[key] = Number(stored[key] ?? stored[action] ?? 0);
  }
  return counts;
}
