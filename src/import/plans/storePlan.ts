import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { execute } from '../../db/rawQuery.js';
import { refreshStatistics } from '../../db/tableStatistics.js';
import { isPostgres } from '../../db/dialect.js';
import type { LongTransaction } from '../../db/writerTransaction.js';
import { columnEncoding, insertJsonRows, insertRows } from '../../db/bulkInsert.js';
import type { MemoryPlan } from './memoryPlans.js';
import type { HalfPlanned } from '../planning/pagedPlanning.js';
import type { PlanSummary } from '../planner/planImport.js';
import type { Decision } from '../planner/types.js';
import { WRITE_COLUMNS, writeValues } from '../commit/writeColumns.js';
import { deletePlans, findStoredPlan, storedPlanKey } from './storedPlans.js';

/** Plans stored per staged import at most (option sets toggled through, revisions planned at), oldest first out. */
const PLANS_PER_IMPORT = 4;
/** Decisions per multi-row insert. */
const STORE_CHUNK = 500;

const DECISION_COLUMNS = ['plan_id', 'line', 'uuid', 'kind', 'name', 'action', 'reason_codes', 'reasons', 'detail', ...WRITE_COLUMNS] as const;

/**
 * Stores a plan computed at `revision` in one transaction (a reader sees it whole or not at all), unless it is
 * stored already (by another replica, say). Only plans made outside a transaction have a revision worth storing.
 */
export async function storePlan(transaction: LongTransaction, entry: MemoryPlan, revision: string): Promise<void> {
  const { plan } = entry;
  await storeInTransaction(transaction, { stagedImportId: entry.stagedImportId, planKey: entry.planKey, revision }, async (tx, planId) => {
    await insertDecisions(tx, planId, plan.decisions);
    return plan;
  });
}

/**
 * Stores a plan made in pages (planPassA): its pass B runs inside the storing transaction, its decisions
 * written as each page is decided, so the plan is never held whole.
 */
export async function storePlanInPages(
  transaction: LongTransaction,
  target: { stagedImportId: string; planKey: string; revision: string },
  planned: HalfPlanned,
): Promise<void> {
  await storeInTransaction(transaction, target, (tx, planId) => planned.passB(tx, (decisions) => insertDecisions(tx, planId, decisions)));
}

/** The transaction that stores a plan: `write` writes its decisions and returns its summary. */
async function storeInTransaction(
  transaction: LongTransaction,
  target: { stagedImportId: string; planKey: string; revision: string },
  write: (tx: SqlEntityManager, planId: string) => Promise<PlanSummary>,
): Promise<void> {
  const { stagedImportId, planKey, revision } = target;
  await transaction(async (tx) => {
    // A staged import committed or discarded meanwhile takes its plans with it; a plan stored after that would
    // outlive it. PostgreSQL: the share lock makes its deletion wait for this transaction, then delete this plan.
    const share = isPostgres(tx) ? ' for share' : '';
    if ((await execute(tx, `select id from staged_import where id = ?${share}`, [stagedImportId])).length === 0) return;
    if (await findStoredPlan(tx, stagedImportId, planKey, revision)) return;
    const id = randomUUID();
    const summary = await write(tx, id);
    const objectCount = Object.values(summary.counts).reduce((sum, n) => sum + n, 0);
    const encode = columnEncoding(tx);
    await insertRows(
      tx,
      'import_plan',
      ['id', 'staged_import_id', 'plan_key', 'revision', 'digest', 'counts', 'breakdown', 'blocking', 'object_count', 'created_at'],
      [
        [
          id, stagedImportId, storedPlanKey(planKey), revision, summary.digest, encode.json(summary.counts),
          encode.json(summary.breakdown), encode.json(summary.blocking), objectCount, encode.date(new Date()),
        ],
      ],
    );
    const plans = await execute<{ id: string }>(tx, 'select id from import_plan where staged_import_id = ? order by created_at desc, id', [stagedImportId]);
    const older = plans.slice(PLANS_PER_IMPORT);
    if (older.length > 0) await deletePlans(tx, `id in (${older.map(() => '?').join(', ')})`, older.map((o) => o.id));
    // PostgreSQL: without statistics the planner takes a plan for a few hundred rows and reads a page's reference
    // targets by filtering all of them (40 ms for 100k) instead of through the (plan_id, uuid) index.
    await refreshStatistics(tx, ['import_plan_decision']);
  });
}

async function insertDecisions(tx: SqlEntityManager, planId: string, decisions: readonly Decision[]): Promise<void> {
  const postgres = isPostgres(tx);
  const { json } = columnEncoding(tx);
  for (let i = 0; i < decisions.length; i += STORE_CHUNK) {
    const chunk = decisions.slice(i, i + STORE_CHUNK);
    if (postgres) {
      const rows = chunk.map((d) => Object.fromEntries(decisionRow(planId, d, asIs).map((value, c) => [DECISION_COLUMNS[c], value])));
      await insertJsonRows(tx, 'import_plan_decision', DECISION_COLUMNS, rows);
    } else {
      await insertRows(tx, 'import_plan_decision', DECISION_COLUMNS, chunk.map((d) => decisionRow(planId, d, json)));
    }
  }
}

const asIs = (value: unknown): unknown => value;

function decisionRow(planId: string, d: Decision, json: (value: unknown) => unknown): unknown[] {
  const detail = {
    selectedByDefault: d.selectedByDefault,
    selected: d.selected,
    includedBy: d.includedBy,
    includedByCount: d.includedByCount,
    existing: d.existing,
    references: d.references,
  };
  return [
    planId, d.line, d.uuid, d.kind, d.name, d.action, ` ${d.reasons.map((r) => r.code).join(' ')} `, json(d.reasons), json(detail),
    ...writeValues(d.outcome, json),
  ];
}
