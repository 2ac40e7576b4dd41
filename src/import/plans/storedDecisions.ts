import type { SqlEntityManager } from '@mikro-orm/knex';
import { execute, jsonColumn } from '../../db/rawQuery.js';
import { isPostgres } from '../../db/dialect.js';
import type { DecisionFilterValue } from './decisionPages.js';
import type { Decision, ImportAction } from '../planner/types.js';
import type { StoredPlan } from './storedPlans.js';

/*
 * Reading a stored plan's decisions as the preview asks for them: filtered pages in archive order, counts,
 * reference targets, and what it selects.
 */

/** Reference targets per statement. */
const TARGET_CHUNK = 500;

function decisionOfRow(row: Record<string, unknown>): Decision {
  const detail = jsonColumn<Pick<Decision, 'selectedByDefault' | 'selected' | 'includedBy' | 'includedByCount' | 'existing' | 'references'>>(
    row.detail,
  );
  const owner = row.owner_uuid as string | null;
  const model = row.lifecycle_model_uuid as string | null;
  return {
    uuid: row.uuid as string,
    kind: row.kind as Decision['kind'],
    name: row.name as string,
    line: Number(row.line),
    action: row.action as ImportAction,
    reasons: jsonColumn(row.reasons),
    ...detail,
    outcome: owner
      ? {
          ownerUuid: owner,
          lifecycle: model ? { model, state: row.lifecycle_state_uuid as string } : null,
          previousVersion: (row.previous_version_uuid as string | null) ?? null,
          attributes: row.attributes == null ? null : jsonColumn(row.attributes),
          groups: row.groups == null ? null : jsonColumn(row.groups),
        }
      : null,
  };
}

/** The WHERE of a filtered read of a stored plan's decisions, with its parameters. */
function filterSql(plan: StoredPlan, filter: DecisionFilterValue): { where: string; params: unknown[] } {
  const clauses = ['plan_id = ?'];
  const params: unknown[] = [plan.id];
  const list = (column: string, values: readonly string[] | null | undefined) => {
    if (!values?.length) return;
    clauses.push(`${column} in (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  list('action', filter.actions);
  list('kind', filter.kinds);
  if (filter.reasons?.length) {
    // Codes are [A-Z_]; `_` is a LIKE wildcard, hence the escape.
    clauses.push(`(${filter.reasons.map(() => "reason_codes like ? escape '!'").join(' or ')})`);
    params.push(...filter.reasons.map((code) => `% ${code.replace(/[!%_]/g, '!$&')} %`));
  }
  return { where: clauses.join(' and '), params };
}

/** One page of a stored plan's decisions in archive order (keyset on line), filtered as the preview asks. */
export async function storedDecisionPage(
  em: SqlEntityManager,
  plan: StoredPlan,
  filter: DecisionFilterValue,
  first: number,
  afterLine: number | null,
): Promise<{ decisions: Decision[]; hasNextPage: boolean }> {
  const { where, params } = filterSql(plan, filter);
  const rows = await execute<Record<string, unknown>>(
    em,
    `select * from import_plan_decision where ${where}${afterLine === null ? '' : ' and line > ?'} order by line limit ?`,
    [...params, ...(afterLine === null ? [] : [afterLine]), first + 1],
  );
  return { decisions: rows.slice(0, first).map(decisionOfRow), hasNextPage: rows.length > first };
}

/** How many of a stored plan's decisions match the filter (the whole plan: its object count, no query). */
export async function countStoredDecisions(em: SqlEntityManager, plan: StoredPlan, filter: DecisionFilterValue): Promise<number> {
  if (!filter.actions?.length && !filter.kinds?.length && !filter.reasons?.length) return plan.objectCount;
  const { where, params } = filterSql(plan, filter);
  const [row] = await execute<{ n: number | string }>(em, `select count(*) as n from import_plan_decision where ${where}`, params);
  return Number(row.n);
}

/** The UUIDs a stored plan selects, in archive order: where a change of its selection starts from. */
export async function storedSelectedUuids(em: SqlEntityManager, plan: StoredPlan): Promise<string[]> {
  const selected = isPostgres(em) ? "(detail->>'selected') = 'true'" : "json_extract(detail, '$.selected') = 1";
  const rows = await execute<{ uuid: string }>(em, `select uuid from import_plan_decision where plan_id = ? and ${selected} order by line`, [plan.id]);
  return rows.map((r) => r.uuid);
}

/** What a preview shows of the archive object a reference resolves to. */
export type DecisionTarget = Pick<Decision, 'uuid' | 'kind' | 'name' | 'line' | 'action'>;

/** The decisions about these archive objects (reference targets), by UUID: identity and action only. */
export async function storedDecisionTargets(em: SqlEntityManager, plan: StoredPlan, uuids: readonly string[]): Promise<Map<string, DecisionTarget>> {
  const found = new Map<string, DecisionTarget>();
  const unique = [...new Set(uuids)];
  for (let i = 0; i < unique.length; i += TARGET_CHUNK) {
    const chunk = unique.slice(i, i + TARGET_CHUNK);
    const rows = await execute<Record<string, unknown>>(
      em,
      `select uuid, kind, name, line, action from import_plan_decision where plan_id = ? and uuid in (${chunk.map(() => '?').join(', ')})`,
      [plan.id, ...chunk],
    );
    for (const row of rows) {
      const uuid = row.uuid as string;
      found.set(uuid, { uuid, kind: row.kind as Decision['kind'], name: row.name as string, line: Number(row.line), action: row.action as ImportAction });
    }
  }
  return found;
}
