import { createHash } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { isPostgres } from '../../db/dialect.js';
import { columnEncoding, runBound } from '../../db/bulkInsert.js';
import { execute, run } from '../../db/rawQuery.js';
import type { LongTransaction } from '../../db/writerTransaction.js';
import { decodeFacts, encodeFacts, type PassAFacts } from '../planner/passAFacts.js';
import { PLANNER_VERSION } from '../planner/plannerVersion.js';
import { futureTimestampsOf, type PlanningDeps } from '../planning/planStagedImport.js';

/*
 * The pass A facts of staged imports (planner/passAFacts.ts) kept in plan_facts: gathered by the first plan of
 * the default selection at a registry revision (the warm-up after staging, usually), read by every later plan
 * of another option set at that revision, in any process. They go with the staged import's plans
 * (storedPlans.ts deleteStoredPlans).
 */

/** Where a staged import's facts are kept: one row per who plans, where, and under which future-timestamp policy. */
export interface FactsTarget {
  stagedImportId: string;
  factsKey: string;
  revision: string;
}

/** What facts depend on besides the staged import and the revision: the planner, who plans, where, the policy. */
export function factsKeyOf(deps: Pick<PlanningDeps, 'access' | 'address' | 'futureTimestamps'>, stagedImportId: string): string {
  const { principal } = deps.access;
  const { maxSkewSeconds, refuse } = futureTimestampsOf(deps);
  const key = JSON.stringify([PLANNER_VERSION, stagedImportId, principal.uuid, principal.name, deps.address, maxSkewSeconds, refuse]);
  return createHash('sha256').update(key).digest('hex');
}

/** The facts kept for `target` at its revision, or null (none, another revision, or another format). */
export async function findFacts(em: SqlEntityManager, target: FactsTarget): Promise<PassAFacts | null> {
  const rows = await execute<{ part: number; data: Uint8Array }>(
    em,
    'select part, data from plan_facts where staged_import_id = ? and facts_key = ? and revision = ? order by part',
    [target.stagedImportId, target.factsKey, target.revision],
  );
  const [header, ...arrays] = rows;
  if (!header || Number(header.part) !== 0) return null;
  return decodeFacts({ header: header.data, arrays: arrays.map((row) => row.data) });
}

/**
 * Keeps the facts for `target` in a transaction of their own, in place of older ones, unless the staged import is
 * gone (committed or discarded meanwhile: PostgreSQL's share lock makes its deletion wait for this). Part 0 is
 * the header, then one part per array (encodeFacts), each bound as it is: MikroORM's execute() formats
 * parameters into the statement's text, and a million objects' facts as one hex literal made a plan peak at
 * 984 MiB.
 */
export async function keepFacts(transaction: LongTransaction, target: FactsTarget, facts: PassAFacts): Promise<void> {
  const { header, arrays } = encodeFacts(facts);
  await transaction(async (tx) => {
    const share = isPostgres(tx) ? ' for share' : '';
    if ((await execute(tx, `select id from staged_import where id = ?${share}`, [target.stagedImportId])).length === 0) return;
    await run(tx, 'delete from plan_facts where staged_import_id = ? and facts_key = ?', [target.stagedImportId, target.factsKey]);
    const createdAt = columnEncoding(tx).date(new Date());
    for (const [part, data] of [header, ...arrays].entries()) {
      await runBound(tx, 'insert into plan_facts (staged_import_id, facts_key, part, revision, data, created_at) values (?, ?, ?, ?, ?, ?)', [
        target.stagedImportId,
        target.factsKey,
        part,
        target.revision,
        data,
        createdAt,
      ]);
    }
  });
}

/** Deletes the facts of these staged imports, inside the caller's transaction. */
export async function deleteFacts(tx: SqlEntityManager, stagedImportIds: readonly string[]): Promise<void> {
  if (stagedImportIds.length === 0) return;
  await run(tx, `delete from plan_facts where staged_import_id in (${stagedImportIds.map(() => '?').join(', ')})`, [...stagedImportIds]);
}
