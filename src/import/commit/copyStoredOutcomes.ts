import type { SqlEntityManager } from '@mikro-orm/knex';
import { execute, run } from '../../db/rawQuery.js';
import type { StoredPlan } from '../plans/storedPlans.js';
import { WRITE_COLUMNS } from './writeColumns.js';

/**
 * The commit's RECORDING phase from a stored plan: its decisions become the import's outcome rows in the
 * database, WRITE-sized line ranges at a time (progress), without passing through the service.
 */
export async function copyStoredOutcomes(
  tx: SqlEntityManager,
  importId: string,
  plan: StoredPlan,
  linesPerRound: number,
  onRound: (copied: number) => void,
): Promise<void> {
  const [last] = await execute<{ line: number | null }>(tx, 'select max(line) as line from import_plan_decision where plan_id = ?', [plan.id]);
  const lastLine = Number(last?.line ?? 0);
  for (let from = 1; from <= lastLine; from += linesPerRound) {
    const to = from + linesPerRound - 1;
    await run(
      tx,
      `insert into import_outcome (import_id, line, uuid, kind, name, action, reasons, ${WRITE_COLUMNS.join(', ')})
       select ?, line, uuid, kind, name, action, reasons, ${WRITE_COLUMNS.join(', ')}
       from import_plan_decision where plan_id = ? and line between ? and ?`,
      [importId, plan.id, from, to],
    );
    onRound(Math.min(to, lastLine) - from + 1);
  }
}
