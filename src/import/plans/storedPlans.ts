import { createHash, randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { execute, jsonColumn, run } from '../../db/rawQuery.js';
import { refreshStatistics } from '../../db/tableStatistics.js';
import { isPostgres } from '../../db/dialect.js';
import type { LongTransaction } from '../../db/writerTransaction.js';
import { columnEncoding, insertJsonRows, insertRows } from '../../db/bulkInsert.js';
import type { DecisionFilterValue } from './decisionPages.js';
import type { CachedPlan } from './planCache.js';
import type { HalfPlanned } from '../planning/pagedPlanning.js';
import type { PlanBreakdown } from '../planner/planBreakdown.js';
import type { PlanSummary } from '../planner/planImport.js';
import type { Decision, ImportAction, Reason } from '../planner/types.js';

/*
 * Plans kept in the database (import_plan and its import_plan_decision rows), so that the preview's pages, its
 * counts and the commit read a plan made once, in any process or replica, for as long as the registry revision
 * it was made at is current. A stored plan is never updated; plans made at later revisions are added beside it,
 * and the oldest beyond PLANS_PER_IMPORT go.
 */

/** The summary of a stored plan: what the preview shows beside its pages, and what a commit checks. */
export interface StoredPlan {
  id: string;
  stagedImportId: string;
  revision: string;
  digest: string;
  counts: Record<ImportAction, number>;
  breakdown: PlanBreakdown;
  blocking: Reason[];
  objectCount: number;
}

/** Plans stored per staged import at most (option sets toggled through, revisions planned at), oldest first out. */
const PLANS_PER_IMPORT = 4;
/** Decisions per multi-row insert. */
const STORE_CHUNK = 500;

const DECISION_COLUMNS = [
  'plan_id', 'line', 'uuid', 'kind', 'name', 'action', 'reason_codes', 'reasons', 'detail',
  'owner_uuid', 'previous_version_uuid', 'lifecycle_model_uuid', 'lifecycle_state_uuid', 'attributes', 'groups',
] as const;

/** The stored form of planStagedImport's cache key (who plans what, with which options and selection, where). */
export function storedPlanKey(cacheKey: string): string {
  return createHash('sha256').update(cacheKey).digest('hex');
}

/** The stored plan of this key made at `revision`, or null. */
export async function findStoredPlan(
  em: SqlEntityManager,
  stagedImportId: string,
  cacheKey: string,
  revision: string,
): Promise<StoredPlan | null> {
  const [row] = await execute<Record<string, unknown>>(
    em,
    'select id, digest, counts, breakdown, blocking, object_count from import_plan where staged_import_id = ? and plan_key = ? and revision = ?',
    [stagedImportId, storedPlanKey(cacheKey), revision],
  );
  if (!row) return null;
  return {
    id: row.id as string,
    stagedImportId,
    revision,
    digest: row.digest as string,
    counts: jsonColumn(row.counts),
    // Plans stored before the column were made by an older planner: their key differs, they are never found.
    breakdown: jsonColumn<PlanBreakdown | null>(row.breakdown) ?? { byKind: [], byReason: [] },
    blocking: jsonColumn(row.blocking),
    objectCount: Number(row.object_count),
  };
}

/**
 * Stores a plan computed at `revision` in one transaction (a reader sees it whole or not at all), unless it is
 * stored already (by another replica, say). Only plans made outside a transaction have a revision worth storing.
 */
export async function storePlan(transaction: LongTransaction, entry: CachedPlan, revision: string): Promise<void> {
  const { plan } = entry;
  await storeInTransaction(transaction, { stagedImportId: entry.stagedImportId, cacheKey: entry.key, revision }, async (tx, planId) => {
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
  target: { stagedImportId: string; cacheKey: string; revision: string },
  planned: HalfPlanned,
): Promise<void> {
  await storeInTransaction(transaction, target, (tx, planId) => planned.passB(tx, (decisions) => insertDecisions(tx, planId, decisions)));
}

/** The transaction that stores a plan: `write` writes its decisions and returns its summary. */
async function storeInTransaction(
  transaction: LongTransaction,
  target: { stagedImportId: string; cacheKey: string; revision: string },
  write: (tx: SqlEntityManager, planId: string) => Promise<PlanSummary>,
): Promise<void> {
  const { stagedImportId, cacheKey, revision } = target;
  await transaction(async (tx) => {
    // A staged import committed or discarded meanwhile takes its plans with it; a plan stored after that would
    // outlive it. PostgreSQL: the share lock makes its deletion wait for this transaction, then delete this plan.
    const share = isPostgres(tx) ? ' for share' : '';
    if ((await execute(tx, `select id from staged_import where id = ?${share}`, [stagedImportId])).length === 0) return;
    if (await findStoredPlan(tx, stagedImportId, cacheKey, revision)) return;
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
          id, stagedImportId, storedPlanKey(cacheKey), revision, summary.digest, encode.json(summary.counts),
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

/** Deletes every stored plan of these staged imports, inside the caller's transaction. */
export async function deleteStoredPlans(tx: SqlEntityManager, stagedImportIds: readonly string[]): Promise<void> {
  if (stagedImportIds.length === 0) return;
  await deletePlans(tx, `staged_import_id in (${stagedImportIds.map(() => '?').join(', ')})`, stagedImportIds);
}

async function deletePlans(tx: SqlEntityManager, where: string, params: readonly unknown[]): Promise<void> {
  await run(tx, `delete from import_plan_decision where plan_id in (select id from import_plan where ${where})`, [...params]);
  await run(tx, `delete from import_plan where ${where}`, [...params]);
}

function decisionRow(planId: string, d: Decision, json: (value: unknown) => unknown): unknown[] {
  const o = d.outcome;
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
    o?.ownerUuid ?? null, o?.previousVersion ?? null, o?.lifecycle?.model ?? null, o?.lifecycle?.state ?? null,
    o?.attributes ? json(o.attributes) : null, o?.groups ? json(o.groups) : null,
  ];
}

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
  for (let i = 0; i < unique.length; i += STORE_CHUNK) {
    const chunk = unique.slice(i, i + STORE_CHUNK);
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
      `insert into import_outcome (import_id, line, uuid, kind, name, action, reasons,
         owner_uuid, previous_version_uuid, lifecycle_model_uuid, lifecycle_state_uuid, attributes, groups)
       select ?, line, uuid, kind, name, action, reasons,
         owner_uuid, previous_version_uuid, lifecycle_model_uuid, lifecycle_state_uuid, attributes, groups
       from import_plan_decision where plan_id = ? and line between ? and ?`,
      [importId, plan.id, from, to],
    );
    onRound(Math.min(to, lastLine) - from + 1);
  }
}
